import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getLimit, LIMITS, type LimitEntry, type LimitId} from '@site/src/data';
import {formatDuration, formatStated, isTimeUnit, statedSeconds} from '@site/src/lib/units';
import {cite, limitPartText, partsToText} from './sourced';

const ids: LimitId[] = LIMITS.map((entry) => entry.id);
const entries: readonly LimitEntry[] = LIMITS;

describe('cite', () => {
  it('builds a reference, stated by default', () => {
    assert.deepEqual(cite('sdk.readTimeout'), {limit: 'sdk.readTimeout', format: 'stated'});
    assert.deepEqual(cite('sdk.readTimeout', 'duration'), {
      limit: 'sdk.readTimeout',
      format: 'duration',
    });
  });
});

describe('limitPartText', () => {
  it('prints every limit as AWS states it', () => {
    for (const id of ids) {
      assert.equal(limitPartText(cite(id)), formatStated(getLimit(id)), id);
    }
  });

  it('prints time limits as durations on request, and other limits as stated', () => {
    for (const id of ids) {
      const entry = getLimit(id);
      const expected = isTimeUnit(entry.unit)
        ? formatDuration(statedSeconds(entry))
        : formatStated(entry);
      assert.equal(limitPartText(cite(id, 'duration')), expected, id);
    }
  });

  for (const [which, name] of [
    ['conflicting', 'prints the conflicting value of a disputed limit'],
    ['previous', 'prints the previous value of a changed limit'],
  ] as const) {
    it(name, () => {
      const withOther = entries.filter((entry) => (entry[which]?.length ?? 0) > 0);
      assert.ok(withOther.length > 0, `no limit with a ${which} value in the data`);
      for (const entry of withOther) {
        const other = entry[which]?.[0];
        assert.ok(other);
        const id = entry.id as LimitId;
        assert.equal(limitPartText({limit: id, which}), formatStated(other), entry.id);
      }
    });
  }

  it('falls back to the current value when there is no other value to show', () => {
    const plain = entries.find((entry) => !entry.conflicting && !entry.previous);
    assert.ok(plain);
    const id = plain.id as LimitId;
    assert.equal(limitPartText({limit: id, which: 'conflicting'}), formatStated(plain));
    assert.equal(limitPartText({limit: id, which: 'previous'}), formatStated(plain));
  });

  it('never prints NaN, Infinity or undefined', () => {
    for (const id of ids) {
      for (const which of ['current', 'conflicting', 'previous'] as const) {
        for (const format of ['stated', 'duration'] as const) {
          const text = limitPartText({limit: id, which, format});
          assert.ok(text.length > 0);
          assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${id} ${which} ${format}`);
        }
      }
    }
  });
});

describe('partsToText', () => {
  it('joins text and limit values', () => {
    const parts = ['Within ', cite('sdk.readTimeout', 'duration'), ' of the default.'];
    assert.equal(
      partsToText(parts),
      `Within ${formatDuration(statedSeconds(getLimit('sdk.readTimeout')))} of the default.`,
    );
    assert.equal(partsToText([]), '');
    assert.equal(partsToText(['a', 'b']), 'ab');
  });
});
