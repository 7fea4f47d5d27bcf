/**
 * Checks shared by the tests of the limits and the prices: sources and dates, older and
 * conflicting values, and the disputed status of an entry. Used only by tests.
 */
import assert from 'node:assert/strict';

const AWS_HOSTS = ['docs.aws.amazon.com', 'aws.amazon.com'];
const today = new Date();

/** A source on one of AWS's hosts, over https. */
export function assertAwsSource(url: string, where: string): void {
  const parsed = new URL(url);
  assert.equal(parsed.protocol, 'https:', `${where}: source must use https`);
  assert.ok(
    AWS_HOSTS.includes(parsed.hostname),
    `${where}: ${parsed.hostname} is not an AWS documentation host`,
  );
}

const DATE_FORMS = {
  month: /^\d{4}-\d{2}(-\d{2})?$/,
  year: /^\d{4}(-\d{2}(-\d{2})?)?$/,
};

/**
 * An ISO date (a day, or a month; with `coarsest: 'year'` also a year alone) that exists and is
 * not in the future.
 */
export function assertPastDate(
  value: string,
  where: string,
  coarsest: keyof typeof DATE_FORMS = 'month',
): void {
  assert.match(value, DATE_FORMS[coarsest], `${where}: ${value} is not an ISO date`);
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  assert.equal(date.getUTCFullYear(), year, `${where}: ${value} is not a real date`);
  assert.equal(date.getUTCMonth() + 1, month, `${where}: ${value} is not a real date`);
  assert.equal(date.getUTCDate(), day, `${where}: ${value} is not a real date`);
  assert.ok(date.getTime() <= today.getTime(), `${where}: ${value} is in the future`);
}

interface OlderValue {
  value: number;
  unit: string;
  note: string;
  source: string;
  until?: string;
}

interface ConflictingValue {
  value: number;
  note: string;
}

/**
 * Every older value is explained, sourced on AWS, non-negative, in a known unit and dated in the
 * past; every conflicting value is explained and positive; only a disputed entry has conflicting
 * values. `also` adds what one registry checks beyond that.
 */
export function assertOlderAndConflictingValues<P extends OlderValue, C extends ConflictingValue>(
  entry: {
    id: string;
    status: string;
    previous?: readonly P[];
    conflicting?: readonly C[];
  },
  units: readonly string[],
  also: {previous?: (value: P) => void; conflicting?: (value: C) => void} = {},
): void {
  for (const previous of entry.previous ?? []) {
    assert.ok(previous.note.trim().length > 0, `${entry.id}: previous value without a note`);
    assertAwsSource(previous.source, `${entry.id} previous`);
    assert.ok(Number.isFinite(previous.value) && previous.value >= 0);
    assert.ok(units.includes(previous.unit), `${entry.id}: previous unit ${previous.unit}`);
    if (previous.until) assertPastDate(previous.until, `${entry.id} until`);
    also.previous?.(previous);
  }
  for (const other of entry.conflicting ?? []) {
    assert.ok(other.note.trim().length > 0, `${entry.id}: conflicting value without a note`);
    assert.ok(Number.isFinite(other.value) && other.value > 0);
    also.conflicting?.(other);
  }
  assertDisputedOnlyWithConflicts(entry);
}

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
