import type {LimitId} from './limits/index';

/**
 * What the guide changed because AWS changed something, newest first. The values themselves come
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
    date: '2026-11-28',
    summary:
      'First published with the raised Lambda asynchronous event size, and with the older size beside it because most study material still gives it.',
    limits: ['lambda.asyncPayload'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the raised size of a streamed Lambda response, and with the smaller size response streaming launched with.',
    limits: ['lambda.streamedResponse'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the two per-Region concurrency quotas of the current Serverless Inference page, and with the single quota that older copies of that page give.',
    limits: ['serverless.accountConcurrency', 'serverless.accountConcurrencyOther'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the processing time that InvocationTimeoutSeconds allows today, and with the fixed limit Asynchronous Inference launched with.',
    limits: ['async.maxProcessingTime'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the batch discount AWS states today, and with an older pricing page that priced batch like on-demand.',
    limits: ['bedrock.batchDiscount'],
  },
  {
    date: '2026-11-28',
    summary:
      'First published with the real-time payload limit marked as disputed and both values shown, because AWS pages state two.',
    limits: ['realtime.maxPayload'],
  },
];
