import type {LimitEntry} from '../types';
import {from, src} from './sources';

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
    adjustable: true,
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
] as const satisfies readonly LimitEntry[];
