import {island} from '@site/src/components/Island';

/** The six options side by side (see ./SummaryTable.tsx); an island. */
export default island(() => import('./SummaryTable'));
