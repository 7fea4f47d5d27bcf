import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {guideHeadings} from '@site/test/support/mdxHeadings';
import {spelledLimits, typedLimits} from '@site/test/support/prose';
import {EXAMS} from './questions';
import {isLimitPart, partProblem, partsOf} from './questions/text';
import {TRAPS, trapsFor} from './traps';
import {OPTION_IDS} from './types';

const pages = guideHeadings();

describe('the exam traps', () => {
  it('have unique ids and name real options', () => {
    assert.equal(new Set(TRAPS.map((trap) => trap.id)).size, TRAPS.length);
    for (const trap of TRAPS) {
      assert.ok(trap.options.length > 0, trap.id);
      for (const option of trap.options) assert.ok(OPTION_IDS.includes(option), trap.id);
    }
  });

  it('cover every option, and give each exam its own list', () => {
    for (const option of OPTION_IDS) {
      assert.ok(
        TRAPS.some((trap) => trap.options.includes(option)),
        `no trap about ${option}`,
      );
    }
    for (const exam of EXAMS) {
      const traps = trapsFor(exam);
      assert.ok(traps.length >= 6, `${exam}: ${traps.length} traps`);
      assert.ok(traps.every((trap) => trap.exams.includes(exam)));
    }
    assert.notDeepEqual(
      trapsFor('AIF-C01').map((t) => t.id),
      trapsFor('MLA-C01').map((t) => t.id),
    );
  });

  it('type no AWS number: every value is a reference into the limits module', () => {
    for (const trap of TRAPS) {
      for (const part of partsOf(trap.text)) {
        if (typeof part === 'string') {
          assert.deepEqual(typedLimits(part), [], `${trap.id}: "${part}"`);
          assert.deepEqual(spelledLimits(part), [], `${trap.id}: "${part}"`);
        } else {
          assert.ok(isLimitPart(part), `${trap.id}: only limit values`);
          assert.equal(partProblem(part), undefined, trap.id);
        }
      }
    }
  });

  it('link to a heading of the guide that exists, with its current title', () => {
    for (const trap of TRAPS) {
      const heading = pages.get(trap.link.path)?.find((h) => h.id === trap.link.anchor);
      assert.ok(heading, `${trap.id}: ${trap.link.path}#${trap.link.anchor}`);
      assert.equal(heading.text, trap.link.title, trap.id);
    }
  });

  it('stay short enough for a printed sheet', () => {
    for (const trap of TRAPS) {
      const length = partsOf(trap.text)
        .map((part) => (typeof part === 'string' ? part.length : 8))
        .reduce((a, b) => a + b, 0);
      assert.ok(length <= 200, `${trap.id}: ${length} characters`);
    }
  });
});
