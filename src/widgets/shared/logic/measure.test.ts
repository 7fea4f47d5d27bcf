import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LIMITS, type LimitEntry} from '@site/src/data';
import {
  byteRange,
  isByteUnit,
  isTimeUnit,
  statedSeconds,
  toBytes,
  toSeconds,
} from '@site/src/lib/units';
import {limitSeconds} from '@site/src/lib/limitValue';
import {assertCalls, type CallCase} from '@site/test/support/callCases';
import {
  describeShare,
  fitBytes,
  fitSeconds,
  formatShare,
  MAX_BYTES,
  MAX_SECONDS,
  SIZE_UNIT_LABELS,
  SIZE_UNITS,
  sizeToBytes,
  TIME_UNIT_LABELS,
  TIME_UNITS,
  timeToSeconds,
} from './measure';

const entries: readonly LimitEntry[] = LIMITS;
const byteLimits = entries.filter((entry) => isByteUnit(entry.unit));
const unstated = byteLimits.find((entry) => {
  const range = byteRange(entry);
  return range.base === 'unstated' && range.low < range.high;
});
const binary = byteLimits.find(
  (entry) => byteRange(entry).base === 'binary' && entry.unit !== 'bytes',
);

describe('sizeToBytes', () => {
  it('reads KB, MB and GB as decimal and KiB, MiB and GiB as binary', () => {
    const expected: Record<(typeof SIZE_UNITS)[number], number> = {
      bytes: 1,
      KB: toBytes(1, 'KB', 'decimal'),
      MB: toBytes(1, 'MB', 'decimal'),
      GB: toBytes(1, 'GB', 'decimal'),
      KiB: toBytes(1, 'KB', 'binary'),
      MiB: toBytes(1, 'MB', 'binary'),
      GiB: toBytes(1, 'GB', 'binary'),
    };
    for (const unit of SIZE_UNITS) {
      assert.equal(sizeToBytes(1, unit), expected[unit], unit);
      assert.equal(sizeToBytes(2.5, unit), 2.5 * expected[unit], unit);
      assert.equal(sizeToBytes(0, unit), 0, unit);
    }
    assert.equal(sizeToBytes(1, 'KB'), 1000);
    assert.equal(sizeToBytes(1, 'KiB'), 1024);
    assert.equal(sizeToBytes(1, 'GiB'), 2 ** 30);
  });

  it('labels every unit, with its number of bytes for the multiples', () => {
    for (const unit of SIZE_UNITS) {
      assert.ok(SIZE_UNIT_LABELS[unit].startsWith(unit), unit);
    }
  });
});

describe('timeToSeconds', () => {
  it('converts every time unit like lib/units', () => {
    for (const unit of TIME_UNITS) {
      assert.equal(timeToSeconds(3, unit), toSeconds(3, unit), unit);
      assert.ok(TIME_UNIT_LABELS[unit].length > 0, unit);
    }
    assert.equal(timeToSeconds(2, 'min'), 120);
    assert.equal(timeToSeconds(1500, 'ms'), 1.5);
  });
});

describe('the widgets’ input bounds', () => {
  it('lie far above every AWS limit, and stay exact integers', () => {
    for (const entry of byteLimits) assert.ok(byteRange(entry).high < MAX_BYTES, entry.id);
    for (const entry of entries) {
      if (isTimeUnit(entry.unit)) assert.ok(statedSeconds(entry) < MAX_SECONDS, entry.id);
    }
    assert.ok(Number.isSafeInteger(MAX_BYTES));
    assert.ok(Number.isSafeInteger(MAX_BYTES * 4), 'base64 of the largest size is still exact');
  });
});

describe('fitBytes', () => {
  it('has an unstated and a binary byte limit to test against', () => {
    assert.ok(unstated, 'no byte limit with an unstated MB in the data');
    assert.ok(binary, 'no binary byte limit in the data');
  });

  it('gives fits / maybe / over around an unstated limit', () => {
    if (!unstated) return;
    const range = byteRange(unstated);
    const at = (bytes: number) => fitBytes(bytes, range);
    assert.equal(at(range.low - 1).fit, 'fits');
    assert.equal(at(range.low).fit, 'fits');
    assert.equal(at(range.low + 1).fit, 'maybe');
    assert.equal(at(range.high).fit, 'maybe');
    assert.equal(at(range.high + 1).fit, 'over');
    assert.equal(at(0).fit, 'fits');
  });

  it('never says maybe around a binary limit', () => {
    if (!binary) return;
    const range = byteRange(binary);
    assert.equal(range.low, range.high);
    assert.equal(fitBytes(range.low - 1, range).fit, 'fits');
    assert.equal(fitBytes(range.low, range).fit, 'fits');
    assert.equal(fitBytes(range.low + 1, range).fit, 'over');
    assert.equal(fitBytes(range.high + 1, range).fit, 'over');
  });

  it('measures headroom and use against the lower (safe) reading', () => {
    if (!unstated) return;
    const range = byteRange(unstated);
    assert.deepEqual(fitBytes(range.low, range), {fit: 'fits', headroom: 0, used: 1});
    const half = fitBytes(range.low / 2, range);
    assert.equal(half.used, 0.5);
    assert.equal(half.headroom, range.low / 2);
    const over = fitBytes(range.high + 1, range);
    assert.equal(over.headroom, range.low - range.high - 1);
    assert.ok(over.headroom < 0);
    assert.ok(over.used > 1);
  });
});

describe('fitSeconds', () => {
  const limit = limitSeconds('serverless.maxResponseTime');

  it('fits under and at the limit, and is over one millisecond above it', () => {
    assert.equal(fitSeconds(limit - 0.001, limit).fit, 'fits');
    assert.equal(fitSeconds(limit, limit).fit, 'fits');
    assert.equal(fitSeconds(limit + 0.001, limit).fit, 'over');
  });

  it('gives headroom and use', () => {
    assert.deepEqual(fitSeconds(limit, limit), {fit: 'fits', headroom: 0, used: 1});
    const quarter = fitSeconds(limit / 4, limit);
    assert.equal(quarter.used, 0.25);
    assert.equal(quarter.headroom, (limit * 3) / 4);
    assert.ok(fitSeconds(limit * 2, limit).headroom < 0);
  });
});

describe('formatShare', () => {
  it('prints a share for readers', () => {
    assertCalls(formatShare, [
      [[0], '0%'],
      [[0.001], 'under 1%'],
      [[0.0099], 'under 1%'],
      [[0.01], '1%'],
      [[0.055], '5.5%'],
      [[0.0999], '10%'],
      [[0.25], '25%'],
      [[0.75], '75%'],
      [[1], '100%'],
      [[2.5], '250%'],
      [[100], '100 times'],
      [[150], '150 times'],
      [[12_345.4], '12,345 times'],
    ]);
  });

  it('never prints NaN or Infinity', () => {
    for (const used of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      assert.equal(formatShare(used), '–');
    }
  });

  it('prints something sensible across many magnitudes', () => {
    for (let exponent = -12; exponent <= 12; exponent += 0.25) {
      const text = formatShare(10 ** exponent);
      assert.match(text, /^(under 1%|[\d.,]+%|[\d,]+ times)$/, text);
      assert.doesNotMatch(text, /NaN|Infinity|undefined|e[+-]/);
    }
  });
});

describe('describeShare', () => {
  const tables: [string, CallCase<Parameters<typeof describeShare>, string>[]][] = [
    [
      'says how much of a limit a value uses, up to twice the limit',
      [
        [[0.75, '1 min'], 'uses 75% of 1 min'],
        [[0.001, '1 min'], 'uses under 1% of 1 min'],
        [[1, '15 min'], 'uses 100% of 15 min'],
        [[1.5, '15 min'], 'uses 150% of 15 min'],
      ],
    ],
    [
      'says how many times the limit a larger value is',
      [
        [[2, '3 s'], '2 times the 3 s limit'],
        [[2.54, '3 s'], '2.5 times the 3 s limit'],
        [[400, '3 s'], '400 times the 3 s limit'],
        [[12_345.6, '3 s'], '12,346 times the 3 s limit'],
      ],
    ],
  ];
  for (const [name, cases] of tables) it(name, () => assertCalls(describeShare, cases));

  it('never prints NaN or Infinity', () => {
    for (const used of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      assert.equal(describeShare(used, '1 min'), '–');
    }
    for (let exponent = -9; exponent <= 9; exponent += 0.5) {
      assert.doesNotMatch(describeShare(10 ** exponent, '1 min'), /NaN|Infinity|undefined|e[+-]\d/);
    }
  });
});
