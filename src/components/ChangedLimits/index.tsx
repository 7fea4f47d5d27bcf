import {island} from '@site/src/components/Island';

/** The limits AWS changed, with the dates (see ./ChangedLimits.tsx); an island. */
export default island(() => import('./ChangedLimits'));
