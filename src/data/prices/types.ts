import type {OptionId, Quoted} from '@site/src/data/types';

/*
 * Types for AWS prices. A price is held to the same standard as a limit (src/data/types.ts): a
 * value, a unit, where it was read and when, and AWS's own words when an AWS page showed it. On
 * top of that a price says how it was confirmed, because many rates appear only in AWS's Price
 * List or in readings of it by others: a price that was not seen at AWS says why, and is shown
 * with a "not confirmed at AWS" mark.
 */

/** The Regions prices are given for. */
export const REGIONS = ['us-east-1'] as const;
export type RegionCode = (typeof REGIONS)[number];

export const REGION_NAMES: Record<RegionCode, string> = {
  'us-east-1': 'US East (N. Virginia)',
};

/** Every unit a price, a free allowance or a pricing threshold is stated in. */
export const PRICE_UNITS = [
  'USD per 1M requests',
  'USD per GB-second',
  'USD per second',
  'USD per instance-hour',
  'USD per GB processed',
  'USD per 1M input tokens',
  'USD per 1M output tokens',
  'percent',
  'requests per month',
  'GB-seconds per month',
  'seconds per month',
  'instance-hours per month',
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** What an entry is: a rate that is charged, a free allowance, a tier boundary or a discount. */
export type PriceKind = 'rate' | 'allowance' | 'threshold' | 'discount';

/** Prices of the SageMaker AI options that are not specific to one of them (data processing). */
export type PriceSubject = OptionId | 'sagemaker';

/**
 * How a value was seen:
 * - `aws-page`: on an AWS page (docs.aws.amazon.com or aws.amazon.com); `quote` holds AWS's words;
 * - `aws-price-list`: in a copy of one of AWS's Price List offer files; `priceList` says which;
 * - `third-party`: only in other people's readings of AWS's prices (`readings` lists them).
 */
export type SeenAs = 'aws-page' | 'aws-price-list' | 'third-party';

export type Confirmation =
  | {confirmed: true; seenAs: 'aws-page' | 'aws-price-list'}
  | {confirmed: false; seenAs: 'third-party'; reason: string};

/** Where in AWS's Price List a value was read. */
export interface PriceListRef {
  /** Offer code: AmazonSageMaker, AWSLambda, AmazonBedrock, AmazonBedrockFoundationModels. */
  offerCode: string;
  /** The versioned URL of the offer file for the Region. */
  versionUrl: string;
  /** The offer file's publicationDate (ISO 8601 date-time). */
  publicationDate: string;
  sku: string;
  usageType: string;
  /** Where the copy of the file was read (a repository, path and commit), when not at AWS. */
  copy?: string;
}

/** One reading of an AWS price by someone else. Used when AWS's own page was not seen. */
export interface Reading {
  /** Who read it and where it is kept: a URL, or a repository with its path and commit. */
  where: string;
  /** The date the reading says it was taken, or the date of the page (YYYY-MM-DD or YYYY-MM). */
  asOf: string;
  /** What kind of reading: a transcription of an AWS page, a Price List query, a sample, … */
  kind: 'pricing-page transcription' | 'price-list reading' | 'aws-run sample' | 'article';
  /** The value as that reading gives it, when it differs in form (per 1K tokens, per month…). */
  as?: string;
  /** The SKU and usage type the reading names, when it names them. */
  sku?: string;
  usageType?: string;
}

/** The same rate as an AWS page prints it, rounded, when that differs from the billed rate. */
export interface PrintedValue {
  value: number;
  quote: string;
  source: string;
  note: string;
}

export interface PreviousPrice extends Quoted {
  value: number;
  unit: PriceUnit;
  until?: string;
  source: string;
  note: string;
}

/** A value that another reading gives today, in disagreement with the one used. */
export interface ConflictingPrice {
  value: number;
  unit: PriceUnit;
  where: string;
  note: string;
}

export interface PriceEntry extends Quoted {
  id: string;
  subject: PriceSubject;
  kind: PriceKind;
  /** What is priced, as a short noun phrase: "Lambda requests (x86 and Arm)". */
  item: string;
  value: number;
  unit: PriceUnit;
  region: RegionCode;
  /** The AWS page that states the price, or that would state it where it was not seen. */
  source: string;
  sourceTitle: string;
  /** ISO date (YYYY-MM-DD) on which the value was read, at AWS or in the readings. */
  verifiedOn: string;
  confirmation: Confirmation;
  /** `disputed` when readings disagree; the other values are in `conflicting`. */
  status: 'current' | 'disputed';
  priceList?: PriceListRef;
  readings?: readonly Reading[];
  printed?: PrintedValue;
  previous?: readonly PreviousPrice[];
  conflicting?: readonly ConflictingPrice[];
  note?: string;
}
