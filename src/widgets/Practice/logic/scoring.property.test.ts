import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {QUESTIONS, type Question} from '@site/src/data/questions';
import {isComplete, scoreQuestion, scoreSet, type Answer} from './scoring';

const RUNS = {numRuns: 1000};
const anyQuestion = fc.constantFrom(...QUESTIONS);

/** An answer of the question's own format, built from its ids (and sometimes a stray one). */
function answerFor(question: Question): fc.Arbitrary<Answer> {
  switch (question.format) {
    case 'multiple-choice':
      return fc
        .constantFrom(...question.choices.map((c) => c.id), 'stray')
        .map((choice) => ({format: 'multiple-choice', choice}));
    case 'multiple-response':
      return fc
        .subarray([...question.choices.map((c) => c.id), 'stray'])
        .map((choices) => ({format: 'multiple-response', choices}));
    case 'ordering':
      return fc
        .shuffledSubarray(question.items.map((i) => i.id))
        .map((order) => ({format: 'ordering', order}));
    case 'matching':
      return fc
        .tuple(
          ...question.prompts.map(() =>
            fc.option(fc.constantFrom(...question.responses.map((r) => r.id)), {nil: undefined}),
          ),
        )
        .map((picked) => ({
          format: 'matching',
          pairs: Object.fromEntries(
            question.prompts.flatMap((p, i) => (picked[i] ? [[p.id, picked[i]]] : [])),
          ),
        }));
  }
}

const questionAndAnswer = anyQuestion.chain((q) => fc.tuple(fc.constant(q), answerFor(q)));

function isKey(question: Question, answer: Answer): boolean {
  switch (answer.format) {
    case 'multiple-choice':
      return question.format === 'multiple-choice' && answer.choice === question.key;
    case 'multiple-response': {
      if (question.format !== 'multiple-response') return false;
      const picked = new Set(answer.choices);
      return picked.size === question.key.length && question.key.every((k) => picked.has(k));
    }
    case 'ordering':
      return (
        question.format === 'ordering' &&
        answer.order.length === question.key.length &&
        answer.order.every((id, i) => id === question.key[i])
      );
    case 'matching':
      return (
        question.format === 'matching' &&
        question.prompts.every((p) => answer.pairs[p.id] === question.key[p.id]) &&
        Object.keys(answer.pairs).length === question.prompts.length
      );
  }
}

describe('scoring, for any question and any answer', () => {
  it('gives full credit exactly when the answer is the key', () => {
    fc.assert(
      fc.property(questionAndAnswer, ([question, answer]) => {
        assert.equal(scoreQuestion(question, answer).correct, isKey(question, answer));
      }),
      RUNS,
    );
  });

  it('counts parts right within the parts, all of them only with full credit', () => {
    fc.assert(
      fc.property(questionAndAnswer, ([question, answer]) => {
        const score = scoreQuestion(question, answer);
        assert.ok(score.right >= 0 && score.right <= score.total);
        if (score.correct) assert.equal(score.right, score.total);
        if (score.correct) assert.ok(isComplete(question, answer));
      }),
      RUNS,
    );
  });

  it('adds a set up consistently', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(questionAndAnswer, {selector: ([q]) => q.id, maxLength: 20}),
        (pairs) => {
          const questions = pairs.map(([q]) => q);
          const answers = Object.fromEntries(pairs.map(([q, a]) => [q.id, a]));
          const result = scoreSet(questions, answers);
          assert.equal(result.correct, result.scores.filter((s) => s.correct).length);
          assert.equal(result.missed.length, result.total - result.correct);
          const formats = Object.values(result.byFormat).reduce((n, t) => n + t.total, 0);
          assert.equal(formats, result.total);
          for (const tally of [...Object.values(result.byOption), ...Object.values(result.byExam)])
            assert.ok(tally.correct <= tally.total && tally.total <= result.total);
          assert.ok(result.percent >= 0 && result.percent <= 100);
        },
      ),
      {numRuns: 300},
    );
  });
});
