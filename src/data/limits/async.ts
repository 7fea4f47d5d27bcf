import type {LimitEntry} from '@site/src/data/types';
import {from, SM_API, src} from './sources';

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
    ...from(src.async),
    status: 'current',
  },
  {
    id: 'async.maxInlineBody',
    subject: 'async',
    quantity: 'Maximum inline request Body (no S3 upload)',
    value: 128000,
    unit: 'bytes',
    ...from(src.asyncInvoke),
    status: 'current',
  },
  {
    id: 'async.maxProcessingTime',
    subject: 'async',
    quantity: 'Longest processing time (InvocationTimeoutSeconds at its maximum)',
    value: 3600,
    unit: 's',
    ...from(src.asyncInvoke),
    status: 'current',
    note: 'Set per request with InvocationTimeoutSeconds, from 1 s up to this maximum; without it a request times out after the default below.',
    previous: [
      {
        value: 15,
        unit: 'min',
        source: src.asyncLaunch.url,
        note: 'Asynchronous Inference launched in August 2021 with a fixed 15-minute limit; older copies of the hosting FAQ still say so. AWS gives no date for the change.',
      },
    ],
  },
  {
    id: 'async.defaultProcessingTime',
    subject: 'async',
    quantity: 'Processing timeout when InvocationTimeoutSeconds is not set',
    value: 900,
    unit: 's',
    ...from(src.asyncInvoke),
    status: 'current',
  },
  {
    id: 'async.minQueueTime',
    subject: 'async',
    quantity: 'Shortest time a request may wait in the queue (RequestTTLSeconds)',
    value: 60,
    unit: 's',
    ...from(src.invokeEndpointAsync),
    status: 'current',
  },
  {
    id: 'async.maxQueueTime',
    subject: 'async',
    quantity: 'Longest time a request may wait in the queue (RequestTTLSeconds; also the default)',
    value: 21600,
    unit: 's',
    ...from(src.invokeEndpointAsync),
    status: 'current',
  },
  {
    id: 'async.maxConcurrentInvocationsPerInstance',
    subject: 'async',
    quantity:
      'Highest MaxConcurrentInvocationsPerInstance (requests SageMaker sends to one container at once)',
    value: 1000,
    unit: 'count',
    ...from(asyncClientConfig),
    status: 'current',
    note: 'Optional; when it is not set, SageMaker chooses a value.',
  },
  {
    id: 'async.maxNotificationResponse',
    subject: 'async',
    quantity:
      'Largest inference response copied into the SNS notification (IncludeInferenceResponseIn)',
    value: 128,
    unit: 'KB',
    byteBase: 'unstated',
    ...from(asyncNotificationConfig),
    status: 'current',
    note: 'A larger response is not included in the message; read it from the output location in Amazon S3.',
  },
] as const satisfies readonly LimitEntry[];
