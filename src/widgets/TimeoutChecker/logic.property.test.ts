import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {choice, field, RUNS} from '@site/test/support/arbitraries';
import {MAX_SECONDS, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {partsToText, type Part} from '@site/src/widgets/shared/logic/sourced';
import {
  checkTimeouts,
  GATEWAY_MODES,
  LAMBDA_MODES,
  readTimeoutForm,
  SDK_MODES,
  TIMEOUT_SCHEMA,
  type Hop,
  type TimeFit,
  type TimeoutValues,
} from './logic';

const RANK: Record<TimeFit, number> = {fits: 0, 'if-configured': 1, over: 2};

const valuesArb: fc.Arbitrary<TimeoutValues> = fc.record({
  processing: fc.oneof(
    field,
    fc.double({min: 0, max: 1e7, noNaN: true}).map((n) => n.toFixed(3)),
  ),
  processingUnit: choice(TIME_UNITS),
  sdk: choice(SDK_MODES),
  sdkTimeout: field,
  sdkTimeoutUnit: choice(TIME_UNITS),
  gateway: choice(GATEWAY_MODES),
  gatewayTimeout: field,
  gatewayTimeoutUnit: choice(TIME_UNITS),
  lambda: choice(LAMBDA_MODES),
  lambdaTimeout: field,
  lambdaTimeoutUnit: choice(TIME_UNITS),
});

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

function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, visit);
  }
}

function assertClean(result: unknown): void {
  walk(result, 'result', (value, path) => {
    if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
    if (typeof value === 'string')
      assert.doesNotMatch(value, /NaN|Infinity|undefined/, `${path}: ${value}`);
  });
}

function assertCleanParts(parts: readonly Part[], where: string): void {
  const text = partsToText(parts);
  assert.ok(text.trim().length > 0, `${where}: empty`);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${where}: ${text}`);
}

describe('readTimeoutForm (property)', () => {
  it('never throws; gives checked input or a non-empty message per bad field', () => {
    const fields = new Set(Object.keys(TIMEOUT_SCHEMA));
    let accepted = 0;
    fc.assert(
      fc.property(valuesArb, (values) => {
        const {input, errors} = readTimeoutForm(values);
        const keys = Object.keys(errors);
        if (input) {
          accepted += 1;
          assert.deepEqual(keys, []);
          assert.ok(Number.isFinite(input.processingSeconds) && input.processingSeconds > 0);
          for (const hop of input.hops) assert.ok(Number.isFinite(hop.seconds) && hop.seconds > 0);
          assert.ok(input.hops.length <= 3);
          assertClean(checkTimeouts(input));
        } else {
          assert.ok(keys.length > 0, 'no input and no error');
          for (const key of keys) {
            assert.ok(fields.has(key), key);
            const message = errors[key as keyof TimeoutValues];
            assert.equal(typeof message, 'string');
            assert.ok((message ?? '').trim().length > 0, key);
          }
        }
      }),
      RUNS,
    );
    assert.ok(
      accepted >= RUNS.numRuns / 20,
      `only ${accepted} of ${RUNS.numRuns} forms were valid`,
    );
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
