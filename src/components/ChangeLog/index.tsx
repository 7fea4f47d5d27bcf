import {island} from '@site/src/components/Island';

/** The guide's record of changed values (see ./ChangeLog.tsx); an island. */
export default island(() => import('./ChangeLog'));
