/** Limits from the data module in the units the widgets compute with. */
import {getLimit, type LimitId} from '@site/src/data';
import {byteRange, statedSeconds, type ByteRange} from '@site/src/lib/units';

export function seconds(id: LimitId): number {
  return statedSeconds(getLimit(id));
}

export function bytes(id: LimitId): ByteRange {
  return byteRange(getLimit(id));
}
