import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {caseStudyOf, getQuestion, QUESTIONS, type Question} from './index';
import {isProvable, proofProblems, prove} from './prove';

function inherited(question: Question) {
  return caseStudyOf(question)?.workload;
}

function question<F extends Question['format']>(id: string, format: F) {
  const found = getQuestion(id);
  assert.ok(found, `no question ${id}`);
  assert.equal(found.format, format);
  return found as Extract<Question, {format: F}>;
}

describe('questions the calculators prove', () => {
  const provable = QUESTIONS.filter((q) => isProvable(q, inherited(q)));

  it('are a good share of the bank, for every option', () => {
    assert.ok(provable.length >= 35, `${provable.length} provable questions`);
    for (const option of ['batch', 'realtime', 'serverless', 'async', 'bedrock', 'lambda'] as const)
      assert.ok(
        provable.some((q) => q.options.includes(option)),
        `no provable question tests ${option}`,
      );
  });

  for (const q of QUESTIONS) {
    if (!isProvable(q, inherited(q))) continue;
    it(`${q.id}: the calculators agree with the key`, () => {
      assert.deepEqual(proofProblems(q, inherited(q)), []);
    });
  }
});

describe('the prover', () => {
  it('runs every calculator a workload names, through its URL parameters', () => {
    const proof = prove({
      chooser: {
        when: 'later',
        payload: '800',
        payloadUnit: 'MB',
        duration: '12',
        durationUnit: 'min',
        gpu: 'yes',
      },
      timeout: {processing: '2', processingUnit: 'h'},
      payload: {kind: 'file', size: '2', sizeUnit: 'GB', encoding: 'binary'},
    });
    assert.deepEqual(proof.errors, []);
    assert.equal(proof.top, 'async');
    // Two hours is over every option's limit; two gigabytes too large for every request.
    assert.deepEqual(proof.ruledOut.get('async'), ['timeout', 'payload']);
    assert.deepEqual(proof.ruledOut.get('serverless'), ['chooser', 'timeout', 'payload']);
  });

  it('reports values a calculator cannot read, and parameters it does not have', () => {
    const proof = prove({
      chooser: {payload: 'lots', traffic: 'sometimes'},
      timeout: {processingTime: '5'} as never,
    });
    assert.ok(proof.errors.some((e) => e.startsWith('chooser: traffic:')));
    assert.ok(proof.errors.some((e) => e.startsWith('chooser: payload:')));
    assert.ok(proof.errors.some((e) => e.includes('processingTime is not a parameter')));
  });

  it('fails a question whose key it rules out (a planted wrong key)', () => {
    const real = question('as-uploaded-videos', 'multiple-choice');
    const serverless = real.choices.find((c) => c.option === 'serverless');
    assert.ok(serverless);
    const planted = {...real, key: serverless.id};
    const problems = proofProblems(planted);
    assert.ok(
      problems.some(
        (p) => p.includes(`choice ${serverless.id} is keyed`) && p.includes('serverless'),
      ),
      problems.join('\n'),
    );
    // The real key, now called wrong, is what the chooser recommends.
    assert.ok(problems.some((p) => p.includes('the mode chooser recommends async')));
  });

  it('fails a question that calls the recommended option wrong, even when its key is not ruled out', () => {
    const real = question('rt-checkout-fraud', 'multiple-choice');
    const serverless = real.choices.find((c) => c.option === 'serverless');
    assert.ok(serverless);
    const problems = proofProblems({...real, key: serverless.id});
    assert.deepEqual(problems, [
      `rt-checkout-fraud: choice ${real.key} is called wrong, but the mode chooser recommends realtime`,
    ]);
  });

  it('fails a matching question with two answers swapped', () => {
    const real = question('sc-workloads', 'matching');
    const planted = {...real, key: {...real.key, video: 'serverless', tool: 'async'}};
    const problems = proofProblems(planted);
    assert.ok(
      problems.some((p) => p.includes('prompt video') && p.includes('rules out serverless')),
    );
    assert.ok(
      problems.some((p) => p.includes('prompt tool') && p.includes('recommends serverless')),
    );
  });

  it('fails a multiple-response question missing a key the chooser recommends', () => {
    const real = question('br-own-xgboost', 'multiple-response');
    const lambda = real.choices.find((c) => c.option === 'lambda');
    const realtime = real.choices.find((c) => c.option === 'realtime');
    assert.ok(lambda && realtime);
    const planted = {...real, key: real.key.filter((k) => k !== lambda.id).concat(realtime.id)};
    assert.ok(proofProblems(planted).some((p) => p.includes('recommends lambda')));
  });

  it('fails a scenario whose premise the calculators contradict', () => {
    const real = question('br-many-photos', 'multiple-choice');
    const planted = {...real, premise: {fits: ['bedrock'] as const}};
    assert.deepEqual(proofProblems(planted), [
      'br-many-photos: the scenario says bedrock fits, but the payload rule it out',
    ]);
    const smaller = {
      ...real,
      workload: {payload: {...real.workload?.payload, images: '2'}},
    };
    assert.deepEqual(proofProblems(smaller), [
      'br-many-photos: the scenario says bedrock fails, but no calculator rules it out',
    ]);
  });
});
