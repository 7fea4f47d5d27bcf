import type {LimitEntry} from '@site/src/data/types';
import {from, RECHECKED, src} from './sources';

const PROVISIONED_NOT_IN_COPY =
  'The stored English copy of the Provisioned Throughput page breaks off just before ' +
  'its list of commitment terms; the Japanese copy of the same page lists no ' +
  'commitment, 1 month and 6 months.';
const BATCH_TIMEOUT_NOT_IN_COPY =
  'The stored copies of the CreateModelInvocationJob reference and of the SDK ' +
  'references show the parameter (timeoutDurationInHours) but not its valid range. The ' +
  'range comes from an earlier reading of the API reference and was not re-checked in ' +
  'this edition.';

/** Amazon Bedrock. */
export const BEDROCK_LIMITS = [
  {
    id: 'bedrock.batchDiscount',
    subject: 'bedrock',
    quantity: 'Saving of batch inference compared with on-demand',
    value: 50,
    unit: 'percent',
    ...from(src.bedrockCost, RECHECKED),
    status: 'current',
    note: 'The capacity page states it for batch in general; batch prices are listed per model on the pricing page.',
    quote: '50% cost savings vs on-demand',
    previous: [
      {
        value: 0,
        unit: 'percent',
        source: src.bedrockPricing.url,
        note: 'An older copy of the pricing page said batch inference cost the same as on-demand.',
        unquoted: 'The pricing page renders its figures in the browser; no stored copy shows them.',
      },
    ],
  },
  {
    id: 'bedrock.batchWindow',
    subject: 'bedrock',
    quantity: 'Processing window AWS aims for with a batch inference job (a target, not a limit)',
    value: 24,
    unit: 'h',
    ...from(src.bedrockCost, RECHECKED),
    status: 'current',
    note:
      'A target: what ends a job is its own timeout (timeoutDurationInHours, below). A job ' +
      'that is still scheduled when that timeout passes expires; one that runs out of time ' +
      'part-way ends as partially completed.',
    quote: '24-hour processing window',
  },
  {
    id: 'bedrock.batchJobMinTimeout',
    subject: 'bedrock',
    quantity: 'Shortest timeout of a batch inference job (timeoutDurationInHours)',
    value: 24,
    unit: 'h',
    ...from(src.bedrockBatchJob),
    status: 'current',
    unquoted: BATCH_TIMEOUT_NOT_IN_COPY,
  },
  {
    id: 'bedrock.batchJobMaxTimeout',
    subject: 'bedrock',
    quantity: 'Longest timeout of a batch inference job (timeoutDurationInHours)',
    value: 168,
    unit: 'h',
    ...from(src.bedrockBatchJob),
    status: 'current',
    unquoted: BATCH_TIMEOUT_NOT_IN_COPY,
  },
  {
    id: 'bedrock.maxImages',
    subject: 'bedrock',
    quantity: 'Images in one Converse message',
    value: 20,
    unit: 'count',
    ...from(src.bedrockMessage, RECHECKED),
    status: 'current',
    quote: 'You can include up to 20 images.',
  },
  {
    id: 'bedrock.maxImageSize',
    subject: 'bedrock',
    quantity: 'Size of one image in a Converse message',
    value: 3.75,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.bedrockMessage, RECHECKED),
    status: 'current',
    quote:
      "Each image's size, height, and width must be no more than 3.75 MB, 8000 px, and 8000 px, respectively.",
  },
  {
    id: 'bedrock.maxImageSide',
    subject: 'bedrock',
    quantity: 'Width and height of one image in a Converse message',
    value: 8000,
    unit: 'px',
    ...from(src.bedrockMessage, RECHECKED),
    status: 'current',
    quote:
      "Each image's size, height, and width must be no more than 3.75 MB, 8000 px, and 8000 px, respectively.",
  },
  {
    id: 'bedrock.maxDocuments',
    subject: 'bedrock',
    quantity: 'Documents in one Converse message',
    value: 5,
    unit: 'count',
    ...from(src.bedrockMessage, RECHECKED),
    status: 'current',
    quote: 'You can include up to five documents.',
  },
  {
    id: 'bedrock.maxDocumentSize',
    subject: 'bedrock',
    quantity: 'Size of one document in a Converse message',
    value: 4.5,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.bedrockMessage, RECHECKED),
    status: 'current',
    quote: "Each document's size must be no more than 4.5 MB.",
  },
  {
    id: 'bedrock.claudeMaxPayload',
    subject: 'bedrock',
    quantity: 'InvokeModel request payload for Anthropic Claude models',
    value: 20,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.claudeMessages, RECHECKED),
    status: 'current',
    quote: 'The maximum size of the payload you can send in a request is 20MB.',
  },
  {
    id: 'bedrock.longInferenceTime',
    subject: 'bedrock',
    quantity: 'Time a request to Claude 3.7 Sonnet or a Claude 4 model may take',
    value: 60,
    unit: 'min',
    ...from(src.claudeLongInference),
    status: 'current',
    note:
      'Raise the SDK read timeout to match, or stream the response. Amazon Nova has the ' +
      'same figure on its own page (next entry).',
    unquoted:
      'The stored copies of the Claude Messages API page show only its opening; the note ' +
      'with this figure comes later. Not re-checked in this edition.',
  },
  {
    id: 'bedrock.novaLongInferenceTime',
    subject: 'bedrock',
    quantity: 'Timeout period for inference calls to Amazon Nova',
    value: 60,
    unit: 'min',
    ...from(src.novaModels, RECHECKED),
    status: 'current',
    note:
      'The Amazon Nova user guide says the same: Nova inference requests can take up to 60 ' +
      "minutes, so raise the client's read timeout.",
    quote: 'The timeout period for inference calls to Amazon Nova is 60 minutes.',
    quoteFrom:
      'https://docs.aws.amazon.com/en_us/bedrock/latest/userguide/model-parameters-nova.html',
  },
  {
    id: 'bedrock.provisionedShortTerm',
    subject: 'bedrock',
    quantity: 'Shorter commitment term for Provisioned Throughput (model units)',
    value: 1,
    unit: 'months',
    ...from(src.bedrockProvisioned),
    status: 'current',
    note: 'Provisioned Throughput can also be bought with no commitment, for custom models and some base models.',
    unquoted: PROVISIONED_NOT_IN_COPY,
  },
  {
    id: 'bedrock.provisionedLongTerm',
    subject: 'bedrock',
    quantity: 'Longer commitment term for Provisioned Throughput (model units)',
    value: 6,
    unit: 'months',
    ...from(src.bedrockProvisioned),
    status: 'current',
    unquoted: PROVISIONED_NOT_IN_COPY,
  },
  {
    id: 'bedrock.reservedShortTerm',
    subject: 'bedrock',
    quantity: 'Shorter term of the Reserved service tier (tokens per minute)',
    value: 1,
    unit: 'months',
    ...from(src.bedrockReservedLaunch, RECHECKED),
    status: 'current',
    note:
      'The Reserved tier reserves input and output tokens per minute for a fixed price per ' +
      '1,000 tokens per minute, billed monthly. It is not Provisioned Throughput, which is ' +
      'sold in model units.',
    quote: 'Customers can reserve capacity for 1 month or 3 month duration.',
  },
  {
    id: 'bedrock.reservedLongTerm',
    subject: 'bedrock',
    quantity: 'Longer term of the Reserved service tier (tokens per minute)',
    value: 3,
    unit: 'months',
    ...from(src.bedrockReservedLaunch, RECHECKED),
    status: 'disputed',
    note:
      'The launch announcement and the service tiers page (in the copies available) give 1 ' +
      'or 3 months. The capacity and cost page gives 1 or 6 months, and describes the ' +
      'Reserved tier in model units, the vocabulary of Provisioned Throughput.',
    quote: 'Customers can reserve capacity for 1 month or 3 month duration.',
    conflicting: [
      {
        value: 6,
        unit: 'months',
        source: src.bedrockCost.url,
        sourceTitle: src.bedrockCost.title,
        note:
          'The capacity and cost page lists the Reserved tier with "reserved model units" and 1 ' +
          'or 6 month commitments, which matches Provisioned Throughput rather than the ' +
          'Reserved tier.',
        quote: '1 or 6 month commitments',
      },
    ],
  },
  {
    id: 'bedrock.globalCrossRegionSaving',
    subject: 'bedrock',
    quantity:
      'Saving of global over geographic cross-Region inference on token prices (as stated for Claude Sonnet 4.5)',
    value: 10,
    unit: 'percent',
    ...from(src.bedrockGlobalCrossRegion, RECHECKED),
    status: 'current',
    note: 'AWS gives it as approximate. The price is that of the Region the request is made from.',
    quote:
      'offers approximately 10% savings on both input and output token pricing compared to ' +
      'geographic cross-Region inference',
  },
] as const satisfies readonly LimitEntry[];
