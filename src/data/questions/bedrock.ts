import {see} from './links';
import {optionName} from './optionNames';
import {dur, given, lim, t} from './text';
import type {Question} from './types';
import {FOUNDATION_MODEL_DRAFTS} from './workloads';

/** Amazon Bedrock. */
export const BEDROCK_QUESTIONS: readonly Question[] = [
  {
    id: 'br-ticket-summaries',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['bedrock'],
    topics: ['choosing'],
    stem:
      'A support team wants short summaries of customer tickets from a foundation model, ' +
      'shown to agents while they work. Volume is hard to predict, the team has no ML ' +
      'engineers, and it wants the least operational overhead. Which option fits?',
    choices: [
      {
        id: 'a',
        text: 'An open model from SageMaker JumpStart on a real-time endpoint',
        why:
          'It works, but the team would choose, scale and pay for GPU instances around the ' +
          'clock: more operational overhead, not less.',
        option: 'realtime',
      },
      {
        id: 'b',
        text: 'A summarization model trained in SageMaker and deployed to Serverless Inference',
        why:
          'Training a model needs ML expertise, and a generative model does not fit serverless ' +
          'endpoints: no GPU and limited memory.',
        option: 'serverless',
      },
      {
        id: 'c',
        text: 'A Lambda function with a language model packaged in a container image',
        why:
          'A foundation model does not fit in a function: no GPU on standard functions, and ' +
          'memory tops out far below what such models need.',
        option: 'lambda',
      },
      {
        id: 'd',
        text: 'Amazon Bedrock, called on demand',
        why: 'Foundation models behind one API, nothing to host or scale, billed per token, with no idle cost.',
        option: 'bedrock',
      },
    ],
    key: 'd',
    explanation:
      'Generative AI "with the least operational overhead" or "without ML expertise" points ' +
      'to Bedrock, not to a model you host.',
    links: [see('bedrock', 'when-to-use-it'), see('bedrock', 'exam-traps')],
    workload: {chooser: FOUNDATION_MODEL_DRAFTS},
  },
  {
    id: 'br-throttling',
    format: 'multiple-response',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['scaling'],
    stem:
      'During peaks, on-demand calls to a Bedrock model return ThrottlingException. Which ' +
      'TWO actions help? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: 'Enable auto scaling on the model’s endpoint',
        why: 'On-demand Bedrock has no endpoint or instances of yours to scale.',
      },
      {
        id: 'b',
        text: 'Call the model through a cross-Region inference profile',
        why: 'Bedrock routes requests to the profile’s destination Regions to absorb bursts, with quotas of its own.',
      },
      {
        id: 'c',
        text: 'Retry with exponential backoff',
        why: 'Throttling is about per-model quotas per Region; backing off spreads requests over time.',
      },
      {
        id: 'd',
        text: 'Raise maxTokens to the model’s maximum on every request',
        why:
          'Bedrock counts maxTokens against the quota when a request starts, so a needlessly ' +
          'high value throttles you sooner.',
      },
      {
        id: 'e',
        text: 'Switch from Converse to InvokeModel',
        why: 'Both share the same quotas.',
      },
    ],
    key: ['b', 'c'],
    explanation:
      'The fixes, in the order to try them: retry with backoff, set maxTokens ' +
      'realistically, use a cross-Region inference profile, request a quota increase, and ' +
      'for steady high volume buy Provisioned Throughput. "Add instances" is never the ' +
      'answer.',
    links: [see('bedrock', 'quotas-tokens-and-requests-per-minute'), see('bedrock', 'exam-traps')],
  },
  {
    id: 'br-long-answers',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['timeouts', 'api'],
    stem: t`A Python script asks a recent reasoning model on Bedrock for long reports; some answers take
      ${given('processing')} to generate. Those calls fail on the client with a read timeout, then are retried. What
      should the developer change?`,
    choices: [
      {
        id: 'a',
        text: 'Request a higher request payload quota for the model',
        why: 'Nothing is too large; the client stops waiting too soon.',
      },
      {
        id: 'b',
        text: 'Buy Provisioned Throughput for the model',
        why:
          'Dedicated capacity does not make a long answer shorter, and the client still gives ' +
          'up at its read timeout.',
      },
      {
        id: 'c',
        text: 'Increase the Bedrock service timeout in the model’s settings',
        why: 'The timeout that fires is the client’s; it is not a Bedrock setting.',
      },
      {
        id: 'd',
        text: 'Raise the read timeout in the botocore client Config, or stream the answer with ConverseStream',
        why: t`The SDK stops reading after ${lim('sdk.readTimeout')} by default, while recent Claude and Nova models
          may run for up to ${dur('bedrock.longInferenceTime')}; with streaming, tokens keep arriving and the read
          timer keeps resetting.`,
        option: 'bedrock',
      },
    ],
    key: 'd',
    explanation:
      'If calls fail after about a minute, the fix is the client’s read timeout or streaming, not a Bedrock setting.',
    links: [see('bedrock', 'key-limits'), see('bedrock', 'exam-traps')],
    dependsOn: ['sdk.readTimeout', 'bedrock.longInferenceTime'],
    workload: {timeout: {processing: '8', processingUnit: 'min', sdk: 'default'}},
  },
  {
    id: 'br-converse',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['bedrock'],
    topics: ['api'],
    stem:
      'A team wants to try models from several providers on Bedrock and switch between them ' +
      'later without rewriting its request code. Which API should it use?',
    choices: [
      {
        id: 'a',
        text: 'InvokeModel',
        why: 'InvokeModel takes each model’s own JSON format, so switching providers means rewriting the request body.',
      },
      {
        id: 'b',
        text: 'Converse',
        why: 'One message format for every model that supports messages; switching models means changing the modelId.',
      },
      {
        id: 'c',
        text: 'InvokeModelWithResponseStream',
        why: 'The streaming form of InvokeModel, with the same model-specific formats.',
      },
      {
        id: 'd',
        text: 'A batch inference job',
        why:
          'Batch inference processes a file of prompts in each model’s format, with results ' +
          'later; it is not for interactive calls.',
      },
    ],
    key: 'b',
    explanation:
      '"Switch between models without rewriting request code" points to Converse; ' +
      '"model-specific parameters in the model’s native format" points to InvokeModel.',
    links: [see('bedrock', 'the-four-runtime-operations'), see('bedrock', 'exam-traps')],
  },
  {
    id: 'br-token-billing',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['bedrock'],
    topics: ['pricing'],
    stem: 'How is on-demand inference with a Bedrock text model billed?',
    choices: [
      {
        id: 'a',
        text: 'Per hour of the instance that hosts the model',
        why: 'There is no instance of yours on demand; hourly billing applies to Provisioned Throughput.',
      },
      {
        id: 'b',
        text: 'Per GB-second of memory',
        why: 'That is how Lambda bills compute.',
      },
      {
        id: 'c',
        text: 'Per input token and per output token',
        why:
          'On-demand text models bill the tokens the model processes; output tokens usually ' +
          'cost more than input tokens.',
      },
      {
        id: 'd',
        text: 'A flat fee per request, whatever its length',
        why: 'Long prompts and long answers cost more: billing follows tokens.',
      },
    ],
    key: 'c',
    explanation:
      'On demand, Bedrock has no idle cost: text models bill input and output tokens, image models bill per image.',
    links: [see('bedrock', 'pricing')],
  },
  {
    id: 'br-batch-input',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['api'],
    stem: 'How is the input of a Bedrock batch inference job prepared?',
    choices: [
      {
        id: 'a',
        text: 'A CSV file with one prompt per row and a model ID column',
        why: 'Batch inference reads JSON Lines, not CSV.',
      },
      {
        id: 'b',
        text: 'JSONL files in Amazon S3, each line holding a recordId and a modelInput in the model’s request format',
        why:
          'The modelInput is the body you would send to InvokeModel for that model (or a ' +
          'Converse request, for Converse-type jobs); results come back as JSONL with the same ' +
          'recordId.',
      },
      {
        id: 'c',
        text: 'One S3 object per prompt, with the prompt in the object’s metadata',
        why: 'Records are lines of JSONL files, not separate objects.',
      },
      {
        id: 'd',
        text: 'Messages sent to an Amazon SQS queue that the job reads',
        why: 'A batch job reads its input from S3.',
      },
    ],
    key: 'b',
    explanation:
      'Input and output are JSONL in S3; match results to inputs by recordId. A manifest ' +
      'file summarizes record and token counts.',
    links: [see('bedrock', 'pricing')],
  },
  {
    id: 'br-jumpstart',
    format: 'multiple-choice',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['bedrock', 'realtime'],
    topics: ['choosing'],
    stem:
      'A team needs an open foundation model with access to its weights, on GPU instances ' +
      'it chooses, in a container it can customize. Which approach fits?',
    choices: [
      {
        id: 'a',
        text: 'Amazon Bedrock on-demand inference',
        why: 'Bedrock serves models on capacity AWS runs; you choose a model, not an instance or a container.',
        option: 'bedrock',
      },
      {
        id: 'b',
        text: optionName('serverless'),
        why: 'No GPUs, and memory too small for a foundation model.',
        option: 'serverless',
      },
      {
        id: 'c',
        text: 'Amazon Bedrock batch inference',
        why: 'Still Bedrock: no choice of instance or container.',
        option: 'bedrock',
      },
      {
        id: 'd',
        text: 'Deploy the model from SageMaker JumpStart to a SageMaker real-time endpoint',
        why:
          'JumpStart deploys foundation models to endpoints where you choose the instance type ' +
          'and count and control the container; you pay for the instances by the hour.',
        option: 'realtime',
      },
    ],
    key: 'd',
    explanation:
      '"Deploy the model to an endpoint", "choose the instance type", "access to the model ' +
      'weights", "customize the container" point to SageMaker JumpStart; "without managing ' +
      'infrastructure", "pay per token" point to Bedrock.',
    links: [see('bedrock', 'exam-traps'), see('bedrock', 'compared-with-its-nearest-neighbours')],
  },
  {
    id: 'br-provisioned',
    format: 'multiple-choice',
    exams: ['AIF-C01'],
    options: ['bedrock'],
    topics: ['pricing', 'scaling'],
    stem:
      'An application sends a steady, predictable, high volume of requests to one Bedrock ' +
      'model around the clock and needs dedicated capacity for it. Which option fits?',
    choices: [
      {
        id: 'a',
        text: 'On-demand inference, paid per token',
        why:
          'Best for low or unpredictable traffic; under steady high volume it shares per-model ' +
          'quotas and can be throttled.',
      },
      {
        id: 'b',
        text: 'Batch inference',
        why: 'Batch inference returns results later; an application waiting for answers cannot use it.',
      },
      {
        id: 'c',
        text: 'A SageMaker Savings Plan',
        why: 'Savings Plans lower the price of SageMaker instance usage; they do not buy capacity on Bedrock.',
      },
      {
        id: 'd',
        text: 'Provisioned Throughput for the model, bought in model units',
        why: t`Dedicated capacity billed by the hour for as long as it exists, with no commitment, a
          ${lim('bedrock.provisionedShortTerm')} term or a ${lim('bedrock.provisionedLongTerm')} term, the longer
          lowering the hourly price.`,
      },
    ],
    key: 'd',
    explanation:
      'Provisioned Throughput is the hourly-billed way to use Bedrock: buy it only for ' +
      'steady, predictable volume, because it is billed whether used or not.',
    links: [see('bedrock', 'pricing'), see('bedrock', 'exam-traps')],
    dependsOn: ['bedrock.provisionedShortTerm', 'bedrock.provisionedLongTerm'],
  },
  {
    id: 'br-batch-steps',
    format: 'ordering',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['api'],
    stem: 'Put the steps of a Bedrock batch inference job in order. One step does not belong.',
    items: [
      {
        id: 'match',
        text: 'Match each output record to its input by recordId',
        why: 'Last: each output line carries the recordId, with a modelOutput or an error.',
      },
      {
        id: 'write',
        text: 'Write the prompts as JSONL records with a recordId and a modelInput, and upload them to Amazon S3',
        why: 'First: the job reads its input from S3.',
      },
      {
        id: 'endpoint',
        text: 'Deploy the model to a SageMaker endpoint for the job to call',
        why: 'Not needed: Bedrock runs the model; batch inference has nothing to deploy.',
      },
      {
        id: 'create',
        text: 'Create the batch inference job with the model, the input and output S3 locations, and a service role',
        why: 'Second: the role lets Bedrock read the input and write the output.',
      },
      {
        id: 'run',
        text: 'Bedrock processes the records and writes JSONL results and a manifest to the output location',
        why: 'Third: one output file per input file, plus manifest.json.out with record and token counts.',
      },
    ],
    key: ['write', 'create', 'run', 'match'],
    explanation: 'Prompts to S3, a job, results to S3, joined by recordId.',
    links: [see('bedrock', 'pricing'), see('bedrock', 'calling-it-from-code')],
  },
  {
    id: 'br-operations',
    format: 'matching',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['api'],
    stem: 'Match each need to the Bedrock way of calling a model.',
    prompts: [
      {
        id: 'p1',
        text: 'One request format for models from several providers; the whole answer at once',
        why: 'Converse: one message format, output.message, usage and metrics.',
      },
      {
        id: 'p2',
        text: 'One request format for every model; text shown to the user as it is generated',
        why: 'ConverseStream: an event stream of contentBlockDelta events, then metadata with token usage.',
      },
      {
        id: 'p3',
        text: 'The model’s own JSON format with a model-specific feature; the whole answer at once',
        why: 'InvokeModel takes and returns the model’s native format.',
      },
      {
        id: 'p4',
        text: 'The model’s own JSON format; chunks as they are generated',
        why: 'InvokeModelWithResponseStream is the streaming form of InvokeModel.',
      },
      {
        id: 'p5',
        text: 'Thousands of prompts already in Amazon S3; results needed later, at a lower price for select models',
        why: t`Batch inference reads JSONL from S3 and costs ${lim('bedrock.batchDiscount')} less than on-demand for
          select models.`,
      },
    ],
    responses: [
      {id: 'stream', text: 'ConverseStream'},
      {id: 'converse', text: 'Converse'},
      {id: 'batch', text: 'A batch inference job'},
      {id: 'invoke', text: 'InvokeModel'},
      {id: 'invokeStream', text: 'InvokeModelWithResponseStream'},
    ],
    key: {p1: 'converse', p2: 'stream', p3: 'invoke', p4: 'invokeStream', p5: 'batch'},
    explanation:
      'Two families of runtime calls, each with a streaming variant, plus batch inference ' +
      'for work that can wait. Use Converse unless a feature is only in the native format.',
    links: [see('bedrock', 'the-four-runtime-operations'), see('bedrock', 'pricing')],
  },
  {
    id: 'br-own-xgboost',
    format: 'multiple-response',
    exams: ['AIF-C01', 'MLA-C01'],
    options: ['bedrock', 'serverless', 'lambda'],
    topics: ['choosing'],
    stem:
      'A team trained an XGBoost churn model. A customer page calls it a few times an hour, ' +
      'and each score must come back while the page loads. The team wants serverless ' +
      'hosting with no cost while idle. Which TWO options can host it? (Select TWO.)',
    choices: [
      {
        id: 'a',
        text: optionName('batch'),
        why: 'A job cannot answer while the page loads.',
        option: 'batch',
      },
      {
        id: 'b',
        text: 'Amazon Bedrock on-demand inference',
        why: 'Bedrock serves foundation models; it does not host a classic ML model such as an XGBoost booster.',
        option: 'bedrock',
      },
      {
        id: 'c',
        text: 'AWS Lambda, with the model packaged with the function',
        why: 'A small XGBoost model loads quickly in a function, runs on CPU and costs nothing between calls.',
        option: 'lambda',
      },
      {
        id: 'd',
        text: optionName('realtime'),
        why: 'It answers fast, but its instance bills around the clock for a few calls an hour.',
        option: 'realtime',
      },
      {
        id: 'e',
        text: optionName('serverless'),
        why: 'A small CPU model behind a SageMaker endpoint that scales to zero, billed by processing time.',
        option: 'serverless',
      },
    ],
    key: ['c', 'e'],
    explanation:
      'The model is your own, so Bedrock is out. With rare interactive calls and a small ' +
      'CPU model, Serverless Inference and Lambda both fit: Serverless gives SageMaker ' +
      'hosting and monitoring, Lambda keeps everything in one function.',
    links: [see('bedrock', 'when-not-to-use-it'), see('overview', 'how-to-choose')],
    workload: {
      chooser: {
        when: 'interactive',
        traffic: 'rare',
        model: 'classical',
        payload: '5',
        payloadUnit: 'KB',
        duration: '100',
        durationUnit: 'ms',
      },
    },
  },
  {
    id: 'br-many-photos',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['bedrock'],
    topics: ['payload', 'api'],
    stem: t`A claims app sends ${given('images')} damage photos of about ${given('imageSize')} each to a multimodal
      model in one Converse message. The request is rejected. What should the developer do?`,
    choices: [
      {
        id: 'a',
        text: 'Base64-encode the photos before putting them in the message',
        why:
          'Converse takes the raw image bytes and the SDK encodes them; encoding does not ' +
          'change how many images a message may hold.',
      },
      {
        id: 'b',
        text: t`Compress each photo below ${lim('bedrock.maxImageSize')}`,
        why: 'Each photo is already within the per-image size; the count is the problem.',
      },
      {
        id: 'c',
        text: t`Send the photos in several messages, at most ${lim('bedrock.maxImages')} per message`,
        why: t`A Converse message takes at most ${lim('bedrock.maxImages')} images, each at most
          ${lim('bedrock.maxImageSize')} and ${lim('bedrock.maxImageSide')} on a side. These photos are small
          enough; there are too many.`,
      },
      {
        id: 'd',
        text: 'Buy Provisioned Throughput for the model',
        why: 'Capacity does not change the limits of one message.',
      },
    ],
    key: 'c',
    explanation:
      'Converse limits images and documents per message and per item; a context window in ' +
      'tokens also applies and differs by model.',
    links: [see('bedrock', 'key-limits'), see('payload', 'limits-that-depend-on-how-you-send')],
    dependsOn: ['bedrock.maxImages', 'bedrock.maxImageSize', 'bedrock.maxImageSide'],
    premise: {ruledOut: ['bedrock']},
    workload: {
      payload: {
        kind: 'image',
        images: '30',
        imageBy: 'size',
        imageSize: '2',
        imageUnit: 'MB',
        encoding: 'binary',
      },
    },
  },
];
