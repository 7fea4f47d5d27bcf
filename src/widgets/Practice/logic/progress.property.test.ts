import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {QUESTIONS} from '@site/src/data/questions';
import {readerEvent} from '@site/test/support/readerEvents';
import {buildFlashcards} from './flashcards';
import {DAY_MS} from './leitner';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  PROGRESS_FORMAT,
  recordAnswer,
  recordCard,
} from './progress';

const NOW = Date.UTC(2026, 10, 29, 12);
const questionIds = QUESTIONS.map((q) => q.id);
const cardIds = buildFlashcards().map((c) => c.id);
const options = {now: NOW, questionIds: new Set(questionIds), cardIds: new Set(cardIds)};

/** Any history a reader could build: answers and reviews at moments in the past two years. */
const history = fc.array(
  fc.oneof(
    readerEvent(questionIds, 700 * DAY_MS).map((event) => ({...event, kind: 'answer' as const})),
    readerEvent(cardIds, 700 * DAY_MS).map((event) => ({...event, kind: 'card' as const})),
  ),
  {maxLength: 80},
);

describe('progress files, for any history', () => {
  it('export and import give back the same progress', () => {
    fc.assert(
      fc.property(history, (steps) => {
        let p = emptyProgress();
        for (const step of [...steps].sort((a, b) => b.gap - a.gap)) {
          const at = NOW - step.gap;
          p =
            step.kind === 'answer'
              ? recordAnswer(p, step.id, step.correct, at)
              : recordCard(p, step.id, step.correct, at);
        }
        const result = importProgress(exportProgress(p, NOW), options);
        assert.ok(result.ok, result.ok ? '' : result.error);
        assert.deepEqual(result.progress, p);
      }),
      {numRuns: 300},
    );
  });
});

describe('importing, for any input at all', () => {
  const check = (input: unknown) => {
    const result = importProgress(input, options);
    if (result.ok) {
      assert.ok(Object.keys(result.progress.questions).every((id) => options.questionIds.has(id)));
    } else {
      assert.ok(result.error.length > 0 && result.error.length < 200, result.error);
      assert.doesNotMatch(result.error, /[\p{Cc}\p{Cf}]/u);
    }
  };

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), check), {numRuns: 2000});
  });

  it('never throws on any JSON value, nor on one dressed as a progress file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))),
      {numRuns: 2000},
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (questions, cards) =>
          check(JSON.stringify({format: PROGRESS_FORMAT, version: 1, questions, cards})),
      ),
      {numRuns: 2000},
    );
  });

  it('never throws on values JSON cannot even hold', () => {
    fc.assert(fc.property(fc.anything(), check), {numRuns: 1000});
  });
});
