import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {formsOf, RUNS} from '@site/test/support/arbitraries';
import {assertClean, assertCleanParts, assertReadsEveryForm} from '@site/test/support/assertions';
import {MAX_SECONDS} from '@site/src/widgets/shared/logic/measure';
import {checkTimeouts, readTimeoutForm, TIMEOUT_SCHEMA, type Hop, type TimeFit} from './logic';

const RANK: Record<TimeFit, number> = {fits: 0, 'if-configured': 1, over: 2};

/** Any time the checker can be given, from far under a millisecond to far over 30 days. */
const processingArb = fc.double({min: 1e-9, max: MAX_SECONDS * 4000, noNaN: true});
const hopArb: fc.Arbitrary<Hop> = fc.record({
  id: fc.constantFrom('sdk', 'gateway', 'lambda'),
  name: fc.constantFrom(
    'AWS SDK for Python read timeout (default)',
    'API Gateway REST API',
    'Lambda function (your timeout)',
  ),
  seconds: fc.double({min: 1e-3, max: MAX_SECONDS, noNaN: true}),
});
const hopsArb = fc.array(hopArb, {maxLength: 3});

describe('readTimeoutForm (property)', () => {
  it('never throws; gives checked input or a non-empty message per bad field', () => {
    assertReadsEveryForm(TIMEOUT_SCHEMA, formsOf(TIMEOUT_SCHEMA), readTimeoutForm, (input) => {
      assert.ok(Number.isFinite(input.processingSeconds) && input.processingSeconds > 0);
      for (const hop of input.hops) assert.ok(Number.isFinite(hop.seconds) && hop.seconds > 0);
      assert.ok(input.hops.length <= 3);
      assertClean(checkTimeouts(input));
    });
  });
});

describe('checkTimeouts (property)', () => {
  it('gives only finite numbers and clean text', () => {
    fc.assert(
      fc.property(processingArb, hopsArb, (processingSeconds, hops) => {
        const result = checkTimeouts({processingSeconds, hops});
        assertClean(result);
        for (const verdict of result.options) assertCleanParts(verdict.detail, verdict.option);
        for (const advice of result.pathAdvice) assertCleanParts(advice, 'path advice');
        const {axis, ticks} = result.chart;
        assert.ok(axis.min > 0 && axis.max > axis.min);
        for (const tick of ticks) assert.ok(tick >= axis.min && tick <= axis.max);
      }),
      RUNS,
    );
  });

  it('names the smallest exceeded hop timeout first, and gives advice only then', () => {
    fc.assert(
      fc.property(processingArb, hopsArb, (processingSeconds, hops) => {
        const result = checkTimeouts({processingSeconds, hops});
        const exceeded = hops.filter((hop) => processingSeconds > hop.seconds);
        if (exceeded.length === 0) {
          assert.equal(result.firstTimeout, undefined);
          assert.deepEqual(result.pathAdvice, []);
        } else {
          assert.equal(
            result.firstTimeout?.seconds,
            Math.min(...exceeded.map((hop) => hop.seconds)),
          );
          assert.equal(result.firstTimeout?.fit, 'over');
          assert.equal(result.pathAdvice.length, 1);
        }
      }),
      RUNS,
    );
  });

  it('never lets a longer request fit where a shorter one does not', () => {
    fc.assert(
      fc.property(processingArb, processingArb, hopsArb, (x, y, hops) => {
        const [shorter, longer] = x <= y ? [x, y] : [y, x];
        const a = checkTimeouts({processingSeconds: shorter, hops});
        const b = checkTimeouts({processingSeconds: longer, hops});
        a.options.forEach((verdict, index) => {
          const other = b.options[index];
          assert.equal(other?.option, verdict.option);
          assert.ok(
            RANK[verdict.fit] <= RANK[other?.fit ?? 'over'],
            `${verdict.option}: ${shorter}s ${verdict.fit}, ${longer}s ${other?.fit}`,
          );
          assert.ok(verdict.used <= (other?.used ?? Number.POSITIVE_INFINITY));
        });
        a.hops.forEach((hop, index) => {
          const other = b.hops[index];
          assert.ok(!(hop.fit === 'over' && other?.fit === 'fits'), `hop ${hop.id}`);
        });
      }),
      RUNS,
    );
  });
});
