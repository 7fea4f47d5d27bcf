import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {MAX_RAW_LENGTH, parseAmount, pickEnum, shorten, type NumberRules} from './parse';

const RUNS = {numRuns: 2000};

/** Half of a UTF-16 pair on its own: text no keyboard types, but a crafted link can carry. */
const loneSurrogate = fc
  .integer({min: 0xd800, max: 0xdfff})
  .map((code) => String.fromCharCode(code));

/** Text that looks like a number, almost. */
const numberish = fc.stringMatching(/^\s?[-+]?\s?[0-9,.]{0,45}\s?$/);

/** Any text a reader or a link could give. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({unit: 'grapheme'}),
  fc.string({unit: 'grapheme-composite'}),
  fc.string({unit: 'binary'}),
  fc.string({unit: 'binary', minLength: MAX_RAW_LENGTH - 2, maxLength: MAX_RAW_LENGTH * 3}),
  numberish,
  fc
    .array(fc.oneof(fc.string({maxLength: 3}), loneSurrogate), {maxLength: 10})
    .map((pieces) => pieces.join('')),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e5',
    '0x10',
    '1,00',
    '<script>alert(1)</script>',
    '١٢',
    '1'.padEnd(400, '0'),
  ),
);

const rulesArb: fc.Arbitrary<NumberRules> = fc.record(
  {
    noun: fc.constantFrom('a size', 'a processing time', 'a number of records'),
    max: fc.oneof(fc.double({min: 1, max: 1e15, noNaN: true}), fc.constantFrom(1, 1000, 1e13)),
    maxText: fc.constant('Too large.'),
    allowZero: fc.boolean(),
    integer: fc.boolean(),
    min: fc.double({min: 0, max: 100, noNaN: true}),
  },
  {requiredKeys: ['noun', 'max', 'maxText']},
);

describe('parseAmount (property)', () => {
  it('never throws, and gives a value within the rules or a non-empty message', () => {
    fc.assert(
      fc.property(anyText, rulesArb, (raw, rules) => {
        const parsed = parseAmount(raw, rules);
        if (parsed.ok) {
          assert.ok(Number.isFinite(parsed.value));
          assert.ok(parsed.value >= 0);
          assert.ok(parsed.value <= rules.max);
          assert.ok(parsed.value >= (rules.min ?? 0));
          if (!rules.allowZero) assert.ok(parsed.value > 0);
          if (rules.integer) assert.ok(Number.isInteger(parsed.value));
          assert.ok(raw.trim().length <= MAX_RAW_LENGTH);
        } else {
          assert.equal(typeof parsed.error, 'string');
          assert.ok(parsed.error.trim().length > 0);
          // The message may quote the input, but nothing else in it is computed from it.
          assert.doesNotMatch(
            parsed.error.replace(`“${shorten(raw.trim())}”`, ''),
            /NaN|undefined|Infinity/,
          );
        }
      }),
      RUNS,
    );
  });

  it('reads back any positive number written in digits, with or without thousands separators', () => {
    const rules: NumberRules = {
      noun: 'a size',
      max: Number.MAX_SAFE_INTEGER,
      maxText: 'Too large.',
    };
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 1e12}),
        fc.option(fc.stringMatching(/^[0-9]{1,6}$/), {nil: undefined}),
        fc.boolean(),
        fc.constantFrom('', ' ', '  ', '\t'),
        (whole, fraction, grouped, pad) => {
          const wholeText = grouped ? whole.toLocaleString('en-US') : String(whole);
          const text = fraction === undefined ? wholeText : `${wholeText}.${fraction}`;
          const expected = Number(text.replace(/,/g, ''));
          const parsed = parseAmount(`${pad}${text}${pad}`, rules);
          if (expected === 0) {
            assert.ok(!parsed.ok);
          } else {
            assert.ok(parsed.ok, `${text}: ${parsed.ok ? '' : parsed.error}`);
            assert.equal(parsed.value, expected);
          }
        },
      ),
      RUNS,
    );
  });

  it('refuses any negative number, whatever else the rules say', () => {
    fc.assert(
      fc.property(
        fc.double({min: 1e-6, max: 1e12, noNaN: true}),
        fc.constantFrom('-', '- ', ' -'),
        rulesArb,
        (value, sign, rules) => {
          const text = `${sign}${value.toFixed(3)}`;
          const parsed = parseAmount(text, rules);
          assert.ok(!parsed.ok);
        },
      ),
      RUNS,
    );
  });

  it('refuses every value above the maximum', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1e9}), fc.integer({min: 1, max: 1e6}), (max, extra) => {
        const parsed = parseAmount(String(max + extra), {noun: 'x', max, maxText: 'Too large.'});
        assert.deepEqual(parsed, {ok: false, error: 'Too large.'});
      }),
      RUNS,
    );
  });
});

describe('pickEnum (property)', () => {
  it('returns only allowed values', () => {
    const allowed = ['a', 'b', 'c'] as const;
    fc.assert(
      fc.property(fc.oneof(anyText, fc.constantFrom(...allowed)), (value) => {
        const picked = pickEnum(value, allowed);
        assert.equal(picked, (allowed as readonly string[]).includes(value) ? value : undefined);
      }),
      RUNS,
    );
  });
});
