// `npm run bench`: builds the site once and measures what readers download and how fast pages are.
//
//  1. A cold production build: wall time and peak memory (Linux: the kernel's VmHWM).
//  2. For each measured page, the first-load JavaScript and CSS, raw and gzip (level 9):
//     - as listed in the built HTML (script tags and preloaded scripts, stylesheets);
//     - as fetched by Chromium, route chunks included, with prefetches counted apart,
//       plus every request that leaves the site's origin.
//  3. Lighthouse (mobile and desktop presets), the median of several runs per page, behind
//     `serve`, a static server that compresses responses like most hosts do.
//
// Writes bench/results/latest.json and bench/results/latest.md. `npm run bench:check` compares
// them with bench/budget.json. Options: --runs N (Lighthouse runs per page and preset, default 3),
// --skip-build (measure the existing build/), --no-lighthouse.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {setTimeout as wait} from 'node:timers/promises';
import {gzipSync} from 'node:zlib';
import {ensureBrowser, ensureDependencies, root} from './steps.mjs';

// A fresh clone has neither dependencies nor, perhaps, a browser: provide both first.
ensureDependencies();
ensureBrowser();
const {chromium} = await import('playwright-core');
const {findChromium, launchOptions} = await import('./browser.mjs');

export const PAGES = [
  {id: 'home', path: '/', kind: 'home'},
  {id: 'doc', path: '/docs/tools', kind: 'plain doc page (prose, a list, a few limits)'},
  {id: 'limits', path: '/docs/limits', kind: 'doc page with every limits table'},
  {id: 'option', path: '/docs/serverless', kind: 'option page (with widgets)'},
  {id: 'overview', path: '/docs/overview', kind: 'overview (summary table, mode chooser)'},
  {id: 'mode-chooser', path: '/docs/tools/mode-chooser', kind: 'widget page'},
  {id: 'timeout-checker', path: '/docs/tools/timeout-checker', kind: 'widget page'},
  {id: 'payload-estimator', path: '/docs/tools/payload-estimator', kind: 'widget page'},
  {id: 'cost-comparison', path: '/docs/tools/cost-comparison', kind: 'widget page'},
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const skipBuild = args.includes('--skip-build');
const withLighthouse = !args.includes('--no-lighthouse');
const buildDir = path.join(root, 'build');

function log(message) {
  console.log(`[bench] ${message}`);
}

/** Runs a command, returning wall time and (on Linux) the peak resident memory of its process. */
function measuredRun(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs, {cwd: root, stdio: ['ignore', 'inherit', 'inherit']});
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (hwm > peakKb) peakKb = hwm;
      } catch {
        // Not Linux, or the process has just ended.
      }
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`));
      else resolve({seconds, peakMemoryMB: peakKb ? Math.round(peakKb / 1024) : null});
    });
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(port) {
  const config = path.join(root, 'bench', 'serve.json');
  const server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'serve', 'build', 'main.js'),
      buildDir,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-port-switching',
      '--config',
      config,
    ],
    {cwd: root, stdio: 'ignore'},
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await wait(100);
  }
  server.kill();
  throw new Error('the static server did not start');
}

function fileFor(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '');
  return path.join(buildDir, clean);
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content, {level: 9}).length;
  }
  return {raw, gzip, files: files.length};
}

function htmlFile(pagePath) {
  if (pagePath === '/') return path.join(buildDir, 'index.html');
  const direct = path.join(buildDir, `${pagePath}.html`);
  return existsSync(direct) ? direct : path.join(buildDir, pagePath, 'index.html');
}

/** An attribute's value in a tag, quoted or not (the minified HTML drops quotes). */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The JS and CSS a page's HTML asks for before any script runs. */
function listedBytes(pagePath) {
  const html = readFileSync(htmlFile(pagePath), 'utf8');
  const scripts = new Set();
  const styles = new Set();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(match[0], 'src');
    if (src) scripts.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = attribute(tag, 'href');
    const rel = attribute(tag, 'rel');
    if (!href) continue;
    if (rel === 'stylesheet') styles.add(href);
    else if (
      (rel === 'preload' || rel === 'modulepreload') &&
      (attribute(tag, 'as') === 'script' || rel === 'modulepreload')
    )
      scripts.add(href);
  }
  const local = (urls) =>
    [...urls]
      .filter((u) => u.startsWith('/'))
      .map(fileFor)
      .filter((f) => existsSync(f));
  return {js: sizes(local(scripts)), css: sizes(local(styles))};
}

/** What Chromium actually fetches for a first visit, after hydration and a quiet second. */
async function fetchedBytes(browser, origin, pagePath) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({requestId, request, type}) => {
    const purpose =
      request.headers.Purpose ?? request.headers['Sec-Purpose'] ?? request.headers.purpose ?? '';
    requests.set(requestId, {
      url: request.url,
      type,
      prefetch: /prefetch/i.test(purpose),
      transferred: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    const entry = requests.get(requestId);
    if (entry) entry.transferred = encodedDataLength;
  });
  await page.goto(origin + pagePath, {waitUntil: 'load'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.waitForLoadState('networkidle');
  await wait(1000);
  await context.close();

  const all = [...requests.values()];
  const foreign = all
    .filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:'))
    .map((r) => r.url);
  const pick = (type, prefetch) =>
    all.filter(
      (r) =>
        r.url.startsWith(origin) &&
        r.prefetch === prefetch &&
        (type === 'Script'
          ? r.type === 'Script' || (prefetch && r.url.endsWith('.js'))
          : r.type === 'Stylesheet' || (prefetch && r.url.endsWith('.css'))),
    );
  const measure = (list) => {
    const files = [...new Set(list.map((r) => fileFor(new URL(r.url).pathname)))].filter(
      (f) => existsSync(f) && statSync(f).isFile(),
    );
    return {...sizes(files), transferred: list.reduce((sum, r) => sum + r.transferred, 0)};
  };
  return {
    js: measure(pick('Script', false)),
    css: measure(pick('Stylesheet', false)),
    prefetchedJs: measure(pick('Script', true)),
    foreignRequests: foreign,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function lighthouseRuns(origin, pages) {
  const {default: lighthouse} = await import('lighthouse');
  const {default: desktopConfig} = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const found = findChromium();
  const flags = [...(launchOptions().args ?? []), '--headless=new'];
  const chrome = await chromeLauncher.launch({
    chromePath: found?.executablePath,
    chromeFlags: flags,
    logLevel: 'silent',
  });
  const results = {};
  try {
    for (const preset of ['mobile', 'desktop']) {
      for (const page of pages) {
        const samples = [];
        for (let run = 0; run < runs; run += 1) {
          const result = await lighthouse(
            origin + page.path,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result?.lhr;
          if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
          const failing = (id) =>
            (lhr.categories[id]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => ref.id);
          samples.push({
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
            lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
            tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
            cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
            failing: [
              ...new Set([
                ...failing('accessibility'),
                ...failing('best-practices'),
                ...failing('seo'),
              ]),
            ],
          });
          log(
            `lighthouse ${preset} ${page.path} run ${run + 1}/${runs}: performance ${samples.at(-1).performance}`,
          );
        }
        const m = (key) => median(samples.map((s) => s[key]));
        results[`${preset}:${page.id}`] = {
          preset,
          page: page.id,
          runs: samples.length,
          performance: m('performance'),
          performanceRange: [
            Math.min(...samples.map((s) => s.performance)),
            Math.max(...samples.map((s) => s.performance)),
          ],
          accessibility: m('accessibility'),
          bestPractices: m('bestPractices'),
          seo: m('seo'),
          fcpMs: m('fcpMs'),
          lcpMs: m('lcpMs'),
          tbtMs: m('tbtMs'),
          cls: m('cls'),
          failingAudits: [...new Set(samples.flatMap((s) => s.failing))],
        };
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

function markdown(report) {
  const lines = [
    `# Benchmark, ${report.date}`,
    '',
    `Build: ${report.build ? `${report.build.seconds.toFixed(1)} s wall time (cold), peak memory ${report.build.peakMemoryMB ?? 'n/a'} MB` : 'skipped'}. Server: ${report.server}. Lighthouse ${report.lighthouseVersion ?? 'not run'}, median of ${report.runs} runs.`,
    '',
    '## First-load bytes (KB of 1,000 bytes; gzip level 9 unless marked transferred)',
    '',
    '| page | JS listed raw | JS listed gzip | CSS listed gzip | JS fetched raw | JS fetched gzip | JS transferred | CSS fetched gzip | prefetched JS gzip | requests to other hosts |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const page of report.pages) {
    const {listed, fetched} = page;
    lines.push(
      `| ${page.path} | ${kb(listed.js.raw)} | ${kb(listed.js.gzip)} | ${kb(listed.css.gzip)} | ${kb(fetched.js.raw)} | ${kb(fetched.js.gzip)} | ${kb(fetched.js.transferred)} | ${kb(fetched.css.gzip)} | ${kb(fetched.prefetchedJs.gzip)} | ${fetched.foreignRequests.length} |`,
    );
  }
  lines.push(
    '',
    `Widgets add at most ${kb(report.widgetOverheadGzip)} KB gzip of first-load JS over the plain doc page (${report.plainDocPath}), as fetched.`,
  );
  if (report.lighthouse) {
    lines.push(
      '',
      '## Lighthouse (median)',
      '',
      '| page | preset | performance (range) | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | audits not passed |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const entry of Object.values(report.lighthouse)) {
      const page = report.pages.find((p) => p.id === entry.page);
      lines.push(
        `| ${page?.path} | ${entry.preset} | ${entry.performance} (${entry.performanceRange.join('-')}) | ${entry.accessibility} | ${entry.bestPractices} | ${entry.seo} | ${entry.fcpMs} | ${entry.lcpMs} | ${entry.tbtMs} | ${entry.cls} | ${entry.failingAudits.join(', ') || '–'} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  let build = null;
  if (!skipBuild) {
    log('cold build (docusaurus clear, then docusaurus build)');
    await measuredRun(process.execPath, [
      path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      'clear',
    ]);
    build = await measuredRun(process.execPath, [
      path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      'build',
    ]);
    log(`build took ${build.seconds.toFixed(1)} s, peak memory ${build.peakMemoryMB ?? 'n/a'} MB`);
  }
  if (!existsSync(path.join(buildDir, 'index.html')))
    throw new Error('No build/ to measure: run without --skip-build.');

  const port = await freePort();
  const server = await startServer(port);
  const origin = `http://127.0.0.1:${port}`;
  try {
    const browser = await chromium.launch(launchOptions());
    const pages = [];
    for (const page of PAGES) {
      pages.push({
        ...page,
        listed: listedBytes(page.path),
        fetched: await fetchedBytes(browser, origin, page.path),
      });
      log(`bytes measured for ${page.path}`);
    }
    await browser.close();

    const plain = pages.find((p) => p.id === 'doc');
    const widgetPages = pages.filter(
      (p) => p.kind === 'widget page' || p.id === 'option' || p.id.startsWith('overview'),
    );
    const widgetOverheadGzip = Math.max(
      ...widgetPages.map((p) => p.fetched.js.gzip - (plain?.fetched.js.gzip ?? 0)),
    );

    const lighthouse = withLighthouse ? await lighthouseRuns(origin, PAGES) : null;
    const lighthouseVersion = withLighthouse
      ? JSON.parse(
          readFileSync(path.join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
        ).version
      : null;
    const report = {
      date: new Date().toISOString(),
      server: '`serve` (compression middleware: gzip or brotli as the browser asks), clean URLs',
      runs,
      lighthouseVersion,
      build,
      plainDocPath: plain?.path,
      widgetOverheadGzip,
      pages,
      lighthouse,
    };
    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, {recursive: true});
    writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    const md = markdown(report);
    writeFileSync(path.join(out, 'latest.md'), md);
    console.log(`\n${md}`);
    log(
      'wrote bench/results/latest.json and bench/results/latest.md; compare with `npm run bench:check`',
    );
  } finally {
    server.kill();
  }
}

await main();
