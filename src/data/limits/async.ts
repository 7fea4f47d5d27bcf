import type {LimitEntry} from '@site/src/data/types';
import {from, kotlinSdkModel, RECHECKED, SM_API, src} from './sources';

// The English Markdown copy of the page that AWS serves beside the HTML.
const ASYNC_INVOKE_COPY =
  'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-invoke-endpoint.md';

const asyncClientConfig = {
  url: `${SM_API}/API_AsyncInferenceClientConfig.html`,
  title: 'SageMaker API Reference: AsyncInferenceClientConfig',
};
const asyncNotificationConfig = {
  url: `${SM_API}/API_AsyncInferenceNotificationConfig.html`,
  title: 'SageMaker API Reference: AsyncInferenceNotificationConfig',
};

/** SageMaker Asynchronous Inference. */
export const ASYNC_LIMITS = [
  {
    id: 'async.maxPayload',
    subject: 'async',
    quantity: 'Maximum input payload (object in Amazon S3)',
    value: 1,
    unit: 'GB',
    byteBase: 'unstated',
    ...from(src.async, RECHECKED),
    status: 'current',
    quote: 'requests with large payload sizes (up to 1GB)',
  },
  {
    id: 'async.maxInlineBody',
    subject: 'async',
    quantity: 'Maximum inline request Body (no S3 upload)',
    value: 128000,
    unit: 'bytes',
    ...from(src.asyncInvoke, RECHECKED),
    status: 'current',
    quote:
      'For payloads up to 128,000 bytes, pass the data directly in the request with the Body parameter.',
    quoteFrom: ASYNC_INVOKE_COPY,
  },
  {
    id: 'async.maxProcessingTime',
    subject: 'async',
    quantity: 'Longest processing time (InvocationTimeoutSeconds at its maximum)',
    value: 3600,
    unit: 's',
    ...from(src.asyncInvoke, RECHECKED),
    status: 'current',
    note:
      'Set per request with InvocationTimeoutSeconds, up to this maximum; without it a ' +
      "request times out after the default below. AWS's documentation gives no date for the " +
      "change; the AWS SDKs' change history shows the parameter arriving in January 2023 " +
      '(not re-checked in this edition).',
    quote: 'You can set this value to a maximum of 3600 seconds (one hour) on a per-request basis.',
    quoteFrom: ASYNC_INVOKE_COPY,
    previous: [
      {
        value: 15,
        unit: 'min',
        source: src.asyncLaunch.url,
        note:
          'Asynchronous Inference launched in August 2021 with a fixed 15-minute limit; older ' +
          'copies of the hosting FAQ still say so.',
        unquoted: 'The stored copies do not include the 2021 announcement.',
      },
    ],
  },
  {
    id: 'async.defaultProcessingTime',
    subject: 'async',
    quantity: 'Processing timeout when InvocationTimeoutSeconds is not set',
    value: 900,
    unit: 's',
    ...from(src.asyncInvoke, RECHECKED),
    status: 'current',
    quote:
      "If you don't specify this field in your request, by default the request times out at 15 minutes.",
    quoteFrom: ASYNC_INVOKE_COPY,
  },
  {
    id: 'async.minQueueTime',
    subject: 'async',
    quantity: 'Shortest time a request may wait in the queue (RequestTTLSeconds)',
    value: 60,
    unit: 's',
    ...from(src.invokeEndpointAsync),
    status: 'current',
    unquoted:
      "The stored copies of the API reference show the parameter's description but not its valid range.",
  },
  {
    id: 'async.maxQueueTime',
    subject: 'async',
    quantity: 'Longest time a request may wait in the queue (RequestTTLSeconds; also the default)',
    value: 21600,
    unit: 's',
    ...from(src.invokeEndpointAsync, RECHECKED),
    status: 'current',
    note:
      'The stored copy confirms this as the default; that it is also the upper end of the ' +
      'valid range comes from the API reference and was not re-checked in this edition.',
    quote: 'The default is 6 hours, or 21,600 seconds.',
    quoteFrom: kotlinSdkModel(
      'sagemakerruntime',
      '-invoke-endpoint-async-request/request-ttl-seconds.html',
    ),
  },
  {
    id: 'async.maxConcurrentInvocationsPerInstance',
    subject: 'async',
    quantity:
      'Highest MaxConcurrentInvocationsPerInstance (requests SageMaker sends to one container at once)',
    value: 1000,
    unit: 'count',
    ...from(asyncClientConfig, RECHECKED),
    status: 'current',
    note: 'Optional; when it is not set, SageMaker chooses a value.',
    quote: 'Valid Range: Minimum value of 1. Maximum value of 1000.',
  },
  {
    id: 'async.maxNotificationResponse',
    subject: 'async',
    quantity:
      'Largest inference response copied into the SNS notification (IncludeInferenceResponseIn)',
    value: 128,
    unit: 'KB',
    byteBase: 'unstated',
    ...from(asyncNotificationConfig, RECHECKED),
    status: 'current',
    note: 'A larger response is not included in the message; read it from the output location in Amazon S3.',
    quote:
      'The inference response is included only if the response size is less than or equal to 128 KB.',
  },
] as const satisfies readonly LimitEntry[];
