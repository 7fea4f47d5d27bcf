import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import {classOnlyTheme} from './src/theme-config/prism';
import remarkCodeTokens from './src/plugins/codeTokens';
import prismOutOfTheBrowser from './src/plugins/prismOutOfTheBrowser';
import openData from './src/plugins/openData';

// Runs in Node.js at build time; nothing here reaches the browser bundle.

const repository = {
  owner: 'aws-inference-guide',
  name: 'aws-inference-guide',
};
const repositoryUrl = `https://github.com/${repository.owner}/${repository.name}`;

// A fork that deploys to project pages sets these in its workflow (see .github/workflows/deploy.yml).
const siteUrl = process.env.SITE_URL ?? `https://${repository.owner}.github.io`;
const baseUrl = process.env.BASE_URL ?? '/';

const config: Config = {
  title: 'AWS Inference Guide',
  tagline:
    'The six ways to run machine-learning inference on AWS, explained with sourced limits and live calculators.',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
    faster: true,
  },

  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  organizationName: repository.owner,
  projectName: repository.name,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repositoryUrl}/edit/main/`,
          showLastUpdateTime: true,
          breadcrumbs: true,
          remarkPlugins: [remarkCodeTokens],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [prismOutOfTheBrowser, openData],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        searchBarShortcutHint: false,
        explicitSearchResultPath: true,
      } satisfies SearchOptions,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [
      {
        name: 'keywords',
        content:
          'AWS, SageMaker, Batch Transform, Serverless Inference, Asynchronous Inference, ' +
          'Bedrock, Lambda, inference, AI Practitioner, Machine Learning Engineer',
      },
    ],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {
        hideable: true,
      },
    },
    navbar: {
      title: 'AWS Inference Guide',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {to: '/docs/tools', position: 'left', label: 'Tools', activeBaseRegex: '/docs/tools'},
        {
          href: repositoryUrl,
          position: 'right',
          label: 'GitHub',
          'aria-label': 'Source code on GitHub',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            {label: 'Overview', to: '/docs/overview'},
            {label: 'Every limit, with sources', to: '/docs/limits'},
            {label: 'Limits that changed', to: '/docs/limits#changed-and-disputed-limits'},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Which option fits?', to: '/docs/tools/mode-chooser'},
            {label: 'Timeout checker', to: '/docs/tools/timeout-checker'},
            {label: 'Payload-size estimator', to: '/docs/tools/payload-estimator'},
          ],
        },
        {
          title: 'Project',
          items: [
            {label: 'Source on GitHub', href: repositoryUrl},
            {
              label: 'Report a wrong limit',
              href: `${repositoryUrl}/issues/new?template=fix-a-limit.yml`,
            },
            {label: 'Contributing', href: `${repositoryUrl}/blob/main/CONTRIBUTING.md`},
          ],
        },
      ],
      copyright:
        'An independent study guide, not affiliated with Amazon Web Services. AWS limits ' +
        'change: every number links to the AWS page it comes from.',
    },
    prism: {
      theme: classOnlyTheme,
      darkTheme: classOnlyTheme,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
