// The work of `npm run bench` (scripts/bench.mjs installs what is missing, then runs this with tsx).
//
//  1. Builds the site (or reuses build/ with --skip-build) and the vanilla Docusaurus template of
//     the same version (or reuses it from node_modules/.cache; see bench-template.ts).
//  2. Serves both builds the same way: `serve` (compressing, clean URLs, bench/serve.json), one
//     port each.
//  3. Bytes: for each page, the JS and CSS its HTML lists and what Chromium actually fetches on a
//     first visit (prefetches apart), gzip level 9 of those files, and any request to another host.
//  4. Lighthouse 12 (Node API), mobile and desktop presets, interleaved: each round measures the
//     template's doc and home pages and then every page of bench/pages.ts, once per preset.
//
// Writes bench/results/latest.json (summary), latest.md (tables) and samples.json (every run).
// Options:
//   --runs N               rounds of Lighthouse runs (default 5)
//   --skip-build           measure the existing build/
//   --rebuild-template     rebuild the cached template
//   --no-lighthouse        bytes only
//   --presets mobile       only these presets (comma-separated)
//   --pages id,id          only these pages of bench/pages.ts (the template pages are always run)
//   --variant name=dir     also measure another build of this site (same pages, same rounds), for A/B
//   --port N               first port to serve on (default BENCH_PORT or a free port)
//   --out dir              where to write the results (default bench/results)
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import path from 'node:path';
import {setTimeout as wait} from 'node:timers/promises';
import {gzipSync} from 'node:zlib';
import type {ChildProcess} from 'node:child_process';
import type {Browser} from 'playwright-core';
import {SITE_PAGES, TEMPLATE_PAGES, type BenchPage} from '@site/bench/pages';
import {findChromium, launchOptions} from '@site/scripts/browser.mjs';
import {ensureTemplateBuild} from '@site/scripts/bench-template';
import {freePort, serveBuild} from '@site/scripts/bench-serve';
import {analyzeTrace, type TraceEvent} from '@site/scripts/bench-trace-analysis';
import {
  interleave,
  markdown,
  PRESETS,
  summarize,
  type Bytes,
  type LighthouseSample,
  type LoadReading,
  type MeasuredPage,
  type PageBytes,
  type Preset,
  type Report,
} from '@site/scripts/bench-logic';

const root = path.resolve(__dirname, '..');

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}
const flag = (name: string) => process.argv.slice(2).includes(`--${name}`);
const list = (name: string) => option(name)?.split(',').filter(Boolean);

function log(message: string): void {
  console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${message}`);
}

/** A build of something to measure, and the pages to measure in it. */
interface Target {
  label: string;
  site: MeasuredPage['site'];
  dir: string;
  pages: BenchPage[];
  origin?: string;
  server?: ChildProcess;
}

function measuredRun(
  command: string,
  args: string[],
): Promise<{seconds: number; peakMemoryMB: number | null}> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {cwd: root, stdio: ['ignore', 'inherit', 'inherit']});
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // Not Linux, or the process has just ended.
      }
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({seconds, peakMemoryMB: peakKb ? Math.round(peakKb / 1024) : null});
    });
  });
}

function fileFor(dir: string, urlPath: string): string {
  return path.join(dir, decodeURIComponent(urlPath.split('?')[0] ?? ''));
}

function sizes(files: string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content, {level: 9}).length;
  }
  return {raw, gzip, files: files.length};
}

function htmlFile(dir: string, pagePath: string): string {
  const candidates =
    pagePath === '/'
      ? [path.join(dir, 'index.html')]
      : [path.join(dir, `${pagePath}.html`), path.join(dir, pagePath, 'index.html')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(
      `no HTML file for ${pagePath} in ${dir}: is it in bench/pages.ts but not built?`,
    );
  return found;
}

/** An attribute's value in a tag, quoted or not (minified HTML drops quotes). */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The JS and CSS a page's HTML asks for before any script runs. */
function listedBytes(dir: string, pagePath: string): {js: Bytes; css: Bytes} {
  const html = readFileSync(htmlFile(dir, pagePath), 'utf8');
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(match[0], 'src');
    if (src) scripts.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(match[0], 'href');
    const rel = attribute(match[0], 'rel');
    if (!href) continue;
    if (rel === 'stylesheet') styles.add(href);
    else if (
      rel === 'modulepreload' ||
      (rel === 'preload' && attribute(match[0], 'as') === 'script')
    )
      scripts.add(href);
  }
  const local = (urls: Set<string>) =>
    [...urls]
      .filter((url) => url.startsWith('/'))
      .map((url) => fileFor(dir, url))
      .filter((file) => existsSync(file));
  return {js: sizes(local(scripts)), css: sizes(local(styles))};
}

interface Request {
  url: string;
  type: string;
  prefetch: boolean;
  transferred: number;
}

/** What Chromium fetches for a first visit, up to hydration and a quiet network. */
async function fetchedBytes(
  browser: Browser,
  target: Target,
  pagePath: string,
): Promise<Omit<PageBytes, 'listedJs' | 'listedCss'>> {
  const origin = target.origin as string;
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', ({requestId, request, type}) => {
    const headers = request.headers as Record<string, string | undefined>;
    const purpose = headers.Purpose ?? headers['Sec-Purpose'] ?? headers.purpose ?? '';
    requests.set(requestId, {
      url: request.url,
      type: type ?? 'Other',
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
  const own = all.filter((request) => request.url.startsWith(origin));
  const pick = (kind: 'js' | 'css', prefetch: boolean) =>
    own.filter(
      (request) =>
        request.prefetch === prefetch &&
        (kind === 'js'
          ? request.type === 'Script' || (prefetch && request.url.endsWith('.js'))
          : request.type === 'Stylesheet' || (prefetch && request.url.endsWith('.css'))),
    );
  const measure = (chosen: Request[]): Bytes => {
    const files = [
      ...new Set(chosen.map((request) => fileFor(target.dir, new URL(request.url).pathname))),
    ].filter((file) => existsSync(file) && statSync(file).isFile());
    return {
      ...sizes(files),
      transferred: chosen.reduce((sum, request) => sum + request.transferred, 0),
    };
  };
  return {
    fetchedJs: measure(pick('js', false)),
    fetchedCss: measure(pick('css', false)),
    prefetchedJs: measure(pick('js', true)),
    foreignRequests: all
      .filter((request) => !request.url.startsWith(origin) && !request.url.startsWith('data:'))
      .map((request) => request.url),
  };
}

interface LongTask {
  url: string;
  durationMs: number;
}

interface RawSample extends LighthouseSample {
  target: string;
  page: string;
  preset: Preset;
  round: number;
  longTasks: LongTask[];
}

async function runLighthouse(
  url: string,
  preset: Preset,
  port: number,
  allCategories: boolean,
): Promise<LighthouseSample & {longTasks: LongTask[]}> {
  const {default: lighthouse, desktopConfig} = await import('lighthouse');
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: allCategories
        ? ['performance', 'accessibility', 'best-practices', 'seo']
        : ['performance'],
    },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audited = (id: string) => (lhr.categories[id] ? score(id) : null);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
  const failing = (id: string) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  const longTaskItems = (lhr.audits['long-tasks']?.details as {items?: unknown[]} | undefined)
    ?.items as {url?: string; duration?: number}[] | undefined;
  return {
    performance: score('performance'),
    accessibility: audited('accessibility'),
    bestPractices: audited('best-practices'),
    seo: audited('seo'),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cpuTbtMs: Math.round(
      analyzeTrace((result.artifacts.Trace?.traceEvents ?? []) as unknown as TraceEvent[], {
        clock: 'cpu',
        multiplier: 4,
        afterFirstPaint: true,
      }).blockingMs,
    ),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    failing: [
      ...new Set([...failing('accessibility'), ...failing('best-practices'), ...failing('seo')]),
    ],
    longTasks: (longTaskItems ?? []).map((item) => ({
      url: (item.url ?? '').replace(url.replace(/\/[^/]*$/, ''), ''),
      durationMs: Math.round(item.duration ?? 0),
    })),
  };
}

function readLoad(round: number): LoadReading {
  const [one, five, fifteen] = loadavg();
  return {round, at: new Date().toISOString(), loadavg: [one ?? 0, five ?? 0, fifteen ?? 0]};
}

async function main(): Promise<void> {
  const started = Date.now();
  const rounds = Number(option('runs') ?? 5);
  const presets = (list('presets') ?? [...PRESETS]) as Preset[];
  const onlyPages = list('pages');
  const withLighthouse = !flag('no-lighthouse');
  const out = path.resolve(root, option('out') ?? path.join('bench', 'results'));
  const buildDir = path.join(root, 'build');

  let build: Report['build'] = null;
  if (!flag('skip-build')) {
    log('building the site (docusaurus build)');
    build = await measuredRun(process.execPath, [
      path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      'build',
    ]);
    log(
      `site built in ${build.seconds.toFixed(0)} s, peak memory ${build.peakMemoryMB ?? 'n/a'} MB`,
    );
  }
  if (!existsSync(path.join(buildDir, 'index.html')))
    throw new Error('No build/ to measure: run without --skip-build.');

  const templateStarted = Date.now();
  const cachedTemplate = path.join(root, 'node_modules', '.cache', 'bench-template');
  const hadTemplate = existsSync(cachedTemplate) && !flag('rebuild-template');
  const templateDir = ensureTemplateBuild(root, {rebuild: flag('rebuild-template')});
  const templateBuild = {
    path: path.relative(root, templateDir),
    seconds: (Date.now() - templateStarted) / 1000,
    reused: hadTemplate && Date.now() - templateStarted < 5000,
  };
  log(`template build: ${templateBuild.path}${templateBuild.reused ? ' (cached)' : ''}`);

  const unknown = (onlyPages ?? []).filter((id) => !SITE_PAGES.some((page) => page.id === id));
  if (unknown.length > 0)
    throw new Error(
      `--pages: no page ${unknown.join(', ')} in bench/pages.ts (there are ` +
        `${SITE_PAGES.map((page) => page.id).join(', ')})`,
    );
  const sitePages = SITE_PAGES.filter((page) => !onlyPages || onlyPages.includes(page.id));
  const templatePages = Object.entries(TEMPLATE_PAGES).map(([reference, page]) => ({
    ...page,
    reference: reference as BenchPage['reference'],
  }));
  const targets: Target[] = [
    {label: 'template', site: 'template', dir: templateDir, pages: templatePages},
    {label: 'site', site: 'site', dir: buildDir, pages: sitePages},
  ];
  for (const variant of process.argv
    .slice(2)
    .flatMap((arg, i, all) => (all[i - 1] === '--variant' ? [arg] : []))) {
    const [label, dir] = variant.split('=');
    if (!label || !dir || !existsSync(path.join(dir, 'index.html')))
      throw new Error(`--variant wants name=build-folder, got ${variant}`);
    targets.push({label, site: 'variant', dir: path.resolve(dir), pages: sitePages});
  }

  // A page listed in bench/pages.ts but missing from a build fails now, not after an hour of runs.
  for (const target of targets) for (const page of target.pages) htmlFile(target.dir, page.path);

  let port = Number(option('port') ?? process.env.BENCH_PORT ?? 0) || (await freePort());
  for (const target of targets) {
    target.server = await serveBuild(root, target.dir, port);
    target.origin = `http://127.0.0.1:${port}`;
    log(
      `serving ${target.label} (${path.relative(root, target.dir) || target.dir}) at ${target.origin}`,
    );
    port += 1;
  }

  const measured = new Map<string, MeasuredPage>();
  const key = (target: Target, page: BenchPage | {id: string}) => `${target.label}:${page.id}`;
  try {
    const {chromium} = await import('playwright-core');
    const browser = await chromium.launch(launchOptions());
    const browserVersion = `Chromium ${browser.version()}`;
    for (const target of targets)
      for (const page of target.pages) {
        const listed = listedBytes(target.dir, page.path);
        const fetched = await fetchedBytes(browser, target, page.path);
        measured.set(key(target, page), {
          id: target.site === 'variant' ? `${target.label}:${page.id}` : page.id,
          path: page.path,
          kind: target.site === 'variant' ? `${page.kind} (${target.label})` : page.kind,
          site: target.site,
          variant: target.site === 'variant' ? target.label : undefined,
          reference: page.reference,
          widgets: 'widgets' in page ? page.widgets : undefined,
          plain: target.site === 'site' && 'plain' in page ? page.plain : undefined,
          bytes: {listedJs: listed.js, listedCss: listed.css, ...fetched},
          lighthouse: {},
        });
      }
    await browser.close();
    log('bytes measured');

    const load: LoadReading[] = [];
    const samples: RawSample[] = [];
    let lighthouseVersion: string | null = null;
    if (withLighthouse) {
      lighthouseVersion = (
        JSON.parse(
          readFileSync(path.join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
        ) as {version: string}
      ).version;
      const chromeLauncher = await import('chrome-launcher');
      const order = interleave(
        targets.flatMap((target) => target.pages.map((page) => ({target, page}))),
        presets,
        rounds,
      );
      let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>> | undefined;
      let currentRound = 0;
      try {
        for (const [index, {round, preset, page: entry}] of order.entries()) {
          if (round !== currentRound) {
            // A fresh browser each round, so nothing builds up over a long run.
            if (chrome) chrome.kill();
            chrome = await chromeLauncher.launch({
              chromePath: findChromium()?.executablePath,
              chromeFlags: [...(launchOptions().args ?? []), '--headless=new'],
              logLevel: 'silent',
            });
            currentRound = round;
            load.push(readLoad(round));
            log(`round ${round}/${rounds}, load average ${load.at(-1)?.loadavg.join(' ')}`);
          }
          const {target, page} = entry;
          const sample = await runLighthouse(
            (target.origin as string) + page.path,
            preset,
            (chrome as NonNullable<typeof chrome>).port,
            round === 1,
          );
          samples.push({...sample, target: target.label, page: page.id, preset, round});
          log(
            `${index + 1}/${order.length} ${preset} ${target.label} ${page.path}: performance ` +
              `${sample.performance}, TBT ${sample.tbtMs} ms`,
          );
        }
      } finally {
        if (chrome) chrome.kill();
      }
      load.push(readLoad(0));
      for (const target of targets)
        for (const page of target.pages)
          for (const preset of presets) {
            const mine = samples.filter(
              (s) => s.target === target.label && s.page === page.id && s.preset === preset,
            );
            const entry = measured.get(key(target, page));
            if (entry && mine.length > 0) entry.lighthouse[preset] = summarize(mine);
          }
    }

    const report: Report = {
      date: new Date().toISOString(),
      machine: {cpus: cpus().length, load},
      server: '`serve` 14 (compression middleware: brotli or gzip as the browser asks; clean URLs)',
      browser: browserVersion,
      lighthouseVersion,
      rounds: withLighthouse ? rounds : 0,
      build,
      templateBuild,
      durationSeconds: (Date.now() - started) / 1000,
      pages: [...measured.values()],
    };
    mkdirSync(out, {recursive: true});
    writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(out, 'samples.json'), `${JSON.stringify(samples, null, 1)}\n`);
    const md = markdown(report);
    writeFileSync(path.join(out, 'latest.md'), md);
    console.log(`\n${md}`);
    const uptime = spawnSync('uptime', {encoding: 'utf8'}).stdout?.trim();
    log(`uptime at the end: ${uptime}`);
    log(
      `wrote ${path.relative(root, out)}/latest.{json,md} and samples.json; check with \`npm run bench:check\``,
    );
  } finally {
    for (const target of targets) target.server?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
