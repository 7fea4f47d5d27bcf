import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {formatCompact, formatDecimal, formatSignificant} from '@site/src/lib/units';

/**
 * What the browser's locale data prints; formatDecimal must print the same without it (except
 * that a value rounding to zero loses its minus sign).
 */
function intl(value: number, max: number, min = 0): string {
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  }).format(value);
  return text.replace(/^-(?=[0.,]*$)/, '');
}

const anyNumber = fc.oneof(
  fc.double({noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22}),
  fc.integer({min: -1e9, max: 1e9}),
  // Halves and near-halves at the rounding digit: where a different rounding rule would show.
  fc
    .tuple(fc.integer({min: -1e6, max: 1e6}), fc.integer({min: 0, max: 6}))
    .map(([n, shift]) => (n + 0.5) / 10 ** shift),
);

describe('formatDecimal without Intl', () => {
  /** A count of fraction digits, for the maximum and for the minimum. */
  const fractionDigits = fc.integer({min: 0, max: 12});

  it('prints what Intl.NumberFormat en-US prints, for any digits', () => {
    fc.assert(
      fc.property(anyNumber, fractionDigits, fractionDigits, (value, max, min) => {
        assert.equal(
          formatDecimal(value, max, Math.min(min, max)),
          intl(value, max, Math.min(min, max)),
        );
      }),
      {numRuns: 5000},
    );
  });

  it('groups, rounds halves away from zero and keeps the minimum decimals', () => {
    assert.equal(formatDecimal(1234567.891, 2), '1,234,567.89');
    assert.equal(formatDecimal(0.125, 2), '0.13');
    assert.equal(formatDecimal(-0.125, 2), '-0.13');
    assert.equal(formatDecimal(2.5, 0), '3');
    assert.equal(formatDecimal(18.7, 2, 2), '18.70');
    assert.equal(formatDecimal(999.9999, 2), '1,000');
    assert.equal(formatDecimal(-0.001, 2), '0');
    assert.equal(formatDecimal(-0, 2), '0');
    assert.equal(formatDecimal(1e21, 0), '1,000,000,000,000,000,000,000');
    assert.equal(formatDecimal(Number.NaN), '–');
  });

  it('clamps nonsense digit counts instead of throwing', () => {
    assert.equal(formatDecimal(1.5, -3), '2');
    assert.equal(formatDecimal(1.5, Number.NaN), '2');
    assert.equal(formatDecimal(1.25, 99), intl(1.25, 20));
    assert.equal(formatDecimal(1.5, 1, 5), '1.5');
  });
});

describe('other Intl notations without Intl', () => {
  const strip = (text: string) => text.replace(/^-(?=[0.,]*[KMBT]?$)/, '');

  it('formatSignificant prints what maximumSignificantDigits prints', () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({min: 1, max: 12}), (value, digits) => {
        const expected = new Intl.NumberFormat('en-US', {maximumSignificantDigits: digits});
        assert.equal(formatSignificant(value, digits), strip(expected.format(value)));
      }),
      {numRuns: 5000},
    );
    assert.equal(formatSignificant(1234.5678, 4), '1,235');
    assert.equal(formatSignificant(0.000123456, 4), '0.0001235');
    assert.equal(formatSignificant(0, 4), '0');
  });

  it('formatCompact prints what the short compact notation prints', () => {
    const decades = fc.integer({min: 0, max: 15}).map((power) => 10 ** power);
    fc.assert(
      fc.property(fc.oneof(anyNumber, decades), fc.integer({min: 0, max: 3}), (value, digits) => {
        const expected = new Intl.NumberFormat('en-US', {
          notation: 'compact',
          maximumFractionDigits: digits,
        });
        assert.equal(formatCompact(value, digits), strip(expected.format(value)));
      }),
      {numRuns: 5000},
    );
    assert.equal(formatCompact(1_000_000), '1M');
    assert.equal(formatCompact(999.96), '1K');
    assert.equal(formatCompact(12_345), '12.3K');
    assert.equal(formatCompact(Number.NaN), '–');
  });
});
