/**
 * The practice question bank as data. Questions are written in the formats the AWS exam guides
 * list; every AWS number in them is a reference into the limits module (see text.ts), so a
 * question follows the data when a limit changes, and the tests can prove it against the
 * guide's calculators (see prove.ts).
 */
import type {LimitId, OptionId} from '@site/src/data';
import type {Text} from './text';

export const EXAMS = ['AIF-C01', 'MLA-C01'] as const;
export type ExamId = (typeof EXAMS)[number];

export interface ExamGuide {
  id: ExamId;
  name: string;
  /** The exam guide on docs.aws.amazon.com, which lists the question types. */
  guide: string;
  verifiedOn: string;
}

export const EXAM_GUIDES: Record<ExamId, ExamGuide> = {
  'AIF-C01': {
    id: 'AIF-C01',
    name: 'AWS Certified AI Practitioner',
    guide:
      'https://docs.aws.amazon.com/aws-certification/latest/ai-practitioner-01/ai-practitioner-01.html',
    verifiedOn: '2026-11-29',
  },
  'MLA-C01': {
    id: 'MLA-C01',
    name: 'AWS Certified Machine Learning Engineer – Associate',
    guide:
      'https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-engineer-associate-01.html',
    verifiedOn: '2026-11-29',
  },
};

/**
 * How a question is answered. A case study is not a format of its own here: it is one scenario
 * shared by several questions, each in one of these formats and scored on its own, as the exam
 * guides describe it.
 */
export const FORMATS = ['multiple-choice', 'multiple-response', 'ordering', 'matching'] as const;
export type Format = (typeof FORMATS)[number];

/** The question types as both exam guides state them, for the practice page to show. */
export const FORMAT_RULES: Record<Format | 'case-study', string> = {
  'multiple-choice': 'Has one correct response and three incorrect responses (distractors).',
  'multiple-response':
    'Has two or more correct responses out of five or more response options. You must ' +
    'select all the correct responses to receive credit for the question.',
  ordering:
    'Has a list of 3–5 responses to complete a specified task. You must select the ' +
    'correct responses and place the responses in the correct order to receive credit for ' +
    'the question.',
  matching:
    'Has a list of responses to match with a list of 3–7 prompts. You must match all the ' +
    'pairs correctly to receive credit for the question.',
  'case-study':
    'Has one scenario with two or more questions about the scenario. The scenario is the ' +
    'same for each question in the case study. Each question in the case study will be ' +
    'evaluated separately.',
};

/** Sizes the exam guides set for each format; the bank's tests hold every question to them. */
export const FORMAT_LIMITS = {
  multipleChoiceChoices: 4,
  multipleResponseMinChoices: 5,
  multipleResponseMinKeys: 2,
  orderingMin: 3,
  orderingMax: 5,
  matchingMin: 3,
  matchingMax: 7,
  caseStudyMinQuestions: 2,
} as const;

export const TOPICS = [
  /** Which option fits a workload. */
  'choosing',
  /** Request and response sizes. */
  'payload',
  /** Processing time, timeouts, and the hops in front of a model. */
  'timeouts',
  /** What is billed, and the levers on the bill. */
  'pricing',
  /** Auto scaling, scale to zero, concurrency. */
  'scaling',
  'cold-starts',
  /** What an option supports: GPUs, variants, multi-model endpoints, VPC, monitoring. */
  'features',
  /** Calls, parameters and how a request flows. */
  'api',
  /** Limits that changed, or that AWS pages disagree on. */
  'changed-limits',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Pages of the guide, by short name. */
export const GUIDE_PAGES = {
  overview: '/docs/overview',
  batch: '/docs/batch-transform',
  realtime: '/docs/real-time',
  serverless: '/docs/serverless',
  async: '/docs/asynchronous',
  bedrock: '/docs/bedrock',
  lambda: '/docs/lambda',
  limits: '/docs/limits',
  chooser: '/docs/tools/mode-chooser',
  timeout: '/docs/tools/timeout-checker',
  payload: '/docs/tools/payload-estimator',
} as const;
export type GuidePage = keyof typeof GUIDE_PAGES;

/** A section of the guide: page path, heading anchor, and the heading's text. */
export interface GuideLink {
  path: (typeof GUIDE_PAGES)[GuidePage];
  anchor: string;
  title: string;
}

/*
 * A workload in the calculators' own terms: the values their forms take, which are also the
 * parameters of their URLs. Anything left out takes the calculator's default. prove.ts runs
 * the calculators on these values.
 */
export type ChooserParam =
  | 'when'
  | 'traffic'
  | 'payload'
  | 'payloadUnit'
  | 'duration'
  | 'durationUnit'
  | 'model'
  | 'gpu'
  | 'manage';
export type TimeoutParam =
  | 'processing'
  | 'processingUnit'
  | 'sdk'
  | 'sdkTimeout'
  | 'sdkTimeoutUnit'
  | 'gateway'
  | 'gatewayTimeout'
  | 'gatewayTimeoutUnit'
  | 'lambda'
  | 'lambdaTimeout'
  | 'lambdaTimeoutUnit';
export type PayloadParam =
  | 'kind'
  | 'size'
  | 'sizeUnit'
  | 'chars'
  | 'script'
  | 'records'
  | 'recordSize'
  | 'recordUnit'
  | 'images'
  | 'imageBy'
  | 'imageSize'
  | 'imageUnit'
  | 'width'
  | 'height'
  | 'format'
  | 'audioLength'
  | 'audioUnit'
  | 'bitrate'
  | 'encoding'
  | 'envelope';

export interface Workload {
  chooser?: Partial<Record<ChooserParam, string>>;
  timeout?: Partial<Record<TimeoutParam, string>>;
  payload?: Partial<Record<PayloadParam, string>>;
}

export interface Choice {
  /** Unique within the question: 'a', 'b', ... */
  id: string;
  text: Text;
  /** Why this choice is right, or why it is wrong. */
  why: Text;
  /** The inference option this choice proposes, when it proposes one; the prover checks it. */
  option?: OptionId;
}

export interface OrderingItem {
  id: string;
  text: Text;
  /** Why the step sits where it does, or, for an item outside the key, why it does not belong. */
  why: Text;
  /** For a question that orders limits: the limit this item stands for. */
  limit?: LimitId;
}

export interface MatchPrompt {
  id: string;
  text: Text;
  /** Why the prompt goes with its response. */
  why: Text;
  /** A workload for this prompt alone, when the prompts are workloads to match to options. */
  workload?: Workload;
}

export interface MatchResponse {
  id: string;
  text: Text;
  option?: OptionId;
  /** Required when no prompt is keyed to this response: why it matches none. */
  why?: Text;
}

export interface QuestionBase {
  /** Stable: progress and shared links use it. */
  id: string;
  exams: readonly ExamId[];
  /** The inference options the question tests. */
  options: readonly OptionId[];
  topics: readonly Topic[];
  stem: Text;
  /** Why the key is right, as a whole. */
  explanation: Text;
  /** Sections of the guide that teach the answer. */
  links: readonly GuideLink[];
  /** Limits the key depends on: if one of them changes, the question must be reviewed. */
  dependsOn?: readonly LimitId[];
  /**
   * For a question that depends on a changed or disputed limit: how the exam is likely to read
   * it, and why the key holds either way.
   */
  examReading?: Text;
  /** The scenario as calculator inputs, so the tests can prove the key against them. */
  workload?: Workload;
  /**
   * What the scenario itself asserts about the workload ("the request is rejected"): options the
   * calculators must rule out, and options they must not.
   */
  premise?: {ruledOut?: readonly OptionId[]; fits?: readonly OptionId[]};
  /** The case study this question belongs to. */
  caseStudy?: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  format: 'multiple-choice';
  choices: readonly Choice[];
  key: string;
}

export interface MultipleResponseQuestion extends QuestionBase {
  format: 'multiple-response';
  choices: readonly Choice[];
  key: readonly string[];
}

export interface OrderingQuestion extends QuestionBase {
  format: 'ordering';
  /** Shown in this order (not the key's); items outside the key are distractors. */
  items: readonly OrderingItem[];
  /** Item ids in the right order. */
  key: readonly string[];
  /**
   * For a question that orders limits by size or by time, smallest first: the tests check the
   * key against the limits module, so a changed value that reorders them fails.
   */
  sortedBy?: 'size' | 'time';
}

export interface MatchingQuestion extends QuestionBase {
  format: 'matching';
  prompts: readonly MatchPrompt[];
  responses: readonly MatchResponse[];
  /** Prompt id → response id. A response may serve several prompts. */
  key: Readonly<Record<string, string>>;
}

export type Question =
  MultipleChoiceQuestion | MultipleResponseQuestion | OrderingQuestion | MatchingQuestion;

export interface CaseStudy {
  id: string;
  title: string;
  exams: readonly ExamId[];
  /** The scenario every question of the case study shares. */
  scenario: Text;
  /** The scenario's numbers, as calculator inputs; questions inherit it unless they have their own. */
  workload?: Workload;
}
