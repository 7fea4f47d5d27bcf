// `npm run bench:check`: compares bench/results/latest.json (from `npm run bench`) with
// bench/budget.json, prints every figure against its budget, and exits 1 if any is over.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {root} from './steps.mjs';

const resultsFile = path.join(root, 'bench', 'results', 'latest.json');
if (!existsSync(resultsFile)) {
  console.error('No benchmark results: run `npm run bench` first.');
  process.exit(1);
}
const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
const budget = JSON.parse(readFileSync(path.join(root, 'bench', 'budget.json'), 'utf8'));
const kb = (bytes) => bytes / 1000;
const over = [];
let checked = 0;

function check(label, value, limit, atLeast = false) {
  checked += 1;
  const ok = atLeast ? value >= limit : value <= limit;
  const shown = Number.isInteger(value) ? value : value.toFixed(1);
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${label}: ${shown} (budget ${atLeast ? '≥' : '≤'} ${limit})`,
  );
  if (!ok) over.push(label);
}

check(
  'widget JS over a plain doc page, KB gzip',
  kb(report.widgetOverheadGzip),
  budget.widgetOverheadGzipKB,
);
for (const page of report.pages) {
  check(
    `${page.path}: first-load JS fetched, KB gzip`,
    kb(page.fetched.js.gzip),
    budget.maxFetchedJsGzipKB,
  );
  check(
    `${page.path}: first-load CSS fetched, KB gzip`,
    kb(page.fetched.css.gzip),
    budget.maxFetchedCssGzipKB,
  );
  check(
    `${page.path}: requests to other hosts`,
    page.fetched.foreignRequests.length,
    budget.foreignRequests,
  );
}
if (!report.lighthouse) {
  console.log('OVER Lighthouse: not run (run `npm run bench` without --no-lighthouse)');
  over.push('Lighthouse not run');
} else {
  for (const entry of Object.values(report.lighthouse)) {
    const page = report.pages.find((p) => p.id === entry.page)?.path ?? entry.page;
    const limits = budget.lighthouse[entry.preset];
    for (const [key, name] of [
      ['performance', 'performance'],
      ['accessibility', 'accessibility'],
      ['bestPractices', 'best practices'],
      ['seo', 'SEO'],
    ]) {
      check(`${page}: Lighthouse ${entry.preset} ${name}`, entry[key], limits[key], true);
    }
  }
}
console.log(`\n${checked - over.length} of ${checked} figures within budget.`);
if (over.length > 0) {
  console.error(`Over budget: ${over.join('; ')}`);
  process.exit(1);
}
