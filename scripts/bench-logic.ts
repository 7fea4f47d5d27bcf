// The arithmetic of `npm run bench` and `npm run bench:check`: medians and ranges of Lighthouse
// runs, the interleaved order of the runs, ratios to the template, the budget, the report's
// tables. Plain functions with no I/O, tested in bench-logic.test.ts.
import type {Reference} from '@site/bench/pages';

export type Preset = 'mobile' | 'desktop';
export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

/**
 * What one Lighthouse run of one page gives. Accessibility, best practices and SEO do not depend
 * on load, so only the first round audits them; later rounds leave them null.
 */
export interface LighthouseSample {
  performance: number;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /**
   * Total Blocking Time recomputed from the same run's trace with the main thread's CPU time
   * (times 4, as the mobile simulation multiplies) instead of elapsed time: what the page itself
   * costs, hardly changed by other processes on a busy machine. A diagnostic, not budgeted.
   */
  cpuTbtMs: number;
  cls: number;
  /** Ids of accessibility, best-practice and SEO audits that did not pass. */
  failing: string[];
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface LighthouseSummary {
  runs: number;
  performance: Spread;
  tbtMs: Spread;
  cpuTbtMs: Spread;
  fcpMs: Spread;
  lcpMs: Spread;
  cls: Spread;
  accessibility: Spread;
  bestPractices: Spread;
  seo: Spread;
  failingAudits: string[];
}

export interface Bytes {
  raw: number;
  /** gzip level 9 of the same files: exact and independent of the server. */
  gzip: number;
  files: number;
  /** Bytes on the wire as the server compressed them (only for fetched files). */
  transferred?: number;
}

export interface PageBytes {
  /** Script and stylesheet tags (and script preloads) in the page's HTML. */
  listedJs: Bytes;
  listedCss: Bytes;
  /** What Chromium fetched for a first visit up to a quiet network, prefetches apart. */
  fetchedJs: Bytes;
  fetchedCss: Bytes;
  prefetchedJs: Bytes;
  foreignRequests: string[];
}

export interface MeasuredPage {
  id: string;
  path: string;
  kind: string;
  /** `variant`: another build of the site measured alongside, for an A/B comparison. */
  site: 'site' | 'template' | 'variant';
  /** The variant's name. */
  variant?: string;
  reference?: Reference;
  widgets?: boolean;
  plain?: boolean;
  bytes: PageBytes;
  lighthouse: Partial<Record<Preset, LighthouseSummary>>;
}

export interface LoadReading {
  round: number;
  at: string;
  /** 1, 5 and 15 minute load averages, as `uptime` prints them. */
  loadavg: [number, number, number];
}

export interface Report {
  date: string;
  machine: {cpus: number; load: LoadReading[]};
  server: string;
  browser: string;
  lighthouseVersion: string | null;
  rounds: number;
  build: {seconds: number; peakMemoryMB: number | null} | null;
  templateBuild: {path: string; seconds: number; reused: boolean};
  durationSeconds: number;
  pages: MeasuredPage[];
}

export interface Budget {
  /** Mobile TBT median of every page ≤ this × the TBT median of its template page. */
  mobileTbtMaxRatio: number;
  /** Mobile performance median of every page ≥ this × its template page's. */
  mobilePerformanceMinRatio: number;
  /** First-load JS fetched (gzip) of every page ≤ this × its template page's. */
  fetchedJsGzipMaxRatio: number;
  /** Largest first-load JS a widget page fetches over the plain doc page, KB gzip. */
  widgetOverheadGzipKB: number;
  /** First-load CSS fetched, KB gzip, every page. */
  fetchedCssGzipKB: number;
  foreignRequests: number;
  /** Lowest score of any run, mobile and desktop, every page. */
  categoriesMin: {accessibility: number; bestPractices: number; seo: number};
}

export interface Check {
  label: string;
  value: number;
  limit: number;
  comparison: '≤' | '≥';
  ok: boolean;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function spread(values: readonly number[]): Spread {
  return {median: median(values), min: Math.min(...values), max: Math.max(...values)};
}

export function summarize(samples: readonly LighthouseSample[]): LighthouseSummary {
  const of = (key: Exclude<keyof LighthouseSample, 'failing'>) => {
    const values = samples.flatMap((sample) => (sample[key] === null ? [] : [sample[key]]));
    // No run audited this category: report 0, which fails the budget rather than passing it.
    return values.length > 0 ? spread(values) : {median: 0, min: 0, max: 0};
  };
  return {
    runs: samples.length,
    performance: of('performance'),
    tbtMs: of('tbtMs'),
    cpuTbtMs: of('cpuTbtMs'),
    fcpMs: of('fcpMs'),
    lcpMs: of('lcpMs'),
    cls: of('cls'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    failingAudits: [...new Set(samples.flatMap((sample) => sample.failing))].sort(),
  };
}

/**
 * The order of the Lighthouse runs: every round visits every page once per preset, so a page
 * and the template page it is compared with are measured minutes apart, under the same load,
 * however the load changes over the whole run.
 */
export function interleave<T>(
  pages: readonly T[],
  presets: readonly Preset[],
  rounds: number,
): {round: number; preset: Preset; page: T}[] {
  const order: {round: number; preset: Preset; page: T}[] = [];
  for (let round = 1; round <= rounds; round += 1)
    for (const preset of presets) for (const page of pages) order.push({round, preset, page});
  return order;
}

/** value / reference; a zero reference gives 1 for a zero value and Infinity otherwise. */
export function ratio(value: number, reference: number): number {
  if (reference === 0) return value === 0 ? 1 : Number.POSITIVE_INFINITY;
  return value / reference;
}

/** The template page a site page is judged against. */
export function referenceOf(report: Report, page: MeasuredPage): MeasuredPage {
  const reference = report.pages.find(
    (candidate) => candidate.site === 'template' && candidate.reference === page.reference,
  );
  if (!reference) throw new Error(`no template page for reference '${page.reference}'`);
  return reference;
}

/** The most first-load JS (gzip) a widget page fetches beyond the plain doc page. */
export function widgetOverheadGzip(pages: readonly MeasuredPage[]): number {
  const site = pages.filter((page) => page.site === 'site');
  const plain = site.find((page) => page.plain);
  if (!plain) throw new Error('no page is marked plain');
  const widgets = site.filter((page) => page.widgets);
  if (widgets.length === 0) return 0;
  return Math.max(...widgets.map((page) => page.bytes.fetchedJs.gzip - plain.bytes.fetchedJs.gzip));
}

const kb = (bytes: number) => bytes / 1000;

function check(label: string, value: number, comparison: '≤' | '≥', limit: number): Check {
  const ok = comparison === '≤' ? value <= limit : value >= limit;
  return {label, value, limit, comparison, ok};
}

/**
 * Every figure the budget limits. Ratios compare medians measured in the same interleaved run,
 * so the verdict holds on a quiet and on a busy machine; bytes are exact.
 */
export function checkBudget(report: Report, budget: Budget): Check[] {
  const checks: Check[] = [];
  const site = report.pages.filter((page) => page.site === 'site');
  checks.push(
    check(
      'widget JS over the plain doc page, KB gzip',
      kb(widgetOverheadGzip(report.pages)),
      '≤',
      budget.widgetOverheadGzipKB,
    ),
  );
  for (const page of site) {
    const reference = referenceOf(report, page);
    const name = `${page.path} vs template ${reference.path}`;
    checks.push(
      check(
        `${name}: first-load JS fetched, KB gzip`,
        kb(page.bytes.fetchedJs.gzip),
        '≤',
        Number((budget.fetchedJsGzipMaxRatio * kb(reference.bytes.fetchedJs.gzip)).toFixed(1)),
      ),
      check(
        `${page.path}: first-load CSS fetched, KB gzip`,
        kb(page.bytes.fetchedCss.gzip),
        '≤',
        budget.fetchedCssGzipKB,
      ),
      check(
        `${page.path}: requests to other hosts`,
        page.bytes.foreignRequests.length,
        '≤',
        budget.foreignRequests,
      ),
    );
    const mobile = page.lighthouse.mobile;
    const templateMobile = reference.lighthouse.mobile;
    if (!mobile || !templateMobile) {
      checks.push(check(`${name}: Lighthouse mobile runs`, 0, '≥', 1));
    } else {
      checks.push(
        check(
          `${name}: mobile TBT median, ms`,
          mobile.tbtMs.median,
          '≤',
          budget.mobileTbtMaxRatio * templateMobile.tbtMs.median,
        ),
        check(
          `${name}: mobile performance median`,
          mobile.performance.median,
          '≥',
          budget.mobilePerformanceMinRatio * templateMobile.performance.median,
        ),
      );
    }
    for (const preset of PRESETS) {
      const summary = page.lighthouse[preset];
      if (!summary) {
        checks.push(check(`${page.path}: Lighthouse ${preset} runs`, 0, '≥', 1));
        continue;
      }
      checks.push(
        check(
          `${page.path}: ${preset} accessibility, worst run`,
          summary.accessibility.min,
          '≥',
          budget.categoriesMin.accessibility,
        ),
        check(
          `${page.path}: ${preset} best practices, worst run`,
          summary.bestPractices.min,
          '≥',
          budget.categoriesMin.bestPractices,
        ),
        check(
          `${page.path}: ${preset} SEO, worst run`,
          summary.seo.min,
          '≥',
          budget.categoriesMin.seo,
        ),
      );
    }
  }
  return checks;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '∞';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function formatCheck(entry: Check): string {
  const shown = Number.isInteger(entry.value) ? String(entry.value) : entry.value.toFixed(1);
  const limit = Number.isInteger(entry.limit) ? String(entry.limit) : entry.limit.toFixed(1);
  return `${entry.ok ? 'ok  ' : 'FAIL'} ${entry.label}: ${shown} (budget ${entry.comparison} ${limit})`;
}

function pageName(page: MeasuredPage): string {
  if (page.site === 'template') return `template ${page.path}`;
  return page.variant ? `[${page.variant}] ${page.path}` : page.path;
}

const range = (s: Spread, digits = 0) =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const kbText = (bytes: number) => kb(bytes).toFixed(1);

/** The report as Markdown: Lighthouse medians, ranges and ratios, bytes, machine load. */
export function markdown(report: Report): string {
  const lines: string[] = [
    `# Benchmark, ${report.date}`,
    '',
    `Lighthouse ${report.lighthouseVersion ?? 'not run'} (${report.browser}), ${report.rounds} interleaved rounds; ` +
      `server: ${report.server}. Medians with the range of all runs in brackets; ratios divide ` +
      `a page's median by the median of its template page (/docs/intro for doc pages, / for the home page). ` +
      `CPU TBT: the same runs' blocking time counted in main-thread CPU time ×4 (see bench/README.md).`,
    '',
  ];
  for (const preset of PRESETS) {
    if (!report.pages.some((page) => page.lighthouse[preset])) continue;
    lines.push(
      `## Lighthouse ${preset}`,
      '',
      '| page | performance | ÷ template | TBT ms | ÷ template | CPU TBT ms | ÷ template | ' +
        'FCP ms | LCP ms | CLS | a11y / BP / SEO (worst) |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const page of report.pages) {
      const s = page.lighthouse[preset];
      if (!s) continue;
      const reference = page.site === 'template' ? s : referenceOf(report, page).lighthouse[preset];
      const perfRatio = reference ? ratio(s.performance.median, reference.performance.median) : NaN;
      const tbtRatio = reference ? ratio(s.tbtMs.median, reference.tbtMs.median) : NaN;
      const cpuRatio = reference ? ratio(s.cpuTbtMs.median, reference.cpuTbtMs.median) : NaN;
      lines.push(
        `| ${pageName(page)} | ${range(s.performance)} | ${formatNumber(perfRatio)} | ` +
          `${range(s.tbtMs)} | ${formatNumber(tbtRatio)} | ${range(s.cpuTbtMs)} | ` +
          `${formatNumber(cpuRatio)} | ${range(s.fcpMs)} | ${range(s.lcpMs)} | ` +
          `${s.cls.median.toFixed(3)} | ${s.accessibility.min} / ${s.bestPractices.min} / ` +
          `${s.seo.min} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## First-load bytes (KB of 1,000 bytes; gzip level 9 of the files, transferred as served)',
    '',
    '| page | JS fetched gzip | ÷ template | JS fetched raw | JS transferred | JS in HTML ' +
      'gzip | CSS fetched gzip | prefetched JS gzip | other hosts |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const page of report.pages) {
    const b = page.bytes;
    const reference = page.site === 'template' ? b : referenceOf(report, page).bytes;
    lines.push(
      `| ${pageName(page)} | ${kbText(b.fetchedJs.gzip)} | ` +
        `${formatNumber(ratio(b.fetchedJs.gzip, reference.fetchedJs.gzip))} | ` +
        `${kbText(b.fetchedJs.raw)} | ${kbText(b.fetchedJs.transferred ?? 0)} | ` +
        `${kbText(b.listedJs.gzip)} | ${kbText(b.fetchedCss.gzip)} | ` +
        `${kbText(b.prefetchedJs.gzip)} | ${b.foreignRequests.length} |`,
    );
  }
  const siteBuild = report.build
    ? `${report.build.seconds.toFixed(0)} s, peak memory ${report.build.peakMemoryMB ?? 'n/a'} MB`
    : 'reused';
  const templateBuild = report.templateBuild.reused
    ? 'reused from the cache'
    : `${report.templateBuild.seconds.toFixed(0)} s`;
  // A run of chosen pages (`--pages`) may leave out the plain doc page the overhead is measured from.
  const plainMeasured = report.pages.some((page) => page.site === 'site' && page.plain);
  lines.push(
    '',
    plainMeasured
      ? `Widgets add at most ${kbText(widgetOverheadGzip(report.pages))} KB gzip of first-load JS ` +
          'over the plain doc page.'
      : 'Widget overhead not measured: this run left out the plain doc page.',
    '',
    '## Machine',
    '',
    `${report.machine.cpus} CPUs. Load average (1, 5, 15 min) at the start of each round: ` +
      report.machine.load
        .map(
          (reading) =>
            `${reading.round === 0 ? 'end' : `round ${reading.round}`} ` +
            `${reading.loadavg.map((n) => n.toFixed(2)).join(' ')}`,
        )
        .join('; ') +
      '.',
    '',
    `Site build: ${siteBuild}. Template build: ${templateBuild}. ` +
      `Whole benchmark: ${(report.durationSeconds / 60).toFixed(1)} min.`,
  );
  return `${lines.join('\n')}\n`;
}
