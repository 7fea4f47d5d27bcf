import type {LimitEntry} from '@site/src/data/types';
import {from, RECHECKED, src} from './sources';

const TABLE_NOT_IN_COPY =
  'The stored copies of the quotas page show only the first rows of its table. Not re-checked in this edition.';

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
    adjustable: true,
    note: 'The default. Since June 2024 Regional and private REST APIs can ask for more through a quota increase, which may lower the account throttle quota; edge-optimized APIs cannot. AWS gives no date from which 29 s applied: its 2017 announcement of configurable timeouts already named it as the upper end.',
    unquoted: TABLE_NOT_IN_COPY,
  },
  {
    id: 'apigateway.httpTimeout',
    subject: 'apigateway',
    quantity: 'HTTP API integration timeout',
    value: 30,
    unit: 's',
    ...from(src.apigwHttp),
    status: 'current',
    unquoted: TABLE_NOT_IN_COPY,
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
    unquoted: TABLE_NOT_IN_COPY,
  },
  {
    id: 'apigateway.streamingTimeout',
    subject: 'apigateway',
    quantity: 'Integration timeout of a REST API that streams the response',
    value: 15,
    unit: 'min',
    ...from(src.apigwStreamingHttp, RECHECKED),
    status: 'current',
    note: 'Response streaming works only for proxy integrations (HTTP_PROXY and AWS_PROXY, Lambda included).',
    quote:
      'When you use response streaming, you can configure the integration timeout up to 15 minutes.',
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
    note: "AWS's Bedrock page on Amazon Nova says the same of AWS SDK clients in general: they time out after 1 minute by default.",
    unquoted: 'The botocore reference is not among the stored copies.',
  },
] as const satisfies readonly LimitEntry[];
