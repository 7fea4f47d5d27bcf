import type {LimitId} from './limits/index';
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
  bestFor: string;
  /** One line for the home page cards. */
  summary: string;
}

const checked = '2026-11-28';
const SM = 'https://docs.aws.amazon.com/sagemaker/latest/dg';

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
      text: 'Nothing runs between jobs: instances start for a job and stop when it ends.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html',
      verifiedOn: checked,
    },
    gpu: {
      value: 'yes',
      text: 'A job runs on the instance type you choose, GPU types included.',
      source:
        'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html',
      verifiedOn: checked,
    },
    pricing: {
      text: 'Instance time for the length of the job.',
      source: 'https://aws.amazon.com/sagemaker/pricing/',
      verifiedOn: checked,
    },
    answers: {
      text: 'Runs as a job over data in Amazon S3 and writes the predictions to S3 when the job ends; nobody waits on a connection.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html',
      verifiedOn: checked,
    },
    runs: {
      text: 'Runs your own model, in a container you build or choose.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/deploy-model.html',
      verifiedOn: checked,
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
      text: 'Only endpoints built from inference components can scale to zero instances (since December 2024); a classic endpoint keeps at least one instance running.',
      source: `${SM}/endpoint-auto-scaling-zero-instances.html`,
      verifiedOn: checked,
    },
    gpu: {
      value: 'yes',
      text: 'GPU instance types are available; GPUs are one of the features Serverless Inference lacks.',
      source: `${SM}/serverless-endpoints.html`,
      verifiedOn: checked,
    },
    pricing: {
      text: 'Instance time for as long as the endpoint runs, busy or idle; Savings Plans apply.',
      source: 'https://aws.amazon.com/sagemaker/pricing/',
      verifiedOn: checked,
    },
    answers: {
      text: 'Answers each request on the open HTTPS connection, while the caller waits.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html',
      verifiedOn: checked,
    },
    runs: {
      text: 'Runs your own model, in a container you build or choose.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/deploy-model.html',
      verifiedOn: checked,
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
      text: 'Scales to zero when idle; the next request waits for a cold start.',
      source: `${SM}/serverless-endpoints.html`,
      verifiedOn: checked,
    },
    gpu: {
      value: 'no',
      text: 'GPUs are not supported.',
      source: `${SM}/serverless-endpoints.html`,
      verifiedOn: checked,
    },
    pricing: {
      text: 'Compute time per millisecond at a rate set by memory size, plus data processed; provisioned concurrency costs extra.',
      source: 'https://aws.amazon.com/sagemaker/pricing/',
      verifiedOn: checked,
    },
    answers: {
      text: 'Answers each request on the open connection, after a cold start when the endpoint was idle.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html',
      verifiedOn: checked,
    },
    runs: {
      text: 'Runs your own model, in a container you build or choose, on CPU only.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html',
      verifiedOn: checked,
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
      text: 'Auto scaling can take the instance count to zero; requests wait in the queue until capacity returns.',
      source: `${SM}/async-inference.html`,
      verifiedOn: checked,
    },
    gpu: {
      value: 'yes',
      text: 'Runs on the instance type you choose, GPU types included.',
      source: `${SM}/async-inference.html`,
      verifiedOn: checked,
    },
    pricing: {
      text: 'Instance time while instances run; nothing while scaled to zero.',
      source: 'https://aws.amazon.com/sagemaker/pricing/',
      verifiedOn: checked,
    },
    answers: {
      text: 'Queues each request and writes the answer to Amazon S3 later, with an optional SNS notification.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html',
      verifiedOn: checked,
    },
    runs: {
      text: 'Runs your own model, in a container you build or choose.',
      source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/deploy-model.html',
      verifiedOn: checked,
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
      text: 'On-demand use has no infrastructure to keep running; Provisioned Throughput is billed by the hour.',
      source: 'https://aws.amazon.com/bedrock/pricing/',
      verifiedOn: checked,
    },
    gpu: {
      value: 'no',
      text: 'AWS runs the hardware; you choose a model, not an instance.',
      source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html',
      verifiedOn: checked,
    },
    pricing: {
      text: 'Per input and output token for text models, per image for image models; Provisioned Throughput per model unit per hour.',
      source: 'https://aws.amazon.com/bedrock/pricing/',
      verifiedOn: checked,
    },
    answers: {
      text: 'Answers each API call directly, or streams the answer; batch inference writes results to S3.',
      source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-api.html',
      verifiedOn: checked,
    },
    runs: {
      text: 'Serves foundation models from Amazon and other providers through one API; it does not host an arbitrary model of yours.',
      source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html',
      verifiedOn: checked,
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
    scalesToZero: {
      value: 'yes',
      text: 'No cost while no function runs.',
      source: 'https://aws.amazon.com/lambda/pricing/',
      verifiedOn: checked,
    },
    gpu: {
      value: 'no',
      text: 'Standard Lambda functions have no GPU; Lambda Managed Instances (late 2025) can attach one.',
      source:
        'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-acceleratorconfig.html',
      verifiedOn: checked,
    },
    pricing: {
      text: 'Per request plus per GB-second of duration, billed by the millisecond.',
      source: 'https://aws.amazon.com/lambda/pricing/',
      verifiedOn: checked,
    },
    answers: {
      text: "Returns the function's result to a synchronous caller, or handles an event asynchronously.",
      source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html',
      verifiedOn: checked,
    },
    runs: {
      text: 'Runs your function code, model included, packaged as a .zip file or a container image.',
      source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html',
      verifiedOn: checked,
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
