import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

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
    {
      type: 'category',
      label: 'Cheat sheets',
      collapsible: false,
      link: {type: 'doc', id: 'cheat-sheet/index'},
      items: ['cheat-sheet/aif-c01', 'cheat-sheet/mla-c01'],
    },
    {
      type: 'category',
      label: 'Tools',
      collapsible: false,
      link: {type: 'doc', id: 'tools/index'},
      items: [
        'tools/mode-chooser',
        'tools/timeout-checker',
        'tools/payload-estimator',
        'tools/cost-comparison',
      ],
    },
    {
      type: 'category',
      label: 'Practice',
      collapsible: false,
      link: {type: 'doc', id: 'practice/index'},
      items: ['practice/flashcards', 'practice/questions'],
    },
  ],
};

export default sidebars;
