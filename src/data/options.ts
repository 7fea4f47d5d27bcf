import type {LimitId} from './limits/index';
import {CHECKED, RECHECKED, src} from './limits/sources';
import type {OptionId, SourcedFact} from './types';

/*
 * What each option is, in the words of the summary table. Numbers live in limits/;
 * the facts here are qualitative and carry their own source.
 */

export type Style = 'Batch' | 'Real-time' | 'Asynchronous' | 'Serverless';

export interface InferenceOption {
  id: OptionId;
  /** Full name as the guide uses it in headings. */
  name: string;
  /** Short name for tables and buttons. */
  shortName: string;
  service: 'Amazon SageMaker AI' | 'Amazon Bedrock' | 'AWS Lambda';
  styles: readonly Style[];
  /** The page of the guide about this option. */
  path: string;
  /** Limits that bound one request, for the summary table. */
  maxPayload: LimitId;
  maxProcessing: LimitId;
  scalesToZero: SourcedFact & {value: 'yes' | 'no' | 'partly'};
  gpu: SourcedFact & {value: 'yes' | 'no' | 'partly'};
  pricing: SourcedFact;
  /** How the answer comes back to the caller. */
  answers: SourcedFact;
  /** What the option runs: your own model, or models AWS serves. */
  runs: SourcedFact;
  /** Whether a model you trained or fine-tuned yourself can run here. */
  ownModel: SourcedFact & {value: 'yes' | 'no' | 'partly'};
  /** Whether requests and answers can be captured and watched (Data Capture, Model Monitor, logs). */
  monitoring: SourcedFact & {value: 'yes' | 'no' | 'partly' | 'unstated'};
  bestFor: string;
  /** One line for the home page cards. */
  summary: string;
}

/** A fact in the guide's words, with the AWS page it comes from and the day it was read there. */
function fact(text: string, source: {url: string}, verifiedOn: string = CHECKED): SourcedFact {
  return {text, source: source.url, verifiedOn};
}

const MODEL_MONITOR_CLOSED = 'Model Monitor is no longer open to new customers.';

/** What the SageMaker AI options run: a model of yours, in a container you build or choose. */
const RUNS_YOUR_CONTAINER = fact(
  'Runs your own model, in a container you build or choose.',
  src.deployModel,
);
const YOUR_MODEL_IN_YOUR_CONTAINER = {
  value: 'yes',
  ...fact(
    'Runs a model you trained or fine-tuned, in a container you build or choose.',
    src.deployModel,
  ),
} as const;

export const OPTIONS: readonly InferenceOption[] = [
  {
    id: 'batch',
    name: 'SageMaker Batch Transform',
    shortName: 'Batch Transform',
    service: 'Amazon SageMaker AI',
    styles: ['Batch'],
    path: '/docs/batch-transform',
    maxPayload: 'batch.maxMiniBatch',
    maxProcessing: 'batch.maxInvocationTimeout',
    scalesToZero: {
      value: 'yes',
      ...fact(
        'Nothing runs between jobs: instances start for a job and stop when it ends.',
        src.batchTransform,
      ),
    },
    gpu: {
      value: 'yes',
      ...fact(
        'A job runs on the instance type you choose, GPU types included.',
        src.transformResources,
      ),
    },
    pricing: fact('Instance time for the length of the job.', src.sagemakerPricing),
    answers: fact(
      'Runs as a job over data in Amazon S3 and writes the predictions to S3 when the job ' +
        'ends; nobody waits on a connection.',
      src.batchTransform,
    ),
    runs: RUNS_YOUR_CONTAINER,
    ownModel: YOUR_MODEL_IN_YOUR_CONTAINER,
    monitoring: {
      value: 'yes',
      ...fact(
        `Data Capture can record a transform job's inputs and outputs to Amazon S3 for Model ` +
          `Monitor's batch monitoring. ${MODEL_MONITOR_CLOSED}`,
        src.dataCaptureBatch,
        RECHECKED,
      ),
    },
    bestFor: 'Scoring a whole dataset in S3 when nobody is waiting for the answer.',
    summary: 'Predictions for a whole dataset in Amazon S3, with no endpoint left running.',
  },
  {
    id: 'realtime',
    name: 'SageMaker Real-Time Inference',
    shortName: 'Real-Time',
    service: 'Amazon SageMaker AI',
    styles: ['Real-time'],
    path: '/docs/real-time',
    maxPayload: 'realtime.maxPayload',
    maxProcessing: 'realtime.maxResponseTime',
    scalesToZero: {
      value: 'partly',
      ...fact(
        'Only endpoints built from inference components can scale to zero instances (since ' +
          'December 2024); a classic endpoint keeps at least one instance running.',
        src.scaleToZero,
      ),
    },
    gpu: {
      value: 'yes',
      ...fact(
        'GPU instance types are available; GPUs are one of the features Serverless Inference lacks.',
        src.serverless,
      ),
    },
    pricing: fact(
      'Instance time for as long as the endpoint runs, busy or idle; Savings Plans apply.',
      src.sagemakerPricing,
    ),
    answers: fact(
      'Answers each request on the open HTTPS connection, while the caller waits.',
      src.realtimeEndpoints,
    ),
    runs: RUNS_YOUR_CONTAINER,
    ownModel: YOUR_MODEL_IN_YOUR_CONTAINER,
    monitoring: {
      value: 'yes',
      ...fact(
        `Data Capture logs requests and responses to Amazon S3, and Model Monitor compares ` +
          `them with a baseline. ${MODEL_MONITOR_CLOSED}`,
        src.dataCapture,
        RECHECKED,
      ),
    },
    bestFor: 'Steady traffic that needs low, consistent latency, or a GPU.',
    summary: 'A persistent HTTPS endpoint: one request in, one answer back, in milliseconds.',
  },
  {
    id: 'serverless',
    name: 'SageMaker Serverless Inference',
    shortName: 'Serverless',
    service: 'Amazon SageMaker AI',
    styles: ['Real-time', 'Serverless'],
    path: '/docs/serverless',
    maxPayload: 'serverless.maxPayload',
    maxProcessing: 'serverless.maxResponseTime',
    scalesToZero: {
      value: 'yes',
      ...fact('Scales to zero when idle; the next request waits for a cold start.', src.serverless),
    },
    gpu: {value: 'no', ...fact('GPUs are not supported.', src.serverless)},
    pricing: fact(
      'Compute time per millisecond at a rate set by memory size, plus data processed; ' +
        'provisioned concurrency costs extra.',
      src.sagemakerPricing,
    ),
    answers: fact(
      'Answers each request on the open connection, after a cold start when the endpoint was idle.',
      src.serverless,
    ),
    runs: fact(
      'Runs your own model, in a container you build or choose, on CPU only.',
      src.serverless,
    ),
    ownModel: YOUR_MODEL_IN_YOUR_CONTAINER,
    monitoring: {
      value: 'no',
      ...fact(
        'Data capture, and with it Model Monitor, is among the real-time features Serverless ' +
          'Inference does not support.',
        src.serverless,
      ),
    },
    bestFor: 'Intermittent or unpredictable traffic that can tolerate a cold start.',
    summary: 'An endpoint with no instances to manage that scales to zero between requests.',
  },
  {
    id: 'async',
    name: 'SageMaker Asynchronous Inference',
    shortName: 'Asynchronous',
    service: 'Amazon SageMaker AI',
    styles: ['Asynchronous'],
    path: '/docs/asynchronous',
    maxPayload: 'async.maxPayload',
    maxProcessing: 'async.maxProcessingTime',
    scalesToZero: {
      value: 'yes',
      ...fact(
        'Auto scaling can take the instance count to zero; requests wait in the queue until capacity returns.',
        src.async,
      ),
    },
    gpu: {
      value: 'yes',
      ...fact('Runs on the instance type you choose, GPU types included.', src.async),
    },
    pricing: fact(
      'Instance time while instances run; nothing while scaled to zero.',
      src.sagemakerPricing,
    ),
    answers: fact(
      'Queues each request and writes the answer to Amazon S3 later, with an optional SNS notification.',
      src.async,
    ),
    runs: RUNS_YOUR_CONTAINER,
    ownModel: YOUR_MODEL_IN_YOUR_CONTAINER,
    monitoring: {
      value: 'unstated',
      ...fact(
        "AWS's Data Capture page names real-time endpoints and batch transform jobs; the " +
          'pages checked for this guide do not say whether asynchronous endpoints support it.',
        src.dataCapture,
        RECHECKED,
      ),
    },
    bestFor: 'Large payloads or long processing, answered minutes later through S3.',
    summary: 'A queue in front of an endpoint: large inputs, long jobs, results written to S3.',
  },
  {
    id: 'bedrock',
    name: 'Amazon Bedrock inference',
    shortName: 'Bedrock',
    service: 'Amazon Bedrock',
    styles: ['Real-time', 'Batch', 'Serverless'],
    path: '/docs/bedrock',
    maxPayload: 'bedrock.claudeMaxPayload',
    maxProcessing: 'bedrock.longInferenceTime',
    scalesToZero: {
      value: 'yes',
      ...fact(
        'On-demand use has no infrastructure to keep running; Provisioned Throughput is billed by the hour.',
        src.bedrockPricing,
      ),
    },
    gpu: {
      value: 'no',
      ...fact('AWS runs the hardware; you choose a model, not an instance.', src.whatIsBedrock),
    },
    pricing: fact(
      'Per input and output token for text models, per image for image models; Provisioned ' +
        'Throughput per model unit per hour.',
      src.bedrockPricing,
    ),
    answers: fact(
      'Answers each API call directly, or streams the answer; batch inference writes results to S3.',
      src.bedrockInferenceApi,
    ),
    runs: fact(
      'Serves foundation models from Amazon and other providers through one API, and can ' +
        'also serve an open-weight model you fine-tuned and imported.',
      src.whatIsBedrock,
    ),
    ownModel: {
      value: 'partly',
      ...fact(
        'Custom Model Import serves an open-weight model you fine-tuned (weights in Hugging ' +
          'Face format, of an architecture AWS supports, such as Llama or Mistral) on demand, ' +
          'billed by the Custom Model Units a model copy needs. A classic model such as XGBoost ' +
          'or scikit-learn cannot be imported.',
        src.bedrockImportJob,
        RECHECKED,
      ),
    },
    monitoring: {
      value: 'partly',
      ...fact(
        'Model invocation logging, off by default, records full requests and responses to ' +
          'CloudWatch Logs or Amazon S3. SageMaker Data Capture and Model Monitor do not apply.',
        src.bedrockInvocationLogging,
        RECHECKED,
      ),
    },
    bestFor: 'Generative AI with foundation models and no infrastructure to run.',
    summary: 'Foundation models (Claude, Llama, Nova and others) behind one API, paid per token.',
  },
  {
    id: 'lambda',
    name: 'AWS Lambda for lightweight inference',
    shortName: 'Lambda',
    service: 'AWS Lambda',
    styles: ['Real-time', 'Serverless'],
    path: '/docs/lambda',
    maxPayload: 'lambda.syncPayload',
    maxProcessing: 'lambda.maxTimeout',
    scalesToZero: {value: 'yes', ...fact('No cost while no function runs.', src.lambdaPricing)},
    gpu: {
      value: 'no',
      ...fact(
        'Standard Lambda functions have no GPU. Lambda Managed Instances can attach ' +
          'accelerators, but only to functions packaged as container images for x86_64.',
        src.lambdaAccelerators,
        RECHECKED,
      ),
    },
    pricing: fact(
      'Per request plus per GB-second of duration, billed by the millisecond.',
      src.lambdaPricing,
    ),
    answers: fact(
      "Returns the function's result to a synchronous caller, or handles an event asynchronously.",
      src.lambdaInvocation,
    ),
    runs: fact(
      'Runs your function code, model included, packaged as a .zip file or a container image.',
      src.lambdaPackage,
    ),
    ownModel: {
      value: 'yes',
      ...fact('Runs your function code, with your model packaged inside.', src.lambdaPackage),
    },
    monitoring: {
      value: 'no',
      ...fact(
        'Data Capture and Model Monitor are SageMaker features; a function records only what its own code logs.',
        src.dataCapture,
        RECHECKED,
      ),
    },
    bestFor: 'A small model (scikit-learn, XGBoost) behind an event or webhook.',
    summary: 'A small model inside a function, run by an event and billed by the millisecond.',
  },
];

export function getOption(id: OptionId): InferenceOption {
  const option = OPTIONS.find((o) => o.id === id);
  if (!option) throw new Error(`Unknown option: ${id}`);
  return option;
}
