/**
 * Generators shared by the widgets' property-based tests (fast-check). Used only by tests.
 */
import fc from 'fast-check';
import type {Schema, Values} from '@site/src/widgets/shared/logic/query';

export const RUNS = {numRuns: 2000};

/** Anything a reader could type or a link could carry, hostile and huge included. */
export const anyText = fc.oneof(
  fc.string(),
  fc.string({unit: 'grapheme', maxLength: 60}),
  fc.string({unit: 'binary', maxLength: 60}),
  fc.stringMatching(/^[-+ ]?[0-9,.]{0,44}$/),
  fc.integer({min: 0, max: 2_000_000}).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom(
    '',
    '0',
    '-1',
    'NaN',
    'Infinity',
    '1e5',
    '<script>alert(1)</script>',
    '1'.padEnd(400, '0'),
  ),
);

/** Mostly numbers a reader would type, sometimes anything at all. */
export const field = fc.oneof(
  {weight: 3, arbitrary: fc.integer({min: 1, max: 5000}).map(String)},
  {weight: 1, arbitrary: fc.double({min: 0.001, max: 1000, noNaN: true}).map((n) => n.toFixed(2))},
  {weight: 2, arbitrary: anyText},
);

/** Mostly one of the allowed values, sometimes anything. */
export function choice(values: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 4, arbitrary: fc.constantFrom(...values)},
    {weight: 1, arbitrary: anyText},
  );
}

/** A calculator's raw form: its text fields as readers type them, its choices mostly valid. */
export function formsOf<S extends Schema>(schema: S): fc.Arbitrary<Values<S>> {
  const fields = Object.fromEntries(
    Object.entries(schema).map(([key, spec]) => [
      key,
      spec.kind === 'choice' ? choice(spec.values) : field,
    ]),
  );
  return fc.record(fields) as unknown as fc.Arbitrary<Values<S>>;
}
