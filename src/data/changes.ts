import type {LimitId} from './limits/index';

/**
 * What the guide changed because AWS changed something (or because a review found the guide behind
 * what AWS states), newest first. The values themselves come
 * from the limits each change names (with their older values and sources), so a summary here
 * carries no AWS number. Dates are the days the guide changed, taken from its git history.
 */
export interface GuideChange {
  /** ISO date (YYYY-MM-DD) on which the guide changed. */
  date: string;
  /** What the guide changed, in one or two sentences, without AWS numbers. */
  summary: string;
  /** The limits the change is about. */
  limits: readonly LimitId[];
}

export const CHANGES: readonly GuideChange[] = [
  {
    date: '2026-11-29',
    summary:
      'Bedrock batch inference: the processing window is now described as the target AWS ' +
      'aims for, and the job timeout a caller sets, with its shortest and longest values, ' +
      'is shown beside it. The timeout checker advises from the job timeout.',
    limits: ['bedrock.batchWindow', 'bedrock.batchJobMinTimeout', 'bedrock.batchJobMaxTimeout'],
  },
  {
    date: '2026-11-29',
    summary:
      'Provisioned Throughput (model units) and the Reserved tier (tokens per minute) are ' +
      'now told apart; the Reserved tier’s longer term is marked as disputed because AWS ' +
      'pages state it two ways.',
    limits: [
      'bedrock.provisionedShortTerm',
      'bedrock.provisionedLongTerm',
      'bedrock.reservedShortTerm',
      'bedrock.reservedLongTerm',
    ],
  },
  {
    date: '2026-11-29',
    summary:
      'Added the saving of global over geographic cross-Region inference profiles, and the ' +
      'Amazon Nova inference timeout from the Nova pages.',
    limits: ['bedrock.globalCrossRegionSaving', 'bedrock.novaLongInferenceTime'],
  },
  {
    date: '2026-11-29',
    summary:
      'The smaller side of the real-time payload dispute is now cited to the InvokeEndpoint ' +
      'API reference, which states it in bytes.',
    limits: ['realtime.maxPayload'],
  },
  {
    date: '2026-11-29',
    summary:
      'Dates corrected: the REST API integration timeout is dated from when raising it ' +
      'became possible, the asynchronous processing timeout from the release that added ' +
      'InvocationTimeoutSeconds, and the streamed Lambda response to the precision AWS ' +
      'gives.',
    limits: ['apigateway.restTimeout', 'async.maxProcessingTime', 'lambda.streamedResponse'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the raised Lambda asynchronous event size, and with the older ' +
      'size beside it because most study material still gives it.',
    limits: ['lambda.asyncPayload'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the raised size of a streamed Lambda response, and with the ' +
      'smaller size response streaming launched with.',
    limits: ['lambda.streamedResponse'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the two per-Region concurrency quotas of the current Serverless ' +
      'Inference page, and with the single quota that older copies of that page give.',
    limits: ['serverless.accountConcurrency', 'serverless.accountConcurrencyOther'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the processing time that InvocationTimeoutSeconds allows today, ' +
      'and with the fixed limit Asynchronous Inference launched with.',
    limits: ['async.maxProcessingTime'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the batch discount AWS states today, and with an older pricing ' +
      'page that priced batch like on-demand.',
    limits: ['bedrock.batchDiscount'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the real-time payload limit marked as disputed and both values ' +
      'shown, because AWS pages state two.',
    limits: ['realtime.maxPayload'],
  },
];
