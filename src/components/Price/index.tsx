import {island} from '@site/src/components/Island';

/** One AWS price with its source, and a subject's price table (see ./Price.tsx); islands. */
export default island(() => import('./Price'), {inline: true});
export const PriceTable = island(async () => ({default: (await import('./Price')).PriceTable}));
