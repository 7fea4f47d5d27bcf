import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LIMITS, type LimitEntry, type LimitId} from '@site/src/data';
import {isByteUnit, isTimeUnit} from '@site/src/lib/units';
import {limitByteRange, limitSeconds} from './limitValue';

// Unit arithmetic written out independently of the code under test.
const SECONDS_PER = {ms: 0.001, s: 1, min: 60, h: 3600} as const;
const POWER = {bytes: 0, KB: 1, MB: 2, GB: 3} as const;

describe('limits in widget units', () => {
  it('gives every time limit in seconds', () => {
    let checked = 0;
    for (const entry of LIMITS) {
      if (!isTimeUnit(entry.unit)) continue;
      checked += 1;
      assert.ok(
        Math.abs(limitSeconds(entry.id) - entry.value * SECONDS_PER[entry.unit]) < 1e-9,
        entry.id,
      );
      assert.throws(() => limitByteRange(entry.id), /Not a byte unit/);
    }
    assert.ok(checked >= 10, `only ${checked} time limits`);
  });

  it('gives every byte limit as the range its megabytes allow', () => {
    let checked = 0;
    for (const entry of LIMITS as readonly LimitEntry[]) {
      if (!isByteUnit(entry.unit)) continue;
      checked += 1;
      const power = POWER[entry.unit];
      const decimal = Math.round(entry.value * 1000 ** power);
      const binary = Math.round(entry.value * 1024 ** power);
      const base = entry.unit === 'bytes' ? 'binary' : entry.byteBase;
      const expected =
        base === 'binary'
          ? {low: binary, high: binary}
          : base === 'decimal'
            ? {low: decimal, high: decimal}
            : {low: decimal, high: binary};
      const range = limitByteRange(entry.id as LimitId);
      assert.deepEqual({low: range.low, high: range.high}, expected, entry.id);
      assert.throws(() => limitSeconds(entry.id as LimitId), /Not a time unit/);
    }
    assert.ok(checked >= 10, `only ${checked} byte limits`);
  });
});
