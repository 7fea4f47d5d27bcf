import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import type {Options as PwaOptions} from '@docusaurus/plugin-pwa';
import {classOnlyTheme} from './src/theme-config/prism';
import remarkCodeTokens from './src/plugins/codeTokens';
import prismOutOfTheBrowser from './src/plugins/prismOutOfTheBrowser';
import pageChunks from './src/plugins/pageChunks';
import openData from './src/plugins/openData';
import checkYourself from './src/plugins/checkYourself';
import lightDarkColours from './src/plugins/lightDarkColours';

// Runs in Node.js at build time; nothing here reaches the browser bundle.

const repository = {
  owner: 'aws-inference-guide',
  name: 'aws-inference-guide',
};
const repositoryUrl = `https://github.com/${repository.owner}/${repository.name}`;

// A fork that deploys to project pages sets these in its workflow (see .github/workflows/deploy.yml).
const siteUrl = process.env.SITE_URL ?? `https://${repository.owner}.github.io`;
const baseUrl = process.env.BASE_URL ?? '/';

// What the offline service worker precaches (@docusaurus/plugin-pwa, below, fills in its source,
// destination and folder itself).
type PwaInjectManifest = NonNullable<PwaOptions['injectManifestConfig']>;
const precache: Partial<PwaInjectManifest> = {
  // The plugin's own patterns take every .html, .js, .css and .json file (the search index
  // included) and the images; these two are never shown to a reader.
  globIgnores: ['404.html', 'img/social-card.png'],
  // Scripts and styles carry a content hash in their names: the copy the browser already has from
  // loading the page is the right one, so they need no cache-busting download.
  dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.(?:js|css)$/,
  // The search index grows with the guide: precache it whatever its size.
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  // Pages are written as docs/lambda.html but addressed as docs/lambda (trailingSlash: false), and
  // the worker looks requests up by address: precache them by address.
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) =>
        entry.url.endsWith('.html') && !/(^|\/)index\.html$/.test(entry.url)
          ? {...entry, url: entry.url.slice(0, -'.html'.length)}
          : entry,
      ),
      warnings: [],
    }),
  ],
};

/** A footer column of links to the site's own pages: each link's label, then its path. */
function pageLinks(title: string, pages: Record<string, string>) {
  return {title, items: Object.entries(pages).map(([label, to]) => ({label, to}))};
}

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

  plugins: [
    prismOutOfTheBrowser,
    lightDarkColours,
    pageChunks,
    openData,
    // The questions of each option page's "Check yourself" block, chosen at build time.
    checkYourself,
    // Offline reading and installation. After a reader's first visit, a service worker holds every
    // page, script, style and the search index, so the whole guide, its calculators and search work
    // without a network.
    [
      '@docusaurus/plugin-pwa',
      {
        // Every visitor, not only installed apps: readers study on trains and planes in a tab.
        // (Read by the plugin's own registration; ours, src/pwa/register.ts, always asks for it.)
        offlineModeActivationStrategies: ['always'],
        // Our own registration, after the page is idle, with the update banner: see clientModules.
        swRegister: false,
        // Code for the worker (it takes control of open tabs). The plugin imports it from its own
        // folder; a relative path keeps this machine's folders out of the bundle readers download.
        swCustom: path.relative(
          path.dirname(require.resolve('@docusaurus/plugin-pwa/lib/sw.js')),
          path.resolve(__dirname, 'src/pwa/claimClients.js'),
        ),
        injectManifestConfig: precache as PwaInjectManifest,
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json`},
          // The navbar's background in each colour mode, so an installed window's title bar matches.
          {
            tagName: 'meta',
            name: 'theme-color',
            media: '(prefers-color-scheme: light)',
            content: '#ffffff',
          },
          {
            tagName: 'meta',
            name: 'theme-color',
            media: '(prefers-color-scheme: dark)',
            content: '#242526',
          },
          {tagName: 'link', rel: 'apple-touch-icon', href: `${baseUrl}img/apple-touch-icon.png`},
        ],
      } satisfies PwaOptions,
    ],
  ],

  // Registers the offline service worker once the page is idle (with @docusaurus/plugin-pwa above).
  clientModules: ['./src/pwa/registerWhenIdle.ts'],

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
        pageLinks('Guide', {
          Overview: '/docs/overview',
          'Every limit, with sources': '/docs/limits',
          'Limits that changed': '/docs/limits#changed-and-disputed-limits',
          'Cheat sheet: AIF-C01': '/docs/cheat-sheet/aif-c01',
          'Cheat sheet: MLA-C01': '/docs/cheat-sheet/mla-c01',
        }),
        pageLinks('Tools', {
          'Which option fits?': '/docs/tools/mode-chooser',
          'Timeout checker': '/docs/tools/timeout-checker',
          'Payload-size estimator': '/docs/tools/payload-estimator',
          'Cost comparison': '/docs/tools/cost-comparison',
        }),
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
