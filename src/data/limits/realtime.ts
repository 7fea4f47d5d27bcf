import type {LimitEntry} from '@site/src/data/types';
import {from, RECHECKED, src} from './sources';

// The InvokeEndpoint API reference's description, as the AWS SDK for Kotlin reference prints it
// (generated from the same API model).
const INVOKE_ENDPOINT_COPY =
  'https://docs.aws.amazon.com/goto/SdkForKotlin/runtime.sagemaker-2017-05-13/InvokeEndpoint';

/** SageMaker Real-Time Inference, with the deployment and testing features of real-time endpoints. */
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
    note: 'The hosting FAQ and the container guide give 25 MB. The InvokeEndpoint API reference still caps the request body at 6,291,456 bytes (6 MiB), and the Autopilot forecasting page gives real-time endpoints about 6 MB. No AWS page gives the date of the change.',
    unquoted:
      'The stored copies of the hosting FAQ show only the opening of the page; the answer that states this value is further down. Not re-checked in this edition.',
    conflicting: [
      {
        value: 6,
        unit: 'MB',
        byteBase: 'binary',
        source: src.invokeEndpoint.url,
        sourceTitle: src.invokeEndpoint.title,
        note: 'The InvokeEndpoint API reference, which the AWS SDKs are generated from, gives the request Body a maximum length of 6,291,456 bytes (6 MiB). Older copies of the inference options page and of the hosting FAQ also said 6 MB.',
        unquoted:
          'The stored copies of the InvokeEndpoint reference show its opening description, not the Body parameter and its length constraint.',
      },
      {
        value: 6,
        unit: 'MB',
        byteBase: 'unstated',
        source: src.autopilotRealtime.url,
        sourceTitle: src.autopilotRealtime.title,
        note: 'The Autopilot page on real-time forecasting describes the real-time endpoint as taking about this much input.',
        quote: 'The real time endpoint has an input data size of approximately 6MB',
      },
    ],
  },
  {
    id: 'realtime.maxResponseTime',
    subject: 'realtime',
    quantity: 'Time the model container has to respond',
    value: 60,
    unit: 's',
    ...from(src.invokeEndpoint, RECHECKED),
    status: 'current',
    quote: "A customer's model containers must respond to requests within 60 seconds.",
    quoteFrom: INVOKE_ENDPOINT_COPY,
  },
  {
    id: 'realtime.maxStreamingTime',
    subject: 'realtime',
    quantity: 'Longest response streamed with InvokeEndpointWithResponseStream',
    value: 8,
    unit: 'min',
    ...from(src.hostingFaqs),
    status: 'current',
    unquoted:
      'The stored copies of the hosting FAQ show only the opening of the page; the answer that states this value is further down. Not re-checked in this edition.',
  },
  {
    id: 'realtime.recommendedSocketTimeout',
    subject: 'realtime',
    quantity: 'Client socket timeout AWS recommends for models that take 50-60 s',
    value: 70,
    unit: 's',
    ...from(src.invokeEndpoint, RECHECKED),
    status: 'current',
    quote:
      'If your model is going to take 50-60 seconds of processing time, the SDK socket timeout should be set to be 70 seconds.',
    quoteFrom: INVOKE_ENDPOINT_COPY,
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
    unquoted:
      'The sample configuration sits deep in the container guide; the stored copies show only the opening of the page.',
  },
  {
    id: 'realtime.maxContainers',
    subject: 'realtime',
    quantity:
      'Containers on one multi-container endpoint (direct invocation, or serial as an inference pipeline)',
    value: 15,
    unit: 'count',
    ...from(src.multiContainer, RECHECKED),
    status: 'current',
    quote:
      'Currently there is a limit of up to 15 containers supported on a multi-container endpoint.',
  },
  {
    id: 'realtime.canaryMaxShare',
    subject: 'realtime',
    quantity: 'Largest canary in a blue/green deployment, as a share of the new fleet',
    value: 50,
    unit: 'percent',
    ...from(src.guardrailsCanary, RECHECKED),
    status: 'current',
    quote:
      "Note that the canary size should be less than or equal to 50% of the new fleet's capacity.",
  },
  {
    id: 'realtime.linearStepMin',
    subject: 'realtime',
    quantity: 'Smallest step of linear traffic shifting, as a share of the new fleet',
    value: 10,
    unit: 'percent',
    ...from(src.guardrailsLinear, RECHECKED),
    status: 'current',
    quote: "Each linear step should only be between 10-50% of the green fleet's capacity.",
  },
  {
    id: 'realtime.linearStepMax',
    subject: 'realtime',
    quantity: 'Largest step of linear traffic shifting, as a share of the new fleet',
    value: 50,
    unit: 'percent',
    ...from(src.guardrailsLinear, RECHECKED),
    status: 'current',
    quote: "Each linear step should only be between 10-50% of the green fleet's capacity.",
  },
  {
    id: 'realtime.maxShadowVariants',
    subject: 'realtime',
    quantity: 'Shadow variants on one endpoint (with at most one production variant)',
    value: 1,
    unit: 'count',
    ...from(src.shadowTests, RECHECKED),
    status: 'current',
    quote: 'SageMaker AI supports a maximum of one shadow variant per endpoint.',
  },
  {
    id: 'realtime.shadowTestDefaultDuration',
    subject: 'realtime',
    quantity: 'Duration of a shadow test when none is set',
    value: 7,
    unit: 'days',
    ...from(src.shadowTests, RECHECKED),
    status: 'current',
    adjustable: true,
    quote: 'The default duration is 7 days and the maximum is 30 days.',
  },
  {
    id: 'realtime.shadowTestMaxDuration',
    subject: 'realtime',
    quantity: 'Longest shadow test',
    value: 30,
    unit: 'days',
    ...from(src.shadowTests, RECHECKED),
    status: 'current',
    quote: 'The default duration is 7 days and the maximum is 30 days.',
  },
  {
    id: 'realtime.recommenderDefaultJob',
    subject: 'realtime',
    quantity:
      'Time an Inference Recommender default job (inference recommendations) takes, at most',
    value: 45,
    unit: 'min',
    ...from(src.recommenderJobs, RECHECKED),
    status: 'current',
    quote: 'Inference recommendation jobs complete within 45 minutes.',
  },
  {
    id: 'realtime.recommenderAdvancedJob',
    subject: 'realtime',
    quantity:
      'Average time of an Inference Recommender advanced job (endpoint recommendations from a custom load test)',
    value: 2,
    unit: 'h',
    ...from(src.recommenderJobs, RECHECKED),
    status: 'current',
    note: 'Depends on the job duration you set and on how many configurations are tested.',
    quote:
      'This job takes an average of 2 hours to complete depending on the job duration set and the total number of inference configurations tested.',
  },
] as const satisfies readonly LimitEntry[];
