import type {LimitEntry} from '@site/src/data/types';
import {from, src} from './sources';

/** In front of a model: API Gateway and the AWS SDK. */
export const FRONT_LIMITS = [
  {
    id: 'apigateway.restTimeout',
    subject: 'apigateway',
    quantity: 'REST API integration timeout (default)',
    value: 29,
    unit: 's',
    ...from(src.apigwRest),
    status: 'current',
    since: '2024-06',
    adjustable: true,
    note: 'Regional and private REST APIs can ask for more through a quota increase; edge-optimized APIs cannot.',
  },
  {
    id: 'apigateway.httpTimeout',
    subject: 'apigateway',
    quantity: 'HTTP API integration timeout',
    value: 30,
    unit: 's',
    ...from(src.apigwHttp),
    status: 'current',
  },
  {
    id: 'apigateway.payload',
    subject: 'apigateway',
    quantity: 'Request payload (REST and HTTP APIs)',
    value: 10,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.apigwRest),
    status: 'current',
  },
  {
    id: 'apigateway.streamingTimeout',
    subject: 'apigateway',
    quantity: 'REST API streamed response duration',
    value: 15,
    unit: 'min',
    ...from(src.apigwStreaming),
    status: 'current',
  },
  {
    id: 'sdk.readTimeout',
    subject: 'sdk',
    quantity: 'AWS SDK for Python (botocore) default read timeout',
    value: 60,
    unit: 's',
    ...from(src.botocoreConfig),
    status: 'current',
    adjustable: true,
  },
] as const satisfies readonly LimitEntry[];
