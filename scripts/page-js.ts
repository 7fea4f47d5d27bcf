// The JavaScript a first visit to a page fetches, per page, for one build or two side by side:
// what a widget or block costs the pages that carry it.
//
//   npx tsx scripts/page-js.ts build /docs/lambda /docs/serverless
//   npx tsx scripts/page-js.ts build --against /tmp/build-without-the-block /docs/lambda
//   npx tsx scripts/page-js.ts build --files /docs/lambda          (each script, largest first)
//   npx tsx scripts/page-js.ts build --scroll '[data-testid=check-yourself]' /docs/lambda
//
// Each build is served as the benchmark serves it (scripts/bench-serve.ts, on PORT or 3321) and
// each page opened in a fresh Chromium context with service workers blocked (the offline worker
// would fetch the whole site). Counted: the scripts the page requests from its own origin up to
// hydration and a quiet network, lazy chunks included, prefetches of linked pages left out
// (Chromium gives `<link rel=prefetch>` the type "other"), each file as gzip level 9. With
// --scroll, the element is then scrolled into view and what that loads is counted apart.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as wait} from 'node:timers/promises';
import {gzipSync} from 'node:zlib';
import type {Page} from 'playwright-core';
import {launchOptions} from '@site/scripts/browser.mjs';
import {serveBuild} from '@site/scripts/bench-serve';

/** Script path → gzip bytes. */
type Scripts = Map<string, number>;
interface Visit {
  load: Scripts;
  scroll: Scripts;
}

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const value = (name: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined;
const against = value('against');
const scrollTo = value('scroll');
const showFiles = args.includes('--files');
const build = args[0];
const pages = args.slice(1).filter((arg) => arg.startsWith('/') && arg !== against);
const port = Number(process.env.PORT ?? 3321);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (scripts: Scripts) => [...scripts.values()].reduce((sum, size) => sum + size, 0);

async function quiet(tab: Page): Promise<void> {
  await tab.waitForLoadState('networkidle');
  await wait(500);
}

async function visit(dir: string, tab: Page, page: string): Promise<Visit> {
  const seen: Visit = {load: new Map(), scroll: new Map()};
  let phase = seen.load;
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() !== 'script' || url.port !== String(port)) return;
    const file = path.join(dir, decodeURIComponent(url.pathname));
    phase.set(url.pathname, gzipSync(readFileSync(file), {level: 9}).length);
  });
  await tab.goto(`http://127.0.0.1:${port}${page}`, {waitUntil: 'load'});
  await tab.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await quiet(tab);
  const target = scrollTo ? tab.locator(scrollTo).first() : undefined;
  if (target && (await target.count()) > 0) {
    phase = seen.scroll;
    await target.scrollIntoViewIfNeeded();
    await quiet(tab);
  }
  return seen;
}

async function measure(dir: string): Promise<Map<string, Visit>> {
  const server = await serveBuild(root, path.resolve(dir), port);
  const {chromium} = await import('playwright-core');
  const browser = await chromium.launch(launchOptions());
  const found = new Map<string, Visit>();
  try {
    for (const page of pages) {
      const context = await browser.newContext({serviceWorkers: 'block'});
      found.set(page, await visit(dir, await context.newPage(), page));
      await context.close();
    }
  } finally {
    await browser.close();
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await stopped;
  }
  return found;
}

function list(scripts: Scripts, other?: Scripts): void {
  for (const [file, size] of [...scripts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kb(size).padStart(6)}  ${file}${other && !other.has(file) ? '  (new)' : ''}`);
}

async function main(): Promise<void> {
  if (!build || pages.length === 0)
    throw new Error('usage: page-js.ts <build> [--against <build>] [--scroll <selector>] /path…');
  const mine = await measure(build);
  const theirs = against ? await measure(against) : undefined;
  for (const page of pages) {
    const {load, scroll} = mine.get(page) ?? {load: new Map(), scroll: new Map()};
    const other = theirs?.get(page)?.load;
    const line = [`${page}: ${kb(total(load))} KB gzip in ${load.size} scripts`];
    if (other) line.push(`${kb(total(other))} KB against, +${kb(total(load) - total(other))} KB`);
    if (scrollTo) line.push(`scrolling to ${scrollTo} loads ${kb(total(scroll))} KB more`);
    console.log(line.join('; '));
    if (showFiles) list(load, other);
    if (showFiles && scroll.size > 0) list(scroll);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
