import type {ReactNode} from 'react';
import type {OptionId} from '@site/src/data';
import {usd} from '@site/src/lib/priceText';
import {formatDecimal} from '@site/src/lib/units';
import {quickCosts} from '@site/src/widgets/CostComparison/logic';
import type {Workload} from './logic';

/**
 * An option's monthly cost from the cost comparison, for a chooser workload with a volume.
 * Loaded only when a volume is given, so the chooser's own bundle stays small.
 */
export default function CostNote({
  option,
  workload,
}: {
  option: OptionId;
  workload: Workload;
}): ReactNode {
  if (workload.requestsPerMonth === undefined) return null;
  const cost = quickCosts(
    workload.requestsPerMonth,
    workload.processingSeconds,
    workload.payloadBytes,
  )?.find((row) => row.option === option);
  if (!cost) return null;
  return (
    <>
      About {usd(cost.monthlyUsd)} a month at {formatDecimal(workload.requestsPerMonth)} requests,
      as {cost.label}, by the cost comparison
      {cost.unconfirmed ? ' (some of its prices are not confirmed at AWS)' : ''}.
    </>
  );
}
