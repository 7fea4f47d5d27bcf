import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {
  checkBudget,
  formatCheck,
  interleave,
  markdown,
  median,
  ratio,
  spread,
  summarize,
  widgetOverheadGzip,
  type Budget,
  type LighthouseSample,
  type LighthouseSummary,
  type MeasuredPage,
  type Report,
} from './bench-logic';

const BUDGET: Budget = {
  mobileTbtMaxRatio: 0.5,
  mobilePerformanceMinRatio: 1,
  fetchedJsGzipMaxRatio: 1,
  widgetOverheadGzipKB: 20,
  fetchedCssGzipKB: 25,
  foreignRequests: 0,
  categoriesMin: {accessibility: 100, bestPractices: 100, seo: 100},
};

function sample(overrides: Partial<LighthouseSample> = {}): LighthouseSample {
  return {
    performance: 90,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    fcpMs: 1000,
    lcpMs: 1500,
    tbtMs: 200,
    cpuTbtMs: 150,
    cls: 0,
    failing: [],
    ...overrides,
  };
}

function summary(overrides: Partial<LighthouseSample> = {}): LighthouseSummary {
  return summarize([sample(overrides)]);
}

const bytes = (gzip: number) => ({raw: gzip * 3, gzip, files: 3});

function page(
  overrides: Partial<MeasuredPage> & {jsGzip?: number; mobile?: Partial<LighthouseSample>},
): MeasuredPage {
  const {jsGzip = 150_000, mobile = {}, ...rest} = overrides;
  return {
    id: 'doc',
    path: '/docs/x',
    kind: 'doc',
    site: 'site',
    reference: 'doc',
    bytes: {
      listedJs: bytes(jsGzip),
      listedCss: bytes(15_000),
      fetchedJs: bytes(jsGzip),
      fetchedCss: bytes(15_000),
      prefetchedJs: bytes(0),
      foreignRequests: [],
    },
    lighthouse: {mobile: summary(mobile), desktop: summary({performance: 99, tbtMs: 0})},
    ...rest,
  };
}

function report(pages: MeasuredPage[]): Report {
  return {
    date: '2026-11-29T00:00:00.000Z',
    machine: {cpus: 2, load: [{round: 1, at: '', loadavg: [1, 2, 3]}]},
    server: 'serve',
    browser: 'Chromium',
    lighthouseVersion: '12.2.3',
    rounds: 1,
    build: null,
    templateBuild: {path: 'x', seconds: 0, reused: true},
    durationSeconds: 60,
    pages,
  };
}

const templateDoc = page({
  id: 'template-doc',
  path: '/docs/intro',
  site: 'template',
  jsGzip: 176_000,
  mobile: {performance: 80, tbtMs: 600},
});
const templateHome = page({
  id: 'template-home',
  path: '/',
  site: 'template',
  reference: 'home',
  jsGzip: 171_000,
  mobile: {performance: 86, tbtMs: 500},
});
const plain = page({id: 'tools', path: '/docs/tools', plain: true, jsGzip: 160_000});
const widget = page({id: 'w', path: '/docs/w', widgets: true, jsGzip: 170_000});

const failed = (checks: ReturnType<typeof checkBudget>) =>
  checks.filter((c) => !c.ok).map((c) => c.label);

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
  });
  it('refuses an empty list instead of returning NaN', () => {
    assert.throws(() => median([]), /no values/);
  });
  it('lies between the smallest and largest value, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -1e6, max: 1e6}), {minLength: 1}), (values) => {
        const s = spread(values);
        assert.ok(s.min <= s.median && s.median <= s.max);
        assert.equal(median([...values].reverse()), s.median);
      }),
    );
  });
  it('summarizes runs per metric and merges failing audits', () => {
    const s = summarize([
      sample({tbtMs: 100, failing: ['color-contrast']}),
      sample({tbtMs: 900, accessibility: 96, failing: ['color-contrast', 'image-alt']}),
      sample({tbtMs: 300}),
    ]);
    assert.deepEqual(s.tbtMs, {median: 300, min: 100, max: 900});
    assert.equal(s.accessibility.min, 96);
    assert.deepEqual(s.failingAudits, ['color-contrast', 'image-alt']);
    assert.equal(s.runs, 3);
  });
  it('summarizes categories over the runs that audited them, and fails none audited', () => {
    const s = summarize([
      sample({seo: 92}),
      sample({accessibility: null, bestPractices: null, seo: null}),
    ]);
    assert.deepEqual(s.seo, {median: 92, min: 92, max: 92});
    const none = summarize([sample({accessibility: null})]);
    assert.equal(none.accessibility.min, 0);
  });
});

describe('interleave', () => {
  it('visits every page once per preset in every round, rounds in order', () => {
    const order = interleave(['t', 'a', 'b'], ['mobile', 'desktop'], 2);
    assert.deepEqual(
      order.map((o) => `${o.round}${o.preset[0]}${o.page}`),
      ['1mt', '1ma', '1mb', '1dt', '1da', '1db', '2mt', '2ma', '2mb', '2dt', '2da', '2db'],
    );
  });
  it('never runs a page twice before every other page has run', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 5}), (pages, rounds) => {
        const ids = Array.from({length: pages}, (_, i) => i);
        const order = interleave(ids, ['mobile'], rounds);
        assert.equal(order.length, pages * rounds);
        order.forEach((entry, i) => assert.equal(entry.page, i % pages));
      }),
    );
  });
});

describe('ratio', () => {
  it('divides, and treats a zero reference without dividing by zero', () => {
    assert.equal(ratio(300, 600), 0.5);
    assert.equal(ratio(0, 0), 1);
    assert.equal(ratio(10, 0), Number.POSITIVE_INFINITY);
  });
});

describe('widget overhead', () => {
  it('is the largest first-load JS of a widget page beyond the plain page', () => {
    const other = page({id: 'w2', widgets: true, jsGzip: 165_000});
    assert.equal(widgetOverheadGzip([templateDoc, plain, widget, other]), 10_000);
  });
  it('ignores the template and variants', () => {
    const variant = page({id: 'v:w', site: 'variant', widgets: true, jsGzip: 400_000});
    assert.equal(widgetOverheadGzip([templateDoc, plain, widget, variant]), 10_000);
  });
  it('needs a plain page to compare with', () => {
    assert.throws(() => widgetOverheadGzip([widget]), /plain/);
  });
});

describe('checkBudget', () => {
  it('passes a page at exactly half the template TBT and the same score', () => {
    const ok = page({id: 'ok', mobile: {tbtMs: 300, performance: 80}});
    assert.deepEqual(
      failed(checkBudget(report([templateDoc, templateHome, plain, ok]), BUDGET)),
      [],
    );
  });
  it('fails a page with blocking time over half the template’s, and says which', () => {
    const slow = page({id: 'slow', path: '/docs/slow', mobile: {tbtMs: 301}});
    const labels = failed(checkBudget(report([templateDoc, templateHome, plain, slow]), BUDGET));
    assert.deepEqual(labels, ['/docs/slow vs template /docs/intro: mobile TBT median, ms']);
  });
  it('fails a page scoring under the template', () => {
    const low = page({id: 'low', path: '/docs/low', mobile: {tbtMs: 0, performance: 79}});
    const labels = failed(checkBudget(report([templateDoc, templateHome, plain, low]), BUDGET));
    assert.deepEqual(labels, ['/docs/low vs template /docs/intro: mobile performance median']);
  });
  it('judges the home page against the template home page', () => {
    // 260 ms is under half the template doc page's 600 ms, but over half its home page's 500 ms.
    const home = page({id: 'home', path: '/', reference: 'home', mobile: {tbtMs: 260}});
    const labels = failed(checkBudget(report([templateDoc, templateHome, plain, home]), BUDGET));
    assert.deepEqual(labels, ['/ vs template /: mobile TBT median, ms']);
  });
  it('fails JS heavier than the template’s, widget overhead, foreign requests, CSS', () => {
    const heavy = page({id: 'heavy', path: '/docs/heavy', widgets: true, jsGzip: 181_000});
    heavy.bytes.foreignRequests.push('https://fonts.example/font.woff2');
    heavy.bytes.fetchedCss = bytes(26_000);
    const labels = failed(checkBudget(report([templateDoc, templateHome, plain, heavy]), BUDGET));
    assert.deepEqual(labels, [
      'widget JS over the plain doc page, KB gzip',
      '/docs/heavy vs template /docs/intro: first-load JS fetched, KB gzip',
      '/docs/heavy: first-load CSS fetched, KB gzip',
      '/docs/heavy: requests to other hosts',
    ]);
  });
  it('fails a single run under 100 in accessibility, in either preset', () => {
    const flaky = page({id: 'flaky', path: '/docs/flaky'});
    flaky.lighthouse.desktop = summarize([sample(), sample({accessibility: 96}), sample()]);
    const labels = failed(checkBudget(report([templateDoc, templateHome, plain, flaky]), BUDGET));
    assert.deepEqual(labels, ['/docs/flaky: desktop accessibility, worst run']);
  });
  it('fails when Lighthouse did not run, rather than passing silently', () => {
    const none = page({id: 'none', path: '/docs/none', lighthouse: {}});
    const labels = failed(checkBudget(report([templateDoc, templateHome, plain, none]), BUDGET));
    assert.deepEqual(labels, [
      '/docs/none vs template /docs/intro: Lighthouse mobile runs',
      '/docs/none: Lighthouse mobile runs',
      '/docs/none: Lighthouse desktop runs',
    ]);
  });
  it('does not hold variants measured for an A/B comparison to the budget', () => {
    const variant = page({id: 'v:x', site: 'variant', mobile: {tbtMs: 5000}});
    assert.deepEqual(
      failed(checkBudget(report([templateDoc, templateHome, plain, variant]), BUDGET)),
      [],
    );
  });
  it('prints each figure with its limit', () => {
    const [first] = checkBudget(report([templateDoc, templateHome, plain, widget]), BUDGET);
    assert.ok(first);
    assert.equal(
      formatCheck(first),
      'ok   widget JS over the plain doc page, KB gzip: 10 (budget ≤ 20)',
    );
  });
});

describe('markdown', () => {
  it('shows medians, ranges and ratios to the template page', () => {
    const slow = page({id: 'slow', path: '/docs/slow'});
    slow.lighthouse.mobile = summarize([
      sample({tbtMs: 100}),
      sample({tbtMs: 300}),
      sample({tbtMs: 900}),
    ]);
    const text = markdown(report([templateDoc, templateHome, plain, slow]));
    assert.match(
      text,
      /\| \/docs\/slow \| 90 \(90–90\) \| 1\.13 \| 300 \(100–900\) \| 0\.50 \| 150 \(150–150\) \| 1 \|/,
    );
    assert.match(text, /\| template \/docs\/intro \| 80 \(80–80\) \| 1 \| 600 \(600–600\) \| 1 \|/);
    assert.match(text, /Widgets add at most 0\.0 KB gzip/);
  });

  it('writes the report of a run that left out the plain doc page, without the widget overhead', () => {
    const text = markdown(
      report([templateDoc, templateHome, page({id: 'slow', path: '/docs/slow'})]),
    );
    assert.match(text, /\| \/docs\/slow \|/);
    assert.match(text, /Widget overhead not measured: this run left out the plain doc page\./);
    assert.doesNotMatch(text, /Widgets add at most/);
  });
});
