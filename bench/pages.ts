// The pages `npm run bench` measures. To measure a new documentation page, add one line to
// SITE_PAGES: `doc(id, path, kind)` with a short unique id, the page's path and what kind of page
// it is; add `{widgets: true}` when it has calculators (the budget limits how much JavaScript they
// add over the plain page). bench/pages.test.ts checks that every path is a page of docs/.

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

/** A documentation page, judged against the template's doc page. */
function doc(id: string, path: string, kind: string, more: Partial<BenchPage> = {}): BenchPage {
  return {id, path, kind, reference: 'doc', ...more};
}

export const SITE_PAGES: BenchPage[] = [
  {id: 'home', path: '/', kind: 'home page', reference: 'home'},
  doc('tools', '/docs/tools', 'plain doc page', {plain: true}),
  doc('limits', '/docs/limits', 'every limits table'),
  doc('serverless', '/docs/serverless', 'option page, two calculators', {widgets: true}),
  doc('overview', '/docs/overview', 'overview, summary table, mode chooser', {widgets: true}),
  doc('mode-chooser', '/docs/tools/mode-chooser', 'tool page', {widgets: true}),
  doc('timeout-checker', '/docs/tools/timeout-checker', 'tool page', {widgets: true}),
  doc('payload-estimator', '/docs/tools/payload-estimator', 'tool page', {widgets: true}),
  doc('cost-comparison', '/docs/tools/cost-comparison', 'tool page', {widgets: true}),
  doc('practice', '/docs/practice', 'practice questions', {widgets: true}),
  doc('flashcards', '/docs/practice/flashcards', 'flashcards', {widgets: true}),
  doc('cheat-sheet', '/docs/cheat-sheet/mla-c01', 'cheat sheet'),
  doc('all-questions', '/docs/practice/questions', 'every practice question, answers closed'),
  // New pages go here, one line each.
];

/** The vanilla classic template's pages that every figure is divided by. */
export const TEMPLATE_PAGES: Record<Reference, {id: string; path: string; kind: string}> = {
  doc: {id: 'template-doc', path: '/docs/intro', kind: 'template doc page'},
  home: {id: 'template-home', path: '/', kind: 'template home page'},
};
