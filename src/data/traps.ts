import {see} from '@site/src/data/questions/links';
import {dur, lim, old, t} from '@site/src/data/questions/text';
import type {ExamId, GuideLink, Text} from '@site/src/data/questions';
import type {OptionId} from './types';

/**
 * Exam traps in one line each: the distractor a question tempts you with, and what the answer
 * is instead. They condense the "Exam traps" sections of the option pages, which explain each
 * one at length; the cheat sheets print them. Every AWS number is a reference into the limits
 * module, so a trap follows the data when a limit changes.
 */
export interface Trap {
  id: string;
  /** The exams whose questions set this trap; a cheat sheet shows the traps of its exam. */
  exams: readonly ExamId[];
  options: readonly OptionId[];
  text: Text;
  /** Where the guide explains it. */
  link: GuideLink;
}

const BOTH: readonly ExamId[] = ['AIF-C01', 'MLA-C01'];
const AIF: readonly ExamId[] = ['AIF-C01'];
const MLA: readonly ExamId[] = ['MLA-C01'];

export const TRAPS: readonly Trap[] = [
  {
    id: 'batch-vs-async',
    exams: BOTH,
    options: ['batch', 'async'],
    text:
      '“An entire dataset, nightly” is Batch Transform (no endpoint); “each request as it ' +
      'arrives” is Asynchronous Inference. Both use S3.',
    link: see('async', 'exam-traps'),
  },
  {
    id: 'realtime-idle-cost',
    exams: BOTH,
    options: ['realtime', 'serverless', 'async'],
    text:
      'Sporadic or office-hours traffic at the lowest cost is Serverless (or Asynchronous ' +
      'scaled to zero), not Real-Time with auto scaling: Real-Time bills idle instances.',
    link: see('realtime', 'exam-traps'),
  },
  {
    id: 'realtime-long-processing',
    exams: BOTH,
    options: ['realtime', 'async'],
    text: t`A request that takes longer than ${lim('realtime.maxResponseTime')} (Real-Time) or
      ${lim('serverless.maxResponseTime')} (Serverless) does not fit, whatever the instance or memory: Asynchronous
      Inference.`,
    link: see('realtime', 'exam-traps'),
  },
  {
    id: 'serverless-gpu',
    exams: BOTH,
    options: ['serverless', 'lambda'],
    text:
      'A GPU in the question rules out Serverless Inference and standard Lambda, however ' +
      'attractive “serverless” sounds.',
    link: see('serverless', 'exam-traps'),
  },
  {
    id: 'serverless-exclusions',
    exams: MLA,
    options: ['serverless'],
    text:
      'Serverless Inference has no data capture or Model Monitor, VPC, production variants, ' +
      'multi-model endpoints or inference pipelines.',
    link: see('serverless', 'exam-traps'),
  },
  {
    id: 'serverless-cold-start',
    exams: MLA,
    options: ['serverless', 'realtime'],
    text:
      'Bursty traffic that must avoid cold starts: Serverless with provisioned concurrency; ' +
      'steady high traffic or a latency SLA: Real-Time.',
    link: see('serverless', 'exam-traps'),
  },
  {
    id: 'async-old-time',
    exams: BOTH,
    options: ['async'],
    text: t`Older material gives Asynchronous Inference ${old('async.maxProcessingTime', 'duration')} per request;
      today it is ${dur('async.maxProcessingTime')}. If both are offered, take the longer.`,
    link: see('async', 'exam-traps'),
  },
  {
    id: 'async-scale-from-zero',
    exams: MLA,
    options: ['async'],
    text:
      'Asynchronous Inference scales out from zero only with a step-scaling policy on ' +
      'HasBacklogWithoutCapacity; the backlog target alone does not.',
    link: see('async', 'exam-traps'),
  },
  {
    id: 'realtime-variants-shadow',
    exams: MLA,
    options: ['realtime'],
    text:
      'A/B test on live traffic: production variants with weights. Test without affecting ' +
      'users: a shadow test. Shift gradually, roll back on alarms: blue/green with canary ' +
      'or linear shifting.',
    link: see('realtime', 'exam-traps'),
  },
  {
    id: 'realtime-recommender-neo',
    exams: MLA,
    options: ['realtime'],
    text:
      'Cheapest instance for a latency target: Inference Recommender. Make the model itself ' +
      'faster on its hardware: SageMaker Neo.',
    link: see('realtime', 'exam-traps'),
  },
  {
    id: 'gateway-timeout',
    exams: MLA,
    options: ['realtime', 'lambda'],
    text: t`Behind a REST API a synchronous prediction gets ${lim('apigateway.restTimeout')} by default, less than
      the model’s own limit.`,
    link: see('lambda', 'exam-traps'),
  },
  {
    id: 'lambda-timeout',
    exams: BOTH,
    options: ['lambda'],
    text: t`Lambda stops at ${dur('lambda.maxTimeout')}: long processing is Asynchronous Inference or Batch
      Transform, not “increase the Lambda timeout”.`,
    link: see('lambda', 'exam-traps'),
  },
  {
    id: 'lambda-model-load',
    exams: MLA,
    options: ['lambda'],
    text:
      'Load the model outside the handler, once per execution environment; cold starts: ' +
      'provisioned concurrency or SnapStart, not more memory alone.',
    link: see('lambda', 'exam-traps'),
  },
  {
    id: 'bedrock-no-training',
    exams: AIF,
    options: ['bedrock'],
    text:
      'Generative AI “with the least operational overhead” or “without ML expertise” is ' +
      'Bedrock, not a model trained in SageMaker.',
    link: see('bedrock', 'exam-traps'),
  },
  {
    id: 'bedrock-own-model',
    exams: BOTH,
    options: ['bedrock'],
    text:
      'A fine-tuned open-weight LLM without managing endpoints: Bedrock Custom Model ' +
      'Import. An XGBoost or scikit-learn model never goes to Bedrock.',
    link: see('bedrock', 'exam-traps'),
  },
  {
    id: 'bedrock-throttling',
    exams: MLA,
    options: ['bedrock'],
    text:
      'A Bedrock ThrottlingException calls for retries with backoff, cross-Region ' +
      'inference, a quota increase or Provisioned Throughput, never “add instances”.',
    link: see('bedrock', 'exam-traps'),
  },
  {
    id: 'bedrock-batch',
    exams: BOTH,
    options: ['bedrock'],
    text: t`Bedrock batch inference saves ${lim('bedrock.batchDiscount')} (older material: no saving), but it is
      never the answer when a user waits for the reply.`,
    link: see('bedrock', 'exam-traps'),
  },
  {
    id: 'asynchronous-overloaded',
    exams: AIF,
    options: ['async', 'lambda', 'bedrock'],
    text:
      'Lambda asynchronous invocation, Bedrock batch inference and SageMaker Asynchronous ' +
      'Inference are three different features.',
    link: see('async', 'exam-traps'),
  },
];

export function trapsFor(exam: ExamId): Trap[] {
  return TRAPS.filter((trap) => trap.exams.includes(exam));
}
