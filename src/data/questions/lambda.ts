import {see} from './links';
import {optionName} from './optionNames';
import {dur, given, lim, old, since, t} from './text';
import type {Question} from './types';
import {WEBHOOK_SCORING} from './workloads';

/** AWS Lambda for lightweight inference. */
export const LAMBDA_QUESTIONS: readonly Question[] = [
  {
    id: 'lm-payment-webhook',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['lambda'],
    topics: ['choosing'],
    stem:
      'A payment processor calls a webhook for each transaction, and a small XGBoost model ' +
      'must return a risk score before the order is confirmed. Traffic is spiky, the rest ' +
      'of the application already runs on AWS Lambda, and the team wants no servers and no ' +
      'cost while idle. Which option fits best?',
    choices: [
      {
        id: 'a',
        text: 'A SageMaker real-time endpoint behind the webhook',
        why: 'It would answer quickly, but its instances bill around the clock for spiky traffic.',
        option: 'realtime',
      },
      {
        id: 'b',
        text: 'An AWS Lambda function that loads the model once and scores each webhook call',
        why:
          'A small CPU model loads quickly in a function; Lambda runs per event, bills by the ' +
          'millisecond and costs nothing while idle.',
        option: 'lambda',
      },
      {
        id: 'c',
        text: optionName('bedrock'),
        why: 'Bedrock serves foundation models; it does not host an XGBoost model.',
        option: 'bedrock',
      },
      {
        id: 'd',
        text: 'A SageMaker Batch Transform job every few minutes',
        why: 'The order waits for the score; a job cannot answer one call.',
        option: 'batch',
      },
    ],
    key: 'b',
    explanation:
      '"Lightweight model", "XGBoost", "webhook", "event-driven", "no servers": the keywords that point to Lambda.',
    links: [see('lambda', 'use-cases'), see('lambda', 'exam-traps')],
    workload: {chooser: WEBHOOK_SCORING},
  },
  {
    id: 'lm-long-transcription',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['lambda', 'async'],
    topics: ['timeouts', 'choosing'],
    stem: t`A Lambda function transcribes uploaded recordings of up to ${given('payload')} on CPU. Long recordings
      take more than the function's maximum timeout, and those invocations always fail. On a GPU, the same model
      transcribes any recording in under ${given('duration')}. Results can arrive later. What should the team do?`,
    choices: [
      {
        id: 'a',
        text: 'Raise the function timeout further',
        why: t`Lambda stops every standard function at ${dur('lambda.maxTimeout')}; it cannot go higher.`,
      },
      {
        id: 'b',
        text: 'Invoke the function asynchronously instead of synchronously',
        why: 'A Lambda asynchronous invocation runs the same function under the same timeout.',
      },
      {
        id: 'c',
        text:
          'Host the model with SageMaker Asynchronous Inference on a GPU instance, and keep ' +
          'Lambda only to start each request',
        why: t`Asynchronous Inference runs on GPU instances, reads inputs up to ${lim('async.maxPayload')} from S3,
          allows up to ${dur('async.maxProcessingTime')} per request and writes results to S3.`,
        option: 'async',
      },
      {
        id: 'd',
        text: 'Use SageMaker Serverless Inference with the largest memory size',
        why: t`No GPU, and a serverless endpoint must answer within ${lim('serverless.maxResponseTime')}.`,
        option: 'serverless',
      },
    ],
    key: 'c',
    premise: {ruledOut: ['lambda', 'serverless']},
    explanation: t`Long processing or a GPU points away from Lambda, to Asynchronous Inference (or Batch Transform),
      not to "increase the Lambda timeout". Lambda's own "asynchronous invocation" is a different thing, still
      limited to ${dur('lambda.maxTimeout')}.`,
    links: [see('lambda', 'exam-traps'), see('async', 'exam-traps')],
    dependsOn: ['lambda.maxTimeout', 'async.maxProcessingTime', 'async.maxPayload'],
    examReading: t`Older material limits Asynchronous Inference to ${old('async.maxProcessingTime')}; the GPU run is
      shorter than that, so the key holds under either reading.`,
    workload: {
      chooser: {
        when: 'later',
        traffic: 'spiky',
        payload: '60',
        payloadUnit: 'MB',
        duration: '5',
        durationUnit: 'min',
        gpu: 'yes',
      },
      timeout: {processing: '5', processingUnit: 'min'},
    },
  },
  {
    id: 'lm-default-timeout',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['lambda'],
    topics: ['timeouts'],
    stem: t`A new function loads a scikit-learn pipeline and scores a batch of rows in about ${given('processing')}.
      It fails every time with "Task timed out". Nothing else has been configured. What is the fix?`,
    choices: [
      {
        id: 'a',
        text: 'Add provisioned concurrency',
        why: 'It removes cold starts; it does not give an invocation more time.',
      },
      {
        id: 'b',
        text: 'Raise the function timeout above the time the work takes',
        why: t`The default timeout is ${lim('lambda.defaultTimeout')}; it can be raised to
          ${dur('lambda.maxTimeout')}.`,
        option: 'lambda',
      },
      {
        id: 'c',
        text: 'Move the model to Amazon Bedrock',
        why: 'Bedrock does not host a scikit-learn pipeline.',
      },
      {
        id: 'd',
        text: 'Put the function behind API Gateway',
        why: 'That adds an integration timeout of its own; it does not lengthen the function’s.',
      },
    ],
    key: 'b',
    explanation: t`A new function gets only ${lim('lambda.defaultTimeout')} by default: a function that loads a model
      and scores rows often fails until the timeout is raised.`,
    links: [see('lambda', 'key-limits'), see('timeout', 'the-defaults-that-catch-people-out')],
    dependsOn: ['lambda.defaultTimeout', 'lambda.maxTimeout'],
    workload: {timeout: {processing: '8', processingUnit: 's', lambda: 'default'}},
  },
  {
    id: 'lm-load-once',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['lambda'],
    topics: ['cold-starts'],
    stem: 'Where should a Python inference function load its model to keep latency low?',
    choices: [
      {
        id: 'a',
        text: 'At module level, outside the handler',
        why:
          'Module-level code runs once per execution environment, in the Init phase; later ' +
          'requests on that environment reuse the loaded model.',
      },
      {
        id: 'b',
        text: 'Inside the handler, so that each request gets a fresh model',
        why: 'The most common performance mistake: every request pays to load the model.',
      },
      {
        id: 'c',
        text: 'From Amazon S3 at the start of every request',
        why: 'A download per request adds latency and S3 requests to every prediction.',
      },
      {
        id: 'd',
        text: 'In a separate function invoked before each prediction',
        why: 'Another invocation per request, and the model would still not be in the predicting function’s memory.',
      },
    ],
    key: 'a',
    explanation:
      'An execution environment lives on between requests, so anything created outside the ' +
      'handler (the model, SDK clients) is reused.',
    links: [see('lambda', 'how-a-request-flows'), see('lambda', 'exam-traps')],
  },
  {
    id: 'lm-async-event-size',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['lambda'],
    topics: ['payload', 'changed-limits'],
    stem: t`A service invokes a function asynchronously (InvocationType Event) with JSON events of about
      ${given('recordSize')}. An old runbook says such events are too large. What is true today?`,
    choices: [
      {
        id: 'a',
        text: t`They fail: asynchronous events are limited to ${old('lambda.asyncPayload')}`,
        why: 'That was the limit until the change; most study material still quotes it.',
      },
      {
        id: 'b',
        text: t`They fit: an asynchronous event may carry up to ${lim('lambda.asyncPayload')} since
          ${since('lambda.asyncPayload')}`,
        why: t`AWS raised the limit from ${old('lambda.asyncPayload')}; the runbook predates the change.`,
        option: 'lambda',
      },
      {
        id: 'c',
        text: t`The synchronous limit of ${lim('lambda.syncPayload')} applies to both invocation types`,
        why: 'The two invocation types have different limits.',
      },
      {
        id: 'd',
        text: 'Asynchronous events have no size limit, because Lambda queues them',
        why: 'Queued events still have a size limit.',
      },
    ],
    key: 'b',
    explanation: t`Synchronous calls carry ${lim('lambda.syncPayload')} each way; asynchronous events now carry
      ${lim('lambda.asyncPayload')}. For anything larger, put the data in S3 and pass its key in the event.`,
    links: [see('lambda', 'key-limits'), see('overview', 'limits-that-changed')],
    dependsOn: ['lambda.asyncPayload'],
    examReading: t`Questions written before ${since('lambda.asyncPayload')} use ${old('lambda.asyncPayload')}, under
      which this event would be too large. If an exam option offers only the old limit, it was written from older
      material; the design that works under both readings is to pass an S3 key instead of the data.`,
    workload: {
      payload: {
        kind: 'json',
        records: '1',
        recordSize: '600',
        recordUnit: 'KB',
        encoding: 'json-text',
        envelope: '0',
      },
    },
  },
  {
    id: 'lm-gpu-model',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['lambda', 'realtime'],
    topics: ['features', 'choosing'],
    stem:
      'A team wants to serve a deep-learning vision model that needs a GPU to answer within ' +
      'a user request. Traffic is steady all day. A developer suggests AWS Lambda to avoid ' +
      'managing servers. What should the team use?',
    choices: [
      {
        id: 'a',
        text: 'A standard Lambda function with the largest memory size',
        why: t`Standard Lambda functions have no GPU; memory (up to ${lim('lambda.maxMemory')}) buys CPU, not a GPU.`,
        option: 'lambda',
      },
      {
        id: 'b',
        text: 'A SageMaker real-time endpoint on GPU instances, called from Lambda if needed',
        why:
          'GPU instances, no cold starts and steady traffic that keeps them busy; Lambda can ' +
          'stay as the thin layer that validates input and calls InvokeEndpoint.',
        option: 'realtime',
      },
      {
        id: 'c',
        text: optionName('serverless'),
        why: 'No GPUs either.',
        option: 'serverless',
      },
      {
        id: 'd',
        text: optionName('batch'),
        why: 'A user is waiting for each answer.',
        option: 'batch',
      },
    ],
    key: 'b',
    explanation:
      'If a question adds "GPU", "large model" or "runs for an hour" to a Lambda scenario, Lambda is the distractor.',
    links: [
      see('lambda', 'when-the-model-is-too-big-call-sagemaker-from-lambda'),
      see('lambda', 'exam-traps'),
    ],
    workload: {
      chooser: {
        when: 'interactive',
        traffic: 'steady',
        payload: '100',
        payloadUnit: 'KB',
        duration: '2',
        durationUnit: 's',
        gpu: 'yes',
        manage: 'yes',
      },
    },
  },
  {
    id: 'lm-base64-image',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['lambda'],
    topics: ['payload'],
    stem: t`A mobile app posts photos of about ${given('imageSize')} each, base64-encoded inside JSON, to an API
      Gateway REST API that invokes a function synchronously. The photos are below API Gateway's payload limit, yet
      the calls fail. What should the team do?`,
    choices: [
      {
        id: 'a',
        text: 'Request a higher payload quota for API Gateway',
        why: t`API Gateway already accepts ${lim('apigateway.payload')}; the function is the real limit.`,
      },
      {
        id: 'b',
        text: 'Invoke the function asynchronously instead',
        why: t`Asynchronous events are smaller still: ${lim('lambda.asyncPayload')}.`,
        option: 'lambda',
      },
      {
        id: 'c',
        text: 'Increase the function’s memory',
        why: 'Memory does not change the invocation payload limit.',
      },
      {
        id: 'd',
        text: 'Have the app upload the photo to Amazon S3 and send only its key to the function',
        why: t`A synchronous invocation carries at most ${lim('lambda.syncPayload')}, and base64 grows the photo by
          about a third; a key is a few bytes.`,
      },
    ],
    key: 'd',
    explanation: t`API Gateway accepts ${lim('apigateway.payload')}, but a synchronous Lambda invocation carries only
      ${lim('lambda.syncPayload')}, and binary data travels base64-encoded. Check a real request with the payload
      estimator.`,
    links: [
      see('lambda', 'what-sits-in-front-of-the-function'),
      see('payload', 'how-the-size-is-worked-out'),
    ],
    dependsOn: ['lambda.syncPayload', 'apigateway.payload'],
    premise: {ruledOut: ['lambda']},
    workload: {
      payload: {
        kind: 'image',
        images: '1',
        imageBy: 'size',
        imageSize: '5',
        imageUnit: 'MB',
        encoding: 'base64-json',
        envelope: '100',
      },
    },
  },
  {
    id: 'lm-cold-start-fixes',
    format: 'multiple-response',
    exams: ['MLA-C01'],
    options: ['lambda'],
    topics: ['cold-starts'],
    stem:
      'A Python inference function, deployed as a .zip package on a recent Python runtime, ' +
      'has slow first responses whenever Lambda creates a new execution environment. Which ' +
      'TWO changes reduce that delay? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: 'Raise the function timeout',
        why: 'A longer timeout lets slow requests finish; it does not make the start faster.',
      },
      {
        id: 'b',
        text: 'Configure provisioned concurrency',
        why: 'Keeps a number of environments initialized and ready; billed while configured.',
      },
      {
        id: 'c',
        text: 'Turn on SnapStart for a published version of the function',
        why:
          'Resumes new environments from a snapshot of an initialized one; it supports recent ' +
          'Python runtimes, though not container images.',
      },
      {
        id: 'd',
        text: 'Move the model loading into the handler',
        why: 'That makes every request slow instead of only the first.',
      },
      {
        id: 'e',
        text: 'Set reserved concurrency for the function',
        why:
          'Reserved concurrency guarantees or caps how many environments the function may use; ' +
          'it does not initialize them in advance.',
      },
    ],
    key: ['b', 'c'],
    explanation:
      'Cold-start fixes are provisioned concurrency or SnapStart (now available for ' +
      'Python), plus a cheaper initialization; not "increase memory" alone.',
    links: [see('lambda', 'cold-starts'), see('lambda', 'exam-traps')],
  },
  {
    id: 'lm-limits',
    format: 'matching',
    exams: ['MLA-C01'],
    options: ['lambda'],
    topics: ['payload', 'timeouts', 'features'],
    stem: 'Match each Lambda limit to its current value. One value matches none of them.',
    prompts: [
      {
        id: 'max',
        text: 'Longest function timeout',
        why: t`${dur('lambda.maxTimeout')}: the hard stop for standard functions.`,
      },
      {
        id: 'default',
        text: 'Function timeout when none is set',
        why: t`${lim('lambda.defaultTimeout')}: why new inference functions often time out.`,
      },
      {
        id: 'memory',
        text: 'Largest memory size',
        why: t`${lim('lambda.maxMemory')}, with CPU in proportion.`,
      },
      {
        id: 'sync',
        text: 'Synchronous invocation payload, each way',
        why: t`${lim('lambda.syncPayload')} for the request and again for the response.`,
      },
      {
        id: 'image',
        text: 'Container image, uncompressed',
        why: t`${lim('lambda.containerImage')}: room for PyTorch on CPU or a larger ONNX model.`,
      },
      {
        id: 'unzipped',
        text: 'Deployment package unzipped, layers included',
        why: t`${lim('lambda.unzippedPackage')}: enough for small pipelines and little else.`,
      },
    ],
    responses: [
      {id: 'r-max', text: [dur('lambda.maxTimeout')]},
      {id: 'r-memory', text: [lim('lambda.maxMemory')]},
      {id: 'r-image', text: [lim('lambda.containerImage')]},
      {id: 'r-sync', text: [lim('lambda.syncPayload')]},
      {id: 'r-default', text: [lim('lambda.defaultTimeout')]},
      {
        id: 'r-old-async',
        text: [old('lambda.asyncPayload')],
        why: t`The asynchronous event limit until ${since('lambda.asyncPayload')}; it is now
          ${lim('lambda.asyncPayload')}.`,
      },
      {id: 'r-unzipped', text: [lim('lambda.unzippedPackage')]},
    ],
    key: {
      max: 'r-max',
      default: 'r-default',
      memory: 'r-memory',
      sync: 'r-sync',
      image: 'r-image',
      unzipped: 'r-unzipped',
    },
    explanation:
      'Know the time limits (default and maximum), the memory ceiling, the payload per ' +
      'invocation type and the packaging limits; questions combine them.',
    links: [see('lambda', 'key-limits'), see('lambda', 'packaging-the-model')],
    dependsOn: [
      'lambda.maxTimeout',
      'lambda.defaultTimeout',
      'lambda.maxMemory',
      'lambda.syncPayload',
      'lambda.containerImage',
      'lambda.unzippedPackage',
    ],
  },
  {
    id: 'lm-request-steps',
    format: 'ordering',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['lambda'],
    topics: ['api', 'cold-starts'],
    stem:
      'A client asks for a prediction through API Gateway and a Lambda function that has ' +
      'not run for a while. Put the steps in order.',
    items: [
      {
        id: 'handler',
        text: 'The handler parses the body and calls predict on the model already in memory',
        why: 'Fourth: the model was loaded during Init.',
      },
      {
        id: 'client',
        text: 'The client sends the features as JSON to an HTTPS route',
        why: 'First.',
      },
      {
        id: 'return',
        text: 'API Gateway returns the response, if it arrived within the integration timeout',
        why: 'Last: the gateway’s own timeout bounds the whole call.',
      },
      {
        id: 'gateway',
        text: 'API Gateway authorizes the call and invokes the function synchronously',
        why: 'Second: it wraps the HTTP request in a proxy event.',
      },
      {
        id: 'init',
        text: 'Lambda creates an execution environment and runs the module-level code that loads the model',
        why: 'Third: a cold start, because no warm environment exists.',
      },
    ],
    key: ['client', 'gateway', 'init', 'handler', 'return'],
    explanation:
      'A cold start adds the Init phase before the handler runs; the gateway’s integration ' +
      'timeout bounds the whole path.',
    links: [see('lambda', 'how-a-request-flows'), see('lambda', 'cold-starts')],
  },
  {
    id: 'lm-endpoint-no-instances',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['lambda', 'serverless'],
    topics: ['choosing'],
    stem:
      'A team wants to deploy a trained model as a SageMaker endpoint, with no instances to ' +
      'manage and no cost while idle, and to keep using SageMaker’s model registry. Which ' +
      'option matches that description?',
    choices: [
      {
        id: 'a',
        text: 'An AWS Lambda function',
        why: 'Lambda runs a function you package and write the serving code for; it is not a SageMaker endpoint.',
        option: 'lambda',
      },
      {
        id: 'b',
        text: optionName('realtime'),
        why: 'You choose and pay for instances, busy or idle.',
        option: 'realtime',
      },
      {
        id: 'c',
        text: optionName('serverless'),
        why:
          'A SageMaker endpoint for a model artifact and container, with memory instead of ' +
          'instances, scaling to zero when idle; it can host models registered in the model ' +
          'registry.',
        option: 'serverless',
      },
      {
        id: 'd',
        text: optionName('bedrock'),
        why: 'Bedrock serves foundation models; it does not deploy your trained model as a SageMaker endpoint.',
        option: 'bedrock',
      },
    ],
    key: 'c',
    explanation:
      '"Serverless" appears in three services. Serverless Inference hosts your own model on ' +
      'SageMaker AI; Bedrock serves foundation models; Lambda runs your code.',
    links: [see('lambda', 'exam-traps'), see('serverless', 'exam-traps')],
  },
  {
    id: 'lm-billing',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['lambda'],
    topics: ['pricing'],
    stem: 'What does AWS Lambda bill for a standard function?',
    choices: [
      {
        id: 'a',
        text: 'The hours the function is deployed, whether it runs or not',
        why: 'A deployed function that is not invoked costs nothing for compute.',
      },
      {
        id: 'b',
        text: 'Input and output tokens',
        why: 'Token billing belongs to foundation models on Amazon Bedrock.',
      },
      {
        id: 'c',
        text: 'Only the data the function returns',
        why: 'Requests and duration are billed; data transfer is separate.',
      },
      {
        id: 'd',
        text: 'A price per request, and compute in GB-seconds of configured memory and duration',
        why:
          'GB-seconds are the configured memory in GB times the billed duration, rounded up to ' +
          'the millisecond. Nothing is billed while no function runs.',
      },
    ],
    key: 'd',
    explanation:
      'Per request plus per GB-second, billed by the millisecond. At high, steady volume, ' +
      'an always-on endpoint can cost less per prediction.',
    links: [see('lambda', 'pricing')],
  },
];
