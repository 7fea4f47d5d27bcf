/**
 * Checks shared by the tests of the limits and the prices registries: finding entries by id,
 * and the disputed status of an entry. Used only by tests.
 */
import assert from 'node:assert/strict';
import {it} from 'node:test';

/** A disputed entry, and only a disputed one, lists conflicting values. */
export function assertDisputedOnlyWithConflicts(entry: {
  id: string;
  status: string;
  conflicting?: readonly unknown[];
}): void {
  assert.equal(
    entry.status === 'disputed',
    (entry.conflicting?.length ?? 0) > 0,
    `${entry.id}: a disputed entry, and only a disputed one, lists conflicting values`,
  );
}

/**
 * The test that a registry finds entries by id: a known id gives its entry with its value, a
 * known and an unknown id are told apart, and asking for an unknown id throws "Unknown <what> id".
 */
export function itFindsEntriesById<Id extends string>(
  what: string,
  lookups: {get: (id: Id) => {value: number}; isId: (id: string) => boolean},
  cases: {known: {id: Id; value: number}; alsoKnown: string; unknown: string},
): void {
  it('finds entries by id and rejects unknown ids', () => {
    assert.equal(lookups.get(cases.known.id).value, cases.known.value);
    assert.ok(lookups.isId(cases.alsoKnown));
    assert.ok(!lookups.isId(cases.unknown));
    assert.throws(() => lookups.get('nope.nope' as Id), new RegExp(`Unknown ${what} id`));
  });
}
