import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

type Category = Extract<SidebarsConfig[string], unknown[]>[number];

/** A section that stays open, whose heading opens its own index page. */
function section(label: string, index: string, items: string[]): Category {
  return {type: 'category', label, collapsible: false, link: {type: 'doc', id: index}, items};
}

const sidebars: SidebarsConfig = {
  guide: [
    'overview',
    {
      type: 'category',
      label: 'The six options',
      collapsible: false,
      link: {
        type: 'generated-index',
        title: 'The six options',
        description:
          'SageMaker Batch Transform, Real-Time, Serverless and Asynchronous Inference, Amazon ' +
          'Bedrock and AWS Lambda: one page each, with limits, pricing, exam traps and code.',
        slug: '/options',
      },
      items: ['batch-transform', 'real-time', 'serverless', 'asynchronous', 'bedrock', 'lambda'],
    },
    'limits',
    'changes',
    section('Cheat sheets', 'cheat-sheet/index', ['cheat-sheet/aif-c01', 'cheat-sheet/mla-c01']),
    section('Tools', 'tools/index', [
      'tools/mode-chooser',
      'tools/timeout-checker',
      'tools/payload-estimator',
      'tools/cost-comparison',
    ]),
    section('Practice', 'practice/index', ['practice/flashcards', 'practice/questions']),
  ],
};

export default sidebars;
