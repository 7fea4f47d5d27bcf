import type {LimitEntry} from '@site/src/data/types';
import {from, RECHECKED, src} from './sources';

// The English Markdown copies of the Lambda quotas page. The Russian-locale path serves the newer
// English text (it has not been translated), which adds Lambda Managed Instances.
const QUOTAS_COPY = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.md';
const QUOTAS_NEWER_COPY =
  'https://docs.aws.amazon.com/ru_ru/lambda/latest/dg/gettingstarted-limits.md';
const QUOTAS_TABLE_NOT_IN_COPY =
  'The stored copies of the quotas page show its opening, not the quota tables further ' +
  'down. Not re-checked in this edition.';

/** The one sentence of the API reference that states both ends of the ephemeral storage range. */
const EPHEMERAL_RANGE = {
  quote: 'The default value is 512, but can be any whole number between 512 and 10,240 MB.',
  quoteFrom: 'https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html',
} as const;

/** AWS Lambda. */
export const LAMBDA_LIMITS = [
  {
    id: 'lambda.maxTimeout',
    subject: 'lambda',
    quantity: 'Longest function timeout',
    value: 900,
    unit: 's',
    ...from(src.lambdaLimits, RECHECKED),
    status: 'current',
    quote: 'Code can run for up to 15 minutes in a single invocation',
    quoteFrom: QUOTAS_COPY,
  },
  {
    id: 'lambda.managedInstancesTimeout',
    subject: 'lambda',
    quantity:
      'Longest timeout on Lambda Managed Instances, for asynchronous invocations and event ' +
      'source mappings (except Amazon MQ and Amazon DocumentDB)',
    value: 5400,
    unit: 's',
    ...from(src.lambdaLimits, RECHECKED),
    status: 'current',
    note:
      'Synchronous invocations, and event source mappings for Amazon MQ and Amazon ' +
      'DocumentDB, keep the standard maximum.',
    quote:
      'up to 90 minutes for Lambda Managed Instances functions invoked asynchronously or ' +
      'through any event source mapping except Amazon MQ and Amazon DocumentDB',
    quoteFrom: QUOTAS_NEWER_COPY,
  },
  {
    id: 'lambda.defaultTimeout',
    subject: 'lambda',
    quantity: 'Function timeout when none is set',
    value: 3,
    unit: 's',
    ...from(src.lambdaTimeout, RECHECKED),
    status: 'current',
    adjustable: true,
    quote: 'The default value for this setting is 3 seconds',
  },
  {
    id: 'lambda.initPhase',
    subject: 'lambda',
    quantity: 'Init phase (code outside the handler) of an on-demand function',
    value: 10,
    unit: 's',
    ...from(src.lambdaRuntimeEnvironment),
    status: 'current',
    note:
      'If Init runs longer, Lambda retries it at the first invocation under the function ' +
      'timeout. Provisioned concurrency and SnapStart functions may initialize for longer.',
    unquoted:
      'The stored English copies stop before the Init phase section; the Chinese and ' +
      'Japanese copies of the page give the same figure.',
  },
  {
    id: 'lambda.minMemory',
    subject: 'lambda',
    quantity: 'Smallest memory size',
    value: 128,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaResources, RECHECKED),
    status: 'current',
    quote: 'You can configure memory between 128 MB and 10,240 MB in 1-MB increments.',
    quoteFrom: 'https://docs.aws.amazon.com/lambda/latest/dg/resource-model.html',
  },
  {
    id: 'lambda.maxMemory',
    subject: 'lambda',
    quantity: 'Largest memory size',
    value: 10240,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaResources, RECHECKED),
    status: 'current',
    note: 'Memory is set in 1 MB steps; CPU power grows with memory.',
    quote: 'You can configure memory between 128 MB and 10,240 MB in 1-MB increments.',
    quoteFrom: 'https://docs.aws.amazon.com/lambda/latest/dg/resource-model.html',
  },
  {
    id: 'lambda.memoryPerVcpu',
    subject: 'lambda',
    quantity: 'Memory at which a function has the equivalent of one vCPU',
    value: 1769,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaResources, RECHECKED),
    status: 'current',
    quote: 'At 1,769 MB, a function has the equivalent of one vCPU',
    quoteFrom: 'https://docs.aws.amazon.com/lambda/latest/dg/resource-model.html',
  },
  {
    id: 'lambda.minEphemeral',
    subject: 'lambda',
    quantity: 'Smallest (and default) ephemeral storage (/tmp)',
    value: 512,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaEphemeral, RECHECKED),
    status: 'current',
    ...EPHEMERAL_RANGE,
  },
  {
    id: 'lambda.maxEphemeral',
    subject: 'lambda',
    quantity: 'Largest ephemeral storage (/tmp)',
    value: 10240,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaEphemeral, RECHECKED),
    status: 'current',
    ...EPHEMERAL_RANGE,
  },
  {
    id: 'lambda.syncPayload',
    subject: 'lambda',
    quantity: 'Synchronous invocation payload (request and response, each)',
    value: 6,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaInvoke, RECHECKED),
    status: 'current',
    note: 'The response-streaming page gives the same figure as the maximum for buffered (non-streamed) responses.',
    quote: 'For synchronous invocations, the maximum payload size is 6 MB.',
    quoteFrom: 'https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html',
  },
  {
    id: 'lambda.asyncPayload',
    subject: 'lambda',
    quantity: 'Asynchronous invocation payload (event)',
    value: 1,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaInvoke, RECHECKED),
    status: 'current',
    since: '2025-10',
    note: 'The month comes from the address of the AWS announcement, which the stored copies do not include.',
    quote: 'For asynchronous invocations, the maximum payload size is 1 MB.',
    quoteFrom: 'https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html',
    previous: [
      {
        value: 256,
        unit: 'KB',
        byteBase: 'binary',
        until: '2025-10',
        source: src.lambdaAsyncRaise.url,
        note: 'Until October 2025 an asynchronous event could carry at most this; much study material still says so.',
        unquoted:
          'The stored copies do not include the announcement. The AWS Compute Blog describes ' +
          "the same raise: 'AWS has raised the maximum payload size from 256 KB to 1 MB for " +
          "asynchronous AWS Lambda function invocations'.",
      },
    ],
  },
  {
    id: 'lambda.streamedResponse',
    subject: 'lambda',
    quantity: 'Streamed response size',
    value: 200,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaStreaming, RECHECKED),
    status: 'current',
    since: '2025-07',
    note:
      'Native on Node.js managed runtimes only; other languages need a custom runtime or ' +
      'the Lambda Web Adapter. The first 6 MB stream uncapped, the rest under a bandwidth ' +
      'cap. The month comes from the address of the AWS announcement, which the stored ' +
      'copies do not include.',
    quote: 'response streaming functions can return payloads up to 200 MB',
    previous: [
      {
        value: 20,
        unit: 'MB',
        byteBase: 'binary',
        until: '2025-07',
        source: src.lambdaStreamingRaise.url,
        note: 'Response streaming launched with this smaller limit, raised in July 2025.',
        unquoted:
          'The stored copies do not include the announcement. The AWS CDK reference for ' +
          "function URL invoke modes still prints the old figure: 'The maximum response payload " +
          "size is 20 MB, however, you can request a quota increase.'",
      },
    ],
  },
  {
    id: 'lambda.zipPackage',
    subject: 'lambda',
    quantity: 'Deployment package, zipped, uploaded directly',
    value: 50,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaLimits),
    status: 'current',
    unquoted: QUOTAS_TABLE_NOT_IN_COPY,
  },
  {
    id: 'lambda.unzippedPackage',
    subject: 'lambda',
    quantity: 'Deployment package unzipped, layers included',
    value: 250,
    unit: 'MB',
    byteBase: 'binary',
    ...from(src.lambdaLayers, RECHECKED),
    status: 'current',
    quote:
      'The total unzipped size of the function and all layers cannot exceed the unzipped ' +
      'deployment package size quota of 250 MB.',
  },
  {
    id: 'lambda.containerImage',
    subject: 'lambda',
    quantity: 'Container image, uncompressed',
    value: 10,
    unit: 'GB',
    byteBase: 'binary',
    ...from(src.lambdaLimits),
    status: 'current',
    unquoted: QUOTAS_TABLE_NOT_IN_COPY,
  },
  {
    id: 'lambda.concurrency',
    subject: 'lambda',
    quantity: 'Concurrent executions per Region (default quota)',
    value: 1000,
    unit: 'count',
    ...from(src.lambdaConcurrency, RECHECKED),
    status: 'current',
    adjustable: true,
    note: 'New accounts may start lower.',
    quote:
      'Lambda provides your account with a total concurrency limit of 1,000 concurrent ' +
      'executions across all Event Functions in an AWS Region',
  },
  {
    id: 'lambda.maxLayers',
    subject: 'lambda',
    quantity: 'Layers per function',
    value: 5,
    unit: 'count',
    ...from(src.lambdaLayers, RECHECKED),
    status: 'current',
    note: 'Container-image functions cannot use layers; everything goes in the image.',
    quote: 'You can add up to five layers to a Lambda function.',
  },
  {
    id: 'lambda.envVarsSize',
    subject: 'lambda',
    quantity: 'Total size of all environment variables of a function',
    value: 4,
    unit: 'KB',
    byteBase: 'binary',
    ...from(src.lambdaLimits),
    status: 'current',
    unquoted: QUOTAS_TABLE_NOT_IN_COPY,
  },
  {
    id: 'lambda.scalingRate',
    subject: 'lambda',
    quantity: 'New execution environments one function may add per scaling interval',
    value: 1000,
    unit: 'count',
    ...from(src.lambdaScaling, RECHECKED),
    status: 'current',
    note:
      'Per function and per Region, within the account concurrency quota; Lambda refills ' +
      'the rate continuously rather than in steps.',
    quote:
      'In each AWS Region, and for each function, your concurrency scaling rate is 1,000 ' +
      'execution environment instances every 10 seconds',
  },
  {
    id: 'lambda.scalingInterval',
    subject: 'lambda',
    quantity: 'Scaling interval of the concurrency scaling rate',
    value: 10,
    unit: 's',
    ...from(src.lambdaScaling, RECHECKED),
    status: 'current',
    quote:
      'In each AWS Region, and for each function, your concurrency scaling rate is 1,000 ' +
      'execution environment instances every 10 seconds',
  },
] as const satisfies readonly LimitEntry[];
