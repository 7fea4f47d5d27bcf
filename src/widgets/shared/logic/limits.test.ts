import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getLimit, LIMITS} from '../../../data';
import {byteRange, isByteUnit, isTimeUnit, statedSeconds} from '../../../lib/units';
import {bytes, seconds} from './limits';

describe('limits in widget units', () => {
  it('gives every time limit in seconds and every byte limit as a range', () => {
    for (const entry of LIMITS) {
      if (isTimeUnit(entry.unit)) {
        assert.equal(seconds(entry.id), statedSeconds(getLimit(entry.id)), entry.id);
        assert.throws(() => bytes(entry.id), /Not a byte unit/);
      } else if (isByteUnit(entry.unit)) {
        assert.deepEqual(bytes(entry.id), byteRange(getLimit(entry.id)), entry.id);
        const range = bytes(entry.id);
        assert.ok(range.low > 0 && range.low <= range.high, entry.id);
        assert.throws(() => seconds(entry.id), /Not a time unit/);
      }
    }
  });
});
