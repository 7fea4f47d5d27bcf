/**
 * A calculator's form written as the query string of a shared link ("kind=json&records=100"),
 * read through the calculator's own schema as the page reads it. Used only by tests.
 */
import assert from 'node:assert/strict';
import type {FormErrors} from '@site/src/widgets/shared/logic/parse';
import {defaults, parseQuery, type Schema, type Values} from '@site/src/widgets/shared/logic/query';

/**
 * The form a link with this query opens: the named fields as given, the others at their
 * defaults. Fails on a parameter the schema does not have, one given twice, or a value the
 * link would not carry to its field, so a test reads exactly the form it writes.
 */
export function formFromQuery<S extends Schema>(schema: S, query: string): Values<S> {
  const params = new URLSearchParams(query);
  const keys = [...params.keys()];
  for (const key of keys) assert.ok(key in schema, `${key} is not a field of this form`);
  assert.equal(new Set(keys).size, keys.length, `a field is given twice in ${query}`);
  const {values, notices} = parseQuery(query, schema);
  assert.deepEqual(notices, {}, query);
  return values;
}

/** The checked input `read` gives for the form a link with this query opens; fails on any error. */
export function readLink<S extends Schema, I>(
  schema: S,
  query: string,
  read: (values: Values<S>) => {input?: I; errors: FormErrors<keyof S & string>},
): I {
  const {input, errors} = read(formFromQuery(schema, query));
  assert.deepEqual(errors, {}, query);
  assert.ok(input, query);
  return input;
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
      const form = {...defaults(schema), ...others, [field]: value};
      const {input, errors} = read(form);
      const what = JSON.stringify({...others, [field]: value});
      assert.equal(input, undefined, what);
      assert.deepEqual(Object.keys(errors), [field], what);
      assert.match(errors[field] ?? '', message, what);
    }
  }
}
