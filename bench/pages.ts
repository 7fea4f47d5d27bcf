// The pages `npm run bench` measures. To measure a new page, add a line to SITE_PAGES: its id
// (short, unique), its path, what kind of page it is, and which template page it is judged against
// (`doc` for any documentation page, `home` for the home page). Mark pages with calculators
// `widgets: true`: the budget limits how much JavaScript they add over the plain page.

export type Reference = 'doc' | 'home';

export interface BenchPage {
  id: string;
  path: string;
  kind: string;
  /** The template page whose figures this page's are divided by. */
  reference: Reference;
  /** A page with one or more calculators. */
  widgets?: boolean;
  /** The plain doc page that widget pages are compared with (exactly one). */
  plain?: boolean;
}

export const SITE_PAGES: BenchPage[] = [
  {id: 'home', path: '/', kind: 'home page', reference: 'home'},
  {id: 'tools', path: '/docs/tools', kind: 'plain doc page', reference: 'doc', plain: true},
  {id: 'limits', path: '/docs/limits', kind: 'every limits table', reference: 'doc'},
  {
    id: 'serverless',
    path: '/docs/serverless',
    kind: 'option page, two calculators',
    reference: 'doc',
    widgets: true,
  },
  {
    id: 'overview',
    path: '/docs/overview',
    kind: 'overview, summary table, mode chooser',
    reference: 'doc',
    widgets: true,
  },
  {
    id: 'mode-chooser',
    path: '/docs/tools/mode-chooser',
    kind: 'tool page',
    reference: 'doc',
    widgets: true,
  },
  {
    id: 'timeout-checker',
    path: '/docs/tools/timeout-checker',
    kind: 'tool page',
    reference: 'doc',
    widgets: true,
  },
  {
    id: 'payload-estimator',
    path: '/docs/tools/payload-estimator',
    kind: 'tool page',
    reference: 'doc',
    widgets: true,
  },
];

/** The vanilla classic template's pages that every figure is divided by. */
export const TEMPLATE_PAGES: Record<Reference, {id: string; path: string; kind: string}> = {
  doc: {id: 'template-doc', path: '/docs/intro', kind: 'template doc page'},
  home: {id: 'template-home', path: '/', kind: 'template home page'},
};
