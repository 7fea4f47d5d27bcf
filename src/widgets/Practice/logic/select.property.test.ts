import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {OPTION_IDS} from '@site/src/data';
import {EXAMS, FORMATS, QUESTIONS} from '@site/src/data/questions';
import {seededRandom} from './random';
import {available, matchesFilter, selectQuestions, type SetFilter} from './select';

const filter: fc.Arbitrary<SetFilter> = fc.record(
  {
    exam: fc.constantFrom(...EXAMS),
    options: fc.subarray([...OPTION_IDS]),
    formats: fc.subarray([...FORMATS]),
    withoutCaseStudies: fc.boolean(),
  },
  {requiredKeys: []},
);

describe('choosing a set, for any filter, count and seed', () => {
  it('returns distinct questions that match, never more than asked or available, whole case studies only', () => {
    fc.assert(
      fc.property(filter, fc.integer({min: -5, max: 150}), fc.integer(), (f, count, seed) => {
        const set = selectQuestions(QUESTIONS, f, count, seededRandom(seed));
        const ids = set.map((q) => q.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(set.length <= Math.max(0, count));
        assert.ok(set.length <= available(QUESTIONS, f));
        for (const q of set) assert.ok(matchesFilter(q, f), q.id);
        for (const study of new Set(set.flatMap((q) => (q.caseStudy ? [q.caseStudy] : [])))) {
          const whole = QUESTIONS.filter((q) => q.caseStudy === study && matchesFilter(q, f));
          const inSet = set.filter((q) => q.caseStudy === study);
          assert.equal(inSet.length, whole.length);
          const first = set.findIndex((q) => q.caseStudy === study);
          assert.ok(
            inSet.every((q, i) => set[first + i] === q),
            `${study} is split`,
          );
        }
        if (count >= available(QUESTIONS, f)) assert.equal(set.length, available(QUESTIONS, f));
      }),
      {numRuns: 500},
    );
  });
});
