import type {OptionId} from './types';

/**
 * The words exam scenarios use for each inference option: "the question says ..., think of ...".
 * The phrases are the guide's reading of exam questions; where AWS's own guidance for choosing
 * an option says the same, `basis` cites it. The keyword table on the overview and the
 * flashcards are generated from this list.
 */
export interface KeywordBasis {
  /** AWS's guidance in our words. */
  text: string;
  /** AWS's exact sentence, where it states the guidance without a number. */
  quote?: string;
  source: string;
  sourceTitle: string;
  verifiedOn: string;
}

export interface KeywordRow {
  option: OptionId;
  /** What a question says, in the words exam scenarios use. */
  phrases: readonly string[];
  basis?: KeywordBasis;
}

const deployment = {
  source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-deployment.html',
  sourceTitle: 'SageMaker AI: Model deployment options',
  verifiedOn: '2026-11-29',
};

export const EXAM_KEYWORDS: readonly KeywordRow[] = [
  {
    option: 'batch',
    phrases: [
      'millions of records overnight',
      'entire dataset',
      'no need for real-time results',
      'predictions stored in S3',
    ],
    basis: {
      text: 'AWS recommends batch transform for getting predictions for an entire dataset.',
      quote: 'To get predictions for an entire dataset, use SageMaker AI batch transform.',
      ...deployment,
    },
  },
  {
    option: 'realtime',
    phrases: [
      'low latency',
      'interactive',
      'real-time',
      'sustained or consistent traffic',
      'GPU',
      'milliseconds',
    ],
    basis: {
      text: 'AWS recommends real-time hosting for persistent endpoints that make one prediction at a time.',
      quote:
        'For persistent, real-time endpoints that make one prediction at a time, use SageMaker AI real-time hosting services.',
      ...deployment,
    },
  },
  {
    option: 'serverless',
    phrases: [
      'intermittent',
      'unpredictable',
      'infrequent',
      'idle periods',
      'pay only for what you use',
      'can tolerate cold starts',
    ],
    basis: {
      text: 'AWS recommends Serverless Inference for workloads with idle periods between traffic spikes that can tolerate cold starts.',
      quote:
        'Workloads that have idle periods between traffic spikes and can tolerate cold starts, use Serverless Inference.',
      ...deployment,
    },
  },
  {
    option: 'async',
    phrases: [
      'large payloads',
      'video, audio or large documents',
      'long processing time',
      'queue',
      'near real-time',
      'scale to zero when there are no requests',
      'SNS notification',
    ],
    basis: {
      text: 'AWS recommends Asynchronous Inference for requests with large payloads, long processing times and near real-time latency requirements.',
      ...deployment,
    },
  },
  {
    option: 'bedrock',
    phrases: [
      'foundation model',
      'generative AI',
      'Claude, Llama, Titan or Nova',
      'no ML expertise',
      'pay per token',
    ],
    basis: {
      text: 'AWS describes Amazon Bedrock as a fully managed service that offers foundation models from Amazon and other providers through one API.',
      source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html',
      sourceTitle: 'Amazon Bedrock: What is Amazon Bedrock?',
      verifiedOn: '2026-11-28',
    },
  },
  {
    option: 'lambda',
    phrases: [
      'lightweight model',
      'scikit-learn',
      'event-driven',
      'webhook',
      'triggered by an S3 upload',
      'microservice',
    ],
  },
];
