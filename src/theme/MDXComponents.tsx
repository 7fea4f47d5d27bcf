import MDXComponents from '@theme-original/MDXComponents';
import Limit from '@site/src/components/Limit';
import LimitsTable from '@site/src/components/LimitsTable';
import Price, {PriceTable} from '@site/src/components/Price';
import RequestFlow from '@site/src/components/RequestFlow';

// Available in every MDX page without an import. Limit, LimitsTable, Price and PriceTable are
// islands: a page that uses none of them loads none of their data.
export default {
  ...MDXComponents,
  Limit,
  LimitsTable,
  Price,
  PriceTable,
  RequestFlow,
};
