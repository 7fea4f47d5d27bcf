// `npm run bench:trace -- /docs/serverless [/docs/tools ...]`: what runs on the main thread while a
// page loads and hydrates. Records Chrome traces (CDP Tracing, with the V8 sampling profiler) of
// first visits and prints the long tasks with what they spent their time on and the functions that
// took the most time inside them.
//
// By default tasks are measured in the main thread's CPU time, times 4, with a phone-sized
// viewport: close to what Lighthouse's mobile simulation charges, and unlike wall time, hardly
// moved by other work on a shared machine. That makes it the quick A/B instrument: give several
// builds and they are traced in turn (A, B, A, B...), with medians per build.
//
// Function names are only readable in an unminified build:
//   npx docusaurus build --no-minify --out-dir /tmp/build-nomin
//   npm run bench:trace -- --build /tmp/build-nomin /docs/serverless
// Options: --build dir (repeat it to compare builds; default build/), --runs N (traces per page
// and build, default 5), --detail (list the long tasks of each build's median run), --clock wall
// (elapsed time under 4x CDP CPU throttling instead), --after-paint (only tasks from the first
// contentful paint on, as Total Blocking Time counts), --save dir (write the median traces, for the
// DevTools performance panel), --port N (first port; default BENCH_PORT, else free ports).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as wait} from 'node:timers/promises';
import {launchOptions} from '@site/scripts/browser.mjs';
import {
  analyzeTrace,
  type TraceAnalysis,
  type TraceEvent,
} from '@site/scripts/bench-trace-analysis';
import {spread} from '@site/scripts/bench-logic';
import {freePort, serveBuild} from '@site/scripts/bench-serve';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const valued = new Set(['--build', '--clock', '--runs', '--save', '--port']);
const paths = args.filter((arg, i) => arg.startsWith('/') && !valued.has(args[i - 1] ?? ''));
const builds = args.flatMap((arg, i) => (args[i - 1] === '--build' ? [path.resolve(arg)] : []));
if (builds.length === 0) builds.push(path.join(root, 'build'));
const clock = option('clock') === 'wall' ? 'wall' : 'cpu';
const runs = Number(option('runs') ?? 5);
const save = option('save');
const detail = args.includes('--detail');
const afterFirstPaint = args.includes('--after-paint');
const firstPort = Number(option('port') ?? process.env.BENCH_PORT ?? 0);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
  'toplevel',
];

function print(pagePath: string, analysis: TraceAnalysis): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `\n## ${pagePath}: ${analysis.longTasks.length} long tasks, blocking time ${ms(analysis.blockingMs)} ` +
      `(main thread busy ${ms(analysis.busyMs)} until ${ms(analysis.endMs)}; ` +
      `${clock === 'cpu' ? 'CPU time ×4' : 'wall time, CPU throttled ×4'})`,
  );
  for (const task of analysis.longTasks) {
    console.log(`- at ${ms(task.startMs)}: ${ms(task.durationMs)}`);
    for (const part of task.parts.slice(0, 6))
      console.log(`    ${ms(part.ms).padStart(7)}  ${part.what}`);
    const top = task.functions.slice(0, 8);
    if (top.length > 0)
      console.log(
        `    functions (self time): ${top.map((f) => `${f.what} ${f.ms.toFixed(0)}`).join(', ')}`,
      );
    const components = task.components.slice(0, 12);
    if (components.length > 0)
      console.log(
        `    components (total time): ${components.map((f) => `${f.what} ${f.ms.toFixed(0)}`).join(', ')}`,
      );
  }
}

async function trace(
  browser: import('playwright-core').Browser,
  url: string,
): Promise<{analysis: TraceAnalysis; events: TraceEvent[]}> {
  // A phone's viewport, as in Lighthouse's mobile preset (the doc sidebar moves into the menu).
  const context = await browser.newContext({viewport: {width: 412, height: 823}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  if (clock === 'wall') await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({value}) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: {includedCategories: CATEGORIES},
    transferMode: 'ReportEvents',
  });
  await page.goto(url, {waitUntil: 'load'});
  // Polled through CDP: Playwright's own waiting would inject its script into the trace.
  for (let i = 0; i < 120; i += 1) {
    const {result} = await cdp.send('Runtime.evaluate', {
      expression: 'document.documentElement.dataset.hasHydrated',
    });
    if (result.value === 'true') break;
    await wait(250);
  }
  await wait(3000);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const analysis =
    clock === 'cpu'
      ? analyzeTrace(events, {clock: 'cpu', multiplier: 4, afterFirstPaint})
      : analyzeTrace(events, {afterFirstPaint});
  return {analysis, events};
}

async function main(): Promise<void> {
  if (paths.length === 0) throw new Error('Name at least one page path, such as /docs/serverless.');
  const ports = await Promise.all(
    builds.map(async (_, i) => (firstPort ? firstPort + i : await freePort())),
  );
  const servers = await Promise.all(
    builds.map((dir, i) => serveBuild(root, dir, ports[i] as number)),
  );
  const {chromium} = await import('playwright-core');
  const browser = await chromium.launch(launchOptions());
  try {
    for (const pagePath of paths) {
      const results = builds.map(() => [] as {analysis: TraceAnalysis; events: TraceEvent[]}[]);
      for (let run = 0; run < runs; run += 1)
        for (const [i] of builds.entries())
          results[i]?.push(await trace(browser, `http://127.0.0.1:${ports[i]}${pagePath}`));
      console.log(`\n# ${pagePath} (${runs} runs per build, interleaved)`);
      for (const [i, dir] of builds.entries()) {
        const mine = (results[i] ?? []).sort(
          (a, b) => a.analysis.blockingMs - b.analysis.blockingMs,
        );
        const blocking = spread(mine.map((r) => r.analysis.blockingMs));
        const busy = spread(mine.map((r) => r.analysis.busyMs));
        const longest = spread(
          mine.map((r) => Math.max(0, ...r.analysis.longTasks.map((t) => t.durationMs))),
        );
        const f = (x: {median: number; min: number; max: number}) =>
          `${x.median.toFixed(0)} (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
        console.log(
          `${dir}: blocking ${f(blocking)} ms, longest task ${f(longest)} ms, main thread busy ${f(busy)} ms`,
        );
        const chosen = mine[Math.floor(mine.length / 2)];
        if (!chosen) continue;
        if (detail) print(`${pagePath} in ${dir}`, chosen.analysis);
        if (save) {
          mkdirSync(save, {recursive: true});
          const file = path.join(
            save,
            `${path.basename(dir)}${pagePath.replace(/\W+/g, '_') || '_home'}.json`,
          );
          writeFileSync(file, JSON.stringify({traceEvents: chosen.events}));
          console.log(`trace saved to ${file}`);
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
