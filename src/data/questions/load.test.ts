import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {loadBank} from './load';
import {NAMED_WORKLOADS} from './workloads';

/** A valid multiple-choice question, with fields replaced; a field set to undefined is left out. */
function record(change: Record<string, unknown> = {}): Record<string, unknown> {
  const question: Record<string, unknown> = {
    id: 'x-sample',
    format: 'multiple-choice',
    exams: ['MLA-C01'],
    options: ['async'],
    topics: ['payload'],
    stem: 'Up to {lim:async.maxPayload}?',
    choices: [
      {
        id: 'a',
        text: '{option:async}',
        why: 'It takes {dur:async.maxProcessingTime}.',
        option: 'async',
      },
      {id: 'b', text: 'No', why: 'Yes.'},
    ],
    key: 'a',
    explanation: 'Because.',
    links: ['async#key-limits'],
    ...change,
  };
  return Object.fromEntries(Object.entries(question).filter(([, value]) => value !== undefined));
}

const load = (question: Record<string, unknown>) =>
  loadBank([['bank/sample.json', {questions: [question]}]]);

describe('the bank loader', () => {
  it('reads a question, its texts, links and a named workload', () => {
    const {questions} = load(record({workload: {chooser: 'nightly-scoring'}}));
    const question = questions[0];
    assert.equal(question?.format, 'multiple-choice');
    if (question?.format !== 'multiple-choice') return;
    assert.deepEqual(question.stem, ['Up to ', {limit: 'async.maxPayload'}, '?']);
    assert.equal(question.choices[0]?.text, 'SageMaker Asynchronous Inference');
    assert.deepEqual(question.links, [
      {path: '/docs/asynchronous', anchor: 'key-limits', title: 'Key limits'},
    ]);
    assert.equal(question.workload?.chooser, NAMED_WORKLOADS['nightly-scoring']);
  });

  it('names the file, the question and the field of the first problem', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{stem: 'Up to {max:async.maxPayload}?'}, /x-sample stem: unknown placeholder \{max:/],
      [{explanation: '{lim:async.nothing}'}, /x-sample explanation: unknown limit id in \{lim:/],
      [{options: ['ec2']}, /x-sample options\[0\]: unknown option "ec2"/],
      [{topics: ['latency']}, /x-sample topics\[0\]: "latency" is not one of choosing/],
      [{format: 'essay'}, /x-sample format: "essay" is not one of multiple-choice/],
      [{key: undefined}, /x-sample key: is missing/],
      [{answer: 'a'}, /x-sample answer: is not a known field/],
      [
        {workload: {chooser: 'nightly-batch'}},
        /x-sample workload.chooser: unknown workload "nightly-batch"/,
      ],
      [{links: ['docs#key-limits']}, /x-sample links\[0\]: unknown guide page "docs"/],
      [{dependsOn: ['async.nothing']}, /x-sample dependsOn\[0\]: unknown limit id "async.nothing"/],
      [{caseStudy: 'cs-none'}, /x-sample caseStudy: unknown case study "cs-none"/],
    ];
    for (const [change, message] of cases) {
      assert.throws(
        () => load(record(change)),
        (error: Error) =>
          error.message.startsWith('bank/sample.json: ') && message.test(error.message),
        JSON.stringify(change),
      );
    }
  });

  it('checks the fields of each format and of nested records', () => {
    assert.throws(
      () => load(record({format: 'ordering'})),
      /bank\/sample.json: x-sample items: is missing/,
    );
    assert.throws(
      () => load(record({choices: [{id: 'a', text: 'Yes'}]})),
      /x-sample choices\[0\].why: is missing/,
    );
    assert.throws(
      () =>
        loadBank([
          ['one.json', {questions: [record()]}],
          ['two.json', {questions: [record()]}],
        ]),
      /two.json: x-sample: the id is used twice/,
    );
    assert.throws(
      () => loadBank([['bank/empty.json', {}]]),
      /bank\/empty.json: questions: is missing/,
    );
  });
});
