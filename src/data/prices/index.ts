import {BEDROCK_PRICES} from './bedrock';
import {LAMBDA_PRICES} from './lambda';
import {SAGEMAKER_PRICES} from './sagemaker';
import type {PriceEntry, PriceSubject} from './types';
import {registry} from '@site/src/data/registry';

export {BEDROCK_MODELS, type BedrockModelId} from './bedrock';
export {
  SAGEMAKER_INSTANCES,
  type SageMakerInstanceType,
  type ServerlessMemoryGB,
} from './sagemaker';
export {CHECKED as PRICES_CHECKED} from './sources';
export * from './types';

/*
 * Every AWS price the guide shows or computes with, one file per service, in US East (N.
 * Virginia). Pages and calculators read from here; nothing else types an AWS price. A price
 * that could not be seen at AWS carries `confirmation.confirmed: false` and its reason, and is
 * shown with a "not confirmed at AWS" mark.
 */
export const PRICES = [...SAGEMAKER_PRICES, ...BEDROCK_PRICES, ...LAMBDA_PRICES] as const;

export type PriceId = (typeof PRICES)[number]['id'];

const prices = registry<PriceEntry, PriceId, PriceSubject>(PRICES, 'price');

export const isPriceId = prices.isId;

/** The entry for a price id. Unknown ids are a programming error and fail the build. */
export const getPrice = prices.get;

export const pricesFor = prices.about;

/** Prices shown with a "not confirmed at AWS" mark. */
export function unconfirmedPrices(): PriceEntry[] {
  return PRICES.filter((entry) => !entry.confirmation.confirmed);
}

const OFFER_CODES = [
  'AmazonSageMaker',
  'AWSLambda',
  'AmazonBedrock',
  'AmazonBedrockFoundationModels',
];

/** Where AWS publishes the Price List's offer files. */
const OFFER_FILES = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/';
/** The rest of a versioned offer file's address: offer / publication (14 digits) / Region / index. */
const VERSIONED_OFFER_FILE = /^([A-Za-z]+)\/(\d{14})\/([a-z0-9-]+)\/index\.(json|csv)$/;

/**
 * What is wrong with a Price List reference, if anything: the offer file's versioned URL must be
 * AWS's, for the offer and Region given, with a real publication date, a SKU and a usage type.
 */
export function priceListProblems(
  ref: NonNullable<PriceEntry['priceList']>,
  region: string,
): string[] {
  const problems: string[] = [];
  if (!OFFER_CODES.includes(ref.offerCode)) problems.push(`unknown offer ${ref.offerCode}`);
  const url = ref.versionUrl.startsWith(OFFER_FILES)
    ? VERSIONED_OFFER_FILE.exec(ref.versionUrl.slice(OFFER_FILES.length))
    : null;
  if (!url) problems.push(`not a versioned offer file URL: ${ref.versionUrl}`);
  else {
    if (url[1] !== ref.offerCode) problems.push(`URL is for ${url[1]}, not ${ref.offerCode}`);
    if (url[3] !== region) problems.push(`URL is for ${url[3]}, not ${region}`);
  }
  const published = Date.parse(ref.publicationDate);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(ref.publicationDate) ||
    Number.isNaN(published)
  )
    problems.push(`publication date ${ref.publicationDate} is not an ISO date-time`);
  else if (published > Date.now()) problems.push('publication date is in the future');
  if (!/^[A-Z0-9]{16}$/.test(ref.sku))
    problems.push(`SKU ${ref.sku} is not 16 capitals and digits`);
  if (!/^([A-Z0-9]+-)?[A-Za-z0-9]+[:-].+/.test(ref.usageType))
    problems.push(`usage type ${ref.usageType} is not of the form REGION-Kind:detail`);
  return problems;
}
