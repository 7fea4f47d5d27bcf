import {see} from './links';
import {optionName} from './optionNames';
import {dur, given, lim, old, other, t} from './text';
import type {Question} from './types';
import {CHECKOUT_SCORING} from './workloads';

/** SageMaker Real-Time Inference. */
export const REALTIME_QUESTIONS: readonly Question[] = [
  {
    id: 'rt-checkout-fraud',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['realtime'],
    topics: ['choosing'],
    stem:
      'An online shop scores every card payment for fraud before the order is confirmed. ' +
      'Payments arrive all day at a steady rate, each decision must come back in ' +
      'milliseconds, and the ML team already runs SageMaker instances. Which option fits ' +
      'best?',
    choices: [
      {
        id: 'a',
        text: optionName('serverless'),
        why:
          'It can answer synchronously, but the first request after idle waits for a cold ' +
          'start, and steady load pays for every millisecond instead of for an instance that is ' +
          'busy anyway.',
        option: 'serverless',
      },
      {
        id: 'b',
        text: optionName('async'),
        why: 'It queues the request and writes the answer to S3 later; the checkout cannot wait for that.',
        option: 'async',
      },
      {
        id: 'c',
        text: optionName('batch'),
        why:
          'A transform job scores a whole dataset and writes the results when it ends; it ' +
          'cannot answer one payment while the customer waits.',
        option: 'batch',
      },
      {
        id: 'd',
        text: optionName('realtime'),
        why:
          'A persistent endpoint answers each request while the caller waits, with no cold ' +
          'start; sustained traffic keeps its instances busy, so paying for them around the ' +
          'clock is not waste.',
        option: 'realtime',
      },
    ],
    key: 'd',
    explanation:
      'Low, consistent latency with sustained traffic is the case AWS describes for ' +
      'real-time endpoints. Fraud checks at checkout are a standard example.',
    links: [see('realtime', 'when-to-use-it'), see('realtime', 'exam-traps')],
    workload: {chooser: CHECKOUT_SCORING},
  },
  {
    id: 'rt-payload-dispute',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['payload', 'changed-limits'],
    stem:
      'An engineer reads two AWS pages that give different maximum request sizes for a ' +
      'SageMaker real-time endpoint. Which statement is accurate?',
    choices: [
      {
        id: 'a',
        text: 'Choosing a larger instance type raises the payload limit of the endpoint',
        why: 'The limit belongs to the InvokeEndpoint API, not to the instance; every instance type has the same one.',
      },
      {
        id: 'b',
        text: t`The hosting FAQ gives ${lim('realtime.maxPayload')} while the InvokeEndpoint API reference still caps
          the body at ${other('realtime.maxPayload')}; design for the smaller value, or send an S3 key instead of
          large objects`,
        why:
          'AWS pages disagree today and no page dates the change. Staying under the smaller ' +
          'value, or passing a reference to S3, works under both.',
      },
      {
        id: 'c',
        text: 'There is no request size limit when the container streams its response',
        why:
          'Response streaming lets an answer arrive in parts over a longer time; it does not ' +
          'lift the request size limit.',
      },
      {
        id: 'd',
        text: t`Both pages are out of date: real-time endpoints accept requests up to ${lim('async.maxPayload')}`,
        why: t`${lim('async.maxPayload')} is the Asynchronous Inference limit, for an input object in S3, not a
          request body sent to a real-time endpoint.`,
      },
    ],
    key: 'b',
    explanation:
      'The real-time payload limit is disputed between AWS pages. The guide shows both ' +
      'values and the calculators report a size between them as disputed.',
    links: [
      see('realtime', 'the-payload-limit-is-disputed'),
      see('limits', 'changed-and-disputed-limits'),
    ],
    dependsOn: ['realtime.maxPayload'],
    examReading: t`Exam questions and most study material use ${other('realtime.maxPayload')}: a payload "larger than
      the real-time limit" in a question is the cue for Asynchronous Inference. The key holds under both values,
      because it states the dispute itself.`,
  },
  {
    id: 'rt-slow-model',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['realtime', 'async'],
    topics: ['timeouts', 'choosing'],
    stem: t`A computer-vision model returns one JSON result per image and needs about ${given('duration')} of GPU
      time for each. Requests arrive in bursts, and callers can collect results later. Calls to the model's
      real-time endpoint fail. What should the team do?`,
    choices: [
      {
        id: 'a',
        text: 'Move the endpoint to a larger GPU instance type',
        why: t`A real-time container must answer within ${lim('realtime.maxResponseTime')} whatever the instance; a
          faster instance helps only if it brings the time under that limit, and it keeps billing while idle between
          bursts.`,
        option: 'realtime',
      },
      {
        id: 'b',
        text: 'Deploy the model with SageMaker Asynchronous Inference and read results from Amazon S3',
        why: t`Asynchronous Inference allows up to ${dur('async.maxProcessingTime')} of processing per request, runs
          on GPU instances, queues the bursts and can scale to zero between them.`,
        option: 'async',
      },
      {
        id: 'c',
        text: 'Deploy the model with SageMaker Serverless Inference at the largest memory size',
        why: t`Serverless Inference has no GPUs, and its container must answer within
          ${lim('serverless.maxResponseTime')}.`,
        option: 'serverless',
      },
      {
        id: 'd',
        text: 'Package the model in an AWS Lambda container image with the longest timeout',
        why: 'Standard Lambda functions have no GPU, and a GPU model of this size does not belong in a function.',
        option: 'lambda',
      },
    ],
    key: 'b',
    premise: {ruledOut: ['serverless', 'lambda']},
    explanation: t`Processing longer than ${lim('realtime.maxResponseTime')} per request points to Asynchronous
      Inference, not to a bigger instance. Response streaming (up to ${dur('realtime.maxStreamingTime')}) helps only
      models that stream their answer, such as language models, not one JSON result.`,
    links: [see('realtime', 'timeouts'), see('async', 'exam-traps')],
    dependsOn: ['async.maxProcessingTime', 'realtime.maxResponseTime'],
    examReading: t`Older material limits Asynchronous Inference to a fixed ${old('async.maxProcessingTime')}; the key
      holds under either value, because the work takes far less.`,
    workload: {
      chooser: {
        when: 'later',
        traffic: 'spiky',
        payload: '2',
        payloadUnit: 'MB',
        duration: '3',
        durationUnit: 'min',
        gpu: 'yes',
      },
      timeout: {processing: '3', processingUnit: 'min'},
    },
  },
  {
    id: 'rt-read-timeout',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['timeouts', 'api'],
    stem: t`A Python service calls a real-time endpoint with boto3's default client settings. Some predictions take
      close to the container's limit of ${lim('realtime.maxResponseTime')}; for those, the service sometimes reports
      a read timeout and sends the request again. What should the engineer change first?`,
    choices: [
      {
        id: 'a',
        text: 'Allow more retries in the client configuration',
        why:
          'Retrying a request the client stopped waiting for sends the same slow work again; it ' +
          'does not give the first call more time.',
      },
      {
        id: 'b',
        text: 'Call InvokeEndpointAsync on the same endpoint',
        why:
          'An endpoint is either asynchronous (created with AsyncInferenceConfig) or real-time; ' +
          'an asynchronous call needs an asynchronous endpoint.',
      },
      {
        id: 'c',
        text: 'Lower MaxConcurrentTransforms on the endpoint',
        why: 'MaxConcurrentTransforms is a Batch Transform setting; it does not exist on an endpoint.',
      },
      {
        id: 'd',
        text: t`Raise the client's read timeout in botocore's Config, to the
          ${lim('realtime.recommendedSocketTimeout')} AWS recommends for such models`,
        why: t`botocore stops reading after ${lim('sdk.readTimeout')} by default, so a client with default settings
          can give up just as a slow answer arrives.`,
      },
    ],
    key: 'd',
    explanation: t`For models that take close to a minute, the InvokeEndpoint reference recommends a client socket
      timeout of ${lim('realtime.recommendedSocketTimeout')}; Python's default of ${lim('sdk.readTimeout')} is too
      tight.`,
    links: [see('realtime', 'timeouts'), see('timeout', 'the-defaults-that-catch-people-out')],
    dependsOn: ['sdk.readTimeout', 'realtime.recommendedSocketTimeout', 'realtime.maxResponseTime'],
  },
  {
    id: 'rt-per-customer-models',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['features', 'pricing'],
    stem:
      'A SaaS company trains one small XGBoost model per customer: several thousand models, ' +
      'all built with the same framework. Most are called only a few times a day, and each ' +
      'call must be answered at once. What is the most cost-effective way to serve them?',
    choices: [
      {
        id: 'a',
        text: 'A multi-model endpoint that loads each model from Amazon S3 when it is first called',
        why:
          'One endpoint and one container serve every model of the same framework; models are ' +
          'loaded and cached on demand, so the instances are shared. The first call to a model ' +
          'that is not loaded is slower.',
      },
      {
        id: 'b',
        text: 'One real-time endpoint per customer model',
        why: 'Thousands of endpoints means thousands of instances billed around the clock, almost all of them idle.',
      },
      {
        id: 'c',
        text: 'A multi-container endpoint with one container per model',
        why: t`A multi-container endpoint hosts up to ${lim('realtime.maxContainers')} containers, for models that
          need different frameworks; it cannot hold thousands of models.`,
      },
      {
        id: 'd',
        text: 'A serial inference pipeline that chains the models',
        why:
          'A pipeline runs containers one after another on each request (preprocessing, model, ' +
          'postprocessing); it does not choose among thousands of separate models.',
      },
    ],
    key: 'a',
    explanation:
      '"Many models, same framework, infrequently used, low cost" is the description of a multi-model endpoint.',
    links: [see('realtime', 'scaling-sharing-and-gpus'), see('realtime', 'exam-traps')],
  },
  {
    id: 'rt-sharing-features',
    format: 'matching',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['features'],
    stem: 'Match each requirement to the real-time hosting feature that meets it. One feature matches none of them.',
    prompts: [
      {
        id: 'p1',
        text: 'Serve thousands of models built with the same framework from one endpoint',
        why: 'A multi-model endpoint loads models from S3 on first use and caches them.',
      },
      {
        id: 'p2',
        text: 'Host models that need different frameworks on one endpoint and pick one per call',
        why: 'A multi-container endpoint in direct mode; the call names the container with TargetContainerHostname.',
      },
      {
        id: 'p3',
        text: 'Run a preprocessing step, the model and a postprocessing step behind one call',
        why: 'A serial inference pipeline chains containers on the same instance.',
      },
      {
        id: 'p4',
        text: 'Send a share of live traffic to a new model version to compare it with the current one',
        why: 'Production variants split traffic by weight on one endpoint.',
      },
      {
        id: 'p5',
        text: 'Give each model on shared instances its own CPU, accelerator and memory allocation, scaling on its own',
        why: 'Inference components deploy one model each onto an endpoint with its own allocation and copies.',
      },
    ],
    responses: [
      {id: 'mme', text: 'Multi-model endpoint'},
      {id: 'ic', text: 'Inference components'},
      {id: 'variants', text: 'Production variants with weights'},
      {
        id: 'pc',
        text: 'Provisioned concurrency',
        why:
          'A Serverless Inference (and Lambda) feature that keeps capacity warm; it does not ' +
          'share or split models on a real-time endpoint.',
      },
      {id: 'mce', text: 'Multi-container endpoint'},
      {id: 'pipe', text: 'Serial inference pipeline'},
    ],
    key: {p1: 'mme', p2: 'mce', p3: 'pipe', p4: 'variants', p5: 'ic'},
    explanation:
      'Same framework and many models: multi-model. Different frameworks: multi-container. ' +
      'A chain: pipeline. A/B tests: variants. Per-model resources and scaling: inference ' +
      'components.',
    links: [see('realtime', 'scaling-sharing-and-gpus')],
  },
  {
    id: 'rt-idle-bill',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['realtime'],
    topics: ['pricing'],
    stem:
      'A real-time endpoint receives requests only during office hours, yet its monthly ' +
      'bill is the same as if it were busy all day. Why?',
    choices: [
      {
        id: 'a',
        text: 'SageMaker bills each request at a minimum duration',
        why: 'Real-time endpoints are not billed per request at all.',
      },
      {
        id: 'b',
        text: 'Auto scaling policies are billed as a separate hourly charge',
        why: 'Application Auto Scaling adds no charge of its own; the cost is the instances.',
      },
      {
        id: 'c',
        text: 'Data capture is always enabled and billed by the hour',
        why: 'Data capture is optional, and what it stores is billed by S3, not by the hour.',
      },
      {
        id: 'd',
        text: 'The endpoint is billed for its instances for every hour they run, whether or not requests arrive',
        why:
          'Traffic does not matter: instances are billed from the moment the endpoint is in ' +
          'service until it is deleted.',
      },
    ],
    key: 'd',
    explanation:
      'A classic real-time endpoint keeps at least one instance running and bills for it ' +
      'around the clock. For traffic with long idle periods, Serverless Inference or ' +
      'Asynchronous Inference scaled to zero cost nothing while idle.',
    links: [see('realtime', 'pricing'), see('realtime', 'exam-traps')],
  },
  {
    id: 'rt-scaling-facts',
    format: 'multiple-response',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['scaling'],
    stem: 'Which TWO statements about scaling a SageMaker real-time endpoint are true? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: 'Every endpoint scales automatically from the moment it is created',
        why:
          'An endpoint has a fixed number of instances until you register it with Application ' +
          'Auto Scaling and attach a policy.',
      },
      {
        id: 'b',
        text: 'An idle classic endpoint scales to zero by itself after a quiet period',
        why: 'That is Serverless Inference; a classic real-time endpoint never goes below one instance.',
      },
      {
        id: 'c',
        text: 'An endpoint that hosts inference components can scale in to zero instances',
        why:
          'Since December 2024, with MinInstanceCount set to zero and a step scaling policy to ' +
          'bring an instance back when requests arrive.',
      },
      {
        id: 'd',
        text: 'Target tracking on invocations per instance absorbs a sudden spike within seconds',
        why: 'New instances take minutes to start, so scaling absorbs gradual change; keep headroom for spikes.',
      },
      {
        id: 'e',
        text: 'A classic endpoint always keeps at least one instance running',
        why: 'Only endpoints built from inference components can scale in to zero instances.',
      },
    ],
    key: ['c', 'e'],
    explanation:
      'Scale to zero exists for real-time endpoints only with inference components, and ' +
      'older material says it does not exist at all. A question about sporadic traffic and ' +
      'lowest cost usually points elsewhere.',
    links: [see('realtime', 'scaling-sharing-and-gpus'), see('realtime', 'exam-traps')],
  },
  {
    id: 'rt-request-flow',
    format: 'ordering',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['realtime'],
    topics: ['api'],
    stem: 'Put the steps of one real-time inference request in order. One step does not belong.',
    items: [
      {
        id: 'route',
        text: 'The SageMaker runtime authenticates the call and picks a production variant and an instance',
        why: 'Second: the runtime routes the call by variant weight or TargetVariant.',
      },
      {
        id: 's3',
        text: 'SageMaker writes the result to Amazon S3 and notifies an SNS topic',
        why: 'Not part of a real-time request: that is how Asynchronous Inference returns results.',
      },
      {
        id: 'call',
        text: 'The application signs the request and calls InvokeEndpoint with the payload',
        why: 'First: every call is signed with IAM credentials; the endpoint is not a public URL.',
      },
      {
        id: 'return',
        text: 'The runtime returns the response to the application, which has waited on the open connection',
        why: 'Last: the call is synchronous from start to finish.',
      },
      {
        id: 'container',
        text: 'The model container receives a POST on /invocations and runs the prediction',
        why: 'Third: the container does the work behind the runtime.',
      },
    ],
    key: ['call', 'route', 'container', 'return'],
    explanation:
      'A real-time request is synchronous: the caller holds the connection while the ' +
      'runtime routes it, the container answers, and the runtime returns the body.',
    links: [see('realtime', 'how-a-request-flows')],
  },
  {
    id: 'rt-gateway-first',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime', 'lambda'],
    topics: ['timeouts'],
    stem: t`A browser app calls a REST API in Amazon API Gateway with default settings; a Lambda function behind it,
      whose timeout is set to the maximum, calls a real-time endpoint. Predictions that take about
      ${given('processing')} fail with a gateway timeout, while quick ones succeed. What ends the slow calls?`,
    choices: [
      {
        id: 'a',
        text: 'The endpoint’s container response limit',
        why: t`The container has ${lim('realtime.maxResponseTime')}, longer than these predictions take.`,
      },
      {
        id: 'b',
        text: 'The Lambda function’s timeout',
        why: t`It is set to the maximum, ${dur('lambda.maxTimeout')}, far longer than the prediction.`,
      },
      {
        id: 'c',
        text: t`The AWS SDK's default read timeout of ${lim('sdk.readTimeout')} inside the function`,
        why: 'The prediction finishes before the SDK would stop reading.',
      },
      {
        id: 'd',
        text: t`The REST API's default integration timeout of ${lim('apigateway.restTimeout')}`,
        why:
          'API Gateway gives the integration less time than the endpoint allows, so the gateway ' +
          'gives up first and returns a timeout to the browser.',
      },
    ],
    key: 'd',
    explanation: t`A synchronous path is as slow as its tightest hop. Behind a REST API, a prediction has
      ${lim('apigateway.restTimeout')} by default; a Regional or private REST API can ask for more through a quota
      increase, or the design can return at once and deliver the result later.`,
    links: [see('realtime', 'exam-traps'), see('lambda', 'what-sits-in-front-of-the-function')],
    dependsOn: ['apigateway.restTimeout'],
    premise: {fits: ['realtime']},
    workload: {
      timeout: {processing: '40', processingUnit: 's', gateway: 'rest'},
    },
  },
  {
    id: 'rt-sample-nginx',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['realtime'],
    topics: ['payload'],
    stem: t`A team built its own inference container from AWS's sample nginx.conf. Binary requests of about
      ${given('size')} are rejected by the container, although they are below both values AWS pages give for the
      real-time payload limit. What is the cause?`,
    choices: [
      {
        id: 'a',
        text: 'The instance type is too small for the request',
        why: 'Instance size does not change how large a body nginx accepts.',
      },
      {
        id: 'b',
        text: 'Binary bodies must be base64-encoded for InvokeEndpoint',
        why: 'InvokeEndpoint takes the body as bytes with its content type; base64 would only make it larger.',
      },
      {
        id: 'c',
        text: 'Requests above a certain size must use InvokeEndpointWithResponseStream',
        why: 'Response streaming concerns how the answer comes back, not the size of the request.',
      },
      {
        id: 'd',
        text: t`The sample sets client_max_body_size to ${lim('realtime.sampleNginxBodyLimit')}, so nginx in the
          container rejects larger bodies`,
        why:
          'The container’s own web server has a body limit; a container copied from the sample ' +
          'refuses larger bodies whatever the endpoint allows.',
      },
    ],
    key: 'd',
    explanation: t`Check the container too: the endpoint accepts ${other('realtime.maxPayload')} under the smaller
      reading, but the sample nginx.conf stops at ${lim('realtime.sampleNginxBodyLimit')}. Raise
      client_max_body_size in the container's nginx configuration.`,
    links: [see('realtime', 'the-payload-limit-is-disputed')],
    dependsOn: ['realtime.sampleNginxBodyLimit', 'realtime.maxPayload'],
    examReading: t`The endpoint's own limit is disputed (${lim('realtime.maxPayload')} or
      ${other('realtime.maxPayload')}); the request in this question is below both, so the key holds under either
      reading.`,
    premise: {fits: ['realtime']},
    workload: {payload: {kind: 'bytes', size: '5.5', sizeUnit: 'MB', encoding: 'binary'}},
  },
];
