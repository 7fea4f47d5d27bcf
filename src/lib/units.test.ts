import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  byteRange,
  exactBytes,
  formatBytes,
  formatDuration,
  formatNumber,
  formatStated,
  fromBytes,
  fromSeconds,
  statedSeconds,
  toBytes,
  toSeconds,
} from './units';

describe('byte conversions', () => {
  it('converts decimal and binary units', () => {
    assert.equal(toBytes(1, 'KB'), 1000);
    assert.equal(toBytes(1, 'KB', 'binary'), 1024);
    assert.equal(toBytes(6, 'MB', 'binary'), 6_291_456);
    assert.equal(toBytes(1, 'GB'), 1e9);
    assert.equal(toBytes(1, 'GB', 'binary'), 1_073_741_824);
    assert.equal(toBytes(42, 'bytes', 'binary'), 42);
    assert.equal(fromBytes(6_291_456, 'MB', 'binary'), 6);
    assert.equal(fromBytes(1500, 'KB'), 1.5);
  });

  it('reads a limit as the range its megabytes allow', () => {
    assert.deepEqual(byteRange({value: 6, unit: 'MB', byteBase: 'binary'}), {
      low: 6_291_456,
      high: 6_291_456,
      base: 'binary',
    });
    assert.deepEqual(byteRange({value: 4, unit: 'MB', byteBase: 'decimal'}), {
      low: 4e6,
      high: 4e6,
      base: 'decimal',
    });
    assert.deepEqual(byteRange({value: 4, unit: 'MB', byteBase: 'unstated'}), {
      low: 4e6,
      high: 4_194_304,
      base: 'unstated',
    });
    assert.deepEqual(byteRange({value: 128000, unit: 'bytes'}), {
      low: 128000,
      high: 128000,
      base: 'binary',
    });
    assert.equal(byteRange({value: 3.75, unit: 'MB', byteBase: 'unstated'}).high, 3_932_160);
  });

  it('treats a size without a stated convention as unstated', () => {
    assert.equal(byteRange({value: 1, unit: 'GB'}).base, 'unstated');
  });

  it('refuses a non-byte unit', () => {
    assert.throws(() => byteRange({value: 60, unit: 's'}), /Not a byte unit/);
  });

  it('gives the exact byte count only when AWS fixes it', () => {
    assert.equal(exactBytes({value: 6, unit: 'MB', byteBase: 'binary'}), '6,291,456 bytes');
    assert.equal(exactBytes({value: 4, unit: 'MB', byteBase: 'unstated'}), undefined);
    assert.equal(exactBytes({value: 128000, unit: 'bytes'}), undefined);
    assert.equal(exactBytes({value: 60, unit: 's'}), undefined);
  });
});

describe('time conversions', () => {
  it('converts every unit to and from seconds', () => {
    assert.equal(toSeconds(250, 'ms'), 0.25);
    assert.equal(toSeconds(15, 'min'), 900);
    assert.equal(toSeconds(1, 'h'), 3600);
    assert.equal(fromSeconds(900, 'min'), 15);
    assert.equal(statedSeconds({value: 8, unit: 'min'}), 480);
    assert.throws(() => statedSeconds({value: 6, unit: 'MB'}), /Not a time unit/);
  });
});

describe('formatNumber', () => {
  it('groups thousands and drops trailing zeros', () => {
    assert.equal(formatNumber(6291456), '6,291,456');
    assert.equal(formatNumber(3.75), '3.75');
    assert.equal(formatNumber(4.5), '4.5');
    assert.equal(formatNumber(2.0), '2');
    assert.equal(formatNumber(0.123456, 3), '0.123');
    assert.equal(formatNumber(-1200), '-1,200');
  });

  it('never prints NaN or Infinity', () => {
    assert.equal(formatNumber(Number.NaN), '–');
    assert.equal(formatNumber(Number.POSITIVE_INFINITY), '–');
  });
});

describe('formatBytes', () => {
  it('picks the largest unit that keeps the number at least 1', () => {
    assert.equal(formatBytes(0), '0 bytes');
    assert.equal(formatBytes(1), '1 byte');
    assert.equal(formatBytes(999), '999 bytes');
    assert.equal(formatBytes(1000), '1 KB');
    assert.equal(formatBytes(6_291_456), '6.29 MB');
    assert.equal(formatBytes(6_291_456, 'binary'), '6 MiB');
    assert.equal(formatBytes(1023, 'binary'), '1,023 bytes');
    assert.equal(formatBytes(1e9), '1 GB');
    assert.equal(formatBytes(25.5e6), '25.5 MB');
    assert.equal(formatBytes(5e15), '5,000 TB');
  });

  it('handles negative and non-finite input', () => {
    assert.equal(formatBytes(-2048, 'binary'), '-2 KiB');
    assert.equal(formatBytes(Number.NaN), '–');
    assert.equal(formatBytes(Number.NEGATIVE_INFINITY), '–');
  });
});

describe('formatDuration', () => {
  it('reads naturally across scales', () => {
    assert.equal(formatDuration(0), '0 s');
    assert.equal(formatDuration(0.25), '250 ms');
    assert.equal(formatDuration(0.0005), '0.5 ms');
    assert.equal(formatDuration(2.5), '2.5 s');
    assert.equal(formatDuration(59.99), '60 s');
    assert.equal(formatDuration(60), '1 min');
    assert.equal(formatDuration(90), '1 min 30 s');
    assert.equal(formatDuration(899.7), '15 min');
    assert.equal(formatDuration(900), '15 min');
    assert.equal(formatDuration(3600), '1 h');
    assert.equal(formatDuration(5400), '1 h 30 min');
    assert.equal(formatDuration(7199), '2 h');
    assert.equal(formatDuration(21600), '6 h');
  });

  it('handles negative and non-finite input', () => {
    assert.equal(formatDuration(-90), '-1 min 30 s');
    assert.equal(formatDuration(Number.NaN), '–');
  });
});

describe('formatStated', () => {
  it('prints a value the way AWS states it', () => {
    assert.equal(formatStated({value: 25, unit: 'MB'}), '25 MB');
    assert.equal(formatStated({value: 128000, unit: 'bytes'}), '128,000 bytes');
    assert.equal(formatStated({value: 3.75, unit: 'MB'}), '3.75 MB');
    assert.equal(formatStated({value: 60, unit: 's'}), '60 s');
    assert.equal(formatStated({value: 50, unit: 'percent'}), '50%');
    assert.equal(formatStated({value: 8000, unit: 'px'}), '8,000 px');
    assert.equal(formatStated({value: 1000, unit: 'count'}), '1,000');
    assert.equal(formatStated({value: 0.2, unit: 'USD per 1M requests'}), '$0.20 per 1M requests');
    assert.equal(
      formatStated({value: 0.0000166667, unit: 'USD per GB-second'}),
      '$0.0000166667 per GB-second',
    );
  });
});
