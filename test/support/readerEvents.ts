import fc from 'fast-check';

/**
 * A reader's answer or flashcard review, for property tests of the practice logic: which
 * question or card, whether the reader was right, and a span of time (`gap`, milliseconds, up to
 * `longest`) that a test reads as the wait since the step before or as the age of the step.
 */
export function readerEvent(ids: readonly string[], longest: number) {
  return fc.record({
    id: fc.constantFrom(...ids),
    correct: fc.boolean(),
    gap: fc.integer({min: 0, max: longest}),
  });
}
