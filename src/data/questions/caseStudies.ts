import {see} from './links';
import {optionName} from './optionNames';
import {dur, given, lim, old, t} from './text';
import type {CaseStudy, Question} from './types';
import {NIGHTLY_SCORING} from './workloads';

/** Case studies: one scenario, several questions, each scored on its own. */
export const CASE_STUDIES: readonly CaseStudy[] = [
  {
    id: 'cs-claims',
    title: 'An insurer’s claims intake',
    exams: ['AIF-C01', 'MLA-C01'],
    scenario: t`An insurer is rebuilding its claims intake. Customers upload a short video of the damage from a
      mobile app; a video is up to ${given('payload')}. An in-house PyTorch model needs up to ${given('duration')}
      of GPU time per video to estimate the repair cost, and the adjuster should see each estimate within the hour,
      with a notification. Uploads stop at night. Separately, after every release of the claim-severity model (an
      XGBoost model over the claims' tabular records), all open claims in Amazon S3 must be re-scored. Adjusters
      also want a short summary of the notes on each claim, written by a foundation model when they open it, with as
      little infrastructure as possible.`,
    workload: {
      chooser: {
        when: 'later',
        traffic: 'spiky',
        payload: '400',
        payloadUnit: 'MB',
        duration: '10',
        durationUnit: 'min',
        gpu: 'yes',
      },
    },
  },
  {
    id: 'cs-support',
    title: 'A software company’s customer support',
    exams: ['AIF-C01', 'MLA-C01'],
    scenario: t`A software company is adding machine learning to its customer support. It wants a chat assistant that
      answers customers with a foundation model and shows the text as it is generated. It also wants every new
      ticket routed by a small scikit-learn classifier, called from the helpdesk's webhook a few hundred times a
      day; the rest of the support application already runs on AWS Lambda. Finally, a weekly job asks a reasoning
      model for long analyses of the week's tickets; some answers take ${given('processing')} to generate.`,
    workload: {timeout: {processing: '5', processingUnit: 'min', sdk: 'default'}},
  },
  {
    id: 'cs-retail',
    title: 'An online retailer’s recommendations and forecasts',
    exams: ['MLA-C01'],
    scenario:
      'An online retailer computes product recommendations while each page loads, with ' +
      'steady traffic around the clock and a latency target in milliseconds; its ML team ' +
      'runs SageMaker instances. It also trains one demand-forecasting model per store, for ' +
      'several hundred stores, all with the same framework; store managers open a forecast ' +
      'a few times a day. A new version of the recommendation model must be compared with ' +
      'the current one on live traffic before it replaces it.',
  },
  {
    id: 'cs-calls',
    title: 'A contact center’s call transcripts',
    exams: ['MLA-C01'],
    scenario: t`A contact center records calls of up to ${given('audioLength')} at ${given('bitrate')}. After each
      call, a speech model on a GPU transcribes the recording; the longest calls take about ${given('duration')}.
      Recordings land in Amazon S3, which starts an AWS Lambda function. Supervisors want each transcript within the
      hour, and no calls arrive at night.`,
    workload: {
      chooser: {
        when: 'later',
        traffic: 'spiky',
        payload: '87',
        payloadUnit: 'MB',
        duration: '20',
        durationUnit: 'min',
        gpu: 'yes',
      },
      timeout: {processing: '20', processingUnit: 'min'},
      payload: {
        kind: 'audio',
        audioLength: '90',
        audioUnit: 'min',
        bitrate: '128',
        encoding: 'binary',
      },
    },
  },
];

export const CASE_STUDY_QUESTIONS: readonly Question[] = [
  {
    id: 'cs-claims-video',
    caseStudy: 'cs-claims',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['async'],
    topics: ['choosing'],
    stem: 'Which option should run the damage-estimate model on each uploaded video?',
    choices: [
      {
        id: 'a',
        text: 'SageMaker Asynchronous Inference on GPU instances',
        why: t`Inputs up to ${lim('async.maxPayload')} from S3, up to ${dur('async.maxProcessingTime')} per request,
          an SNS notification per result, and scaling to zero at night.`,
        option: 'async',
      },
      {
        id: 'b',
        text: 'SageMaker Real-Time Inference on GPU instances',
        why: t`A video is far larger than a real-time request may carry, and the model needs longer than the
          ${lim('realtime.maxResponseTime')} a real-time container has.`,
        option: 'realtime',
      },
      {
        id: 'c',
        text: 'SageMaker Batch Transform, every hour',
        why:
          'Hourly jobs would add up to an hour of delay to each estimate, and a video is larger ' +
          'than a mini-batch may be.',
        option: 'batch',
      },
      {
        id: 'd',
        text: 'AWS Lambda, started by the upload',
        why: 'No GPU on standard functions; the model belongs on SageMaker, with Lambda at most starting the request.',
        option: 'lambda',
      },
    ],
    key: 'a',
    premise: {ruledOut: ['realtime', 'batch', 'lambda']},
    explanation:
      'Large inputs, minutes of GPU processing, a result per upload within the hour, a ' +
      'notification, idle nights: Asynchronous Inference.',
    links: [see('async', 'use-cases'), see('async', 'when-to-use-it')],
    dependsOn: ['async.maxPayload', 'async.maxProcessingTime'],
    examReading: t`Older material gives a processing limit of ${old('async.maxProcessingTime')}; each video takes
      less than that, so the key holds under either value.`,
  },
  {
    id: 'cs-claims-rescore',
    caseStudy: 'cs-claims',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['batch'],
    topics: ['choosing'],
    stem: 'How should the team re-score all open claims after each release of the severity model?',
    choices: [
      {
        id: 'a',
        text: 'Send each open claim to the asynchronous endpoint as a separate request',
        why:
          'That endpoint hosts the video model; a second asynchronous endpoint for a tabular ' +
          'model, called claim by claim, does the work of a transform job with more moving ' +
          'parts.',
        option: 'async',
      },
      {
        id: 'b',
        text: 'A real-time endpoint, called in a loop by a script',
        why: 'An always-on endpoint for a job that runs after each release bills while idle between releases.',
        option: 'realtime',
      },
      {
        id: 'c',
        text: 'A SageMaker Batch Transform job over the claims’ records in S3',
        why: 'A dataset that exists before the job starts, nobody waiting: a job with nothing left running afterwards.',
        option: 'batch',
      },
      {
        id: 'd',
        text: 'Amazon Bedrock batch inference',
        why: 'Bedrock batch inference runs prompts through foundation models; it does not host an XGBoost model.',
        option: 'bedrock',
      },
    ],
    key: 'c',
    explanation: 'Scoring a whole dataset with no one waiting is Batch Transform.',
    links: [see('batch', 'use-cases'), see('batch', 'exam-traps')],
    workload: {chooser: NIGHTLY_SCORING},
  },
  {
    id: 'cs-claims-summary',
    caseStudy: 'cs-claims',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['bedrock'],
    topics: ['choosing'],
    stem: 'How should the claim-note summaries be produced?',
    choices: [
      {
        id: 'a',
        text: 'Fine-tune an open model and host it on a SageMaker real-time endpoint',
        why:
          'Hosting means choosing, scaling and paying for GPU instances: the opposite of "as ' +
          'little infrastructure as possible".',
        option: 'realtime',
      },
      {
        id: 'b',
        text: 'Call a foundation model on Amazon Bedrock when an adjuster opens a claim',
        why: 'No infrastructure to run, pay per token, and no cost when nobody opens a claim.',
        option: 'bedrock',
      },
      {
        id: 'c',
        text: 'Summarize all claim notes every night with SageMaker Batch Transform',
        why: 'It needs a hosted model, and the notes change during the day.',
        option: 'batch',
      },
      {
        id: 'd',
        text: 'Add a summarization step to the asynchronous video endpoint',
        why:
          'The summary is wanted when the adjuster opens the claim, not after a queue; and a ' +
          'foundation model would still have to be hosted.',
        option: 'async',
      },
    ],
    key: 'b',
    explanation: 'Generative AI with the least operational overhead is Amazon Bedrock.',
    links: [see('bedrock', 'when-to-use-it')],
    workload: {
      chooser: {
        when: 'interactive',
        traffic: 'spiky',
        model: 'foundation',
        payload: '20',
        payloadUnit: 'KB',
        duration: '5',
        durationUnit: 's',
      },
    },
  },
  {
    id: 'cs-claims-night',
    caseStudy: 'cs-claims',
    format: 'multiple-response',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['scaling'],
    stem:
      'The asynchronous endpoint should run no instances at night and start one as soon as ' +
      'the first video of the morning arrives. Which TWO configurations are needed? (Select ' +
      'TWO.)',
    choices: [
      {
        id: 'a',
        text: 'Keep a second, real-time endpoint warm to feed the queue',
        why: 'It would bill all night and play no part in the asynchronous queue.',
      },
      {
        id: 'b',
        text: 'Enable provisioned concurrency on the endpoint',
        why: 'Provisioned concurrency belongs to Serverless Inference and Lambda, not to an instance-based endpoint.',
      },
      {
        id: 'c',
        text: 'Add a step scaling policy driven by a CloudWatch alarm on HasBacklogWithoutCapacity',
        why: 'This scales out from zero when a request waits and no instance runs.',
      },
      {
        id: 'd',
        text:
          'Register the variant with Application Auto Scaling with a minimum capacity of zero ' +
          'and a target-tracking policy on the backlog per instance',
        why: 'This scales in to zero when the queue is empty.',
      },
      {
        id: 'e',
        text: 'Raise RequestTTLSeconds on every request',
        why: 'It lets requests wait longer in the queue; it starts nothing.',
      },
    ],
    key: ['c', 'd'],
    explanation:
      'Scaling to zero is not automatic: one policy scales in to zero, and a second one, on ' +
      'HasBacklogWithoutCapacity, scales out from zero.',
    links: [see('async', 'scaling-to-zero')],
  },
  {
    id: 'cs-support-chat',
    caseStudy: 'cs-support',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['bedrock'],
    topics: ['api'],
    stem: 'Which call should the chat assistant use?',
    choices: [
      {
        id: 'a',
        text: 'Converse on Amazon Bedrock',
        why: 'It returns the whole answer at once, so the customer sees nothing until it is complete.',
      },
      {
        id: 'b',
        text: 'A Bedrock batch inference job',
        why: 'Results arrive later in S3; a customer in a chat cannot wait for a job.',
      },
      {
        id: 'c',
        text: 'ConverseStream on Amazon Bedrock',
        why:
          'One message format for any model, and the text arrives as contentBlockDelta events ' +
          'while it is generated.',
      },
      {
        id: 'd',
        text: 'InvokeEndpointWithResponseStream on a SageMaker endpoint',
        why: 'It streams too, but only from a model the company hosts on its own instances.',
      },
    ],
    key: 'c',
    explanation: 'Show text as it is generated, with no model to host: ConverseStream on Bedrock.',
    links: [see('bedrock', 'the-four-runtime-operations')],
  },
  {
    id: 'cs-support-router',
    caseStudy: 'cs-support',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['lambda'],
    topics: ['choosing'],
    stem: 'Where should the ticket classifier run?',
    choices: [
      {
        id: 'a',
        text: 'On a SageMaker serverless endpoint called from the webhook',
        why:
          'It would work, but it adds a separate endpoint to run for a model that fits in the ' +
          'function the application already has.',
        option: 'serverless',
      },
      {
        id: 'b',
        text: 'In an AWS Lambda function called by the webhook',
        why:
          'A small scikit-learn model behind a webhook, in an application already on Lambda: no ' +
          'servers, no idle cost.',
        option: 'lambda',
      },
      {
        id: 'c',
        text: 'On a SageMaker real-time endpoint',
        why: 'An instance billed around the clock for a few hundred calls a day.',
        option: 'realtime',
      },
      {
        id: 'd',
        text: 'On Amazon Bedrock',
        why: 'Bedrock serves foundation models, not a scikit-learn classifier.',
        option: 'bedrock',
      },
    ],
    key: 'b',
    explanation:
      'A light model behind an event, in an application already on Lambda, is the case for Lambda.',
    links: [see('lambda', 'when-to-use-it')],
    workload: {
      chooser: {
        when: 'interactive',
        traffic: 'spiky',
        payload: '5',
        payloadUnit: 'KB',
        duration: '100',
        durationUnit: 'ms',
        model: 'classical',
      },
    },
  },
  {
    id: 'cs-support-reports',
    caseStudy: 'cs-support',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['timeouts'],
    stem:
      'The weekly job, written in Python with boto3 defaults, fails on the longest answers ' +
      'with read timeouts. What should the developer change?',
    choices: [
      {
        id: 'a',
        text: 'Set read_timeout in the botocore Config above the longest answer time, or stream the answers',
        why: t`botocore stops reading after ${lim('sdk.readTimeout')} by default; recent models may take up to
          ${dur('bedrock.longInferenceTime')}.`,
        option: 'bedrock',
      },
      {
        id: 'b',
        text: 'Ask for a higher tokens-per-minute quota',
        why: 'A quota increase helps with throttling, not with a client that stops waiting.',
      },
      {
        id: 'c',
        text: 'Run the job in a Lambda function with the longest timeout',
        why: 'The SDK inside the function would still stop reading at its default.',
      },
      {
        id: 'd',
        text: 'Switch from Converse to InvokeModel',
        why: 'Both are synchronous calls with the same client read timeout.',
      },
    ],
    key: 'a',
    explanation:
      'Calls that fail after about a minute need a longer client read timeout, or streaming.',
    links: [see('bedrock', 'key-limits'), see('timeout', 'the-defaults-that-catch-people-out')],
    dependsOn: ['sdk.readTimeout', 'bedrock.longInferenceTime'],
  },
  {
    id: 'cs-retail-recs',
    caseStudy: 'cs-retail',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['choosing'],
    stem: 'Which option should serve the recommendations?',
    choices: [
      {
        id: 'a',
        text: optionName('serverless'),
        why:
          'Cold starts and per-millisecond billing suit intermittent traffic, not a steady load ' +
          'with a latency target.',
        option: 'serverless',
      },
      {
        id: 'b',
        text: optionName('async'),
        why: 'The page cannot wait for a queued result in S3.',
        option: 'async',
      },
      {
        id: 'c',
        text: 'SageMaker Real-Time Inference with auto scaling',
        why: 'Steady traffic keeps the instances busy, there are no cold starts, and latency stays low and consistent.',
        option: 'realtime',
      },
      {
        id: 'd',
        text: 'Precompute recommendations nightly with Batch Transform',
        why: 'Recommendations depend on what the shopper is viewing now, so they are computed while the page loads.',
        option: 'batch',
      },
    ],
    key: 'c',
    explanation: 'Sustained traffic and low, consistent latency: Real-Time Inference.',
    links: [see('realtime', 'use-cases')],
    workload: {
      chooser: {
        when: 'interactive',
        traffic: 'steady',
        payload: '10',
        payloadUnit: 'KB',
        duration: '20',
        durationUnit: 'ms',
        manage: 'yes',
      },
    },
  },
  {
    id: 'cs-retail-stores',
    caseStudy: 'cs-retail',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime', 'serverless'],
    topics: ['features', 'pricing'],
    stem: 'How should the per-store forecasting models be served at the lowest cost?',
    choices: [
      {
        id: 'a',
        text: 'One real-time endpoint per store',
        why: 'Hundreds of endpoints, each with instances billed around the clock for a few calls a day.',
      },
      {
        id: 'b',
        text: 'One multi-model endpoint that loads each store’s model from S3 on demand',
        why:
          'Same framework, many models, infrequent calls: the models share one endpoint’s ' +
          'instances and are cached when used.',
      },
      {
        id: 'c',
        text: 'One serverless endpoint per store',
        why: t`Serverless endpoints do not support multi-model hosting, and a Region allows
          ${lim('serverless.endpointsPerRegion')} serverless endpoints by default, fewer than the stores.`,
      },
      {
        id: 'd',
        text: 'A serial inference pipeline with one container per store',
        why: t`A pipeline chains containers on each request, at most ${lim('realtime.maxContainers')} of them; it
          does not select one model among hundreds.`,
      },
    ],
    key: 'b',
    explanation: 'Many models of one framework, called infrequently: a multi-model endpoint.',
    links: [see('realtime', 'scaling-sharing-and-gpus'), see('serverless', 'key-limits')],
    dependsOn: ['serverless.endpointsPerRegion'],
  },
  {
    id: 'cs-retail-ab',
    caseStudy: 'cs-retail',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['features'],
    stem: 'How should the team compare the new recommendation model with the current one on live traffic?',
    choices: [
      {
        id: 'a',
        text: 'Add the new model as a second production variant on the endpoint and give it a small traffic weight',
        why:
          'Variants split live traffic by weight on one endpoint; the weight is raised as the ' +
          'new model proves itself.',
      },
      {
        id: 'b',
        text: 'Run both models over last month’s data with Batch Transform',
        why: 'An offline comparison is useful, but it is not a test on live traffic.',
      },
      {
        id: 'c',
        text: 'Put both models on a multi-model endpoint',
        why: 'A multi-model endpoint serves the model each call names; it does not split traffic between versions.',
      },
      {
        id: 'd',
        text: 'Deploy the new model to a serverless endpoint and send it every request',
        why: 'That replaces the current model rather than comparing the two.',
      },
    ],
    key: 'a',
    explanation:
      'A/B testing on live traffic uses production variants and weights on one endpoint.',
    links: [see('realtime', 'scaling-sharing-and-gpus'), see('realtime', 'exam-traps')],
  },
  {
    id: 'cs-calls-option',
    caseStudy: 'cs-calls',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['choosing', 'payload'],
    stem: 'Which option should host the speech model?',
    choices: [
      {
        id: 'a',
        text: optionName('serverless'),
        why: 'No GPU, and payload and time limits far below one recording.',
        option: 'serverless',
      },
      {
        id: 'b',
        text: 'The Lambda function that S3 starts',
        why: 'No GPU on standard functions.',
        option: 'lambda',
      },
      {
        id: 'c',
        text: 'SageMaker Asynchronous Inference on GPU instances',
        why: t`The recording is read from S3 (up to ${lim('async.maxPayload')}), processing may run up to
          ${dur('async.maxProcessingTime')}, and the endpoint can scale to zero at night.`,
        option: 'async',
      },
      {
        id: 'd',
        text: optionName('realtime'),
        why:
          'A recording is too large for a real-time request and takes far longer than a ' +
          'real-time container may take to answer.',
        option: 'realtime',
      },
    ],
    key: 'c',
    premise: {ruledOut: ['serverless', 'lambda', 'realtime']},
    explanation:
      'Large audio files and long GPU processing, with results per call within the hour: Asynchronous Inference.',
    links: [see('async', 'use-cases')],
    dependsOn: ['async.maxPayload', 'async.maxProcessingTime'],
    examReading: t`Older material gives Asynchronous Inference a fixed ${old('async.maxProcessingTime')}. Under that
      reading the longest calls would have to be split into parts; under current documentation they fit as one
      request with InvocationTimeoutSeconds set. Asynchronous Inference is the answer either way.`,
  },
  {
    id: 'cs-calls-timeout',
    caseStudy: 'cs-calls',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['timeouts', 'changed-limits'],
    stem:
      'After deployment, short calls are transcribed but the longest ones fail with a ' +
      'timeout, every time. What should the team change?',
    choices: [
      {
        id: 'a',
        text: 'Set InvocationTimeoutSeconds on each InvokeEndpointAsync request',
        why: t`Without it a request times out after ${dur('async.defaultProcessingTime')}; it may be raised to
          ${dur('async.maxProcessingTime')}.`,
        option: 'async',
      },
      {
        id: 'b',
        text: 'Raise RequestTTLSeconds',
        why: 'That is how long a request may wait in the queue, not how long it may be processed.',
      },
      {
        id: 'c',
        text: 'Raise the Lambda function’s timeout',
        why: 'The function only starts the request and returns at once; the timeout is on the endpoint.',
      },
      {
        id: 'd',
        text: 'Add instances to the endpoint',
        why: 'More instances serve more requests at once; each request still stops at the same timeout.',
      },
    ],
    key: 'a',
    explanation: t`The default processing timeout (${dur('async.defaultProcessingTime')}) is what keeps the old limit
      alive: a long request fails unless the caller asks for more time.`,
    links: [see('async', 'two-clocks-queue-time-and-processing-time')],
    dependsOn: ['async.defaultProcessingTime', 'async.maxProcessingTime'],
    examReading: t`Older material says Asynchronous Inference stops at ${old('async.maxProcessingTime')}, with no
      setting to change it; current documentation allows up to ${dur('async.maxProcessingTime')} with
      InvocationTimeoutSeconds. Answer with the setting when it is offered.`,
  },
  {
    id: 'cs-calls-function',
    caseStudy: 'cs-calls',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['lambda', 'async'],
    topics: ['api'],
    stem: 'What should the Lambda function started by each new recording do?',
    choices: [
      {
        id: 'a',
        text: 'Call InvokeEndpointAsync with the recording’s S3 location and return',
        why: 'The call returns at once with the output location; the transcript lands in S3 and SNS announces it.',
      },
      {
        id: 'b',
        text: 'Call InvokeEndpointAsync, then poll the output location until the transcript appears',
        why: t`The function would pay for waiting, and the longest calls take longer than a function may run
          (${dur('lambda.maxTimeout')}).`,
      },
      {
        id: 'c',
        text: 'Download the recording to /tmp and run the speech model in the function',
        why: 'No GPU, and the work takes longer than a function may run.',
      },
      {
        id: 'd',
        text: 'Call InvokeEndpoint and wait for the transcript',
        why:
          'An asynchronous endpoint is called with InvokeEndpointAsync; a synchronous call ' +
          'could not wait this long anyway.',
      },
    ],
    key: 'a',
    premise: {ruledOut: ['lambda']},
    explanation:
      'Lambda stays the thin layer: it starts the asynchronous request and returns a reference, not the answer.',
    links: [see('lambda', 'when-the-model-is-too-big-call-sagemaker-from-lambda')],
  },
  {
    id: 'cs-calls-pipeline',
    caseStudy: 'cs-calls',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['async', 'lambda'],
    topics: ['api'],
    stem: 'Put the steps of the transcription pipeline in order.',
    items: [
      {
        id: 'sns',
        text: 'SageMaker publishes to the SNS success topic, which starts the next step',
        why: 'Last: the notification replaces polling.',
      },
      {
        id: 'record',
        text: 'The recording lands in Amazon S3',
        why: 'First: the upload is the event.',
      },
      {
        id: 'invoke',
        text: 'The Lambda function calls InvokeEndpointAsync with the recording’s location',
        why: 'Third: the function starts the request and returns.',
      },
      {
        id: 'event',
        text: 'An S3 event notification starts the Lambda function',
        why: 'Second.',
      },
      {
        id: 'transcribe',
        text: 'The endpoint transcribes the recording and writes the transcript to S3',
        why: 'Fourth: after the request leaves the queue.',
      },
    ],
    key: ['record', 'event', 'invoke', 'transcribe', 'sns'],
    explanation: 'Event in, asynchronous request, result to S3, notification out.',
    links: [see('async', 'how-a-request-flows'), see('lambda', 'how-a-request-flows')],
  },
];
