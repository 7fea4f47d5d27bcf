/**
 * Table-driven checks of pure functions: each case gives the arguments of one call and the value
 * the call must return. Used only by tests.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {inspect} from 'node:util';

/** One call: its arguments, then the value it must return. */
export type CallCase<A extends readonly unknown[], R> = readonly [args: A, expected: R];

/**
 * Asserts that `fn` returns each case's expected value (strict deep equality, so `-0` is not `0`),
 * naming the failing call: `formatBytes(1023, 'binary')`.
 */
export function assertCalls<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  cases: readonly CallCase<NoInfer<A>, NoInfer<R>>[],
): void {
  assert.ok(cases.length > 0, `no cases for ${fn.name}`);
  for (const [args, expected] of cases) {
    const call = `${fn.name}(${args.map((arg) => inspect(arg)).join(', ')})`;
    assert.deepEqual(fn(...args), expected, call);
  }
}

/**
 * A suite named after `fn` with one test for each table: the test's name, then its calls. For
 * functions whose tests are nothing but calls and the values they return.
 */
export function describeCalls<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  tables: Readonly<Record<string, readonly CallCase<NoInfer<A>, NoInfer<R>>[]>>,
): void {
  describe(fn.name, () => {
    for (const [name, cases] of Object.entries(tables)) it(name, () => assertCalls(fn, cases));
  });
}
