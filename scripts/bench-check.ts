// `npm run bench:check`: compares bench/results/latest.json (written by `npm run bench`) with
// bench/budget.json, prints every figure beside its limit, and exits 1 if any is over.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {checkBudget, formatCheck, type Budget, type Report} from '@site/scripts/bench-logic';

const root = path.resolve(__dirname, '..');
const resultsFile = path.resolve(
  root,
  process.argv[2] ?? path.join('bench', 'results', 'latest.json'),
);
if (!existsSync(resultsFile)) {
  console.error('No benchmark results: run `npm run bench` first.');
  process.exit(1);
}
const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as Report;
const budget = JSON.parse(readFileSync(path.join(root, 'bench', 'budget.json'), 'utf8')) as Budget;

const checks = checkBudget(report, budget);
for (const entry of checks) console.log(formatCheck(entry));
const over = checks.filter((entry) => !entry.ok);
console.log(`\n${checks.length - over.length} of ${checks.length} figures within budget.`);
if (over.length > 0) {
  console.error(`${over.length} figures fail the budget.`);
  process.exit(1);
}
