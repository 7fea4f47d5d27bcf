import {island} from '@site/src/components/Island';

/** A subject's limits, with their sources and AWS's words (see ./LimitsTable.tsx); an island. */
export default island(() => import('./LimitsTable'));
