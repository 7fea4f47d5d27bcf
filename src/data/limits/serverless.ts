import type {LimitEntry} from '@site/src/data/types';
import {from, RECHECKED, src} from './sources';

// The ProductionVariantServerlessConfig reference: its German-locale URL serves the English text
// (the page has no translation), and AWS's China-Region mirror carries the same page.
const SERVERLESS_CONFIG_COPY =
  'https://docs.aws.amazon.com/de_de/sagemaker/latest/APIReference/API_ProductionVariantServerlessConfig.html';
const SERVERLESS_CONFIG_CN =
  'https://docs.amazonaws.cn/sagemaker/latest/APIReference/API_ProductionVariantServerlessConfig.html';
const NOT_IN_COPY =
  'The stored copies of the Serverless Inference page show only its opening; the quotas and the list of unsupported features come later. Not re-checked in this edition.';

/** SageMaker Serverless Inference. */
export const SERVERLESS_LIMITS = [
  {
    id: 'serverless.maxPayload',
    subject: 'serverless',
    quantity: 'Maximum request and response payload',
    value: 4,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.serverlessInvoke, RECHECKED),
    status: 'current',
    quote: 'The maximum request and response payload size for serverless invocations is 4 MB.',
  },
  {
    id: 'serverless.maxResponseTime',
    subject: 'serverless',
    quantity: 'Time the container has to answer an invocation',
    value: 60,
    unit: 's',
    ...from(src.serverlessInvoke, RECHECKED),
    status: 'current',
    quote:
      'The timeout for the container to respond to inference requests to /invocations is 1 minute.',
  },
  {
    id: 'serverless.maxStartupTime',
    subject: 'serverless',
    quantity: 'Time to download the model and pass the first health check',
    value: 3,
    unit: 'min',
    ...from(src.serverlessInvoke, RECHECKED),
    status: 'current',
    quote:
      'The model must download and the server must respond successfully to /ping within 3 minutes.',
  },
  {
    id: 'serverless.minMemory',
    subject: 'serverless',
    quantity: 'Smallest memory size',
    value: 1024,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.serverlessConfig, RECHECKED),
    status: 'current',
    note: 'Memory is chosen in 1 GB steps; compute power grows with it.',
    quote:
      'Valid values are in 1 GB increments: 1024 MB, 2048 MB, 3072 MB, 4096 MB, 5120 MB, or 6144 MB.',
    quoteFrom: SERVERLESS_CONFIG_COPY,
  },
  {
    id: 'serverless.maxMemory',
    subject: 'serverless',
    quantity: 'Largest memory size',
    value: 6144,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.serverlessConfig, RECHECKED),
    status: 'current',
    quote:
      'Valid values are in 1 GB increments: 1024 MB, 2048 MB, 3072 MB, 4096 MB, 5120 MB, or 6144 MB.',
    quoteFrom: SERVERLESS_CONFIG_COPY,
  },
  {
    id: 'serverless.maxConcurrency',
    subject: 'serverless',
    quantity: 'Highest MaxConcurrency for one endpoint',
    value: 200,
    unit: 'count',
    ...from(src.serverlessConfig, RECHECKED),
    status: 'current',
    quote: 'Valid Range: Minimum value of 1. Maximum value of 200.',
    quoteFrom: SERVERLESS_CONFIG_COPY,
  },
  {
    id: 'serverless.maxProvisionedConcurrency',
    subject: 'serverless',
    quantity: 'Highest ProvisionedConcurrency for one endpoint',
    value: 200,
    unit: 'count',
    ...from(src.serverlessConfig, RECHECKED),
    status: 'current',
    note: 'Optional; it must not exceed the MaxConcurrency of the same endpoint.',
    quote: 'Valid Range: Minimum value of 1. Maximum value of 200.',
    quoteFrom: SERVERLESS_CONFIG_CN,
  },
  {
    id: 'serverless.accountConcurrency',
    subject: 'serverless',
    quantity: 'Total concurrency of all serverless endpoints in a large Region (default quota)',
    value: 1000,
    unit: 'count',
    ...from(src.serverless),
    status: 'current',
    adjustable: true,
    note: 'Applies in US East (N. Virginia, Ohio), US West (Oregon), Asia Pacific (Singapore, Sydney, Tokyo), Europe (Frankfurt, Ireland); other Regions have the smaller quota below.',
    unquoted: NOT_IN_COPY,
    previous: [
      {
        value: 200,
        unit: 'count',
        source: src.serverless.url,
        note: 'Older copies of the Serverless Inference page give one quota of 200 for every Region.',
        unquoted: 'No stored copy of the older page text is available to quote.',
      },
    ],
  },
  {
    id: 'serverless.accountConcurrencyOther',
    subject: 'serverless',
    quantity: 'Total concurrency of all serverless endpoints in other Regions (default quota)',
    value: 500,
    unit: 'count',
    ...from(src.serverless),
    status: 'current',
    adjustable: true,
    unquoted: NOT_IN_COPY,
  },
  {
    id: 'serverless.endpointsPerRegion',
    subject: 'serverless',
    quantity: 'Serverless endpoints per Region (default quota)',
    value: 50,
    unit: 'count',
    ...from(src.serverless),
    status: 'current',
    adjustable: true,
    unquoted: NOT_IN_COPY,
  },
  {
    id: 'serverless.ephemeralDisk',
    subject: 'serverless',
    quantity: 'Ephemeral disk storage',
    value: 5,
    unit: 'GB',
    byteBase: 'unstated',
    ...from(src.serverless),
    status: 'current',
    unquoted: NOT_IN_COPY,
  },
  {
    id: 'serverless.maxImageSize',
    subject: 'serverless',
    quantity: 'Largest container image',
    value: 10,
    unit: 'GB',
    byteBase: 'unstated',
    ...from(src.serverless),
    status: 'current',
    unquoted: NOT_IN_COPY,
  },
] as const satisfies readonly LimitEntry[];
