import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'overview',
    {
      type: 'category',
      label: 'The six options',
      collapsible: false,
      items: [
        'batch-transform',
        'real-time',
        'serverless',
        'asynchronous',
        'bedrock',
        'lambda',
      ],
    },
    'limits',
    {
      type: 'category',
      label: 'Tools',
      collapsible: false,
      link: {type: 'doc', id: 'tools/index'},
      items: ['tools/mode-chooser', 'tools/timeout-checker', 'tools/payload-estimator'],
    },
  ],
};

export default sidebars;
