import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {formatDate, formatLocalDay, formatMonth, formatShortDate} from '@site/src/lib/dates';

const utc = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', {...options, timeZone: 'UTC'});

const anyDay = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('dates without Intl', () => {
  it('prints what Intl.DateTimeFormat en-US prints, in UTC', () => {
    const long = utc({day: 'numeric', month: 'long', year: 'numeric'});
    const month = utc({month: 'long', year: 'numeric'});
    const short = utc({day: 'numeric', month: 'short', year: 'numeric'});
    const local = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    fc.assert(
      fc.property(anyDay, (date) => {
        const iso = date.toISOString().slice(0, 10);
        assert.equal(formatDate(iso), long.format(date));
        assert.equal(formatDate(iso.slice(0, 7)), month.format(date));
        assert.equal(formatMonth(iso), month.format(date));
        assert.equal(formatShortDate(date), short.format(date));
        assert.equal(formatLocalDay(date), local.format(date));
      }),
      {numRuns: 2000},
    );
  });

  it('gives back text it cannot read', () => {
    assert.equal(formatDate('soon'), 'soon');
    assert.equal(formatDate('2025-13-01'), '2025-13-01');
    assert.equal(formatMonth(''), '');
    assert.equal(formatShortDate(new Date(Number.NaN)), '');
    assert.equal(formatLocalDay(new Date(Number.NaN)), '');
  });
});
