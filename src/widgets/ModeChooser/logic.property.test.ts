import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {formsOf, RUNS} from '@site/test/support/arbitraries';
import {assertReadsEveryForm} from '@site/test/support/assertions';
import {OPTION_IDS, type OptionId} from '@site/src/data';
import {MAX_BYTES, MAX_SECONDS} from '@site/src/widgets/shared/logic/measure';
import {partsToText} from '@site/src/widgets/shared/logic/sourced';
import {
  chooseMode,
  CHOOSER_SCHEMA,
  DEADLINES,
  MODELS,
  readChooserForm,
  TRAFFIC,
  type ChooserResult,
  type Workload,
} from './logic';

const payloadArb = fc.oneof(
  fc.double({min: 1e-6, max: MAX_BYTES, noNaN: true}),
  fc.integer({min: 1, max: 2e9}),
);
const secondsArb = fc.oneof(
  fc.double({min: 1e-6, max: MAX_SECONDS, noNaN: true}),
  fc.double({min: 0.001, max: 7200, noNaN: true}),
);

const workloadArb: fc.Arbitrary<Workload> = fc.record({
  deadline: fc.constantFrom(...DEADLINES),
  traffic: fc.constantFrom(...TRAFFIC),
  payloadBytes: payloadArb,
  processingSeconds: secondsArb,
  model: fc.constantFrom(...MODELS),
  gpu: fc.boolean(),
  manageInstances: fc.boolean(),
});

function ruledOut(result: ChooserResult): Set<OptionId> {
  return new Set(result.ranking.filter((v) => v.standing === 'ruled-out').map((v) => v.option));
}

function assertWellFormed(result: ChooserResult): void {
  const {ranking, recommended} = result;
  assert.equal(ranking.length, OPTION_IDS.length);
  assert.equal(new Set(ranking.map((v) => v.option)).size, OPTION_IDS.length);
  const tops = ranking.filter((v) => v.standing === 'recommended');
  if (ranking.every((v) => v.standing === 'ruled-out')) {
    assert.equal(tops.length, 0);
    assert.equal(recommended, undefined);
  } else {
    assert.equal(tops.length, 1);
    assert.equal(recommended, ranking[0]);
  }
  for (const verdict of ranking) {
    assert.ok(Number.isFinite(verdict.score));
    const rulesOut = verdict.reasons.filter((reason) => reason.kind === 'rules-out');
    assert.equal(
      verdict.standing === 'ruled-out',
      rulesOut.length > 0,
      `${verdict.option} ${verdict.standing}`,
    );
    for (const reason of verdict.reasons) {
      const text = partsToText(reason.parts);
      assert.ok(text.trim().length > 0);
      assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${verdict.option}: ${text}`);
    }
  }
}

/** An option ruled out for a workload stays ruled out when one of its sizes grows. */
function assertGrowingRulesOutMore(
  key: 'payloadBytes' | 'processingSeconds',
  other: fc.Arbitrary<number>,
  unit: string,
): void {
  fc.assert(
    fc.property(workloadArb, other, (workload, value) => {
      const [low, high] = workload[key] <= value ? [workload[key], value] : [value, workload[key]];
      const before = ruledOut(chooseMode({...workload, [key]: low}));
      const after = ruledOut(chooseMode({...workload, [key]: high}));
      for (const option of before)
        assert.ok(
          after.has(option),
          `${option} is ruled out at ${low} ${unit} but not at ${high} ${unit}`,
        );
    }),
    RUNS,
  );
}

describe('readChooserForm (property)', () => {
  it('never throws; gives a workload or a non-empty message per bad field', () => {
    assertReadsEveryForm(CHOOSER_SCHEMA, formsOf(CHOOSER_SCHEMA), readChooserForm, (workload) => {
      assert.ok(
        Number.isFinite(workload.payloadBytes) &&
          workload.payloadBytes > 0 &&
          workload.payloadBytes <= MAX_BYTES,
      );
      assert.ok(
        Number.isFinite(workload.processingSeconds) &&
          workload.processingSeconds > 0 &&
          workload.processingSeconds <= MAX_SECONDS,
      );
      assert.ok(DEADLINES.includes(workload.deadline));
      assert.ok(TRAFFIC.includes(workload.traffic));
      assert.ok(MODELS.includes(workload.model));
      assertWellFormed(chooseMode(workload));
    });
  });
});

describe('chooseMode (property)', () => {
  it(
    'ranks six distinct options, recommends exactly one unless all are ruled out, ' +
      'and explains each in clean text',
    () => {
      fc.assert(
        fc.property(workloadArb, (workload) => assertWellFormed(chooseMode(workload))),
        RUNS,
      );
    },
  );

  it('never un-rules-out an option when the payload grows', () => {
    assertGrowingRulesOutMore('payloadBytes', payloadArb, 'B');
  });

  it('never un-rules-out an option when the processing time grows', () => {
    assertGrowingRulesOutMore('processingSeconds', secondsArb, 's');
  });

  it('always rules out Serverless and Lambda when a GPU is needed, and Bedrock without a foundation model', () => {
    fc.assert(
      fc.property(workloadArb, (workload) => {
        const out = ruledOut(chooseMode(workload));
        if (workload.gpu) {
          assert.ok(out.has('serverless'));
          assert.ok(out.has('lambda'));
        }
        if (workload.model !== 'foundation') assert.ok(out.has('bedrock'));
        if (workload.deadline === 'interactive') {
          assert.ok(out.has('batch'));
          assert.ok(out.has('async'));
        }
      }),
      RUNS,
    );
  });
});
