import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {changedOrDisputed, getLimit, LIMITS, OPTIONS, type LimitId} from '@site/src/data';
import {EXAM_KEYWORDS} from '@site/src/data/keywords';
import {EXAMS, QUESTIONS, type ExamId, type Question} from '@site/src/data/questions';
import {trapsFor} from '@site/src/data/traps';
import {assertCalls} from '@site/test/support/callCases';
import {sheetValues} from '@site/test/support/cheatSheet';
import {
  cheatSheet,
  decidingCounts,
  decidingLimits,
  optionLimitIds,
  SHEET_LIMITS,
  sourceLabel,
} from './cheatSheet';
import {formatValue, pickValue} from './limitValue';

const LIMIT_IDS = LIMITS.map((entry) => entry.id as LimitId);
const CHANGED = new Set(changedOrDisputed().map((entry) => entry.id));

/** A question reduced to what the selection reads: its exams and the limits its key depends on. */
function question(exams: readonly ExamId[], dependsOn: readonly LimitId[]): Question {
  return {...QUESTIONS[0], id: `q${Math.random()}`, exams, dependsOn} as Question;
}

const questionsArb = fc.array(
  fc
    .record({
      exams: fc.subarray([...EXAMS], {minLength: 1}),
      dependsOn: fc.array(fc.constantFrom(...LIMIT_IDS), {maxLength: 6}),
    })
    .map(({exams, dependsOn}) => question(exams, dependsOn)),
  {maxLength: 40},
);

describe('decidingCounts', () => {
  it('counts the questions of one exam, each question once per limit', () => {
    const questions = [
      question(['AIF-C01'], ['async.maxPayload', 'async.maxPayload', 'lambda.maxTimeout']),
      question(['AIF-C01', 'MLA-C01'], ['async.maxPayload']),
      question(['MLA-C01'], ['lambda.maxTimeout']),
      question(['AIF-C01'], []),
    ];
    assert.deepEqual(
      [...decidingCounts('AIF-C01', questions)],
      [
        ['async.maxPayload', 2],
        ['lambda.maxTimeout', 1],
      ],
    );
    assert.deepEqual([...decidingCounts('MLA-C01', questions)].sort(), [
      ['async.maxPayload', 1],
      ['lambda.maxTimeout', 1],
    ]);
  });

  it('reads the real bank: every exam has questions that turn on limits', () => {
    for (const exam of EXAMS) assert.ok(decidingCounts(exam).size >= 5, exam);
  });
});

describe('decidingLimits', () => {
  it('lists every changed or disputed limit the option columns do not already show', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMS), questionsArb, fc.nat(30), (exam, questions, max) => {
        const ids = new Set(decidingLimits(exam, max, questions).map((l) => l.id));
        for (const id of CHANGED) {
          assert.equal(ids.has(id as LimitId), !optionLimitIds().has(id as LimitId), id);
        }
      }),
    );
  });

  it('never repeats a limit of the option columns, and stops at the cap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMS), questionsArb, fc.nat(30), (exam, questions, max) => {
        const chosen = decidingLimits(exam, max, questions);
        const changedShown = [...CHANGED].filter((id) => !optionLimitIds().has(id as LimitId));
        assert.ok(chosen.length <= Math.max(max, changedShown.length));
        assert.equal(new Set(chosen.map((l) => l.id)).size, chosen.length);
        for (const {id} of chosen) assert.ok(!optionLimitIds().has(id), id);
      }),
    );
  });

  it('prefers the limits more questions turn on, and lists them most first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMS), questionsArb, fc.nat(30), (exam, questions, max) => {
        const counts = decidingCounts(exam, questions);
        const chosen = decidingLimits(exam, max, questions);
        for (const {id, questions: n} of chosen) assert.equal(n, counts.get(id) ?? 0);
        const order = chosen.map((l) => l.questions);
        assert.deepEqual(
          order,
          [...order].sort((a, b) => b - a),
        );
        const picked = new Set(chosen.map((l) => l.id));
        const fewestPicked = Math.min(
          ...chosen.filter((l) => !CHANGED.has(l.id)).map((l) => l.questions),
        );
        for (const [id, n] of counts) {
          if (picked.has(id) || optionLimitIds().has(id)) continue;
          assert.ok(n <= fewestPicked, `${id} (${n}) left out for one with ${fewestPicked}`);
        }
      }),
    );
  });

  it('lists no limit that no question of the exam turns on, unless it changed', () => {
    for (const exam of EXAMS) {
      for (const {id, questions} of decidingLimits(exam)) {
        assert.ok(questions > 0 || CHANGED.has(id), `${exam}: ${id}`);
      }
    }
  });
});

describe('cheatSheet', () => {
  for (const exam of EXAMS) {
    describe(exam, () => {
      const sheet = cheatSheet(exam);

      it('shows every value as the limits module formats it', () => {
        const values = sheetValues(sheet);
        assert.ok(values.length >= 20);
        for (const value of values) {
          const shown = pickValue(getLimit(value.limit), value.which);
          assert.ok(shown, `${value.limit} ${value.which}`);
          assert.equal(value.text, formatValue(shown, value.format));
          assert.equal(value.source, shown.source);
        }
      });

      it('numbers each source once, in the order the sheet shows them, and cites each one', () => {
        assert.equal(new Set(sheet.sources).size, sheet.sources.length);
        const values = sheetValues(sheet);
        for (const value of values) assert.equal(sheet.sources[value.footnote - 1], value.source);
        // First citations come in reading order: 1, 2, 3, ... with no gap.
        const firsts = [...new Set(values.map((value) => value.footnote))];
        assert.deepEqual(
          firsts,
          sheet.sources.map((_, i) => i + 1),
        );
      });

      it('puts the six options side by side with their own payload and time limits', () => {
        assert.deepEqual(
          sheet.options.map((o) => [o.id, o.payload.id, o.time.id, o.gpu, o.scalesToZero]),
          OPTIONS.map((o) => [
            o.id,
            o.maxPayload,
            o.maxProcessing,
            o.gpu.value,
            o.scalesToZero.value,
          ]),
        );
      });

      it('shows every older and conflicting value of the changed and disputed limits', () => {
        const shown = new Set(sheetValues(sheet).map((v) => `${v.limit}/${v.which}`));
        for (const entry of changedOrDisputed()) {
          if (entry.previous?.length) assert.ok(shown.has(`${entry.id}/previous`), entry.id);
          if (entry.conflicting?.length) assert.ok(shown.has(`${entry.id}/conflicting`), entry.id);
        }
      });

      it('lists the exam’s limits, keywords and traps', () => {
        assert.deepEqual(
          sheet.limits.map((l) => l.id),
          decidingLimits(exam, SHEET_LIMITS[exam]).map((l) => l.id),
        );
        assert.deepEqual(
          sheet.keywords.map((k) => [k.option, k.phrases]),
          EXAM_KEYWORDS.map((row) => [row.option, row.phrases]),
        );
        assert.deepEqual(
          sheet.traps.map((t) => t.id),
          trapsFor(exam).map((t) => t.id),
        );
      });

      it('dates the sheet by the latest day a value on it was read', () => {
        const dates = sheetValues(sheet).map((v) => getLimit(v.limit).verifiedOn);
        assert.equal(sheet.checkedUpTo, dates.sort().at(-1));
      });
    });
  }

  it('gives the two exams different emphasis', () => {
    const [aif, mla] = EXAMS.map((exam) => cheatSheet(exam).limits.map((l) => l.id));
    assert.notDeepEqual(aif, mla);
  });
});

describe('sourceLabel', () => {
  it('keeps the path of AWS documentation and the host of other pages', () => {
    assertCalls(sourceLabel, [
      [
        ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'],
        '/lambda/latest/dg/gettingstarted-limits.html',
      ],
      [['https://aws.amazon.com/lambda/pricing/'], 'aws.amazon.com/lambda/pricing/'],
      [['not a url'], 'not a url'],
    ]);
  });
});
