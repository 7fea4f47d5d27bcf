import MDXComponents from '@theme-original/MDXComponents';
import Limit from '@site/src/components/Limit';
import LimitsTable from '@site/src/components/LimitsTable';
import Price, {PriceTable} from '@site/src/components/Price';
import RequestFlow from '@site/src/components/RequestFlow';

// Available in every MDX page without an import.
export default {
  ...MDXComponents,
  Limit,
  LimitsTable,
  Price,
  PriceTable,
  RequestFlow,
};
