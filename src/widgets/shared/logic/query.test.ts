import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {isDeepStrictEqual} from 'node:util';
import fc from 'fast-check';
import {COST_SCHEMA} from '@site/src/widgets/CostComparison/logic';
import {CHOOSER_SCHEMA} from '@site/src/widgets/ModeChooser/logic';
import {PAYLOAD_SCHEMA} from '@site/src/widgets/PayloadEstimator/logic';
import {TIMEOUT_SCHEMA} from '@site/src/widgets/TimeoutChecker/logic';
import {MAX_RAW_LENGTH} from './parse';
import {
  choiceField,
  choiceTitle,
  defaults,
  mergeQuery,
  parseQuery,
  sameQuery,
  serializeQuery,
  textField,
  type Schema,
} from './query';

const SCHEMA = {
  amount: {kind: 'text', default: '5'},
  unit: {kind: 'choice', default: 'MB', values: ['KB', 'MB', 'GB'], label: 'the size unit'},
  mode: {kind: 'choice', default: 'fast', values: ['fast', 'slow'], label: 'the speed'},
  note: {kind: 'text', default: ''},
} as const satisfies Schema;

const DEFAULTS = {amount: '5', unit: 'MB', mode: 'fast', note: ''};

const WIDGET_SCHEMAS: Record<string, Schema> = {
  TIMEOUT_SCHEMA,
  PAYLOAD_SCHEMA,
  CHOOSER_SCHEMA,
};

describe('textField and choiceField', () => {
  it('build the same fields as the written-out specs', () => {
    assert.deepEqual(
      {
        amount: textField(5),
        unit: choiceField(['KB', 'MB', 'GB'], 'MB', 'the size unit'),
        mode: choiceField(['fast', 'slow'], 'fast', 'the speed'),
        note: textField(''),
      },
      SCHEMA,
    );
  });

  it("choiceTitle makes a form label of a choice field's name", () => {
    const titles = ['the processing time unit', 'The period', 'size unit', 'theme', ''].map(
      choiceTitle,
    );
    assert.deepEqual(titles, ['Processing time unit', 'Period', 'Size unit', 'Theme', '']);
  });
});

describe('defaults', () => {
  it('gives every field its default', () => {
    assert.deepEqual(defaults(SCHEMA), DEFAULTS);
  });
});

describe('parseQuery', () => {
  it('gives the defaults for an empty query, with or without "?"', () => {
    for (const search of ['', '?', '?&', '&&']) {
      assert.deepEqual(parseQuery(search, SCHEMA), {values: DEFAULTS, notices: {}}, search);
    }
  });

  it('reads known parameters with or without the leading "?"', () => {
    const expected = {values: {...DEFAULTS, amount: '12', unit: 'GB'}, notices: {}};
    assert.deepEqual(parseQuery('?amount=12&unit=GB', SCHEMA), expected);
    assert.deepEqual(parseQuery('amount=12&unit=GB', SCHEMA), expected);
  });

  it('ignores unknown parameters', () => {
    assert.deepEqual(parseQuery('?utm_source=x&amount=7&other=%3Cscript%3E', SCHEMA), {
      values: {...DEFAULTS, amount: '7'},
      notices: {},
    });
  });

  it('keeps a text field raw, even when it is not a number', () => {
    assert.equal(parseQuery('?amount=abc', SCHEMA).values.amount, 'abc');
    assert.equal(parseQuery('?amount=', SCHEMA).values.amount, '');
    assert.equal(
      parseQuery('?amount=%3Cscript%3Ealert(1)%3C%2Fscript%3E', SCHEMA).values.amount,
      '<script>alert(1)</script>',
    );
    assert.equal(parseQuery('?amount=1+000', SCHEMA).values.amount, '1 000');
  });

  it('truncates text fields to MAX_RAW_LENGTH + 1 characters', () => {
    const long = '9'.repeat(MAX_RAW_LENGTH * 10);
    const {values, notices} = parseQuery(`?amount=${long}`, SCHEMA);
    assert.equal(values.amount, long.slice(0, MAX_RAW_LENGTH + 1));
    assert.equal(values.amount.length, MAX_RAW_LENGTH + 1);
    assert.deepEqual(notices, {});
    const exact = '9'.repeat(MAX_RAW_LENGTH + 1);
    assert.equal(parseQuery(`?amount=${exact}`, SCHEMA).values.amount, exact);
  });

  it('takes the first of repeated parameters', () => {
    assert.equal(parseQuery('?amount=1&amount=2', SCHEMA).values.amount, '1');
  });

  it('survives malformed percent escapes', () => {
    assert.doesNotThrow(() => parseQuery('?amount=%&unit=%E0%A4%A&mode=%zz', SCHEMA));
    assert.equal(parseQuery('?amount=%', SCHEMA).values.amount, '%');
  });

  it('falls back to the default for a bad choice, with a notice naming the field', () => {
    const hostile = [
      'TB',
      'mb',
      '',
      ' MB',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'x'.repeat(500),
      '__proto__',
      'toString',
      '😀',
    ];
    for (const bad of hostile) {
      const {values, notices} = parseQuery(
        `?${new URLSearchParams({unit: bad}).toString()}`,
        SCHEMA,
      );
      assert.equal(values.unit, SCHEMA.unit.default, bad);
      const notice = notices.unit;
      assert.equal(typeof notice, 'string', bad);
      assert.ok(notice?.includes(SCHEMA.unit.label), `${notice} does not name the field`);
      assert.ok((notice?.length ?? 0) < 300, 'the notice quotes the whole hostile value');
      assert.deepEqual(Object.keys(notices), ['unit']);
    }
  });

  it('accepts every listed value of a choice', () => {
    for (const unit of SCHEMA.unit.values) {
      assert.deepEqual(parseQuery(`?unit=${unit}`, SCHEMA), {
        values: {...DEFAULTS, unit},
        notices: {},
      });
    }
  });

  it('reports each bad choice separately', () => {
    const {values, notices} = parseQuery('?unit=TB&mode=warp&amount=3', SCHEMA);
    assert.deepEqual(values, {...DEFAULTS, amount: '3'});
    assert.deepEqual(Object.keys(notices).sort(), ['mode', 'unit']);
    assert.ok(notices.mode?.includes(SCHEMA.mode.label));
  });
});

describe('serializeQuery', () => {
  it('leaves defaults out', () => {
    assert.equal(serializeQuery(DEFAULTS, SCHEMA), '');
    assert.equal(serializeQuery({...DEFAULTS, amount: '7'}, SCHEMA), 'amount=7');
  });

  it('writes changed values in schema order', () => {
    assert.equal(
      serializeQuery({note: 'hi', mode: 'slow', unit: 'GB', amount: '7'}, SCHEMA),
      'amount=7&unit=GB&mode=slow&note=hi',
    );
  });

  it('escapes characters that would break the query', () => {
    const text = serializeQuery({...DEFAULTS, note: 'a&b=c#d%e+f g?h/<script>'}, SCHEMA);
    assert.ok(!text.includes('&b'));
    assert.ok(!text.includes('#'));
    assert.ok(!text.includes('<'));
    assert.equal(parseQuery(text, SCHEMA).values.note, 'a&b=c#d%e+f g?h/<script>');
  });
});

describe('round trips', () => {
  const cases = [
    DEFAULTS,
    {...DEFAULTS, amount: '1,000.5'},
    {...DEFAULTS, unit: 'KB', mode: 'slow'},
    {amount: '', unit: 'GB', mode: 'slow', note: 'ünïcödé 中文 😀 & = # % + ?'},
    {...DEFAULTS, note: ' leading and trailing spaces '},
  ];
  it('parseQuery(serializeQuery(values)) gives the values back', () => {
    for (const values of cases) {
      assert.deepEqual(parseQuery(serializeQuery(values, SCHEMA), SCHEMA), {values, notices: {}});
    }
  });

  it('serializeQuery(parseQuery(query)) gives a canonical query back', () => {
    for (const values of cases) {
      const once = serializeQuery(values, SCHEMA);
      assert.equal(serializeQuery(parseQuery(once, SCHEMA).values, SCHEMA), once);
    }
  });

  it('round-trips every widget schema’s defaults to an empty query', () => {
    for (const [name, schema] of Object.entries(WIDGET_SCHEMAS)) {
      assert.equal(serializeQuery(defaults(schema), schema), '', name);
      assert.deepEqual(parseQuery('', schema), {values: defaults(schema), notices: {}}, name);
    }
  });
});

describe('mergeQuery', () => {
  it('keeps other parameters and replaces this widget’s', () => {
    const merged = mergeQuery('?lang=en&amount=3&unit=KB', {...DEFAULTS, amount: '9'}, SCHEMA);
    const params = new URLSearchParams(merged);
    assert.ok(merged.startsWith('?'));
    assert.equal(params.get('lang'), 'en');
    assert.equal(params.get('amount'), '9');
    assert.equal(params.get('unit'), null, 'a value back at its default is removed');
    assert.deepEqual(parseQuery(merged, SCHEMA).values, {...DEFAULTS, amount: '9'});
  });

  it('gives "" when nothing is left', () => {
    assert.equal(mergeQuery('', DEFAULTS, SCHEMA), '');
    assert.equal(mergeQuery('?amount=3', DEFAULTS, SCHEMA), '');
  });

  it('removes every copy of a repeated parameter of this widget', () => {
    const merged = mergeQuery('?amount=1&amount=2&x=1', {...DEFAULTS, amount: '3'}, SCHEMA);
    assert.deepEqual(new URLSearchParams(merged).getAll('amount'), ['3']);
    assert.equal(new URLSearchParams(merged).get('x'), '1');
  });

  it('lets the three widgets share one page without touching each other', () => {
    const timeout = {...defaults(TIMEOUT_SCHEMA), processing: '45'};
    const payload = {...defaults(PAYLOAD_SCHEMA), kind: 'text'};
    const chooser = {...defaults(CHOOSER_SCHEMA), gpu: 'yes'};
    let search = '?other=1';
    search = mergeQuery(search, timeout, TIMEOUT_SCHEMA);
    search = mergeQuery(search, payload, PAYLOAD_SCHEMA);
    search = mergeQuery(search, chooser, CHOOSER_SCHEMA);
    assert.deepEqual(parseQuery(search, TIMEOUT_SCHEMA).values, timeout);
    assert.deepEqual(parseQuery(search, PAYLOAD_SCHEMA).values, payload);
    assert.deepEqual(parseQuery(search, CHOOSER_SCHEMA).values, chooser);
    assert.equal(new URLSearchParams(search).get('other'), '1');
  });
});

describe('the widget schemas', () => {
  it('share no parameter name, so the widgets can sit on one page', () => {
    const seen = new Map<string, string>();
    for (const [name, schema] of Object.entries(WIDGET_SCHEMAS)) {
      for (const key of Object.keys(schema)) {
        assert.ok(!seen.has(key), `${key} is in both ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
  });

  it('give every choice a default among its values, distinct values and a label', () => {
    for (const [name, schema] of Object.entries(WIDGET_SCHEMAS)) {
      for (const [key, spec] of Object.entries(schema)) {
        if (spec.kind !== 'choice') continue;
        assert.ok(
          spec.values.includes(spec.default),
          `${name}.${key}: default ${spec.default} is not a value`,
        );
        assert.equal(
          new Set(spec.values).size,
          spec.values.length,
          `${name}.${key}: duplicate values`,
        );
        assert.ok(spec.label.trim().length > 0, `${name}.${key}: no label`);
      }
    }
  });

  it('name every choice of a form differently, for its unit select and the notices about it', () => {
    for (const [name, schema] of Object.entries({...WIDGET_SCHEMAS, COST_SCHEMA})) {
      const titles = Object.values(schema).flatMap((spec: Schema[string]) =>
        spec.kind === 'choice' ? [choiceTitle(spec.label)] : [],
      );
      assert.ok(titles.length > 0, name);
      assert.equal(new Set(titles).size, titles.length, `${name}: ${titles.join(', ')}`);
    }
  });

  it('use parameter names that need no escaping', () => {
    for (const schema of Object.values(WIDGET_SCHEMAS)) {
      for (const key of Object.keys(schema)) assert.match(key, /^[a-zA-Z][a-zA-Z0-9]*$/);
    }
  });

  it('give text fields defaults no longer than a link keeps', () => {
    for (const [name, schema] of Object.entries(WIDGET_SCHEMAS)) {
      for (const [key, spec] of Object.entries(schema)) {
        if (spec.kind === 'text')
          assert.ok(spec.default.length <= MAX_RAW_LENGTH, `${name}.${key}`);
      }
    }
  });
});

describe('sameQuery', () => {
  it('is true when another widget changed only its own parameters', () => {
    const before = parseQuery('?amount=7&other=1', SCHEMA);
    const after = parseQuery('?other=2&amount=7&size=9', SCHEMA);
    assert.notEqual(before.values, after.values);
    assert.equal(sameQuery(before, after), true);
  });

  it('is false when one of the widget’s fields changed', () => {
    assert.equal(
      sameQuery(parseQuery('?amount=7', SCHEMA), parseQuery('?amount=8', SCHEMA)),
      false,
    );
    assert.equal(sameQuery(parseQuery('', SCHEMA), parseQuery('?unit=GB', SCHEMA)), false);
  });

  it('is false when only the messages differ (a bad link gone, the values equal)', () => {
    const bad = parseQuery('?unit=bogus', SCHEMA);
    const clean = parseQuery('', SCHEMA);
    assert.deepEqual(bad.values, clean.values);
    assert.equal(sameQuery(bad, clean), false);
    assert.equal(sameQuery(clean, bad), false);
  });

  it('is false when two bad links give different messages', () => {
    assert.equal(
      sameQuery(parseQuery('?unit=bogus', SCHEMA), parseQuery('?unit=other', SCHEMA)),
      false,
    );
  });

  it('agrees with comparing the parsed queries in full, for any two queries', () => {
    const value = fc.constantFrom('', '5', '7', 'KB', 'GB', 'MB', 'bogus', 'slow', 'fast', '-1');
    const query = fc
      .record({amount: value, unit: value, mode: value, other: value}, {requiredKeys: []})
      .map((fields) => new URLSearchParams(fields as Record<string, string>).toString());
    fc.assert(
      fc.property(query, query, (left, right) => {
        const a = parseQuery(left, SCHEMA);
        const b = parseQuery(right, SCHEMA);
        assert.equal(sameQuery(a, b), isDeepStrictEqual(a, b));
      }),
    );
  });
});
