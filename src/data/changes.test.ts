import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, it} from 'node:test';
import {spelledLimits, typedLimits} from '@site/test/support/prose';
import {CHANGES} from './changes';
import {isLimitId} from './index';

const root = path.join(__dirname, '..', '..');

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Days on which a commit touched the data module, from git, or undefined without history. */
function dataCommitDays(): Set<string> | undefined {
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {cwd: root})
      .toString()
      .trim();
    if (shallow !== 'false') return undefined;
    const log = execFileSync('git', ['log', '--format=%ad', '--date=short', '--', 'src/data'], {
      cwd: root,
    }).toString();
    return new Set(log.split('\n').filter(Boolean));
  } catch {
    return undefined;
  }
}

describe('the changes log', () => {
  it('has entries', () => {
    assert.ok(CHANGES.length > 0);
  });

  it('dates every change with a real day, not in the future, newest first', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const change of CHANGES) {
      assert.ok(isRealDate(change.date), `not a real date: ${change.date}`);
      assert.ok(change.date <= today, `in the future: ${change.date}`);
    }
    const dates = CHANGES.map((change) => change.date);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  });

  it('dates each change on a day the data module changed in git', (t) => {
    const days = dataCommitDays();
    if (!days) {
      t.skip('no full git history here');
      return;
    }
    // A change written today may not be committed yet.
    days.add(new Date().toISOString().slice(0, 10));
    for (const change of CHANGES) {
      assert.ok(days.has(change.date), `no commit touched src/data on ${change.date}`);
    }
  });

  it('names known limits, and types no AWS number into a summary', () => {
    for (const change of CHANGES) {
      assert.ok(change.limits.length > 0, `${change.date}: names no limit`);
      for (const id of change.limits) assert.ok(isLimitId(id), `unknown limit ${id}`);
      assert.deepEqual(typedLimits(change.summary), [], change.summary);
      assert.deepEqual(spelledLimits(change.summary), [], change.summary);
      assert.match(change.summary, /\.$/, 'a summary is a sentence');
    }
  });
});
