import type {LimitEntry} from '@site/src/data/types';
import {from, src} from './sources';

/** SageMaker Real-Time Inference. */
export const REALTIME_LIMITS = [
  {
    id: 'realtime.maxPayload',
    subject: 'realtime',
    quantity: 'Maximum request and response payload',
    value: 25,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.hostingFaqs),
    status: 'disputed',
    note: 'The hosting FAQ and the container guide give 25 MB; the inference options page and the API model still give 6 MB, and so do most exam questions. No AWS page gives the date of the change.',
    conflicting: [
      {
        value: 6,
        unit: 'MB',
        byteBase: 'binary',
        source: src.deployOptions.url,
        sourceTitle: src.deployOptions.title,
        note: 'The inference options page and older copies of the hosting FAQ say 6 MB, and the InvokeEndpoint API model still gives the body a maximum length of 6,291,456 bytes (6 MiB).',
      },
    ],
  },
  {
    id: 'realtime.maxResponseTime',
    subject: 'realtime',
    quantity: 'Time the model container has to respond',
    value: 60,
    unit: 's',
    ...from(src.invokeEndpoint),
    status: 'current',
  },
  {
    id: 'realtime.maxStreamingTime',
    subject: 'realtime',
    quantity: 'Longest response streamed with InvokeEndpointWithResponseStream',
    value: 8,
    unit: 'min',
    ...from(src.hostingFaqs),
    status: 'current',
  },
  {
    id: 'realtime.recommendedSocketTimeout',
    subject: 'realtime',
    quantity: 'Client socket timeout AWS recommends for models that take 50-60 s',
    value: 70,
    unit: 's',
    ...from(src.invokeEndpoint),
    status: 'current',
  },
  {
    id: 'realtime.sampleNginxBodyLimit',
    subject: 'realtime',
    quantity:
      'Request body size allowed by the sample nginx.conf in the container guide (client_max_body_size)',
    value: 5,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.adaptContainer),
    status: 'current',
    note: 'A container copied from the sample rejects bodies above this, whatever the endpoint allows.',
  },
  {
    id: 'realtime.maxContainers',
    subject: 'realtime',
    quantity: 'Containers in a multi-container endpoint or serial inference pipeline',
    value: 15,
    unit: 'count',
    ...from(src.hostingFaqs),
    status: 'current',
  },
] as const satisfies readonly LimitEntry[];
