import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {OPTION_IDS} from '@site/src/data';
import {CASE_STUDIES, QUESTIONS} from '@site/src/data/questions';
import {seededRandom, shuffle} from './random';
import {keyAnswer, scoreSet} from './scoring';
import {available, checkYourself, retryMissed, selectQuestions, units} from './select';

describe('choosing a practice set', () => {
  it('draws the number asked for, matching the exam and options chosen', () => {
    const set = selectQuestions(
      QUESTIONS,
      {exam: 'AIF-C01', options: ['lambda', 'bedrock']},
      10,
      seededRandom(1),
    );
    assert.equal(set.length, 10);
    for (const q of set) {
      assert.ok(q.exams.includes('AIF-C01'), q.id);
      assert.ok(q.options.includes('lambda') || q.options.includes('bedrock'), q.id);
    }
  });

  it('draws the same set from the same seed, and another from another seed', () => {
    const ids = (seed: number) =>
      selectQuestions(QUESTIONS, {}, 20, seededRandom(seed)).map((q) => q.id);
    assert.deepEqual(ids(42), ids(42));
    assert.notDeepEqual(ids(42), ids(43));
  });

  it('keeps a case study whole and in order', () => {
    const set = selectQuestions(QUESTIONS, {}, QUESTIONS.length, seededRandom(7));
    assert.equal(set.length, QUESTIONS.length);
    for (const study of CASE_STUDIES) {
      const positions = set.flatMap((q, i) => (q.caseStudy === study.id ? [i] : []));
      const expected = QUESTIONS.filter((q) => q.caseStudy === study.id).map((q) => q.id);
      assert.deepEqual(
        positions.map((i) => set[i]?.id),
        expected,
      );
      const [start] = positions;
      assert.ok(start !== undefined);
      assert.equal(positions.at(-1), start + positions.length - 1, `${study.id} is split`);
    }
  });

  it('never splits a case study to reach the count', () => {
    // Only case-study questions match: a set of 3 can hold a three-question study, not part of a four.
    const filter = {formats: ['multiple-choice', 'multiple-response', 'ordering'] as const};
    for (let seed = 0; seed < 30; seed += 1) {
      const set = selectQuestions(
        QUESTIONS.filter((q) => q.caseStudy),
        filter,
        3,
        seededRandom(seed),
      );
      const studies = new Set(set.map((q) => q.caseStudy));
      for (const study of studies) {
        const whole = QUESTIONS.filter(
          (q) =>
            q.caseStudy === study &&
            ['multiple-choice', 'multiple-response', 'ordering'].includes(q.format),
        );
        assert.equal(set.filter((q) => q.caseStudy === study).length, whole.length);
      }
    }
  });

  it('gives everything available when asked for more, and nothing for no count', () => {
    const filter = {options: ['serverless' as const]};
    const all = selectQuestions(QUESTIONS, filter, 1000, seededRandom(3));
    assert.equal(all.length, available(QUESTIONS, filter));
    for (const count of [0, -5, Number.NaN, Number.POSITIVE_INFINITY * 0])
      assert.deepEqual(selectQuestions(QUESTIONS, filter, count, seededRandom(3)), []);
    assert.equal(selectQuestions(QUESTIONS, filter, 2.9, seededRandom(3)).length, 2);
  });

  it('can leave case studies out', () => {
    const set = selectQuestions(QUESTIONS, {withoutCaseStudies: true}, 500, seededRandom(5));
    assert.ok(set.length > 0 && set.every((q) => q.caseStudy === undefined));
  });

  it('groups questions into units: single questions and whole case studies', () => {
    const groups = units(QUESTIONS);
    assert.equal(groups.flat().length, QUESTIONS.length);
    assert.equal(groups.filter((g) => g.length > 1).length, CASE_STUDIES.length);
  });
});

describe('retrying the ones I missed', () => {
  it('returns the missed questions of a set, in the set’s order', () => {
    const set = selectQuestions(QUESTIONS, {}, 8, seededRandom(11));
    const answered = Object.fromEntries(
      set.filter((_, i) => i % 2 === 0).map((q) => [q.id, keyAnswer(q)]),
    );
    const retry = retryMissed(set, scoreSet(set, answered));
    assert.deepEqual(
      retry.map((q) => q.id),
      set.filter((_, i) => i % 2 === 1).map((q) => q.id),
    );
    assert.deepEqual(
      retryMissed(
        retry,
        scoreSet(retry, Object.fromEntries(retry.map((q) => [q.id, keyAnswer(q)]))),
      ),
      [],
    );
  });
});

describe('check yourself at the end of an option page', () => {
  it('picks four to six questions about the option, in several formats, the same every time', () => {
    for (const option of OPTION_IDS) {
      const picked = checkYourself(QUESTIONS, option, 5);
      assert.equal(picked.length, 5, option);
      assert.ok(
        picked.every((q) => q.options[0] === option && q.caseStudy === undefined),
        option,
      );
      assert.ok(new Set(picked.map((q) => q.format)).size >= 2, `${option}: one format only`);
      assert.deepEqual(checkYourself(QUESTIONS, option, 5), picked);
    }
  });
});

describe('the random source', () => {
  it('is repeatable, stays in [0, 1), and shuffles without losing items', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    for (let i = 0; i < 1000; i += 1) {
      const x = a();
      assert.equal(x, b());
      assert.ok(x >= 0 && x < 1);
    }
    const items = Array.from({length: 50}, (_, i) => i);
    assert.deepEqual(
      [...shuffle(items, seededRandom(1))].sort((x, y) => x - y),
      items,
    );
    // A broken source cannot push an index out of range.
    assert.deepEqual(
      [...shuffle(items, () => 7)].sort((x, y) => x - y),
      items,
    );
    assert.deepEqual(
      [...shuffle(items, () => Number.NaN)].sort((x, y) => x - y),
      items,
    );
  });
});
