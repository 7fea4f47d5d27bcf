import {GUIDE_PAGES, type GuideLink, type GuidePage} from './types';

/** Headings every option page shares, by anchor. */
const COMMON_SECTIONS: Record<string, string> = {
  'how-a-request-flows': 'How a request flows',
  'key-limits': 'Key limits',
  pricing: 'Pricing',
  'use-cases': 'Use cases',
  'when-to-use-it': 'When to use it',
  'when-not-to-use-it': 'When not to use it',
  'exam-traps': 'Exam traps',
  'compared-with-its-nearest-neighbours': 'Compared with its nearest neighbours',
};

/** Other headings that questions link to, by page and anchor: a new link adds its heading here. */
const SECTIONS: Partial<Record<GuidePage, Record<string, string>>> = {
  overview: {
    'exam-strategy': 'Exam strategy',
    'how-to-choose': 'How to choose',
    'limits-that-changed': 'Limits that changed',
    'the-six-options-side-by-side': 'The six options side by side',
    'what-it-means-on-aws': 'What it means on AWS',
  },
  batch: {
    'associating-predictions-with-their-input-records':
      'Associating predictions with their input records',
  },
  realtime: {
    'scaling-sharing-and-gpus': 'Scaling, sharing and GPUs',
    'the-payload-limit-is-disputed': 'The payload limit is disputed',
    timeouts: 'Timeouts',
  },
  serverless: {
    'provisioned-concurrency': 'Provisioned concurrency',
    'what-a-serverless-endpoint-cannot-do': 'What a serverless endpoint cannot do',
  },
  async: {
    'input-amazon-s3-or-inline': 'Input: Amazon S3 or inline',
    'scaling-to-zero': 'Scaling to zero',
    'two-clocks-queue-time-and-processing-time': 'Two clocks: queue time and processing time',
  },
  bedrock: {
    'calling-it-from-code': 'Calling it from code',
    'quotas-tokens-and-requests-per-minute': 'Quotas: tokens and requests per minute',
    'the-four-runtime-operations': 'The four runtime operations',
  },
  lambda: {
    'cold-starts': 'Cold starts',
    'packaging-the-model': 'Packaging the model',
    'what-sits-in-front-of-the-function': 'What sits in front of the function',
    'when-the-model-is-too-big-call-sagemaker-from-lambda':
      'When the model is too big: call SageMaker from Lambda',
  },
  limits: {
    'changed-and-disputed-limits': 'Changed and disputed limits',
    'megabytes-decimal-or-binary': 'Megabytes: decimal or binary?',
  },
  chooser: {
    'how-it-decides': 'How it decides',
  },
  timeout: {
    'the-defaults-that-catch-people-out': 'The defaults that catch people out',
    'what-to-do-when-a-request-is-too-slow': 'What to do when a request is too slow',
  },
  payload: {
    'how-the-size-is-worked-out': 'How the size is worked out',
    'limits-that-depend-on-how-you-send': 'Limits that depend on how you send',
  },
};

/**
 * A link to a section of the guide. The anchor is the heading's id as Docusaurus writes it; a
 * test reads the pages' headings and fails if the anchor or the title does not match. The title
 * comes from the tables above.
 */
export function see(page: GuidePage, anchor: string): GuideLink {
  return {
    path: GUIDE_PAGES[page],
    anchor,
    title: SECTIONS[page]?.[anchor] ?? COMMON_SECTIONS[anchor] ?? anchor,
  };
}
