import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {assertCalls, describeCalls} from '@site/test/support/callCases';
import * as units from './units';

describe('byte conversions', () => {
  it('converts decimal and binary units', () => {
    assertCalls(units.toBytes, [
      [[1, 'KB'], 1000],
      [[1, 'KB', 'binary'], 1024],
      [[6, 'MB', 'binary'], 6_291_456],
      [[1, 'GB'], 1e9],
      [[1, 'GB', 'binary'], 1_073_741_824],
      [[42, 'bytes', 'binary'], 42],
    ]);
    assertCalls(units.fromBytes, [
      [[6_291_456, 'MB', 'binary'], 6],
      [[1500, 'KB'], 1.5],
    ]);
  });

  it('reads a limit as the range its megabytes allow', () => {
    assertCalls(units.byteRange, [
      [
        [{value: 6, unit: 'MB', byteBase: 'binary'}],
        {low: 6_291_456, high: 6_291_456, base: 'binary'},
      ],
      [[{value: 4, unit: 'MB', byteBase: 'decimal'}], {low: 4e6, high: 4e6, base: 'decimal'}],
      [
        [{value: 4, unit: 'MB', byteBase: 'unstated'}],
        {low: 4e6, high: 4_194_304, base: 'unstated'},
      ],
      [[{value: 128000, unit: 'bytes'}], {low: 128000, high: 128000, base: 'binary'}],
    ]);
    assert.equal(units.byteRange({value: 3.75, unit: 'MB', byteBase: 'unstated'}).high, 3_932_160);
  });

  it('treats a size without a stated convention as unstated', () => {
    assert.equal(units.byteRange({value: 1, unit: 'GB'}).base, 'unstated');
  });

  it('refuses a non-byte unit', () => {
    assert.throws(() => units.byteRange({value: 60, unit: 's'}), /Not a byte unit/);
  });

  it('gives the exact byte count only when AWS fixes it', () => {
    assertCalls(units.exactBytes, [
      [[{value: 6, unit: 'MB', byteBase: 'binary'}], '6,291,456 bytes'],
      [[{value: 4, unit: 'MB', byteBase: 'unstated'}], undefined],
      [[{value: 128000, unit: 'bytes'}], undefined],
      [[{value: 60, unit: 's'}], undefined],
    ]);
  });
});

describe('time conversions', () => {
  it('converts every unit to and from seconds', () => {
    assertCalls(units.toSeconds, [
      [[250, 'ms'], 0.25],
      [[15, 'min'], 900],
      [[1, 'h'], 3600],
    ]);
    assert.equal(units.fromSeconds(900, 'min'), 15);
    assert.equal(units.statedSeconds({value: 8, unit: 'min'}), 480);
    assert.throws(() => units.statedSeconds({value: 6, unit: 'MB'}), /Not a time unit/);
  });
});

describeCalls(units.formatNumber, {
  'groups thousands and drops trailing zeros': [
    [[6291456], '6,291,456'],
    [[3.75], '3.75'],
    [[4.5], '4.5'],
    [[2.0], '2'],
    [[0.123456, 3], '0.123'],
    [[-1200], '-1,200'],
  ],
  'never prints NaN or Infinity': [
    [[Number.NaN], '–'],
    [[Number.POSITIVE_INFINITY], '–'],
  ],
});

describeCalls(units.formatBytes, {
  'picks the largest unit that keeps the number at least 1': [
    [[0], '0 bytes'],
    [[1], '1 byte'],
    [[999], '999 bytes'],
    [[1000], '1 KB'],
    [[6_291_456], '6.29 MB'],
    [[6_291_456, 'binary'], '6 MiB'],
    [[1023, 'binary'], '1,023 bytes'],
    [[1e9], '1 GB'],
    [[25.5e6], '25.5 MB'],
    [[5e15], '5,000 TB'],
  ],
  'handles negative and non-finite input': [
    [[-2048, 'binary'], '-2 KiB'],
    [[Number.NaN], '–'],
    [[Number.NEGATIVE_INFINITY], '–'],
  ],
});

describeCalls(units.formatDuration, {
  'reads naturally across scales': [
    [[0], '0 s'],
    [[0.25], '250 ms'],
    [[0.0005], '0.5 ms'],
    [[2.5], '2.5 s'],
    [[59.99], '60 s'],
    [[60], '1 min'],
    [[90], '1 min 30 s'],
    [[899.7], '15 min'],
    [[900], '15 min'],
    [[3600], '1 h'],
    [[5400], '1 h 30 min'],
    [[7199], '2 h'],
    [[21600], '6 h'],
  ],
  'handles negative and non-finite input': [
    [[-90], '-1 min 30 s'],
    [[Number.NaN], '–'],
  ],
});

describeCalls(units.formatStated, {
  'prints a value the way AWS states it': [
    [[{value: 25, unit: 'MB'}], '25 MB'],
    [[{value: 128000, unit: 'bytes'}], '128,000 bytes'],
    [[{value: 3.75, unit: 'MB'}], '3.75 MB'],
    [[{value: 60, unit: 's'}], '60 s'],
    [[{value: 50, unit: 'percent'}], '50%'],
    [[{value: 8000, unit: 'px'}], '8,000 px'],
    [[{value: 1000, unit: 'count'}], '1,000'],
    [[{value: 0.2, unit: 'USD per 1M requests'}], '$0.20 per 1M requests'],
    [[{value: 0.0000166667, unit: 'USD per GB-second'}], '$0.0000166667 per GB-second'],
  ],
});
