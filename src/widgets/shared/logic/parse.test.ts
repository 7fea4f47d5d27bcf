import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  MAX_RAW_LENGTH,
  parseAmount,
  pickEnum,
  shorten,
  type NumberRules,
  type Parsed,
} from './parse';
import {assertCalls} from '@site/test/support/callCases';

/*
 * The rules below are made up for the tests: none of these numbers is an AWS limit.
 */
const RULES: NumberRules = {noun: 'a size', max: 1000, maxText: 'Enter at most 1,000.'};
const LARGE: NumberRules = {noun: 'a size', max: 1e13, maxText: 'Enter at most ten trillion.'};

/** A lone UTF-16 surrogate: half of a character, shown as "�". */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function value(parsed: Parsed<number>): number {
  assert.ok(parsed.ok, `expected a number, got ${parsed.ok ? '' : parsed.error}`);
  return parsed.value;
}

/** The number `raw` reads as under `rules`, failing the test if it is refused. */
function read(raw: string, rules: NumberRules = RULES): number {
  return value(parseAmount(raw, rules));
}

function error(parsed: Parsed<number>): string {
  assert.ok(!parsed.ok, `expected an error, got ${parsed.ok ? parsed.value : ''}`);
  assert.equal(typeof parsed.error, 'string');
  assert.ok(parsed.error.trim().length > 0, 'the error is empty');
  return parsed.error;
}

describe('parseAmount: accepted numbers', () => {
  it('reads plain integers and decimals', () => {
    assertCalls(read, [
      [['12'], 12],
      [['2.5'], 2.5],
      [['0.25'], 0.25],
      [['007'], 7],
    ]);
  });

  it('ignores whitespace around the number, and not toward the length limit', () => {
    assertCalls(read, [
      [['  42  '], 42],
      [['\t42\n'], 42],
      [[`${' '.repeat(MAX_RAW_LENGTH * 2)}42${' '.repeat(MAX_RAW_LENGTH)}`], 42],
    ]);
  });

  it('reads a leading "+" and a leading decimal point', () => {
    assertCalls(read, [
      [['+5'], 5],
      [['.5'], 0.5],
      [['+.5'], 0.5],
    ]);
  });

  it('reads thousands separators in groups of three', () => {
    assertCalls(read, [
      [['1,000', LARGE], 1000],
      [['1,000.5', LARGE], 1000.5],
      [['12,345,678', LARGE], 12_345_678],
    ]);
  });

  it('accepts the maximum itself', () => {
    assert.equal(value(parseAmount(String(RULES.max), RULES)), RULES.max);
  });

  it('accepts a number of exactly MAX_RAW_LENGTH characters', () => {
    const text = `0.${'0'.repeat(MAX_RAW_LENGTH - 3)}1`;
    assert.equal(text.length, MAX_RAW_LENGTH);
    assert.equal(value(parseAmount(text, RULES)), Number(text));
  });
});

describe('parseAmount: refused input', () => {
  it('asks for a value when the field is empty or blank', () => {
    for (const raw of ['', ' ', '   ', '\t\n', '\u00a0']) {
      assert.match(error(parseAmount(raw, RULES)), /a size/, JSON.stringify(raw));
    }
  });

  it('refuses negative numbers with a message about the sign', () => {
    for (const raw of ['-5', '- 5', ' -5', '-0.5', '-1,000', '-+5']) {
      assert.match(error(parseAmount(raw, RULES)), /negative/, raw);
    }
  });

  it('refuses zero unless allowZero', () => {
    for (const raw of ['0', '0.0', '.0', '+0', '0,000', '000']) {
      assert.match(error(parseAmount(raw, RULES)), /above zero/, raw);
      assert.equal(value(parseAmount(raw, {...RULES, allowZero: true})), 0, raw);
    }
  });

  it('refuses text that is not a number in digits', () => {
    const cases = [
      'abc',
      'NaN',
      'Infinity',
      '-Infinity',
      '+Infinity',
      '1e5',
      '1E5',
      '0x10',
      '0b101',
      '0o17',
      '1.2.3',
      '1..2',
      '<script>alert(1)</script>',
      '12abc',
      'abc12',
      '١٢',
      '１２',
      '12 34',
      '1_000',
      '1 000',
      '5%',
      '$5',
      '+',
      '.',
      '-',
      '+-5',
      '--5',
      '−5',
      ',',
      '1,',
      ',100',
      '5.',
    ];
    for (const raw of cases) {
      assert.match(error(parseAmount(raw, RULES)), /not a number/, raw);
    }
  });

  it('refuses thousands separators that are not in groups of three', () => {
    for (const raw of ['1,00', '1,0000', '10,00,000', '1,000,00', '1,000.000,5']) {
      assert.match(error(parseAmount(raw, LARGE)), /not a number/, raw);
    }
  });

  it('refuses text longer than MAX_RAW_LENGTH as not a number, quoting it shortened', () => {
    const raw = 'x'.repeat(MAX_RAW_LENGTH + 1);
    const message = error(parseAmount(raw, RULES));
    assert.match(message, /not a number/);
    assert.ok(!message.includes(raw), 'the whole input is quoted');
    assert.ok(message.includes('…'));
  });

  it('refuses a number above the maximum with maxText', () => {
    assert.equal(error(parseAmount(String(RULES.max + 1), RULES)), RULES.maxText);
    assert.equal(error(parseAmount(`${RULES.max}.001`, RULES)), RULES.maxText);
    assert.equal(error(parseAmount('1,000,000', RULES)), RULES.maxText);
  });

  it('refuses a huge number within the length limit with maxText', () => {
    const raw = `1${'0'.repeat(MAX_RAW_LENGTH - 1)}`;
    assert.equal(raw.length, MAX_RAW_LENGTH);
    assert.equal(error(parseAmount(raw, LARGE)), LARGE.maxText);
  });

  it('refuses a huge number longer than MAX_RAW_LENGTH with maxText, not "not a number"', () => {
    const raw = `1${'0'.repeat(400)}`;
    assert.equal(error(parseAmount(raw, LARGE)), LARGE.maxText);
  });

  it('applies the integer rule', () => {
    const rules = {...RULES, integer: true};
    assert.match(error(parseAmount('2.5', rules)), /whole number/);
    assert.match(error(parseAmount('0.1', rules)), /whole number/);
    assert.equal(value(parseAmount('2', rules)), 2);
    assert.equal(value(parseAmount('2.0', rules)), 2);
    assert.equal(value(parseAmount('1,000', {...rules, max: 1e6})), 1000);
  });

  it('applies the min rule', () => {
    const rules = {...RULES, min: 10};
    assert.match(error(parseAmount('9', rules)), /at least 10/);
    assert.match(error(parseAmount('9.999', rules)), /at least 10/);
    assert.equal(value(parseAmount('10', rules)), 10);
    assert.equal(value(parseAmount('10.5', rules)), 10.5);
  });

  it('puts the noun in its messages', () => {
    const rules = {...RULES, noun: 'a processing time'};
    for (const raw of ['', 'abc', '-1', '0']) {
      assert.match(error(parseAmount(raw, rules)), /a processing time/, raw);
    }
  });
});

describe('parseAmount never throws', () => {
  it('returns a value or a non-empty message for hostile input', () => {
    const hostile = [
      '',
      '\u0000',
      '\uD800',
      '\uDFFF',
      '😀'.repeat(30),
      'a'.repeat(10_000),
      '9'.repeat(10_000),
      '1,'.repeat(1000),
      '${7*7}',
      '{{7*7}}',
      '"; DROP TABLE x; --',
      '%00',
      '__proto__',
      'constructor',
      'toString',
      '\u202e12',
      '١٢',
    ];
    for (const raw of hostile) {
      for (const rules of [RULES, LARGE, {...RULES, integer: true, allowZero: true, min: 1}]) {
        const parsed = parseAmount(raw, rules);
        if (parsed.ok) assert.ok(Number.isFinite(parsed.value));
        else error(parsed);
      }
    }
  });

  it('quotes long input without cutting a character in half', () => {
    const raw = `${'a'.repeat(23)}😀😀😀`;
    assert.doesNotMatch(error(parseAmount(raw, RULES)), LONE_SURROGATE);
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    assert.equal(shorten('abc'), 'abc');
    assert.equal(shorten('a'.repeat(24)), 'a'.repeat(24));
    assert.equal(shorten('a'.repeat(25)), `${'a'.repeat(24)}…`);
    assert.equal(shorten('abcdef', 3), 'abc…');
  });
});

describe('pickEnum', () => {
  const allowed = ['a', 'b'] as const;
  it('returns an allowed value and undefined for anything else', () => {
    assert.equal(pickEnum('a', allowed), 'a');
    assert.equal(pickEnum('b', allowed), 'b');
    for (const other of [
      'c',
      '',
      'A',
      ' a',
      'toString',
      '__proto__',
      'constructor',
      null,
      undefined,
    ]) {
      assert.equal(pickEnum(other, allowed), undefined, String(other));
    }
  });
});
