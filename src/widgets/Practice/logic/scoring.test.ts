import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getQuestion, QUESTIONS, type Question} from '@site/src/data/questions';
import {isComplete, keyAnswer, scoreQuestion, scoreSet, type Answer} from './scoring';

function question<F extends Question['format']>(id: string, format: F) {
  const found = getQuestion(id);
  assert.ok(found && found.format === format, `${id} is not a ${format} question`);
  return found as Extract<Question, {format: F}>;
}

const mc = question('rt-checkout-fraud', 'multiple-choice');
const mr = question('sl-missing-features', 'multiple-response');
const ordering = question('as-request-steps', 'ordering');
const matching = question('br-operations', 'matching');

describe('scoring one question', () => {
  it('gives full credit for the key, in every question of the bank', () => {
    for (const q of QUESTIONS) {
      const score = scoreQuestion(q, keyAnswer(q));
      assert.ok(score.correct && score.answered, q.id);
      assert.equal(score.right, score.total, q.id);
      assert.ok(isComplete(q, keyAnswer(q)), q.id);
      assert.ok(
        Object.values(score.marks).every((mark) => mark === 'right'),
        q.id,
      );
    }
  });

  it('multiple choice: marks the wrong pick and the missed key', () => {
    const wrong = mc.choices.find((c) => c.id !== mc.key);
    assert.ok(wrong);
    const score = scoreQuestion(mc, {format: 'multiple-choice', choice: wrong.id});
    assert.equal(score.correct, false);
    assert.deepEqual(score.marks, {[wrong.id]: 'wrong', [mc.key]: 'missed'});
    assert.equal(scoreQuestion(mc, {format: 'multiple-choice', choice: 'zz'}).correct, false);
  });

  it('multiple response: all keys and nothing else, as on the exam', () => {
    const keys = [...mr.key];
    const wrong = mr.choices.find((c) => !keys.includes(c.id));
    assert.ok(wrong);
    const missing = scoreQuestion(mr, {format: 'multiple-response', choices: keys.slice(1)});
    assert.equal(missing.correct, false);
    assert.equal(missing.marks[keys[0] ?? ''], 'missed');
    const extra = scoreQuestion(mr, {format: 'multiple-response', choices: [...keys, wrong.id]});
    assert.equal(extra.correct, false);
    assert.equal(extra.marks[wrong.id], 'wrong');
    assert.equal(extra.right, extra.total - 1);
    // Picking a key twice is picking it once; a choice the question lacks is never right.
    assert.ok(
      scoreQuestion(mr, {format: 'multiple-response', choices: [...keys, ...keys]}).correct,
    );
    assert.equal(
      scoreQuestion(mr, {format: 'multiple-response', choices: [...keys, 'zz']}).correct,
      false,
    );
  });

  it('ordering: every item in its place, marks by position', () => {
    const [a, b, ...rest] = ordering.key;
    assert.ok(a && b);
    const swapped = scoreQuestion(ordering, {format: 'ordering', order: [b, a, ...rest]});
    assert.equal(swapped.correct, false);
    assert.equal(swapped.marks['1'], 'wrong');
    assert.equal(swapped.marks['2'], 'wrong');
    assert.equal(swapped.right, ordering.key.length - 2);
    const short = scoreQuestion(ordering, {format: 'ordering', order: [a, b]});
    assert.equal(short.marks[String(ordering.key.length)], 'missed');
    const long = scoreQuestion(ordering, {format: 'ordering', order: [...ordering.key, 'x']});
    assert.equal(long.correct, false);
  });

  it('matching: every pair right; a missing pair is missed', () => {
    const pairs = {...matching.key};
    const [first, second] = matching.prompts;
    assert.ok(first && second);
    const swapped = {
      ...pairs,
      [first.id]: pairs[second.id] ?? '',
      [second.id]: pairs[first.id] ?? '',
    };
    const score = scoreQuestion(matching, {format: 'matching', pairs: swapped});
    assert.equal(score.correct, false);
    assert.equal(score.marks[first.id], 'wrong');
    const partial = Object.fromEntries(Object.entries(pairs).filter(([id]) => id !== first.id));
    const missed = scoreQuestion(matching, {format: 'matching', pairs: partial});
    assert.equal(missed.marks[first.id], 'missed');
    assert.equal(isComplete(matching, {format: 'matching', pairs: partial}), false);
    assert.equal(
      scoreQuestion(matching, {format: 'matching', pairs: {...pairs, extra: 'converse'}}).correct,
      false,
    );
  });

  it('scores no answer, or an answer of another format, as unanswered and wrong', () => {
    for (const answer of [undefined, {format: 'ordering', order: ['a']} as Answer]) {
      const score = scoreQuestion(mc, answer);
      assert.equal(score.answered, false);
      assert.equal(score.correct, false);
      assert.deepEqual(score.marks, {[mc.key]: 'missed'});
    }
    assert.equal(isComplete(mc, undefined), false);
    assert.equal(isComplete(mr, {format: 'multiple-response', choices: [mr.key[0] ?? '']}), false);
    assert.equal(isComplete(ordering, {format: 'ordering', order: ['', '', '', '', '']}), false);
  });

  it('does not read inherited properties of an answer object as pairs', () => {
    const pairs = Object.create({[matching.prompts[0]?.id ?? 'p1']: 'converse'}) as Record<
      string,
      string
    >;
    const score = scoreQuestion(matching, {format: 'matching', pairs});
    assert.equal(score.right, 0);
  });
});

describe('scoring a set', () => {
  it('counts by option, exam and format, and lists what was missed in order', () => {
    const set = [mc, mr, ordering, matching];
    const wrong = mc.choices.find((c) => c.id !== mc.key);
    assert.ok(wrong);
    const result = scoreSet(set, {
      [mc.id]: {format: 'multiple-choice', choice: wrong.id},
      [mr.id]: keyAnswer(mr),
      [ordering.id]: keyAnswer(ordering),
    });
    assert.equal(result.total, 4);
    assert.equal(result.correct, 2);
    assert.equal(result.answered, 3);
    assert.equal(result.percent, 50);
    assert.deepEqual(result.missed, [mc.id, matching.id]);
    assert.deepEqual(result.byFormat['multiple-choice'], {total: 1, correct: 0});
    assert.deepEqual(result.byFormat.ordering, {total: 1, correct: 1});
    assert.deepEqual(result.byOption.realtime, {total: 1, correct: 0});
    assert.deepEqual(result.byOption.async, {total: 1, correct: 1});
    assert.equal(result.byExam['MLA-C01'].total, 4);
  });

  it('scores an empty set as nothing, not as a division by zero', () => {
    const result = scoreSet([], {});
    assert.equal(result.percent, 0);
    assert.deepEqual(result.missed, []);
  });

  it('rounds the percentage down, so a near miss never shows as full marks', () => {
    const three = [mc, mr, ordering];
    const result = scoreSet(three, {[mc.id]: keyAnswer(mc), [mr.id]: keyAnswer(mr)});
    assert.equal(result.percent, 66);
  });
});
