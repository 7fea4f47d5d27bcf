import {aws, from, onAwsPage, read, thirdParty} from './sources';
import type {ConflictingPrice, PriceEntry, Reading} from './types';

const TABLES_IN_BROWSER =
  "AWS's SageMaker AI pricing page fills its rate tables in the browser, so no stored " +
  "copy of it shows this rate; it was read only in others' readings of AWS's prices.";
const NO_PAGE_QUOTE = 'The rate tables of the SageMaker AI pricing page are filled in the browser.';

/** The instance types the calculator prices, with what each is for. */
export const SAGEMAKER_INSTANCES = [
  {type: 'ml.t2.medium', family: 'burstable', vcpus: 2, memoryGiB: 4, accelerator: 'none'},
  {type: 'ml.m5.large', family: 'general purpose', vcpus: 2, memoryGiB: 8, accelerator: 'none'},
  {type: 'ml.m5.xlarge', family: 'general purpose', vcpus: 4, memoryGiB: 16, accelerator: 'none'},
  {type: 'ml.c5.large', family: 'compute optimized', vcpus: 2, memoryGiB: 4, accelerator: 'none'},
  {type: 'ml.c5.xlarge', family: 'compute optimized', vcpus: 4, memoryGiB: 8, accelerator: 'none'},
  {
    type: 'ml.g4dn.xlarge',
    family: 'GPU',
    vcpus: 4,
    memoryGiB: 16,
    accelerator: 'one NVIDIA T4 GPU',
  },
  {
    type: 'ml.g5.xlarge',
    family: 'GPU',
    vcpus: 4,
    memoryGiB: 16,
    accelerator: 'one NVIDIA A10G GPU',
  },
  {
    type: 'ml.inf2.xlarge',
    family: 'Inferentia',
    vcpus: 4,
    memoryGiB: 16,
    accelerator: 'one AWS Inferentia2 chip',
  },
] as const;
export type SageMakerInstanceType = (typeof SAGEMAKER_INSTANCES)[number]['type'];

type Hosting = 'realtime' | 'async' | 'batch';

const USAGE_PREFIX = {realtime: 'Host', async: 'AsyncInf', batch: 'Tsform'} as const;
const ITEM = {
  realtime: 'Real-time endpoint instance',
  async: 'Asynchronous endpoint instance',
  batch: 'Batch Transform job instance',
} as const;
const SAME_RATE =
  ' Readings of the Price List give the same rate to Host: and AsyncInf: for ' +
  'ml.g6e.2xlarge, and to Host: and Tsform: for ml.g4dn.xlarge; the real-time rate of ' +
  'this type is assumed here.';

function instanceRate<const Option extends Hosting, const Type extends SageMakerInstanceType>(
  option: Option,
  type: Type,
  value: number,
  readings: readonly Reading[],
  conflicting?: readonly ConflictingPrice[],
) {
  const usageType = `USE1-${USAGE_PREFIX[option]}:${type}`;
  const reason =
    option === 'realtime'
      ? `${TABLES_IN_BROWSER} Usage type ${usageType}.`
      : `${TABLES_IN_BROWSER} Usage type ${usageType}.${SAME_RATE}`;
  const all =
    option === 'async'
      ? [...readings, read.asyncEqualsHost]
      : option === 'batch'
        ? [...readings, read.tsformEqualsHost]
        : readings;
  return {
    id: `${option}.${type}` as `${Option}.${Type}`,
    subject: option,
    kind: 'rate',
    item: `${ITEM[option]}, ${type}`,
    value,
    unit: 'USD per instance-hour',
    ...from(aws.sagemakerPricing),
    confirmation: thirdParty(reason),
    status: conflicting && conflicting.length > 0 ? 'disputed' : 'current',
    unquoted: NO_PAGE_QUOTE,
    readings: all,
    ...(conflicting && conflicting.length > 0 ? {conflicting} : {}),
    note: 'Billed per second while the instance runs, busy or idle.',
  } as const satisfies PriceEntry;
}

const m5XlargeConflict = [
  {
    value: 0.269,
    unit: 'USD per instance-hour',
    where:
      'https://zircon.tech/blog/the-real-cost-of-running-ai-models-on-aws-sagemaker-inference-deep-dive (October 2025)',
    note: 'An article gives this; two Price List readings with the usage type (one with its SKU) give $0.23.',
  },
] as const;
const t2MediumConflict = [
  {
    value: 0.065,
    unit: 'USD per instance-hour',
    where: 'A public repository script ("Instance pricing (us-east-1)")',
    note: "One script gives this; AWS's own serverless benchmarking sample and several others give $0.056.",
  },
] as const;
const g5XlargeConflict = [
  {
    value: 1.21,
    unit: 'USD per instance-hour',
    where: 'https://www.wring.co/blog/aws-sagemaker-inference-guide (March 2026)',
    note: 'An article gives this; AWS-run benchmarking configuration and other readings give $1.408 (one $1.4084).',
  },
] as const;
const inf2XlargeConflict = [
  {
    value: 0.76,
    unit: 'USD per instance-hour',
    where: 'https://www.wring.co/blog/aws-sagemaker-inference-guide (March 2026)',
    note:
      'An article gives this (an older AWS-run benchmarking configuration gives $0.7582); a ' +
      'newer version of that configuration gives $0.99.',
  },
] as const;

/** An instance type's hourly rate, with the options it is priced for. */
interface InstanceRate {
  type: SageMakerInstanceType;
  value: number;
  /** The options that price it; an option missing here has no reading of the type. */
  offeredIn: readonly Hosting[];
  /** The readings of the rate. */
  readings: readonly Reading[];
  /** Where one option's readings differ from `readings`, that option's readings. */
  readingsIn?: Partial<Record<Hosting, readonly Reading[]>>;
  conflicting?: readonly ConflictingPrice[];
}

/** The options that price every instance type they are read for. */
const EVERY = ['realtime', 'async', 'batch'] as const;

/** A row of INSTANCE_RATES. */
function offered<const Type extends SageMakerInstanceType, const In extends readonly Hosting[]>(
  type: Type,
  value: number,
  offeredIn: In,
  readings: readonly Reading[],
  more: Pick<InstanceRate, 'readingsIn' | 'conflicting'> = {},
): InstanceRate & {type: Type; offeredIn: In} {
  return {type, value, offeredIn, readings, ...more};
}

/** The instance types' rates, each listed once: the same per hour in every option that prices it. */
const INSTANCE_RATES = [
  // Not priced for asynchronous inference nor Batch Transform: no reading of either.
  offered('ml.t2.medium', 0.056, ['realtime'], [read.serverlessBenchmark], {
    conflicting: t2MediumConflict,
  }),
  offered('ml.m5.large', 0.115, EVERY, [read.hostingPriceListM5Large]),
  offered('ml.m5.xlarge', 0.23, EVERY, [read.hostingCostDoc], {
    readingsIn: {realtime: [read.hostingPriceListM5Xlarge, read.hostingCostDoc]},
    conflicting: m5XlargeConflict,
  }),
  offered('ml.c5.large', 0.102, EVERY, [read.serverlessBenchmark]),
  offered('ml.c5.xlarge', 0.204, EVERY, [read.serverlessBenchmark]),
  // Not priced for asynchronous inference: a reading of the Price List says it is not offered
  // as AsyncInf.
  offered(
    'ml.g4dn.xlarge',
    0.7364,
    ['realtime', 'batch'],
    [read.gpuPricingReadme, read.hostingCostDoc],
    {
      readingsIn: {batch: [read.gpuPricingReadme]},
    },
  ),
  offered('ml.g5.xlarge', 1.408, EVERY, [read.fmbench], {conflicting: g5XlargeConflict}),
  // Not priced for Batch Transform: no reading of it as Tsform.
  offered('ml.inf2.xlarge', 0.99, ['realtime', 'async'], [read.fmbench], {
    conflicting: inf2XlargeConflict,
  }),
] as const;

/** The instance types an option prices. */
type PricedIn<O extends Hosting, R = (typeof INSTANCE_RATES)[number]> = R extends {
  type: infer T;
  offeredIn: readonly (infer In)[];
}
  ? O extends In
    ? T
    : never
  : never;

/** The rate entries of one option, in the order of INSTANCE_RATES. */
function ratesIn<const O extends Hosting>(option: O) {
  const rates: readonly InstanceRate[] = INSTANCE_RATES;
  return rates
    .filter((rate) => rate.offeredIn.includes(option))
    .map((rate) =>
      instanceRate(
        option,
        rate.type,
        rate.value,
        rate.readingsIn?.[option] ?? rate.readings,
        rate.conflicting,
      ),
    ) as ReturnType<typeof instanceRate<O, PricedIn<O>>>[];
}

const SERVERLESS_SIZES = [1, 2, 3, 4, 5, 6] as const;
export type ServerlessMemoryGB = (typeof SERVERLESS_SIZES)[number];

function serverlessRate<const GB extends ServerlessMemoryGB>(gb: GB) {
  const usageType = `USE1-ServerlessInf:Mem-${gb}GB`;
  const readings: Reading[] = [{...read.serverlessBenchmark, as: `$${(0.00002 * gb).toFixed(7)}`}];
  if (gb === 3) readings.push(read.serverless3GbPriceList);
  return {
    id: `serverless.mem${gb}GB` as `serverless.mem${GB}GB`,
    subject: 'serverless',
    kind: 'rate',
    item: `On-demand compute with ${gb} GB of memory`,
    // $0.00002 a second per GB of memory, as every reading has it.
    value: Number((0.00002 * gb).toFixed(7)),
    unit: 'USD per second',
    ...from(aws.sagemakerPricing),
    confirmation: thirdParty(`${TABLES_IN_BROWSER} Usage type ${usageType}.`),
    status: 'current',
    unquoted: NO_PAGE_QUOTE,
    readings,
    note: 'Billed by the millisecond of processing time of each request.',
  } as const satisfies PriceEntry;
}

/** SageMaker AI: Real-Time, Serverless, Asynchronous Inference and Batch Transform. */
export const SAGEMAKER_PRICES = [
  ...ratesIn('realtime'),
  ...ratesIn('async'),
  ...ratesIn('batch'),
  ...SERVERLESS_SIZES.map(serverlessRate),
  {
    id: 'sagemaker.dataProcessed',
    subject: 'sagemaker',
    kind: 'rate',
    item: 'Data processed in and out of an endpoint (real-time, serverless, asynchronous)',
    value: 0.016,
    unit: 'USD per GB processed',
    ...from(aws.sagemakerPricing),
    confirmation: thirdParty(
      `${TABLES_IN_BROWSER} The only readings are AWS's serverless benchmarking sample (for ` +
        `serverless) and an AWS-run sample's bill in EU (Ireland) for real-time endpoints.`,
    ),
    status: 'disputed',
    unquoted: NO_PAGE_QUOTE,
    readings: [read.serverlessBenchmark, read.sshHelperBill],
    conflicting: [
      {
        value: 0.02,
        unit: 'USD per GB processed',
        where:
          'A public repository cost document, quoting "the SageMaker pricing page\'s asynchronous inference example"',
        note: 'Possibly the example rounded; the page itself could not be read.',
      },
    ],
    note:
      'Charged on the request and on the response payload. Batch Transform is not known to ' +
      'pay it; no reading says so.',
  },
  {
    id: 'realtime.freeHours',
    subject: 'realtime',
    kind: 'allowance',
    item: 'Free tier: real-time instance-hours a month on ml.m4.xlarge or ml.m5.xlarge, for the first 2 months',
    value: 125,
    unit: 'instance-hours per month',
    ...from(aws.sagemakerPricingDe),
    confirmation: onAwsPage,
    status: 'current',
    quote: 'Echtzeit-Inferenz 125 Stunden m4.xlarge- oder m5.xlarge-Instances',
    note:
      'Seen only in an undated German copy of the page; a 2026 reading of the English page ' +
      'lists other free-tier items only, and AWS accounts opened from July 2025 get credits ' +
      'instead. The calculator applies it only when the free tier is switched on and the ' +
      'instance is ml.m5.xlarge.',
  },
  {
    id: 'serverless.freeSeconds',
    subject: 'serverless',
    kind: 'allowance',
    item: 'Free tier: seconds of on-demand serverless inference a month, for the first 2 months',
    value: 150_000,
    unit: 'seconds per month',
    ...from(aws.sagemakerPricingDe),
    confirmation: onAwsPage,
    status: 'current',
    quote: 'Serverless-Inferenz 150 000 Sekunden Dauer der On-Demand-Inferenz',
    note: 'Seen only in an undated German copy of the page; AWS accounts opened from July 2025 get credits instead.',
  },
] as const satisfies readonly PriceEntry[];
