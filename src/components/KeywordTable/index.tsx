import {island} from '@site/src/components/Island';

/** Exam keywords and the option each points to (see ./KeywordTable.tsx); an island. */
export default island(() => import('./KeywordTable'));
