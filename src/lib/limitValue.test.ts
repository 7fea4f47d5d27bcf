import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LIMITS, type LimitEntry, type LimitId} from '@site/src/data';
import {isByteUnit, isTimeUnit} from '@site/src/lib/units';
import {
  evidenceOf,
  formatMonth,
  formatValue,
  limitByteRange,
  limitSeconds,
  NO_QUOTE_YET,
  otherValues,
  pickValue,
  shortUrl,
} from './limitValue';

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

// A made-up entry, so that both states of AWS's words (quoted, not re-checked) are covered
// whatever the data module holds today.
const MADE_UP: LimitEntry = {
  id: 'example.maxPayload',
  subject: 'serverless',
  quantity: 'Maximum request payload',
  value: 4,
  unit: 'MB',
  byteBase: 'unstated',
  source: 'https://docs.aws.amazon.com/example/current.html',
  sourceTitle: 'Example: current page',
  verifiedOn: '2026-11-28',
  status: 'disputed',
  quote: 'The maximum request payload is 4 MB.',
  previous: [
    {
      value: 2,
      unit: 'MB',
      until: '2025-10',
      source: 'https://docs.aws.amazon.com/example/old.html',
      note: 'Raised in October 2025.',
      unquoted: 'The old page is gone.',
    },
  ],
  conflicting: [
    {
      value: 3,
      unit: 'MB',
      source: 'https://docs.aws.amazon.com/example/api.html',
      sourceTitle: 'Example: API reference',
      note: 'The API reference gives less.',
    },
  ],
};

describe('pickValue and otherValues', () => {
  it('picks the current value with its source, date and quote', () => {
    const current = pickValue(MADE_UP, 'current');
    assert.equal(current?.value, 4);
    assert.equal(current?.source, MADE_UP.source);
    assert.equal(current?.quote, MADE_UP.quote);
    assert.equal(current?.about, 'Example: current page (verified 2026-11-28)');
  });

  it('picks the older and the conflicting value, each with its own source', () => {
    assert.equal(
      pickValue(MADE_UP, 'previous')?.source,
      'https://docs.aws.amazon.com/example/old.html',
    );
    assert.equal(pickValue(MADE_UP, 'previous')?.until, '2025-10');
    assert.equal(pickValue(MADE_UP, 'conflicting')?.value, 3);
    assert.equal(
      pickValue(MADE_UP, 'conflicting')?.about,
      'Example: API reference: The API reference gives less.',
    );
  });

  it('has no older or conflicting value where the entry has none', () => {
    const plain: LimitEntry = {...MADE_UP, previous: undefined, conflicting: undefined};
    assert.equal(pickValue(plain, 'previous'), undefined);
    assert.equal(pickValue(plain, 'conflicting'), undefined);
    assert.deepEqual(otherValues(plain), []);
  });

  it('lists older values, then conflicting ones', () => {
    assert.deepEqual(
      otherValues(MADE_UP).map((value) => [value.which, value.value]),
      [
        ['previous', 2],
        ['conflicting', 3],
      ],
    );
  });
});

describe('evidenceOf', () => {
  it('gives AWS’s words where there is a quote', () => {
    assert.deepEqual(evidenceOf(MADE_UP), {kind: 'quote', quote: MADE_UP.quote});
  });

  it('marks a value not re-checked, with the reason given', () => {
    assert.deepEqual(evidenceOf({unquoted: 'The old page is gone.'}), {
      kind: 'unchecked',
      reason: 'The old page is gone.',
    });
  });

  it('marks a value not re-checked, with a general reason, where nothing is said', () => {
    assert.deepEqual(evidenceOf({}), {kind: 'unchecked', reason: NO_QUOTE_YET});
    assert.deepEqual(evidenceOf({quote: '  ', unquoted: ''}), {
      kind: 'unchecked',
      reason: NO_QUOTE_YET,
    });
  });

  it('gives every value in the data module one of the two', () => {
    for (const entry of LIMITS as readonly LimitEntry[]) {
      for (const value of [pickValue(entry, 'current'), ...otherValues(entry)]) {
        assert.ok(value);
        const evidence = evidenceOf(value);
        const text = evidence.kind === 'quote' ? evidence.quote : evidence.reason;
        assert.ok(text.length > 0, entry.id);
      }
    }
  });
});

describe('formatValue and formatMonth', () => {
  it('prints a value as stated, or a time limit as a duration', () => {
    assert.equal(formatValue({value: 900, unit: 's'}), '900 s');
    assert.equal(formatValue({value: 900, unit: 's'}, 'duration'), '15 min');
    assert.equal(formatValue({value: 6, unit: 'MB'}, 'duration'), '6 MB');
  });

  it('prints a month in words, and leaves anything else as it is', () => {
    assert.equal(formatMonth('2025-10-24'), 'October 2025');
    assert.equal(formatMonth('2025-10'), 'October 2025');
    assert.equal(formatMonth('someday'), 'someday');
  });
});

describe('shortUrl', () => {
  it('shows host and path, and elides the middle of a long one', () => {
    assert.equal(
      shortUrl('https://docs.aws.amazon.com/lambda/x.html'),
      'docs.aws.amazon.com/lambda/x.html',
    );
    const long = `https://docs.aws.amazon.com/${'a'.repeat(100)}/end.html`;
    const shown = shortUrl(long, 40);
    assert.equal(shown.length, 39);
    assert.ok(shown.startsWith('docs.aws.amazon.com'));
    assert.ok(shown.endsWith('/end.html'));
    assert.ok(shown.includes('…'));
  });

  it('returns text that is not a URL as it is, shortened', () => {
    assert.equal(shortUrl('not a url'), 'not a url');
  });
});
