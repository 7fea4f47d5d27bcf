import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {OPTION_IDS} from '@site/src/data';
import {
  brokenReferences,
  caseStudyTexts,
  dependencyProblems,
  orderProblems,
  shapeProblems,
  textsOf,
  typedNumbers,
  usesGivens,
} from '@site/test/support/questionChecks';
import {
  CASE_STUDIES,
  caseStudyOf,
  EXAMS,
  FORMATS,
  getQuestion,
  questionsFor,
  questionsOfCaseStudy,
  QUESTIONS,
  workloadOf,
  type MultipleChoiceQuestion,
  type OrderingQuestion,
  type Question,
} from './index';
import {isProvable} from './prove';
import {lim, t} from './text';

function count<T>(items: readonly T[], pick: (item: T) => boolean): number {
  return items.filter(pick).length;
}

describe('the question bank', () => {
  it('holds at least 80 questions', () => {
    assert.ok(QUESTIONS.length >= 80, `${QUESTIONS.length} questions`);
  });

  it('has at least 10 questions for every option', () => {
    for (const option of OPTION_IDS) {
      const n = questionsFor({option}).length;
      assert.ok(n >= 10, `${option}: ${n} questions`);
    }
  });

  it('has at least 8 ordering and 8 matching questions, and every format', () => {
    for (const format of FORMATS)
      assert.ok(count(QUESTIONS, (q) => q.format === format) > 0, format);
    assert.ok(count(QUESTIONS, (q) => q.format === 'ordering') >= 8);
    assert.ok(count(QUESTIONS, (q) => q.format === 'matching') >= 8);
  });

  it('has at least 3 case studies, each with several questions', () => {
    assert.ok(CASE_STUDIES.length >= 3);
    for (const study of CASE_STUDIES) {
      const questions = questionsOfCaseStudy(study.id);
      assert.ok(questions.length >= 2, `${study.id}: ${questions.length} questions`);
      for (const question of questions)
        for (const exam of question.exams)
          assert.ok(
            study.exams.includes(exam),
            `${question.id}: ${exam} is not an exam of ${study.id}`,
          );
    }
  });

  it('serves both exams', () => {
    for (const exam of EXAMS) {
      const n = questionsFor({exam}).length;
      assert.ok(n >= 30, `${exam}: ${n} questions`);
    }
  });

  it('gives every question and case study a unique id', () => {
    const ids = [...QUESTIONS.map((q) => q.id), ...CASE_STUDIES.map((s) => s.id)];
    assert.equal(new Set(ids).size, ids.length);
    for (const question of QUESTIONS) assert.equal(getQuestion(question.id), question);
  });

  it('names only case studies that exist', () => {
    for (const question of QUESTIONS)
      if (question.caseStudy !== undefined)
        assert.ok(
          caseStudyOf(question),
          `${question.id}: unknown case study ${question.caseStudy}`,
        );
  });

  it(
    'keeps every question to its format: keys valid, every choice explained, sizes as the ' +
      'exam guides set them',
    () => {
      assert.deepEqual(QUESTIONS.flatMap(shapeProblems), []);
    },
  );

  it('types no AWS number into any text: every number comes from the data or the workload', () => {
    const texts = [
      ...QUESTIONS.flatMap((q) => textsOf(q, caseStudyOf(q)?.workload)),
      ...CASE_STUDIES.flatMap(caseStudyTexts),
    ];
    assert.ok(texts.length > 1000, `${texts.length} texts scanned`);
    assert.deepEqual(typedNumbers(texts), []);
  });

  it('refers only to limits and workload values that exist', () => {
    const texts = [
      ...QUESTIONS.flatMap((q) => textsOf(q, caseStudyOf(q)?.workload)),
      ...CASE_STUDIES.flatMap(caseStudyTexts),
    ];
    assert.deepEqual(brokenReferences(texts), []);
  });

  it('records the limits a key depends on, and how the exam reads a changed or disputed one', () => {
    assert.deepEqual(QUESTIONS.flatMap(dependencyProblems), []);
    const reading = QUESTIONS.filter((q) => q.examReading !== undefined);
    assert.ok(reading.length >= 10, `${reading.length} questions say how the exam reads a limit`);
  });

  it('orders limits the way the limits module does', () => {
    const sorted = QUESTIONS.filter((q) => q.format === 'ordering' && q.sortedBy !== undefined);
    assert.ok(sorted.length >= 2);
    assert.deepEqual(QUESTIONS.flatMap(orderProblems), []);
  });

  it('does not give the key away by its position', () => {
    const mc = QUESTIONS.filter((q): q is MultipleChoiceQuestion => q.format === 'multiple-choice');
    for (const position of [0, 1, 2, 3]) {
      const share = count(mc, (q) => q.choices.findIndex((c) => c.id === q.key) === position);
      assert.ok(
        share <= mc.length * 0.35,
        `the key is choice ${position + 1} in ${share} of ${mc.length}`,
      );
    }
    for (const q of QUESTIONS) {
      if (q.format !== 'matching') continue;
      const keyed = q.prompts.map((p) => q.key[p.id]);
      const shown = q.responses.map((r) => r.id).filter((id) => keyed.includes(id));
      assert.notDeepEqual(
        shown,
        [...new Set(keyed)],
        `${q.id}: responses are listed in the prompts' order`,
      );
    }
  });

  it('uses every workload it carries, for the proof or for the numbers in the text', () => {
    for (const question of QUESTIONS) {
      if (question.workload === undefined) continue;
      const texts = textsOf(question, question.workload);
      assert.ok(
        isProvable(question, workloadOf(question)) || usesGivens(texts),
        `${question.id}: the workload is neither proven nor shown`,
      );
    }
    for (const study of CASE_STUDIES)
      if (study.workload)
        assert.ok(usesGivens(caseStudyTexts(study)), `${study.id}: unused workload`);
  });
});

describe('the bank checks themselves', () => {
  const mc = QUESTIONS.find((q): q is MultipleChoiceQuestion => q.format === 'multiple-choice');
  assert.ok(mc);

  it('find a number typed into a stem, a choice or a why, even spelled out', () => {
    const planted: Question = {
      ...mc,
      stem: 'Requests of 6 MB must finish within fifteen minutes.',
      choices: mc.choices.map((c, i) => (i === 0 ? {...c, why: 'It costs $0.20 at 50%.'} : c)),
    };
    const found = typedNumbers(textsOf(planted));
    assert.deepEqual(found, [
      `${mc.id} stem: "6 MB"`,
      `${mc.id} stem: "fifteen minutes"`,
      `${mc.id} choice ${mc.choices[0]?.id} why: "$0.20"`,
      `${mc.id} choice ${mc.choices[0]?.id} why: "50%"`,
    ]);
    // The same numbers drawn from the data pass.
    assert.deepEqual(
      typedNumbers([{where: 'x', text: t`Requests of ${lim('realtime.maxPayload')}`}]),
      [],
    );
  });

  it('find a broken key, an unexplained choice and a wrong size for the format', () => {
    const third = mc.choices[2];
    assert.ok(third);
    const problems = shapeProblems({
      ...mc,
      key: 'z',
      choices: [...mc.choices.slice(0, 2), {...third, why: ''}],
    });
    assert.ok(problems.some((p) => p.includes('key z is not a choice')));
    assert.ok(problems.some((p) => p.includes('has no why')));
    assert.ok(problems.some((p) => p.includes('has 3 choices')));
  });

  it('find a changed limit used without saying how the exam reads it', () => {
    const problems = dependencyProblems({
      ...mc,
      dependsOn: ['async.maxProcessingTime'],
      examReading: undefined,
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /changed or is disputed/);
  });

  it('find a key that shows a limit it does not declare', () => {
    const problems = dependencyProblems({
      ...mc,
      dependsOn: [],
      choices: mc.choices.map((c) =>
        c.id === mc.key ? {...c, text: t`Up to ${lim('lambda.maxTimeout')}`} : c,
      ),
    });
    assert.ok(problems.some((p) => p.includes('lambda.maxTimeout')));
  });

  it('find an ordering of limits that the data contradicts', () => {
    const ordered = QUESTIONS.find(
      (q): q is OrderingQuestion => q.format === 'ordering' && q.sortedBy !== undefined,
    );
    assert.ok(ordered);
    const reversed = {...ordered, key: [...ordered.key].reverse()};
    assert.ok(orderProblems(reversed).length > 0);
  });

  it('find a reference to a limit value that does not exist', () => {
    assert.deepEqual(
      brokenReferences([
        {where: 'x', text: [{limit: 'lambda.maxTimeout', which: 'conflicting'}]},
        {where: 'y', text: [{given: 'payload'}]},
      ]),
      ['x: lambda.maxTimeout has no conflicting value', 'y: the workload has no chooser.payload'],
    );
  });
});
