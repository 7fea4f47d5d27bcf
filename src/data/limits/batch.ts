import type {LimitEntry} from '@site/src/data/types';
import {from, kotlinSdkModel, RECHECKED, src} from './sources';

// The API reference's text for MaxPayloadInMB, as the AWS SDK for Kotlin reference prints it
// (generated from the same API model).
const MAX_PAYLOAD_COPY = kotlinSdkModel(
  'sagemaker',
  '-create-transform-job-request/max-payload-in-mb.html',
);

/** SageMaker Batch Transform. */
export const BATCH_LIMITS = [
  {
    id: 'batch.defaultMiniBatch',
    subject: 'batch',
    quantity: 'Default mini-batch size (MaxPayloadInMB)',
    value: 6,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.createTransformJob, RECHECKED),
    status: 'current',
    adjustable: true,
    quote: 'The default value is 6 MB.',
    quoteFrom: MAX_PAYLOAD_COPY,
  },
  {
    id: 'batch.maxMiniBatch',
    subject: 'batch',
    quantity: 'Largest mini-batch size (MaxPayloadInMB)',
    value: 100,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.createTransformJob, RECHECKED),
    status: 'current',
    quote: 'The value of MaxPayloadInMB cannot be greater than 100 MB.',
    quoteFrom: MAX_PAYLOAD_COPY,
  },
  {
    id: 'batch.maxInFlight',
    subject: 'batch',
    quantity: 'MaxConcurrentTransforms × MaxPayloadInMB, at most',
    value: 100,
    unit: 'MB',
    byteBase: 'unstated',
    ...from(src.createTransformJob, RECHECKED),
    status: 'current',
    quote:
      'If you specify the MaxConcurrentTransforms parameter, the value of ' +
      '(MaxConcurrentTransforms * MaxPayloadInMB) also cannot exceed 100 MB.',
    quoteFrom: MAX_PAYLOAD_COPY,
  },
  {
    id: 'batch.defaultInvocationTimeout',
    subject: 'batch',
    quantity: 'Time one invocation may take when InvocationsTimeoutInSeconds is not set',
    value: 600,
    unit: 's',
    ...from(src.modelClientConfig, RECHECKED),
    status: 'current',
    quote: 'The timeout value in seconds for an invocation request. The default value is 600.',
  },
  {
    id: 'batch.maxInvocationTimeout',
    subject: 'batch',
    quantity: 'Longest InvocationsTimeoutInSeconds',
    value: 3600,
    unit: 's',
    ...from(src.modelClientConfig, RECHECKED),
    status: 'current',
    quote: 'Valid Range: Minimum value of 1. Maximum value of 3600.',
  },
  {
    id: 'batch.maxRetries',
    subject: 'batch',
    quantity: 'Retries of a failed invocation (InvocationsMaxRetries, also the default)',
    value: 3,
    unit: 'count',
    ...from(src.modelClientConfig, RECHECKED),
    status: 'current',
    quote:
      'The maximum number of retries when invocation requests are failing. The default value is 3.',
  },
  {
    id: 'batch.maxInstances',
    subject: 'batch',
    quantity: 'Instances in one transform job (TransformResources.InstanceCount)',
    value: 100,
    unit: 'count',
    ...from(src.transformResources, RECHECKED),
    status: 'current',
    note:
      'The default is one instance. Instances split the work by S3 object, so extra ' +
      'instances help only when the input is spread over several objects. Account-level ' +
      'service quotas per instance type may be lower.',
    quote: 'The default value is 1, and the maximum is 100.',
    quoteFrom: kotlinSdkModel('sagemaker', '-transform-resources'),
  },
] as const satisfies readonly LimitEntry[];
