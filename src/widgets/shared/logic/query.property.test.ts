import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {CHOOSER_SCHEMA} from '@site/src/widgets/ModeChooser/logic';
import {PAYLOAD_SCHEMA} from '@site/src/widgets/PayloadEstimator/logic';
import {TIMEOUT_SCHEMA} from '@site/src/widgets/TimeoutChecker/logic';
import {MAX_RAW_LENGTH} from './parse';
import {mergeQuery, parseQuery, serializeQuery, type Schema, type Values} from './query';

const RUNS = {numRuns: 2000};

const SCHEMAS: [string, Schema][] = [
  ['timeout', TIMEOUT_SCHEMA],
  ['payload', PAYLOAD_SCHEMA],
  ['chooser', CHOOSER_SCHEMA],
];

/** Text with the characters that break naive query handling, in any script, any length. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({unit: 'grapheme', maxLength: 80}),
  fc.string({unit: 'binary', maxLength: 80}),
  fc.string({unit: 'grapheme', minLength: MAX_RAW_LENGTH, maxLength: MAX_RAW_LENGTH * 5}),
  fc.constantFrom(
    '&',
    '=',
    '#',
    '%',
    '%25',
    '%zz',
    '+',
    ' ',
    '?',
    '?a=b&c=d',
    '<script>alert(1)</script>',
    '"\'><img src=x>',
    '\u0000',
    '\r\n',
    '😀'.repeat(30),
  ),
  fc
    .array(
      fc.constantFrom('&', '=', '#', '%', '+', ' ', '?', '/', 'a', '1', ',', '.', 'é', '中', '😀'),
      {maxLength: 60},
    )
    .map((chars) => chars.join('')),
);

/** Values for a schema: each text field any text; each choice field a listed value or anything else. */
function valuesFor(schema: Schema): fc.Arbitrary<Record<string, string>> {
  const fields: Record<string, fc.Arbitrary<string>> = {};
  for (const [key, spec] of Object.entries(schema)) {
    fields[key] =
      spec.kind === 'text'
        ? fc.oneof(fc.constant(spec.default), hostileText)
        : fc.oneof(
            {weight: 3, arbitrary: fc.constantFrom(...spec.values)},
            {weight: 1, arbitrary: hostileText},
          );
  }
  return fc.record(fields);
}

describe('URL state (property)', () => {
  for (const [name, schema] of SCHEMAS) {
    it(
      `${name}: serializeQuery then parseQuery keeps text (truncated) and valid choices, ` +
        'and flags bad choices',
      () => {
        fc.assert(
          fc.property(valuesFor(schema), (values) => {
            const search = serializeQuery(values as Values<Schema>, schema);
            assert.ok(!search.includes('#'), 'a "#" would end the query');
            const parsed = parseQuery(search, schema);
            for (const [key, spec] of Object.entries(schema)) {
              const value = values[key] ?? '';
              const got = parsed.values[key];
              const notice = parsed.notices[key];
              if (spec.kind === 'text') {
                assert.equal(got, value.slice(0, MAX_RAW_LENGTH + 1), key);
                assert.equal(notice, undefined, key);
              } else if (spec.values.includes(value)) {
                assert.equal(got, value, key);
                assert.equal(notice, undefined, key);
              } else {
                assert.equal(got, spec.default, key);
                assert.equal(
                  typeof notice,
                  'string',
                  `${key}: no notice for ${JSON.stringify(value)}`,
                );
                assert.ok(
                  notice?.includes(spec.label),
                  `${key}: the notice does not name ${spec.label}`,
                );
              }
            }
          }),
          RUNS,
        );
      },
    );

    it(`${name}: parseQuery never throws on any query, and gives only listed choices`, () => {
      fc.assert(
        fc.property(
          fc.oneof(hostileText, fc.string({unit: 'binary', maxLength: 300})),
          (search) => {
            const parsed = parseQuery(search, schema);
            for (const [key, spec] of Object.entries(schema)) {
              const got = parsed.values[key];
              assert.equal(typeof got, 'string');
              if (spec.kind === 'choice')
                assert.ok(spec.values.includes(got ?? ''), `${key}: ${got}`);
              else assert.ok((got ?? '').length <= MAX_RAW_LENGTH + 1);
            }
          },
        ),
        RUNS,
      );
    });

    it(`${name}: mergeQuery keeps every other parameter`, () => {
      const own = new Set(Object.keys(schema));
      const otherKey = fc.stringMatching(/^[a-z_]{1,12}$/).filter((key) => !own.has(key));
      fc.assert(
        fc.property(
          valuesFor(schema),
          fc.array(fc.tuple(otherKey, hostileText), {maxLength: 5}),
          (values, others) => {
            const current = new URLSearchParams(others).toString();
            const merged = mergeQuery(current, values as Values<Schema>, schema);
            const params = new URLSearchParams(merged);
            for (const [key] of others) {
              assert.deepEqual(params.getAll(key), new URLSearchParams(current).getAll(key), key);
            }
            assert.deepEqual(
              parseQuery(merged, schema),
              parseQuery(serializeQuery(values as Values<Schema>, schema), schema),
            );
          },
        ),
        RUNS,
      );
    });
  }
});
