/**
 * Checks shared by the calculators' tests: results hold only finite numbers and clean text, and
 * a form either reads into checked input or names each bad field, and refuses each bad value
 * beside its own field. Used only by tests.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type {FormErrors} from '@site/src/widgets/shared/logic/parse';
import {defaults, type Schema, type Values} from '@site/src/widgets/shared/logic/query';
import {partsToText, type Part} from '@site/src/widgets/shared/logic/sourced';
import {RUNS} from './arbitraries';

const UNCLEAN = /NaN|Infinity|undefined/;

/** Visits every value inside `value`, with its path: "result.options[2].used". */
export function walk(
  value: unknown,
  path: string,
  visit: (value: unknown, path: string) => void,
): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, visit);
  }
}

/** Every number inside `value` is finite. */
export function assertFiniteNumbers(value: unknown, path = 'result'): void {
  walk(value, path, (item, where) => {
    if (typeof item === 'number') assert.ok(Number.isFinite(item), `${where} is ${item}`);
  });
}

/** Every number inside `value` is finite, and no text says NaN, Infinity or undefined. */
export function assertClean(value: unknown, path = 'result'): void {
  walk(value, path, (item, where) => {
    if (typeof item === 'number') assert.ok(Number.isFinite(item), `${where} is ${item}`);
    if (typeof item === 'string') assert.doesNotMatch(item, UNCLEAN, `${where}: ${item}`);
  });
}

/** A message reads as text: not empty, no NaN, Infinity or undefined. */
export function assertCleanParts(parts: readonly Part[], where: string): void {
  const text = partsToText(parts);
  assert.ok(text.trim().length > 0, `${where}: empty`);
  assert.doesNotMatch(text, UNCLEAN, `${where}: ${text}`);
}

/** A calculator's form with its defaults, and some fields changed. */
export function formWith<S extends Schema>(
  schema: S,
  overrides: Partial<Values<S>> = {},
): Values<S> {
  return {...defaults(schema), ...overrides};
}

/**
 * The property every calculator's form reader has: it never throws, and gives either checked
 * input (passed to `check`) with no errors, or a non-empty message for each bad field. At least
 * one form in twenty must be valid, so the property is not met by refusing everything.
 */
export function assertReadsEveryForm<S extends Schema, I>(
  schema: S,
  forms: fc.Arbitrary<Values<S>>,
  read: (values: Values<S>) => {input?: I; errors: FormErrors<keyof S & string>},
  check: (input: I) => void,
): void {
  const fields = new Set(Object.keys(schema));
  let accepted = 0;
  fc.assert(
    fc.property(forms, (values) => {
      const {input, errors} = read(values);
      const keys = Object.keys(errors);
      if (input) {
        accepted += 1;
        assert.deepEqual(keys, []);
        check(input);
      } else {
        assert.ok(keys.length > 0, 'no input and no error');
        for (const key of keys) {
          assert.ok(fields.has(key), key);
          const message = (errors as Record<string, string | undefined>)[key];
          assert.ok(typeof message === 'string' && message.trim().length > 0, key);
        }
      }
    }),
    RUNS,
  );
  assert.ok(accepted >= RUNS.numRuns / 20, `only ${accepted} of ${RUNS.numRuns} forms were valid`);
}

/**
 * Values one field must refuse: the form's other values they are typed beside (the rest at
 * their defaults), the field, the values, and what the message must say (by default, anything).
 */
export type BadValues<S extends Schema> = readonly [
  others: Partial<Values<S>>,
  field: keyof S & string,
  values: readonly string[],
  message?: RegExp,
];

/**
 * Each bad value, typed into its field, gives no input and one message, beside that field:
 * the check every calculator's form reader must pass for what a reader can type.
 */
export function assertBadValues<S extends Schema>(
  schema: S,
  read: (values: Values<S>) => {input?: unknown; errors: FormErrors<keyof S & string>},
  cases: readonly BadValues<S>[],
): void {
  assert.ok(cases.length > 0, 'no bad values to check');
  for (const [others, field, values, message = /\S/] of cases) {
    assert.ok(values.length > 0, `no bad values for ${field}`);
    for (const value of values) {
      const typed = {...others, [field]: value};
      const {input, errors} = read(formWith(schema, typed));
      const what = JSON.stringify(typed);
      assert.equal(input, undefined, what);
      assert.deepEqual(Object.keys(errors), [field], what);
      assert.match(errors[field] ?? '', message, what);
    }
  }
}
