import {see} from './links';
import {optionName} from './optionNames';
import {dur, given, lim, old, t} from './text';
import type {Question} from './types';
import {RARE_INTERNAL_TOOL} from './workloads';

/** SageMaker Serverless Inference. */
export const SERVERLESS_QUESTIONS: readonly Question[] = [
  {
    id: 'sl-office-tool',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['serverless'],
    topics: ['choosing', 'pricing'],
    stem:
      'A support team uses a ticket-triage classifier during office hours: a few hundred ' +
      'calls a day, with long idle periods and nothing at night. The model runs on CPU, and ' +
      'an occasional slow first response is acceptable. The team wants SageMaker hosting ' +
      'without choosing instance types or paying for idle time. Which option fits?',
    choices: [
      {
        id: 'a',
        text: optionName('serverless'),
        why:
          'No instances to choose or scale; it scales to zero when idle and bills only for ' +
          'processing time, at the price of a cold start after quiet periods.',
        option: 'serverless',
      },
      {
        id: 'b',
        text: 'SageMaker Real-Time Inference with one small instance',
        why: 'The instance is billed every hour, including nights and idle periods.',
        option: 'realtime',
      },
      {
        id: 'c',
        text: 'SageMaker Asynchronous Inference scaled to zero',
        why:
          'It also costs nothing at idle, but it queues requests and writes answers to S3; ' +
          'people triaging tickets wait for the answer in the tool.',
        option: 'async',
      },
      {
        id: 'd',
        text: 'SageMaker Batch Transform, run every hour',
        why: 'A job over the tickets collected so far cannot answer a ticket while someone is looking at it.',
        option: 'batch',
      },
    ],
    key: 'a',
    explanation:
      'Intermittent traffic, idle periods, CPU model, cold starts acceptable, no instances ' +
      'to manage: the description AWS gives for Serverless Inference.',
    links: [see('serverless', 'use-cases'), see('serverless', 'exam-traps')],
    workload: {chooser: RARE_INTERNAL_TOOL},
  },
  {
    id: 'sl-gpu-images',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['serverless', 'realtime'],
    topics: ['features', 'choosing'],
    stem: t`A design tool generates an image for a user who waits for it, in about ${given('duration')} on a GPU.
      Traffic comes in bursts during the working day. A developer proposes SageMaker Serverless Inference to avoid
      paying for idle time. Which option should the team choose instead?`,
    choices: [
      {
        id: 'a',
        text: 'SageMaker Serverless Inference at the largest memory size',
        why: t`Serverless Inference has no GPUs: more memory (up to ${lim('serverless.maxMemory')}) buys more CPU,
          not a GPU.`,
        option: 'serverless',
      },
      {
        id: 'b',
        text: 'An AWS Lambda function packaged as a container image',
        why: 'Standard Lambda functions run on CPU only.',
        option: 'lambda',
      },
      {
        id: 'c',
        text: 'SageMaker Real-Time Inference on GPU instances, with auto scaling',
        why:
          'GPU instance types are available for real-time endpoints, the user gets the image in ' +
          'the same call, and auto scaling follows the working-day bursts.',
        option: 'realtime',
      },
      {
        id: 'd',
        text: 'SageMaker Batch Transform on GPU instances',
        why: 'A transform job works on a dataset and answers when it ends; a user is waiting for one image.',
        option: 'batch',
      },
    ],
    key: 'c',
    explanation:
      'A GPU in the question rules Serverless Inference out, however attractive ' +
      '"serverless" sounds. With a user waiting and a GPU needed, Real-Time Inference is ' +
      'the option.',
    links: [
      see('serverless', 'what-a-serverless-endpoint-cannot-do'),
      see('serverless', 'exam-traps'),
    ],
    workload: {
      chooser: {
        when: 'interactive',
        traffic: 'spiky',
        payload: '10',
        payloadUnit: 'KB',
        duration: '20',
        durationUnit: 's',
        gpu: 'yes',
      },
    },
  },
  {
    id: 'sl-payload-too-big',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['serverless', 'async'],
    topics: ['payload'],
    stem: t`A serverless endpoint must now accept JSON documents of about ${given('payload')}. Calls with these
      documents fail, though small ones succeed. Results may arrive within a minute or so, and the endpoint should
      still cost nothing while idle. What should the team do?`,
    choices: [
      {
        id: 'a',
        text: 'Raise the endpoint’s memory size',
        why: t`Memory sets speed and capacity, not the request limit of ${lim('serverless.maxPayload')}.`,
      },
      {
        id: 'b',
        text:
          'Move to SageMaker Asynchronous Inference, with the input uploaded to Amazon S3 and ' +
          'auto scaling down to zero',
        why: t`Asynchronous Inference reads inputs of up to ${lim('async.maxPayload')} from S3, returns results
          through S3, and can scale to zero instances.`,
        option: 'async',
      },
      {
        id: 'c',
        text: 'Add provisioned concurrency',
        why: 'Provisioned concurrency removes cold starts; it does not change how large a request may be.',
      },
      {
        id: 'd',
        text: 'Raise MaxConcurrency to the highest value',
        why: 'Concurrency is about how many requests run at once, not how large each one is.',
      },
    ],
    key: 'b',
    explanation: t`Serverless requests and responses are each limited to ${lim('serverless.maxPayload')}. Anything
      larger points to Asynchronous Inference, not to more memory.`,
    links: [see('serverless', 'key-limits'), see('serverless', 'exam-traps')],
    dependsOn: ['serverless.maxPayload', 'async.maxPayload'],
    premise: {ruledOut: ['serverless']},
    workload: {
      chooser: {
        when: 'minute',
        traffic: 'spiky',
        payload: '5',
        payloadUnit: 'MB',
        duration: '10',
        durationUnit: 's',
      },
      payload: {kind: 'bytes', size: '5', sizeUnit: 'MB', encoding: 'binary'},
    },
  },
  {
    id: 'sl-predictable-burst',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['serverless'],
    topics: ['cold-starts', 'pricing'],
    stem:
      'A scoring model on a serverless endpoint is busy for an hour after each nightly data ' +
      'load and idle the rest of the time. Users complain about slow first responses at the ' +
      'start of each burst. The team wants to keep serverless hosting. What should they ' +
      'add?',
    choices: [
      {
        id: 'a',
        text: 'A larger memory size, and nothing else',
        why: 'More memory can make the start-up faster but still leaves the cold start.',
      },
      {
        id: 'b',
        text: 'A higher MaxConcurrency',
        why: 'It raises the ceiling on concurrent requests; requests above the warm capacity still start cold.',
      },
      {
        id: 'c',
        text: 'Provisioned concurrency for the busy hour',
        why:
          'It keeps a number of concurrent executions initialized so requests skip the cold ' +
          'start; it is billed while provisioned, and AWS positions it for predictable bursts. ' +
          'It can be scaled on a schedule.',
      },
      {
        id: 'd',
        text: 'A production variant that keeps a second copy of the model warm',
        why: 'Serverless endpoints do not support multiple production variants.',
      },
    ],
    key: 'c',
    explanation:
      '"Avoid cold starts" does not mean "use real-time" when traffic is still bursty: ' +
      'serverless with provisioned concurrency is the intended answer.',
    links: [see('serverless', 'provisioned-concurrency'), see('serverless', 'exam-traps')],
  },
  {
    id: 'sl-missing-features',
    format: 'multiple-response',
    exams: ['MLA-C01'],
    options: ['serverless'],
    topics: ['features'],
    stem:
      'A team moves a model from a real-time endpoint to a serverless endpoint. Which THREE ' +
      'features will they lose? (Select THREE.)',
    choices: [
      {
        id: 'a',
        text: 'Data capture, and with it SageMaker Model Monitor',
        why: 'Both are on the list of real-time features Serverless Inference does not support.',
      },
      {
        id: 'b',
        text: 'Container images stored in Amazon ECR',
        why: 'The image comes from Amazon ECR; what is not supported is a private Docker registry elsewhere.',
      },
      {
        id: 'c',
        text: 'GPU instances',
        why: 'Serverless compute is CPU only.',
      },
      {
        id: 'd',
        text: 'Calling the endpoint with InvokeEndpoint',
        why: 'Serverless endpoints use the same runtime API as real-time ones.',
      },
      {
        id: 'e',
        text: 'Several production variants on one endpoint, for A/B tests',
        why: 'Multiple production variants are not supported on serverless endpoints.',
      },
      {
        id: 'f',
        text: 'Choosing how much memory the model gets',
        why: 'Memory size is the one size you do choose on a serverless endpoint.',
      },
    ],
    key: ['a', 'c', 'e'],
    explanation:
      'Feature exclusions are tested directly: no GPUs, no VPC configuration or network ' +
      'isolation, no data capture or Model Monitor, no multi-model endpoints, no multiple ' +
      'variants, no inference pipelines.',
    links: [see('serverless', 'what-a-serverless-endpoint-cannot-do')],
  },
  {
    id: 'sl-memory',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['serverless'],
    topics: ['features', 'api'],
    stem: 'When creating a serverless endpoint configuration, what sizes the compute that runs the model?',
    choices: [
      {
        id: 'a',
        text: t`The memory size, from ${lim('serverless.minMemory')} to ${lim('serverless.maxMemory')}; vCPUs are
          assigned in proportion`,
        why: 'Memory is the only size you choose; a larger memory size is also a faster endpoint.',
      },
      {
        id: 'b',
        text: 'The instance type',
        why: 'There are no instance types to choose on a serverless endpoint.',
      },
      {
        id: 'c',
        text: 'A vCPU count and a memory size, chosen separately',
        why: 'SageMaker assigns vCPUs in proportion to memory; you do not set them.',
      },
      {
        id: 'd',
        text: 'The number of GPUs',
        why: 'Serverless Inference has no GPUs.',
      },
    ],
    key: 'a',
    explanation:
      'Memory is chosen in whole-gigabyte steps and should be at least as large as the ' +
      'model; that ceiling rules out most large language models before the lack of GPUs ' +
      'even comes up.',
    links: [see('serverless', 'key-limits')],
    dependsOn: ['serverless.minMemory', 'serverless.maxMemory'],
  },
  {
    id: 'sl-one-way',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['serverless', 'realtime'],
    topics: ['features', 'api'],
    stem:
      'A team wants to cut costs by updating an existing instance-based real-time endpoint ' +
      'to a serverless configuration in place. What happens?',
    choices: [
      {
        id: 'a',
        text: 'SageMaker rejects the update; they must create a serverless endpoint and move callers to it',
        why:
          'An instance-based endpoint cannot be updated to a serverless configuration ' +
          '(SageMaker returns a ValidationError).',
      },
      {
        id: 'b',
        text: 'The update works, and the endpoint keeps its name and URL',
        why: 'SageMaker refuses this direction of conversion.',
      },
      {
        id: 'c',
        text: 'The update works only if provisioned concurrency is set',
        why: 'Provisioned concurrency does not change which conversions are allowed.',
      },
      {
        id: 'd',
        text: 'The update works, but the endpoint can never be changed back',
        why: 'That describes the other direction: a serverless endpoint can become real-time, and then cannot go back.',
      },
    ],
    key: 'a',
    explanation:
      'Conversion works in one direction only: serverless can become real-time; real-time cannot become serverless.',
    links: [
      see('serverless', 'what-a-serverless-endpoint-cannot-do'),
      see('serverless', 'exam-traps'),
    ],
  },
  {
    id: 'sl-account-quota',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['serverless'],
    topics: ['scaling', 'changed-limits'],
    stem:
      'A team plans several serverless endpoints in one AWS Region, each with a high ' +
      'MaxConcurrency. What else caps how many requests they can serve at once in total?',
    choices: [
      {
        id: 'a',
        text: 'An account-level quota on the total concurrency of all serverless endpoints in the Region',
        why: t`All serverless endpoints of an account in a Region share a default quota:
          ${lim('serverless.accountConcurrency')} in the largest Regions and
          ${lim('serverless.accountConcurrencyOther')} in the others. The value for your account is in Service
          Quotas.`,
      },
      {
        id: 'b',
        text: 'Nothing: each endpoint’s MaxConcurrency is the only limit',
        why: 'There is also a quota shared by all serverless endpoints of the account in the Region.',
      },
      {
        id: 'c',
        text: 'The memory size of each endpoint',
        why: 'Memory sets the size and speed of each execution, not how many run at once.',
      },
      {
        id: 'd',
        text: 'The number of instances in the account’s SageMaker quota',
        why: 'Serverless endpoints have no instances for an instance quota to count.',
      },
    ],
    key: 'a',
    explanation: t`Concurrency has two ceilings: MaxConcurrency per endpoint (up to
      ${lim('serverless.maxConcurrency')}) and an account-wide quota per Region. Both quotas are defaults; check
      Service Quotas before a launch.`,
    links: [see('serverless', 'key-limits'), see('serverless', 'exam-traps')],
    dependsOn: ['serverless.accountConcurrency', 'serverless.accountConcurrencyOther'],
    examReading: t`Older material gives one account quota of ${old('serverless.accountConcurrency')} for every
      Region; the current page gives ${lim('serverless.accountConcurrency')} or
      ${lim('serverless.accountConcurrencyOther')} by Region. The key is the existence of a shared account quota,
      which holds under both.`,
  },
  {
    id: 'sl-cold-start-steps',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['serverless'],
    topics: ['cold-starts', 'api'],
    stem: 'A request reaches a serverless endpoint that has been idle all night. Put what happens in order.',
    items: [
      {
        id: 'download',
        text: 'SageMaker downloads the model and starts the container',
        why: 'Part of the cold start: model size and download time make it longer.',
      },
      {
        id: 'arrive',
        text: 'The application calls InvokeEndpoint and waits; no warm copy of the container is free',
        why: 'First: the call is synchronous, and after idle there is no compute left.',
      },
      {
        id: 'answer',
        text: 'The container runs the prediction and the response returns to the waiting caller',
        why: 'Last: the caller has held the connection through the whole cold start.',
      },
      {
        id: 'ping',
        text: t`The container passes its /ping health check, which must happen within
          ${lim('serverless.maxStartupTime')} of the start`,
        why: 'The model must be downloaded and the health check passed in time, or the start fails.',
      },
      {
        id: 'compute',
        text: 'SageMaker starts new compute for the endpoint',
        why: 'The endpoint scaled to zero, so capacity is added when the request arrives.',
      },
    ],
    key: ['arrive', 'compute', 'download', 'ping', 'answer'],
    explanation:
      'A cold start adds compute, model download and container start-up to the first ' +
      'request. CloudWatch shows it in OverheadLatency and ModelSetupTime.',
    links: [see('serverless', 'how-a-request-flows')],
    dependsOn: ['serverless.maxStartupTime'],
  },
  {
    id: 'sl-slow-cpu-model',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['serverless', 'async'],
    topics: ['timeouts', 'choosing'],
    stem: t`A CPU model hosted on SageMaker takes about ${given('duration')} per request. It is called a few times a
      day, and results may arrive within a few minutes. On a serverless endpoint every call fails. The team wants to
      keep the model on SageMaker AI and pay nothing while idle. What should they do?`,
    choices: [
      {
        id: 'a',
        text: 'Raise the serverless memory size so that the model runs faster',
        why: t`It may shorten the run, but a serverless container must answer within
          ${lim('serverless.maxResponseTime')}, and cold starts add to that; unless the speed-up is dramatic, calls
          still fail.`,
      },
      {
        id: 'b',
        text: 'Use SageMaker Real-Time Inference with one instance',
        why: t`A real-time container must also answer within ${lim('realtime.maxResponseTime')}, and the instance
          bills while idle.`,
        option: 'realtime',
      },
      {
        id: 'c',
        text: 'Use SageMaker Asynchronous Inference with an auto scaling policy that scales to zero',
        why: t`It allows up to ${dur('async.maxProcessingTime')} per request (set InvocationTimeoutSeconds beyond the
          default ${dur('async.defaultProcessingTime')}) and costs nothing for instances while scaled to zero.`,
        option: 'async',
      },
      {
        id: 'd',
        text: 'Enable provisioned concurrency on the serverless endpoint',
        why: 'It removes cold starts; the container still has to answer within the same limit.',
      },
    ],
    key: 'c',
    explanation: t`Longer than ${lim('serverless.maxResponseTime')} per request, answer wanted later, no idle cost,
      SageMaker hosting: Asynchronous Inference scaled to zero.`,
    links: [see('serverless', 'when-not-to-use-it'), see('async', 'scaling-to-zero')],
    dependsOn: [
      'serverless.maxResponseTime',
      'async.maxProcessingTime',
      'async.defaultProcessingTime',
    ],
    examReading: t`Older material gives Asynchronous Inference a fixed ${old('async.maxProcessingTime')}; this
      request is far shorter, so the key holds either way.`,
    premise: {ruledOut: ['serverless']},
    workload: {
      chooser: {
        when: 'minute',
        traffic: 'rare',
        payload: '200',
        payloadUnit: 'KB',
        duration: '90',
        durationUnit: 's',
      },
      timeout: {processing: '90', processingUnit: 's'},
    },
  },
  {
    id: 'sl-billing',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['serverless'],
    topics: ['pricing'],
    stem: 'How is on-demand SageMaker Serverless Inference billed?',
    choices: [
      {
        id: 'a',
        text: 'Per instance-hour while the endpoint exists',
        why: 'That is how real-time endpoints are billed; serverless endpoints have no instances.',
      },
      {
        id: 'b',
        text: 'For compute time per millisecond, at a rate set by the memory size, plus the data processed',
        why:
          'Nothing is billed for compute while the endpoint has scaled to zero; provisioned ' +
          'concurrency, if used, is billed on top.',
      },
      {
        id: 'c',
        text: 'Per input and output token',
        why: 'Token billing belongs to foundation models on Amazon Bedrock.',
      },
      {
        id: 'd',
        text: 'A flat monthly fee per endpoint',
        why: 'There is no flat fee; an idle serverless endpoint costs nothing for compute.',
      },
    ],
    key: 'b',
    explanation:
      'Serverless cost grows with traffic while a real-time instance costs the same busy or ' +
      'idle, which is why steady heavy traffic usually favors a right-sized real-time ' +
      'endpoint.',
    links: [see('serverless', 'pricing')],
  },
];
