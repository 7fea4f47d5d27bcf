/**
 * A calculator's form written as the query string of a shared link ("kind=json&records=100"),
 * read through the calculator's own schema as the page reads it. Used only by tests.
 */
import assert from 'node:assert/strict';
import type {FormErrors} from '@site/src/widgets/shared/logic/parse';
import {parseQuery, type Schema, type Values} from '@site/src/widgets/shared/logic/query';

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
