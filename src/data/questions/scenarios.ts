import {see} from './links';
import {optionName, optionResponses} from './optionNames';
import {dur, given, lim, old, other, since, t} from './text';
import type {Question} from './types';
import {
  CHECKOUT_SCORING,
  FOUNDATION_MODEL_DRAFTS,
  NIGHTLY_SCORING,
  RARE_INTERNAL_TOOL,
  UPLOADED_VIDEOS,
  WEBHOOK_SCORING,
} from './workloads';

/** Questions across options: choosing, comparing, and the limits side by side. */
export const SCENARIO_QUESTIONS: readonly Question[] = [
  {
    id: 'sc-exam-keywords',
    format: 'matching',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch', 'realtime', 'serverless', 'async', 'bedrock', 'lambda'],
    topics: ['choosing'],
    stem: 'Match each phrase from an exam scenario to the inference option it points to.',
    prompts: [
      {
        id: 'p1',
        text: '"Predictions for the entire dataset overnight; no need for real-time results"',
        why: 'A whole dataset, nobody waiting: Batch Transform.',
      },
      {
        id: 'p2',
        text: '"Sustained traffic that needs consistently low latency"',
        why: 'A persistent endpoint with no cold starts: Real-Time Inference.',
      },
      {
        id: 'p3',
        text: '"Intermittent traffic with idle periods; can tolerate cold starts"',
        why: 'Scales to zero and starts cold: Serverless Inference.',
      },
      {
        id: 'p4',
        text: '"Large payloads, long processing times, near real-time results"',
        why: 'A queue in front of an endpoint, results in S3: Asynchronous Inference.',
      },
      {
        id: 'p5',
        text: '"Generative AI with a foundation model; pay per token; no ML expertise"',
        why: 'Foundation models behind one API: Amazon Bedrock.',
      },
      {
        id: 'p6',
        text: '"A lightweight scikit-learn model triggered by an S3 upload"',
        why: 'A small model in an event-driven function: AWS Lambda.',
      },
    ],
    responses: optionResponses('batch', 'lambda', 'realtime', 'async', 'serverless', 'bedrock'),
    key: {
      p1: 'batch',
      p2: 'realtime',
      p3: 'serverless',
      p4: 'async',
      p5: 'bedrock',
      p6: 'lambda',
    },
    explanation:
      'Read for the constraint first (payload, processing time, traffic, who waits), then ' +
      'for the priority. These phrases are the constraints exam scenarios use.',
    links: [see('overview', 'exam-strategy')],
  },
  {
    id: 'sc-workloads',
    format: 'matching',
    exams: ['MLA-C01'],
    options: ['batch', 'realtime', 'serverless', 'async', 'bedrock', 'lambda'],
    topics: ['choosing'],
    stem: 'Match each workload to the option that fits it best. Each option is used once.',
    prompts: [
      {
        id: 'nightly',
        text: 'Score every customer in last night’s CSV export with an XGBoost model; nobody waits for a single score',
        why: 'A dataset on a schedule with no one waiting: Batch Transform, with nothing running between jobs.',
        workload: {chooser: NIGHTLY_SCORING},
      },
      {
        id: 'checkout',
        text:
          'Score card payments at checkout, all day at a steady rate, in milliseconds, on ' +
          'instances the team manages',
        why: 'Steady traffic and low, consistent latency: Real-Time Inference.',
        workload: {chooser: CHECKOUT_SCORING},
      },
      {
        id: 'video',
        text: t`Analyze each uploaded video of up to ${given('payload')}, taking up to ${given('duration')} on a GPU,
          and notify when done`,
        why: 'Large inputs and long processing, per request, answer later: Asynchronous Inference.',
        workload: {chooser: UPLOADED_VIDEOS},
      },
      {
        id: 'tool',
        text:
          'Serve a small text classifier trained in SageMaker to an internal tool used a few ' +
          'times an hour; a slow first answer is fine',
        why: 'Rare interactive calls to your own SageMaker model, no idle cost: Serverless Inference.',
        workload: {chooser: RARE_INTERNAL_TOOL},
      },
      {
        id: 'chat',
        text: 'Draft replies to customer emails with a foundation model, for agents who wait for the draft',
        why: 'Generative AI without hosting a model: Amazon Bedrock.',
        workload: {chooser: FOUNDATION_MODEL_DRAFTS},
      },
      {
        id: 'webhook',
        text:
          'Return a risk score from a small XGBoost model to a webhook, inside an application ' +
          'that already runs on Lambda',
        why: 'A light model behind an event, in an event-driven application: AWS Lambda.',
        workload: {chooser: WEBHOOK_SCORING},
      },
    ],
    responses: optionResponses('bedrock', 'batch', 'realtime', 'serverless', 'async', 'lambda'),
    key: {
      nightly: 'batch',
      checkout: 'realtime',
      video: 'async',
      tool: 'serverless',
      chat: 'bedrock',
      webhook: 'lambda',
    },
    explanation:
      'Each workload has one deciding constraint: a dataset, steady low latency, size and ' +
      'time, rare calls to your own model, a foundation model, or a light model behind an ' +
      'event.',
    links: [see('overview', 'how-to-choose'), see('chooser', 'how-it-decides')],
  },
  {
    id: 'sc-elimination',
    format: 'ordering',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch', 'realtime', 'serverless', 'async', 'bedrock', 'lambda'],
    topics: ['choosing'],
    stem: 'Put the steps for answering an inference scenario question in order.',
    items: [
      {
        id: 'priority',
        text: 'Apply the priority the question states: lowest cost, least operational overhead or lowest latency',
        why: 'Last: among the options that fit, the priority decides.',
      },
      {
        id: 'constraint',
        text: 'Find the hard constraints: payload size, processing time, who waits for the answer',
        why: 'First: these are what rule options out.',
      },
      {
        id: 'shape',
        text: 'Among the options left, match the traffic pattern and the deadline',
        why: 'Third: steady, spiky, rare or scheduled traffic separates options that all fit.',
      },
      {
        id: 'eliminate',
        text: 'Rule out every option whose limits the workload exceeds',
        why: 'Second: a payload or a processing time over an option’s limit removes it whatever else it offers.',
      },
    ],
    key: ['constraint', 'eliminate', 'shape', 'priority'],
    explanation:
      'Eliminate by limits first, then read the shape of the workload, then the priority. ' +
      'Two options can both fit; the priority breaks the tie.',
    links: [see('overview', 'exam-strategy'), see('chooser', 'how-it-decides')],
  },
  {
    id: 'sc-payload-order',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['serverless', 'lambda', 'batch', 'async'],
    topics: ['payload'],
    stem: 'Order these per-request size limits from smallest to largest.',
    items: [
      {
        id: 'batch',
        text: 'The largest Batch Transform mini-batch (MaxPayloadInMB at its maximum)',
        why: t`${lim('batch.maxMiniBatch')} per mini-batch; a job has no limit on the dataset.`,
        limit: 'batch.maxMiniBatch',
      },
      {
        id: 'serverless',
        text: 'A Serverless Inference request',
        why: t`${lim('serverless.maxPayload')}, the smallest of the four.`,
        limit: 'serverless.maxPayload',
      },
      {
        id: 'async',
        text: 'An Asynchronous Inference input object in Amazon S3',
        why: t`${lim('async.maxPayload')}, the largest.`,
        limit: 'async.maxPayload',
      },
      {
        id: 'lambda',
        text: 'A synchronous Lambda invocation',
        why: t`${lim('lambda.syncPayload')} each way.`,
        limit: 'lambda.syncPayload',
      },
    ],
    key: ['serverless', 'lambda', 'batch', 'async'],
    sortedBy: 'size',
    explanation:
      'Small synchronous requests at the bottom, S3-based inputs at the top. Real-Time is ' +
      'left out on purpose: its limit is disputed between AWS pages.',
    links: [
      see('payload', 'limits-that-depend-on-how-you-send'),
      see('limits', 'megabytes-decimal-or-binary'),
    ],
    dependsOn: [
      'serverless.maxPayload',
      'lambda.syncPayload',
      'batch.maxMiniBatch',
      'async.maxPayload',
    ],
  },
  {
    id: 'sc-time-order',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['lambda', 'serverless', 'bedrock'],
    topics: ['timeouts'],
    stem: 'Order these time limits from shortest to longest.',
    items: [
      {
        id: 'serverless',
        text: 'Time a Serverless Inference container has to answer',
        why: t`${lim('serverless.maxResponseTime')}; a real-time container has ${lim('realtime.maxResponseTime')}.`,
        limit: 'serverless.maxResponseTime',
      },
      {
        id: 'lambdaDefault',
        text: 'Lambda function timeout when none is set',
        why: t`${lim('lambda.defaultTimeout')}: the shortest, and a common cause of "Task timed out".`,
        limit: 'lambda.defaultTimeout',
      },
      {
        id: 'bedrock',
        text: 'Longest request to a recent Claude or Nova model on Bedrock',
        why: t`${dur('bedrock.longInferenceTime')}: the longest here; the client's read timeout must match.`,
        limit: 'bedrock.longInferenceTime',
      },
      {
        id: 'rest',
        text: 'API Gateway REST API integration timeout, by default',
        why: t`${lim('apigateway.restTimeout')}, shorter than the endpoints behind it.`,
        limit: 'apigateway.restTimeout',
      },
      {
        id: 'lambdaMax',
        text: 'Longest Lambda function timeout',
        why: t`${dur('lambda.maxTimeout')}.`,
        limit: 'lambda.maxTimeout',
      },
    ],
    key: ['lambdaDefault', 'rest', 'serverless', 'lambdaMax', 'bedrock'],
    sortedBy: 'time',
    explanation:
      'A synchronous path is as slow as its tightest hop: defaults and the gateway in front ' +
      'often bind before the model’s own limit.',
    links: [see('timeout', 'the-defaults-that-catch-people-out'), see('lambda', 'key-limits')],
    dependsOn: [
      'lambda.defaultTimeout',
      'apigateway.restTimeout',
      'serverless.maxResponseTime',
      'lambda.maxTimeout',
      'bedrock.longInferenceTime',
    ],
  },
  {
    id: 'sc-idle-cost',
    format: 'multiple-response',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['realtime', 'serverless', 'async', 'bedrock', 'lambda'],
    topics: ['pricing', 'scaling'],
    stem: 'Which THREE cost nothing for compute while no requests arrive, with no extra configuration? (Select THREE.)',
    choices: [
      {
        id: 'a',
        text: 'Amazon Bedrock on-demand inference',
        why: 'On demand, you pay per token; no request, no charge.',
        option: 'bedrock',
      },
      {
        id: 'b',
        text: 'A classic SageMaker real-time endpoint',
        why: 'It keeps at least one instance running and bills for it, busy or idle.',
        option: 'realtime',
      },
      {
        id: 'c',
        text: 'Amazon Bedrock Provisioned Throughput',
        why: 'Billed by the hour for as long as it exists, used or not.',
      },
      {
        id: 'd',
        text: 'A SageMaker serverless endpoint',
        why: 'It scales to zero by itself when idle.',
        option: 'serverless',
      },
      {
        id: 'e',
        text: 'A SageMaker asynchronous endpoint with no auto scaling policy',
        why:
          'It can scale to zero, but only with an auto scaling policy whose minimum is zero; ' +
          'without one its instances keep running.',
      },
      {
        id: 'f',
        text: 'An AWS Lambda function',
        why: 'Nothing is billed while no function runs.',
        option: 'lambda',
      },
    ],
    key: ['a', 'd', 'f'],
    explanation:
      '"Lowest cost" plus idle time means scale to zero. Serverless, Lambda and Bedrock on ' +
      'demand do it by themselves; Asynchronous Inference does it with a policy; Batch ' +
      'Transform has nothing running between jobs.',
    links: [see('overview', 'exam-strategy'), see('async', 'scaling-to-zero')],
  },
  {
    id: 'sc-gpu',
    format: 'multiple-response',
    exams: ['MLA-C01'],
    options: ['realtime', 'async', 'batch', 'serverless', 'lambda'],
    topics: ['features'],
    stem: 'A model needs a GPU. On which THREE can the team run it? (Select THREE.)',
    choices: [
      {
        id: 'a',
        text: 'A standard AWS Lambda function',
        why: 'Standard functions run on CPU only.',
        option: 'lambda',
      },
      {
        id: 'b',
        text: optionName('batch'),
        why: 'A job runs on the instance type you choose, GPU types included.',
        option: 'batch',
      },
      {
        id: 'c',
        text: optionName('serverless'),
        why: 'GPUs are not supported.',
        option: 'serverless',
      },
      {
        id: 'd',
        text: optionName('async'),
        why: 'It runs on the instance type you choose, GPU types included.',
        option: 'async',
      },
      {
        id: 'e',
        text: optionName('realtime'),
        why: 'GPU instance types are available.',
        option: 'realtime',
      },
    ],
    key: ['b', 'd', 'e'],
    explanation:
      'The instance-based SageMaker options run on GPUs; Serverless Inference and standard ' +
      'Lambda functions do not. On Bedrock the hardware is not your concern.',
    links: [see('overview', 'the-six-options-side-by-side'), see('serverless', 'exam-traps')],
    workload: {
      chooser: {
        when: 'later',
        traffic: 'spiky',
        payload: '1',
        payloadUnit: 'MB',
        duration: '30',
        durationUnit: 's',
        gpu: 'yes',
      },
    },
  },
  {
    id: 'sc-large-image-bursts',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['realtime', 'async'],
    topics: ['payload', 'choosing', 'changed-limits'],
    stem: t`Field engineers upload high-resolution inspection photos of about ${given('payload')} each to a GPU model
      that takes about ${given('duration')} per photo. Uploads come in bursts with idle hours between; a result
      within a minute or two is fine. Which option meets the need at the lowest cost?`,
    choices: [
      {
        id: 'a',
        text: 'SageMaker Real-Time Inference on a GPU instance',
        why: t`The photo is larger than the ${other('realtime.maxPayload')} most AWS material gives for a real-time
          request, and the instance bills through the idle hours.`,
        option: 'realtime',
      },
      {
        id: 'b',
        text: optionName('serverless'),
        why: t`No GPU, and requests are limited to ${lim('serverless.maxPayload')}.`,
        option: 'serverless',
      },
      {
        id: 'c',
        text: 'SageMaker Asynchronous Inference, scaled to zero between bursts',
        why: t`Inputs up to ${lim('async.maxPayload')} through S3, GPU instances, a queue for the bursts and no
          instance cost while scaled to zero.`,
        option: 'async',
      },
      {
        id: 'd',
        text: 'An AWS Lambda function behind API Gateway',
        why: t`No GPU, and a synchronous invocation carries at most ${lim('lambda.syncPayload')}.`,
        option: 'lambda',
      },
    ],
    key: 'c',
    premise: {ruledOut: ['serverless', 'lambda']},
    explanation:
      'Large inputs, bursty traffic with idle periods, a GPU and a short wait that is ' +
      'acceptable: Asynchronous Inference scaled to zero.',
    links: [see('async', 'when-to-use-it'), see('realtime', 'the-payload-limit-is-disputed')],
    dependsOn: ['async.maxPayload'],
    examReading: t`The real-time limit is disputed: ${lim('realtime.maxPayload')} in the hosting FAQ,
      ${other('realtime.maxPayload')} in the API reference and most exam material. Under the exam's reading the
      photo is too large for real-time; under the FAQ's it fits, but the idle hours still make Asynchronous
      Inference the cheaper answer. The key holds under both.`,
    workload: {
      chooser: {
        when: 'minute',
        traffic: 'spiky',
        payload: '12',
        payloadUnit: 'MB',
        duration: '20',
        durationUnit: 's',
        gpu: 'yes',
      },
      payload: {
        kind: 'image',
        images: '1',
        imageBy: 'size',
        imageSize: '12',
        imageUnit: 'MB',
        encoding: 'binary',
      },
    },
  },
  {
    id: 'sc-edge-gateway',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime', 'async', 'lambda'],
    topics: ['timeouts'],
    stem: t`An edge-optimized REST API in API Gateway invokes a Lambda function that calls a real-time endpoint. The
      model, already on the fastest suitable instance, returns one JSON document after about ${given('processing')},
      and every such call fails at the gateway. Which change fixes it?`,
    choices: [
      {
        id: 'a',
        text:
          'Return a request ID at once, process the request with Asynchronous Inference, and ' +
          'let the client fetch the result from Amazon S3',
        why:
          'Nothing waits on the gateway for the prediction any more; the client collects the ' +
          'result when it is ready.',
        option: 'async',
      },
      {
        id: 'b',
        text: 'Request a higher integration timeout for the API through Service Quotas',
        why: t`Regional and private REST APIs can ask for more than ${lim('apigateway.restTimeout')}; edge-optimized
          APIs cannot.`,
      },
      {
        id: 'c',
        text: 'Raise the Lambda function’s timeout to its maximum',
        why: 'The gateway ends the call first, whatever the function allows.',
      },
      {
        id: 'd',
        text: 'Raise the read timeout of the SDK client inside the function',
        why: t`The prediction finishes within the SDK's default of ${lim('sdk.readTimeout')}; the gateway is what
          gives up.`,
      },
    ],
    key: 'a',
    explanation:
      'API Gateway ends the call first. Return at once and deliver the result later, or, ' +
      'for a Regional or private REST API, ask for a higher integration timeout.',
    links: [
      see('lambda', 'what-sits-in-front-of-the-function'),
      see('timeout', 'what-to-do-when-a-request-is-too-slow'),
    ],
    dependsOn: ['apigateway.restTimeout'],
    premise: {fits: ['realtime']},
    workload: {timeout: {processing: '45', processingUnit: 's', gateway: 'rest'}},
  },
  {
    id: 'sc-answer-delivery',
    format: 'matching',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch', 'realtime', 'serverless', 'async', 'bedrock'],
    topics: ['api'],
    stem: 'Match each option to how its answer reaches the caller.',
    prompts: [
      {
        id: 'batch',
        text: optionName('batch'),
        why: 'A job writes .out objects to S3 when it ends; nobody waits on a connection.',
      },
      {
        id: 'realtime',
        text: optionName('realtime'),
        why: 'The caller waits on the open HTTPS connection; instances are always up, so there is no cold start.',
      },
      {
        id: 'serverless',
        text: optionName('serverless'),
        why: 'The caller waits on the open connection, through a cold start if the endpoint was idle.',
      },
      {
        id: 'async',
        text: optionName('async'),
        why: 'The call returns where the result will be; the result lands in S3, with an optional SNS notice.',
      },
      {
        id: 'bedrock',
        text: 'Amazon Bedrock batch inference',
        why: 'A job over JSONL prompts in S3 writes JSONL results to S3.',
      },
    ],
    responses: [
      {id: 'r3', text: 'In the response, possibly after a cold start'},
      {id: 'r4', text: 'Written to Amazon S3 per request, with an optional SNS notification'},
      {
        id: 'r6',
        text: 'Pushed to the caller over a WebSocket',
        why: 'None of the options delivers answers this way.',
      },
      {id: 'r1', text: 'Written to Amazon S3 for the whole dataset when the job ends'},
      {id: 'r2', text: 'In the response, from instances that are always running'},
      {id: 'r5', text: 'Written to Amazon S3 as JSONL, one line per prompt, matched by record ID'},
    ],
    key: {batch: 'r1', realtime: 'r2', serverless: 'r3', async: 'r4', bedrock: 'r5'},
    explanation:
      'Synchronous (Real-Time, Serverless), asynchronous per request (Asynchronous ' +
      'Inference) and batch jobs (Batch Transform, Bedrock batch inference) are the three ' +
      'styles.',
    links: [see('overview', 'what-it-means-on-aws')],
  },
  {
    id: 'sc-changed-values',
    format: 'matching',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['async', 'lambda', 'bedrock'],
    topics: ['changed-limits'],
    stem:
      'These limits changed, and older material still gives the old values. Match each one ' +
      'to its current value. Three values are the old ones.',
    prompts: [
      {
        id: 'async',
        text: 'Longest processing of one Asynchronous Inference request',
        why: t`${dur('async.maxProcessingTime')} with InvocationTimeoutSeconds; it was
          ${old('async.maxProcessingTime')} at launch.`,
      },
      {
        id: 'lambdaAsync',
        text: 'Payload of an asynchronous Lambda invocation',
        why: t`${lim('lambda.asyncPayload')} since ${since('lambda.asyncPayload')}; ${old('lambda.asyncPayload')}
          before.`,
      },
      {
        id: 'stream',
        text: 'Largest streamed Lambda response',
        why: t`${lim('lambda.streamedResponse')} since ${since('lambda.streamedResponse')};
          ${old('lambda.streamedResponse')} when streaming launched.`,
      },
      {
        id: 'batch',
        text: 'Bedrock batch inference price below on-demand, for select models',
        why: t`${lim('bedrock.batchDiscount')} in the current documentation; an older pricing page said batch cost
          the same as on-demand.`,
      },
    ],
    responses: [
      {
        id: 'r-async-old',
        text: [old('async.maxProcessingTime')],
        why: 'The fixed asynchronous processing limit when the service launched.',
      },
      {id: 'r-async', text: [dur('async.maxProcessingTime')]},
      {id: 'r-lambda-async', text: [lim('lambda.asyncPayload')]},
      {
        id: 'r-stream-old',
        text: [old('lambda.streamedResponse')],
        why: 'The streamed response limit when response streaming launched.',
      },
      {
        id: 'r-lambda-async-old',
        text: [old('lambda.asyncPayload')],
        why: 'The old asynchronous Lambda event limit.',
      },
      {id: 'r-batch', text: [lim('bedrock.batchDiscount')]},
      {id: 'r-stream', text: [lim('lambda.streamedResponse')]},
    ],
    key: {async: 'r-async', lambdaAsync: 'r-lambda-async', stream: 'r-stream', batch: 'r-batch'},
    explanation:
      'Know both values of a changed limit: questions and practice tests are often written ' +
      'from older material. The guide lists every changed or disputed limit with its ' +
      'sources.',
    links: [see('overview', 'limits-that-changed'), see('limits', 'changed-and-disputed-limits')],
    dependsOn: [
      'async.maxProcessingTime',
      'lambda.asyncPayload',
      'lambda.streamedResponse',
      'bedrock.batchDiscount',
    ],
    examReading:
      'An exam item written before a change will offer the old value as the answer. If only ' +
      'the old value is offered, choose it; if both are, current AWS documentation supports ' +
      'the new one.',
  },
  {
    id: 'sc-batch-or-real-time',
    format: 'multiple-response',
    exams: ['AIF-C01'],
    options: ['batch', 'realtime'],
    topics: ['choosing'],
    stem: 'Which TWO use cases suit batch inference rather than real-time inference? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: 'Computing a churn score for every customer at the start of each month, for a campaign list',
        why: 'A whole dataset on a schedule, nobody waiting: batch.',
        option: 'batch',
      },
      {
        id: 'b',
        text: 'Re-scoring last year’s transactions after a model update',
        why: 'Historical data, scored offline as a job: batch.',
        option: 'batch',
      },
      {
        id: 'c',
        text: 'Recommending products while a page loads',
        why: 'The answer is needed within the page load: real-time.',
        option: 'realtime',
      },
      {
        id: 'd',
        text: 'Replying to a customer in a chat window',
        why: 'Someone is waiting in the conversation: real-time.',
      },
      {
        id: 'e',
        text: 'Checking a card payment for fraud before it is approved',
        why: 'A decision is needed while the payment waits: real-time.',
        option: 'realtime',
      },
    ],
    key: ['a', 'b'],
    explanation:
      'Batch inference scores data that exists before the job starts, when nobody waits for ' +
      'individual answers; real-time inference answers one request while the caller waits.',
    links: [see('overview', 'what-it-means-on-aws'), see('batch', 'use-cases')],
  },
];
