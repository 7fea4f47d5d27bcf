import {island} from '@site/src/components/Island';

/** One AWS number with its source (see ./Limit.tsx); an island, so its data loads only when needed. */
export default island(() => import('./Limit'), {inline: true});
