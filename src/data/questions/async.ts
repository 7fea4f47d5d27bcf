import {see} from './links';
import {optionName} from './optionNames';
import {dur, given, lim, old, t} from './text';
import type {Question} from './types';
import {UPLOADED_VIDEOS} from './workloads';

/** SageMaker Asynchronous Inference. */
export const ASYNC_QUESTIONS: readonly Question[] = [
  {
    id: 'as-uploaded-videos',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['async'],
    topics: ['choosing'],
    stem: t`A moderation service analyzes videos that users upload throughout the day. A video is up to
      ${given('payload')}, and the GPU model needs up to ${given('duration')} per video. Each result is wanted as
      soon as it is ready, with a notification, and uploads stop at night. Which option fits?`,
    choices: [
      {
        id: 'a',
        text: 'SageMaker Real-Time Inference on GPU instances',
        why: t`The input is far larger than a real-time request may carry, and the work far longer than the
          ${lim('realtime.maxResponseTime')} a real-time container has to answer.`,
        option: 'realtime',
      },
      {
        id: 'b',
        text: 'SageMaker Asynchronous Inference, scaled to zero at night',
        why: t`It takes inputs up to ${lim('async.maxPayload')} from S3 and processing up to
          ${dur('async.maxProcessingTime')}, runs on GPUs, writes each result to S3 with an SNS notification, and
          can scale to zero when the queue is empty.`,
        option: 'async',
      },
      {
        id: 'c',
        text: 'SageMaker Batch Transform, run every night',
        why: 'A nightly job would delay results by up to a day, and each video is larger than a mini-batch may be.',
        option: 'batch',
      },
      {
        id: 'd',
        text: optionName('serverless'),
        why: 'No GPUs, and the payload and time limits are far below what one video needs.',
        option: 'serverless',
      },
    ],
    key: 'b',
    premise: {ruledOut: ['realtime', 'batch', 'serverless']},
    explanation:
      'Large payloads, long processing, results per request as they arrive ("near ' +
      'real-time"), notification, idle periods: the case AWS describes for Asynchronous ' +
      'Inference.',
    links: [see('async', 'when-to-use-it'), see('async', 'exam-traps')],
    dependsOn: ['async.maxPayload', 'async.maxProcessingTime'],
    examReading: t`Older material gives a processing limit of ${old('async.maxProcessingTime')}. This video's
      processing time is under both values, so the key holds under either reading.`,
    workload: {
      chooser: UPLOADED_VIDEOS,
      timeout: {processing: '12', processingUnit: 'min'},
      payload: {kind: 'file', size: '800', sizeUnit: 'MB', encoding: 'binary'},
    },
  },
  {
    id: 'as-long-request',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['timeouts', 'changed-limits'],
    stem: t`A request to an asynchronous endpoint takes about ${given('duration')} to process on a GPU. What is true?`,
    choices: [
      {
        id: 'a',
        text: 'It works with the default settings',
        why: t`The default processing timeout is ${dur('async.defaultProcessingTime')}, shorter than this request.`,
      },
      {
        id: 'b',
        text: t`It cannot work: Asynchronous Inference stops every request at ${old('async.maxProcessingTime')}`,
        why:
          'That was the fixed limit when the service launched in 2021; AWS later added ' +
          'InvocationTimeoutSeconds, which raises the ceiling per request.',
      },
      {
        id: 'c',
        text: 'It cannot work on SageMaker; run it as an AWS Lambda function with the longest timeout',
        why: t`Lambda stops every function at ${dur('lambda.maxTimeout')}, and standard functions have no GPU.`,
        option: 'lambda',
      },
      {
        id: 'd',
        text:
          'It works if the caller sets InvocationTimeoutSeconds on the request; without it, ' +
          'processing stops at the default timeout',
        why: t`InvocationTimeoutSeconds may be raised to ${dur('async.maxProcessingTime')}; if it is not set, a
          request times out after ${dur('async.defaultProcessingTime')}.`,
        option: 'async',
      },
    ],
    key: 'd',
    explanation: t`Two values matter: the maximum per request (${dur('async.maxProcessingTime')}, with
      InvocationTimeoutSeconds) and the default when nothing is set (${dur('async.defaultProcessingTime')}). A
      request that runs longer than the default fails unless the caller asks for more time.`,
    links: [see('async', 'two-clocks-queue-time-and-processing-time'), see('async', 'exam-traps')],
    dependsOn: ['async.maxProcessingTime', 'async.defaultProcessingTime'],
    examReading: t`Many question banks still say Asynchronous Inference allows ${old('async.maxProcessingTime')}, the
      limit at launch. If both values appear among the options, the current documentation supports
      ${dur('async.maxProcessingTime')}; the default of ${dur('async.defaultProcessingTime')} is what keeps the old
      number alive.`,
    workload: {
      chooser: {
        when: 'later',
        traffic: 'spiky',
        payload: '50',
        payloadUnit: 'MB',
        duration: '40',
        durationUnit: 'min',
        gpu: 'yes',
      },
      timeout: {processing: '40', processingUnit: 'min'},
    },
  },
  {
    id: 'as-wake-from-zero',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['scaling'],
    stem:
      'An asynchronous endpoint scales to zero instances with a target-tracking policy on ' +
      'ApproximateBacklogSizePerInstance. After a quiet night, the first request of the day ' +
      'waits a long time before any instance starts. What fixes it?',
    choices: [
      {
        id: 'a',
        text: 'Raise RequestTTLSeconds on the requests',
        why: 'A longer time to live lets requests wait longer before expiring; it does not start an instance sooner.',
      },
      {
        id: 'b',
        text: 'Add a step scaling policy driven by a CloudWatch alarm on HasBacklogWithoutCapacity',
        why:
          'The metric is 1 when requests are queued and no instance runs; the alarm adds an ' +
          'instance as soon as the first request arrives.',
      },
      {
        id: 'c',
        text: 'Set MinCapacity to zero on the target-tracking policy',
        why: 'That is what lets it scale in to zero already; it does not make it scale out from zero.',
      },
      {
        id: 'd',
        text: 'Lower MaxConcurrentInvocationsPerInstance',
        why: 'It limits requests per running instance; with no instance running it changes nothing.',
      },
    ],
    key: 'b',
    explanation:
      'Target tracking on the backlog scales in to zero but reacts only once the backlog ' +
      'exceeds the target. Scaling out from zero needs its own step-scaling policy on ' +
      'HasBacklogWithoutCapacity. The first request still waits for an instance to launch ' +
      'and load the model.',
    links: [see('async', 'scaling-to-zero'), see('async', 'exam-traps')],
  },
  {
    id: 'as-what-returns',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['async'],
    topics: ['api'],
    stem: 'An application calls InvokeEndpointAsync. What does the call return?',
    choices: [
      {
        id: 'a',
        text: 'The prediction, once the model has finished',
        why: 'The call returns as soon as the request is queued, before the model has run.',
      },
      {
        id: 'b',
        text: 'An inference ID and the Amazon S3 location where the result will be written',
        why:
          'The response carries an InferenceId and OutputLocation (and, in current versions, ' +
          'FailureLocation); nothing is there yet.',
      },
      {
        id: 'c',
        text: 'A job name to poll with DescribeTransformJob',
        why: 'Transform jobs belong to Batch Transform; an asynchronous endpoint has no jobs.',
      },
      {
        id: 'd',
        text: 'An SNS message that contains the prediction',
        why:
          'SNS notifications, if configured, arrive later, when processing ends; they are not ' +
          'the response to the call.',
      },
    ],
    key: 'b',
    explanation:
      'The response is not the result: the client learns of completion through SNS or by ' +
      'polling the S3 output location.',
    links: [see('async', 'how-a-request-flows'), see('async', 'exam-traps')],
  },
  {
    id: 'as-request-steps',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['api'],
    stem: 'Put the steps of one asynchronous inference request with a large input in order.',
    items: [
      {
        id: 'queue',
        text: 'The request waits in the queue until an instance is free',
        why: 'Third: the queue absorbs bursts; the wait counts against RequestTTLSeconds.',
      },
      {
        id: 'write',
        text: 'SageMaker writes the result to the S3 output path and publishes to the SNS success topic',
        why: 'Last: the output goes to S3, with an optional notification.',
      },
      {
        id: 'upload',
        text: 'Upload the input to Amazon S3',
        why: 'First: a large input travels as an S3 object.',
      },
      {
        id: 'process',
        text: 'The model container reads the input and runs the prediction',
        why: 'Fourth: processing, bounded by InvocationTimeoutSeconds.',
      },
      {
        id: 'invoke',
        text: 'Call InvokeEndpointAsync with InputLocation and receive the output location at once',
        why: 'Second: the call names the S3 object and returns before any processing.',
      },
    ],
    key: ['upload', 'invoke', 'queue', 'process', 'write'],
    explanation:
      'Input to S3, call with its location, queue, process, result to S3 with a notification.',
    links: [see('async', 'how-a-request-flows')],
  },
  {
    id: 'as-parameters',
    format: 'matching',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['api', 'timeouts', 'scaling'],
    stem: 'Match each Asynchronous Inference setting to what it controls. One description matches no setting.',
    prompts: [
      {
        id: 'ttl',
        text: 'RequestTTLSeconds',
        why: t`How long a request may wait in the queue before it expires: from ${lim('async.minQueueTime')} to
          ${dur('async.maxQueueTime')}, which is also the default.`,
      },
      {
        id: 'timeout',
        text: 'InvocationTimeoutSeconds',
        why: t`How long the container may process one request: up to ${dur('async.maxProcessingTime')},
          ${dur('async.defaultProcessingTime')} when not set.`,
      },
      {
        id: 'concurrency',
        text: 'MaxConcurrentInvocationsPerInstance',
        why: t`How many requests SageMaker sends to one container at a time, up to
          ${lim('async.maxConcurrentInvocationsPerInstance')}.`,
      },
      {
        id: 'include',
        text: 'IncludeInferenceResponseIn',
        why: t`Whether the SNS notification carries the response itself, which it can only up to
          ${lim('async.maxNotificationResponse')}.`,
      },
    ],
    responses: [
      {id: 'r4', text: 'Whether the notification message includes the result'},
      {id: 'r2', text: 'How long the model may spend processing one request'},
      {
        id: 'r5',
        text: 'How large the input object in Amazon S3 may be',
        why: t`That is a fixed service limit (${lim('async.maxPayload')}), not a setting.`,
      },
      {id: 'r1', text: 'How long a request may wait in the queue'},
      {id: 'r3', text: 'How many requests one container receives at the same time'},
    ],
    key: {ttl: 'r1', timeout: 'r2', concurrency: 'r3', include: 'r4'},
    explanation:
      'Two clocks per request (queue time and processing time), one concurrency knob per ' +
      'instance, and one switch for what the notification carries.',
    links: [see('async', 'two-clocks-queue-time-and-processing-time'), see('async', 'key-limits')],
  },
  {
    id: 'as-inline-body',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['payload', 'api'],
    stem: t`The requests to an asynchronous endpoint are small JSON documents of about ${given('recordSize')}, but
      each takes minutes to process. The team would like to stop uploading every document to Amazon S3 first. What
      does the current InvokeEndpointAsync API allow?`,
    choices: [
      {
        id: 'a',
        text: 'Nothing: the input must always be an object in Amazon S3',
        why: 'That was true for most of the service’s life; the API now also accepts a small inline Body.',
      },
      {
        id: 'b',
        text: 'Sending the payload inline, and receiving the result in the response',
        why: 'Only the input can be inline; the output still goes to S3.',
      },
      {
        id: 'c',
        text: t`Sending the payload inline in the Body parameter, up to ${lim('async.maxInlineBody')}; the result is
          still written to S3`,
        why: 'Body and InputLocation are mutually exclusive: send exactly one. A recent AWS SDK is needed.',
        option: 'async',
      },
      {
        id: 'd',
        text: 'Sending both Body and InputLocation, so SageMaker can choose',
        why: 'The two are mutually exclusive.',
      },
    ],
    key: 'c',
    explanation: t`Large inputs still go through S3 (up to ${lim('async.maxPayload')}); a small request that needs
      only the longer processing time can skip the upload.`,
    links: [see('async', 'input-amazon-s3-or-inline')],
    dependsOn: ['async.maxInlineBody'],
    examReading:
      'The inline Body is recent. Exam questions and older material describe the input as ' +
      'an object in Amazon S3 passed as InputLocation; answer that way unless an option ' +
      'mentions the inline Body.',
    workload: {
      payload: {
        kind: 'json',
        records: '1',
        recordSize: '20',
        recordUnit: 'KB',
        encoding: 'json-text',
        envelope: '0',
      },
    },
  },
  {
    id: 'as-notify',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['async'],
    topics: ['api'],
    stem:
      'An application sends requests to an asynchronous endpoint and must react as soon as ' +
      'each result is ready, without polling. What should the team configure?',
    choices: [
      {
        id: 'a',
        text: 'Amazon SNS success and error topics in the endpoint’s AsyncInferenceConfig',
        why: 'SageMaker publishes to the success or error topic when a request finishes; the application subscribes.',
      },
      {
        id: 'b',
        text: 'A longer client read timeout, so that InvokeEndpointAsync waits for the result',
        why: 'The call returns at once with the output location; a longer timeout does not make it wait.',
      },
      {
        id: 'c',
        text: 'An EventBridge rule on transform job state changes',
        why: 'Transform jobs belong to Batch Transform, not to an asynchronous endpoint.',
      },
      {
        id: 'd',
        text: 'Data capture on the endpoint',
        why: 'Data capture records requests and responses for monitoring; it is not a completion notice.',
      },
    ],
    key: 'a',
    explanation:
      'Results go to S3; completion is announced through SNS (or found by polling S3). ' +
      'Expect a question about how the client gets the output.',
    links: [see('async', 'how-a-request-flows'), see('async', 'exam-traps')],
  },
  {
    id: 'as-gpu-memory',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['scaling', 'features'],
    stem:
      'A GPU model on an asynchronous endpoint can process only one video at a time. When ' +
      'several requests reach the same instance, some fail with out-of-memory errors. What ' +
      'should the team change?',
    choices: [
      {
        id: 'a',
        text: 'Lower RequestTTLSeconds',
        why: 'That only makes queued requests expire sooner.',
      },
      {
        id: 'b',
        text: 'Raise InvocationTimeoutSeconds',
        why: 'More time per request does not reduce memory used by parallel requests.',
      },
      {
        id: 'c',
        text: 'Move the model to Serverless Inference',
        why: 'Serverless Inference has no GPUs.',
      },
      {
        id: 'd',
        text: 'Set MaxConcurrentInvocationsPerInstance to a low value, such as one',
        why:
          'It caps how many requests SageMaker sends to one container at once; a low value ' +
          'avoids out-of-memory failures for a heavy model.',
      },
    ],
    key: 'd',
    explanation:
      'Concurrency per instance is yours to tune: low for a heavy GPU model, higher for a ' +
      'light model to raise throughput.',
    links: [see('async', 'key-limits')],
  },
  {
    id: 'as-too-long',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async', 'batch'],
    topics: ['timeouts', 'changed-limits'],
    stem: t`One recording needs about ${given('duration')} of GPU processing as a single request. Which approach
      works on AWS?`,
    choices: [
      {
        id: 'a',
        text:
          'Split the recording into segments that each finish within the per-request limit, and ' +
          'process the segments',
        why:
          'Each segment becomes a request that fits; the results are joined afterwards. ' +
          'Segments can go to an asynchronous endpoint, or form a dataset for Batch Transform.',
      },
      {
        id: 'b',
        text: 'Asynchronous Inference with InvocationTimeoutSeconds raised to cover the whole recording',
        why: t`No SageMaker endpoint lets one request run longer than ${dur('async.maxProcessingTime')}.`,
        option: 'async',
      },
      {
        id: 'c',
        text: 'An AWS Lambda function with the longest timeout',
        why: t`Lambda stops at ${dur('lambda.maxTimeout')} and has no GPU.`,
        option: 'lambda',
      },
      {
        id: 'd',
        text: 'A real-time endpoint that streams its response',
        why: t`A streamed response may last up to ${dur('realtime.maxStreamingTime')}.`,
        option: 'realtime',
      },
    ],
    key: 'a',
    explanation: t`Beyond ${dur('async.maxProcessingTime')}, no SageMaker endpoint processes one request; split the
      work. Batch Transform also bounds each invocation (up to ${dur('batch.maxInvocationTimeout')}), but a job
      keeps going for as long as there are records to send.`,
    links: [
      see('async', 'when-not-to-use-it'),
      see('timeout', 'what-to-do-when-a-request-is-too-slow'),
    ],
    dependsOn: ['async.maxProcessingTime'],
    examReading: t`Older material gives ${old('async.maxProcessingTime')} as the asynchronous limit; the recording is
      over both values, so splitting is the answer under either reading.`,
    premise: {ruledOut: ['async', 'lambda', 'serverless', 'realtime']},
    workload: {
      chooser: {
        when: 'later',
        traffic: 'scheduled',
        payload: '500',
        payloadUnit: 'MB',
        duration: '3',
        durationUnit: 'h',
        gpu: 'yes',
      },
      timeout: {processing: '3', processingUnit: 'h'},
    },
  },
  {
    id: 'as-vs-serverless',
    format: 'multiple-response',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['async', 'serverless'],
    topics: ['choosing', 'scaling', 'cold-starts'],
    stem:
      'Which TWO statements are true of both SageMaker Serverless Inference and SageMaker ' +
      'Asynchronous Inference? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: 'They can run models on GPUs',
        why: 'Only Asynchronous Inference can; Serverless Inference is CPU only.',
      },
      {
        id: 'b',
        text: 'They can cost nothing for compute while no requests arrive',
        why: 'Serverless scales to zero by itself; asynchronous endpoints scale to zero with an auto scaling policy.',
      },
      {
        id: 'c',
        text: 'The first request after an idle period waits for capacity to start',
        why: 'A serverless cold start, or an instance launching from zero behind the queue (which takes longer).',
      },
      {
        id: 'd',
        text: 'The caller receives the prediction in the response to its call',
        why: 'Only serverless answers in the call; an asynchronous call returns where the result will be.',
      },
      {
        id: 'e',
        text: t`They accept inputs up to ${lim('async.maxPayload')}`,
        why: t`That is the asynchronous limit for an S3 object; serverless requests are limited to
          ${lim('serverless.maxPayload')}.`,
      },
    ],
    key: ['b', 'c'],
    explanation:
      'Both can cost nothing at idle and both make the first request after idle wait. ' +
      'Serverless is for small, quick, synchronous requests; asynchronous for large or slow ' +
      'ones, with GPUs.',
    links: [see('async', 'exam-traps'), see('serverless', 'compared-with-its-nearest-neighbours')],
    dependsOn: ['async.maxPayload', 'serverless.maxPayload'],
  },
];
