import {island} from '@site/src/components/Island';

/** Every question as text with its answer in a <details>: no script needed, none loaded. */
export default island(() => import('./AllQuestions'));
