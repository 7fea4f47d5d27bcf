import {island} from '@site/src/components/Island';

/** The "page not found" text with links to the six options (see ./Content.tsx); an island. */
export default island(() => import('./Content'));
