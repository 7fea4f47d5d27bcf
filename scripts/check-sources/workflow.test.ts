import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {parse} from 'yaml';

// The scheduled workflow that runs the source check (.github/workflows/sources.yml).

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Workflow {
  on: {schedule?: {cron: string}[]; workflow_dispatch?: unknown} & Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, {steps: Step[]}>;
}

const file = path.join(__dirname, '..', '..', '.github', 'workflows', 'sources.yml');
const text = readFileSync(file, 'utf8');
const workflow = parse(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the source-check workflow', () => {
  it('runs weekly and on demand, and on nothing else', () => {
    assert.deepEqual(Object.keys(workflow.on).sort(), ['schedule', 'workflow_dispatch']);
    const crons = workflow.on.schedule ?? [];
    assert.equal(crons.length, 1);
    const fields = (crons[0]?.cron ?? '').split(/\s+/);
    assert.equal(fields.length, 5);
    const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;
    assert.match(minute ?? '', /^\d{1,2}$/);
    assert.match(hour ?? '', /^\d{1,2}$/);
    assert.equal(dayOfMonth, '*');
    assert.equal(month, '*');
    assert.match(dayOfWeek ?? '', /^[0-6]$/, 'one day a week');
  });

  it('may write issues and read code, and nothing more', () => {
    assert.deepEqual(workflow.permissions, {contents: 'read', issues: 'write'});
  });

  it('installs from the lockfile and runs npm run check:sources, writing the report', () => {
    assert.ok(steps.some((step) => step.run?.trim() === 'npm ci --no-audit --no-fund'));
    const check = steps.find((step) => step.run?.includes('check:sources'));
    assert.ok(check?.id, 'the check step has an id for its exit code');
    assert.match(check.run ?? '', /npm run --silent check:sources -- --markdown source-report\.md/);
    assert.match(check.run ?? '', /"exit=\$code" >> "\$GITHUB_OUTPUT"/);
  });

  it('opens or updates one labelled issue from that report with github-script', () => {
    const report = steps.find((step) => step.uses?.startsWith('actions/github-script@'));
    const script = report?.with?.script ?? '';
    assert.ok(script.includes("readFileSync('source-report.md'"));
    assert.ok(script.includes('listForRepo'));
    assert.ok(script.includes('issues.update'));
    assert.ok(script.includes('issues.create'));
    assert.match(script, /const label = '[a-z-]+'/);
    const check = steps.find((step) => step.run?.includes('check:sources'));
    assert.equal(report?.env?.DRIFT, `\${{ steps.${check?.id}.outputs.exit }}`);
  });

  it('never changes the repository', () => {
    assert.doesNotMatch(text, /git (push|commit|add)|contents: write|pull-requests: write/);
    assert.doesNotMatch(text, /src\/data/);
  });
});
