import {aws, from, onAwsPage, read, thirdParty} from './sources';
import type {PriceEntry, PriceKind, PriceUnit, Reading} from './types';

const OLD_PAGE =
  'Read in an older copy of the Lambda pricing page (from when memory went up to 3008 ' +
  'MB), in its worked example "based on price in US East (N. Virginia)".';
const NOT_ON_PAGE =
  "AWS's Lambda pricing page fills its rate tables in the browser, so no stored copy of " +
  "it shows this rate; it was read only in a third-party query of AWS's Price List.";

const TABLE_IN_BROWSER = 'The provisioned-concurrency table of the page is filled in the browser.';

function tierDiscount(percent: 10 | 20): string {
  return `Not printed on a stored AWS page; AWS states the tier as a ${percent}% discount.`;
}

/** A Lambda value that an AWS page states, in AWS's words. */
function onPage<const Id extends string>(
  id: Id,
  page: {url: string; title: string},
  fields: {
    kind: PriceKind;
    item: string;
    value: number;
    unit: PriceUnit;
    quote: string;
    readings?: readonly Reading[];
    note?: string;
  },
) {
  const {kind, item, value, unit, ...said} = fields;
  return {
    id,
    subject: 'lambda',
    kind,
    item,
    value,
    unit,
    ...from(page),
    confirmation: onAwsPage,
    status: 'current',
    ...said,
  } as const satisfies PriceEntry;
}

/** A Lambda rate per GB-second read only in the Price List query, with the SKU it has there. */
function priceListRate<const Id extends string>(
  id: Id,
  item: string,
  value: number,
  sku: string,
  unquoted: string,
  more: Pick<PriceEntry, 'printed' | 'note'> = {},
) {
  return {
    id,
    subject: 'lambda',
    kind: 'rate',
    item,
    value,
    unit: 'USD per GB-second',
    ...from(aws.lambdaPricing),
    confirmation: thirdParty(NOT_ON_PAGE),
    status: 'current',
    unquoted,
    readings: [{...read.lambdaPriceList, sku}],
    ...more,
  } as const satisfies PriceEntry;
}

/** A monthly duration of one architecture from which a cheaper tier applies. */
function tierFrom<const Id extends string>(id: Id, item: string, value: number, quote: string) {
  return onPage(id, aws.lambdaTiers, {
    kind: 'threshold',
    item,
    value,
    unit: 'GB-seconds per month',
    quote,
  });
}

/** AWS Lambda, US East (N. Virginia). */
export const LAMBDA_PRICES = [
  onPage('lambda.requests', aws.lambdaPricing, {
    kind: 'rate',
    item: 'Requests (x86 and Arm)',
    value: 0.2,
    unit: 'USD per 1M requests',
    quote:
      'The monthly request price is $0.20 per 1 million requests and the free tier provides 1M requests per month.',
    readings: [{...read.lambdaPriceList, sku: 'GU2ZS9HVP6QTQ7KE'}],
    note: OLD_PAGE,
  }),
  onPage('lambda.freeRequests', aws.lambdaPricing, {
    kind: 'allowance',
    item: 'Free tier: requests a month',
    value: 1_000_000,
    unit: 'requests per month',
    quote:
      'The monthly request price is $0.20 per 1 million requests and the free tier provides 1M requests per month.',
    note: 'Shared by all functions of the account, x86 and Arm together. ' + OLD_PAGE,
  }),
  onPage('lambda.freeGbSeconds', aws.lambdaPricing, {
    kind: 'allowance',
    item: 'Free tier: compute a month',
    value: 400_000,
    unit: 'GB-seconds per month',
    quote:
      'The monthly compute price is $0.00001667 per GB-s and the free tier provides 400,000 GB-s.',
    note: 'Shared by all functions of the account, x86 and Arm together. ' + OLD_PAGE,
  }),
  priceListRate(
    'lambda.x86.duration',
    'Duration on x86, first pricing tier',
    0.0000166667,
    'TG3M4CAGBA3NYQBH',
    "No stored copy of an AWS page prints this rate at full precision; AWS's worked " +
      'example prints it rounded (see printed).',
    {
      printed: {
        value: 0.00001667,
        quote:
          'The monthly compute price is $0.00001667 per GB-s and the free tier provides 400,000 GB-s.',
        source: aws.lambdaPricing.url,
        note:
          "AWS's worked example (512 MB, 3 million invocations of 1 s) multiplies by this " +
          'rounded figure to reach its $18.34 of compute; the full rate gives $18.33.',
      },
      note: 'Billed per millisecond of duration, rounded up.',
    },
  ),
  priceListRate(
    'lambda.x86.durationTier2',
    'Duration on x86, second pricing tier (next 9 billion GB-seconds a month)',
    0.000015,
    'TG3M4CAGBA3NYQBH',
    tierDiscount(10),
  ),
  priceListRate(
    'lambda.x86.durationTier3',
    'Duration on x86, third pricing tier (over 15 billion GB-seconds a month)',
    0.0000133334,
    'TG3M4CAGBA3NYQBH',
    tierDiscount(20),
  ),
  priceListRate(
    'lambda.arm.duration',
    'Duration on Arm, first pricing tier',
    0.0000133334,
    '72SBSFWPMDTH8S3J',
    'Not printed on a stored AWS page. AWS states that Arm duration costs 20 percent less ' +
      'than x86 (lambda.armDiscount), which agrees with this figure.',
  ),
  priceListRate(
    'lambda.arm.durationTier2',
    'Duration on Arm, second pricing tier (next 11.25 billion GB-seconds a month)',
    0.0000120001,
    '72SBSFWPMDTH8S3J',
    tierDiscount(10),
  ),
  priceListRate(
    'lambda.arm.durationTier3',
    'Duration on Arm, third pricing tier (over 18.75 billion GB-seconds a month)',
    0.0000106667,
    '72SBSFWPMDTH8S3J',
    tierDiscount(20),
  ),
  onPage('lambda.armDiscount', aws.lambdaGraviton, {
    kind: 'discount',
    item: 'Duration discount on Arm against x86 (on demand and provisioned concurrency)',
    value: 20,
    unit: 'percent',
    quote:
      'For functions using the Arm/Graviton2 architecture, duration charges are 20 percent ' +
      'lower than the current pricing for x86.',
    note:
      'The same post says: "The same 20 percent reduction also applies to duration charges ' +
      'for functions using Provisioned Concurrency."',
  }),
  {
    ...tierFrom(
      'lambda.x86.tier2From',
      'x86 duration a month from which the second tier (10% off) applies',
      6e9,
      '6 – 15 billion x86 10%',
    ),
    note:
      'Tiers apply to the monthly duration of all functions of one architecture in one ' +
      'Region of the account (or of the organization under consolidated billing).',
  },
  tierFrom(
    'lambda.x86.tier3From',
    'x86 duration a month from which the third tier (20% off) applies',
    15e9,
    'Anything over 15 billion x86 20%',
  ),
  tierFrom(
    'lambda.arm.tier2From',
    'Arm duration a month from which the second tier (10% off) applies',
    7.5e9,
    '7.5 – 18.75 billion arm64 10%',
  ),
  tierFrom(
    'lambda.arm.tier3From',
    'Arm duration a month from which the third tier (20% off) applies',
    18.75e9,
    'Anything over 18.75 billion arm64 20%',
  ),
  priceListRate(
    'lambda.x86.provisionedConcurrency',
    'Provisioned concurrency on x86, for the memory kept ready',
    0.0000041667,
    'BMKCD2ZCEYKTYYCB',
    TABLE_IN_BROWSER,
    {
      note: 'Charged from the time it is enabled until it is disabled, rounded up to five minutes, busy or idle.',
    },
  ),
  priceListRate(
    'lambda.x86.provisionedDuration',
    'Duration on x86 of invocations served by provisioned concurrency',
    0.0000097222,
    'ZZF88MXYPS4DGSEZ',
    TABLE_IN_BROWSER,
  ),
  priceListRate(
    'lambda.arm.provisionedConcurrency',
    'Provisioned concurrency on Arm, for the memory kept ready',
    0.0000033334,
    'MV7PTBS82AVCMXJJ',
    TABLE_IN_BROWSER,
  ),
  priceListRate(
    'lambda.arm.provisionedDuration',
    'Duration on Arm of invocations served by provisioned concurrency',
    0.0000077778,
    '3Z4YRQ6XJRDK27UP',
    TABLE_IN_BROWSER,
  ),
] as const satisfies readonly PriceEntry[];
