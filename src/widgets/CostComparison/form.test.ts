import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {getLimit} from '@site/src/data';
import {getPrice} from '@site/src/data/prices';
import {assertBadValues, formWith} from '@site/test/support/assertions';
import {
  chartGeometry,
  compareCosts,
  COST_SCHEMA,
  costCurve,
  DAYS_PER_MONTH,
  DEFAULT_WORKLOAD,
  defaultPrices,
  fitOf,
  HOURS_PER_MONTH,
  logSpace,
  priceParam,
  quickCosts,
  readCostForm,
  estimateCosts,
  type CostCurve,
  type CostValues,
  type QuickCost,
  type Workload,
} from './logic';

const form = (changes: Partial<CostValues> = {}): CostValues => formWith(COST_SCHEMA, changes);

function read(changes: Partial<CostValues> = {}) {
  return readCostForm(form(changes));
}

function workloadOf(changes: Partial<CostValues> = {}): Workload {
  const {input, errors} = read(changes);
  assert.ok(input, JSON.stringify(errors));
  return input.workload;
}

describe('readCostForm', () => {
  it('reads the default form as the default workload at the list prices', () => {
    const {input, errors} = read();
    assert.deepEqual(errors, {});
    assert.ok(input);
    assert.deepEqual(input.workload, DEFAULT_WORKLOAD);
    assert.deepEqual(input.prices, defaultPrices());
  });

  it('turns a rate per second over some hours a day into requests a month', () => {
    const workload = workloadOf({rateUnit: 'second', requests: '2', hoursPerDay: '8'});
    assert.equal(workload.requestsPerMonth, 2 * 3600 * 8 * DAYS_PER_MONTH);
    assert.equal(DAYS_PER_MONTH * 24, HOURS_PER_MONTH);
  });

  it('reads times and sizes in their units', () => {
    assert.equal(
      workloadOf({processing: '0.3', processingUnit: 's'}).secondsPerRequest,
      workloadOf({processing: '300', processingUnit: 'ms'}).secondsPerRequest,
    );
    assert.equal(workloadOf({requestSize: '2', requestUnit: 'MiB'}).requestBytes, 2 * 1024 ** 2);
    assert.equal(workloadOf({responseSize: '0'}).responseBytes, 0);
    assert.equal(workloadOf({requests: '1,000,000'}).requestsPerMonth, 1_000_000);
  });

  it('gives a message beside each bad field, and no result', () => {
    assertBadValues(COST_SCHEMA, readCostForm, [
      [{}, 'requests', ['-5'], /cannot be negative/],
      [{}, 'requests', [''], /Enter requests a month/],
      [{}, 'requests', ['<script>', '1e13'], /is not a number/],
      [{}, 'requests', ['2000000000000'], /from 0 to 1,000,000,000,000/],
      [{rateUnit: 'second'}, 'hoursPerDay', ['25'], /24 hours/],
      [{}, 'processing', ['0'], /above zero/],
      [{}, 'lambdaMemory', ['64'], /from 128 to 10,240/],
      [{}, 'realtimeCount', ['1.5'], /whole number/],
      [{}, 'endpointHours', ['800'], /from 0 to 744/],
      [{}, 'inputTokens', ['NaN'], /is not a number/],
    ]);
    // Two hours is within a day: fine.
    const twoHours = read({processing: '2', processingUnit: 'h'});
    assert.ok(twoHours.input, JSON.stringify(twoHours.errors));
    assert.equal(getLimit('lambda.maxMemory').value, 10240);
  });

  it('takes the reader’s own prices, with or without a dollar sign, and refuses bad ones', () => {
    const id = 'realtime.ml.m5.large';
    const own = read({[priceParam(id)]: '$0.05'} as Partial<CostValues>);
    assert.ok(own.input);
    assert.deepEqual(own.input.prices[id], {value: 0.05, override: true});
    assert.equal(own.input.prices['lambda.requests'].override, false);

    const bad = read({[priceParam(id)]: 'cheap'} as Partial<CostValues>);
    assert.equal(bad.input, undefined);
    assert.match(bad.errors[priceParam(id) as keyof CostValues] ?? '', /is not a number/);

    const huge = read({[priceParam(id)]: '2000000'} as Partial<CostValues>);
    assert.match(huge.errors[priceParam(id) as keyof CostValues] ?? '', /at most 1,000,000/);
  });

  it('never throws, and gives a result or a message, for any text in any field', () => {
    const keys = Object.keys(COST_SCHEMA) as (keyof CostValues)[];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double().map(String))),
        (changes) => {
          const {input, errors} = read(changes as Partial<CostValues>);
          assert.ok(input !== undefined || Object.keys(errors).length > 0);
          if (!input) return;
          const comparison = compareCosts(input);
          assert.ok(comparison);
          for (const row of comparison.rows) {
            assert.ok(Number.isFinite(row.monthlyUsd) && row.monthlyUsd >= 0, row.option);
          }
        },
      ),
      {numRuns: 60},
    );
  });
});

describe('fitOf', () => {
  const fits = (workload: Workload) =>
    Object.fromEntries(fitOf(workload).map((verdict) => [verdict.option, verdict.fit]));

  it('lets every option take 300 ms requests of 10 KB', () => {
    assert.deepEqual(new Set(Object.values(fits(DEFAULT_WORKLOAD))), new Set(['fits']));
  });

  it('rules out the synchronous options and Lambda for a 20-minute request, with a reason', () => {
    const verdicts = fitOf({...DEFAULT_WORKLOAD, secondsPerRequest: 1200});
    for (const option of ['realtime', 'serverless', 'lambda'] as const) {
      const verdict = verdicts.find((v) => v.option === option);
      assert.equal(verdict?.fit, 'ruled-out', option);
      assert.ok((verdict?.reasons.length ?? 0) > 0, option);
    }
    assert.equal(verdicts.find((v) => v.option === 'async')?.fit, 'if-configured');
  });

  it('rules out serverless for a request above its payload limit', () => {
    const limit = getLimit('serverless.maxPayload');
    const bytes = limit.value * 1024 ** 2 * 2;
    assert.equal(fits({...DEFAULT_WORKLOAD, requestBytes: bytes}).serverless, 'ruled-out');
    assert.equal(fits({...DEFAULT_WORKLOAD, requestBytes: bytes}).async, 'fits');
  });
});

describe('compareCosts', () => {
  const {input} = read();
  assert.ok(input);
  const comparison = compareCosts(input);
  assert.ok(comparison);

  it('names where serverless and one ml.m5.large cost the same, from the two rates', () => {
    const crossing =
      (HOURS_PER_MONTH * getPrice('realtime.ml.m5.large').value) /
      (DEFAULT_WORKLOAD.secondsPerRequest * getPrice('serverless.mem2GB').value);
    const found = comparison.breakEvens.find(
      (b) => b.cheaperBelow === 'serverless' && b.cheaperAbove === 'realtime',
    );
    assert.ok(found);
    assert.ok(Math.abs(found.requestsPerMonth - crossing) / crossing < 1e-3);
  });

  it('finds a crossing that lies just below the point where the endpoint runs out of time', () => {
    const capacity = (HOURS_PER_MONTH * 3600) / DEFAULT_WORKLOAD.secondsPerRequest;
    const lambda = comparison.breakEvens.find((b) => b.cheaperBelow === 'lambda');
    assert.ok(lambda);
    assert.equal(lambda.cheaperAbove, 'realtime');
    assert.ok(lambda.requestsPerMonth < capacity);
    assert.ok(lambda.requestsPerMonth > capacity * 0.9);
  });

  it('picks the cheapest option that fits', () => {
    const cheapest = Math.min(...comparison.rows.map((row) => row.monthlyUsd));
    const row = comparison.rows.find((r) => r.option === comparison.cheapest);
    assert.equal(row?.monthlyUsd, cheapest);
  });

  it('leaves ruled-out options off the chart and the break-evens', () => {
    const slow = read({processing: '20', processingUnit: 'min'}).input;
    assert.ok(slow);
    const result = compareCosts(slow);
    assert.ok(result?.curve);
    const charted = result.curve.series.map((series) => series.option);
    for (const option of ['realtime', 'serverless', 'lambda'] as const) {
      assert.ok(!charted.includes(option), option);
      assert.ok(
        !result.breakEvens.some((b) => b.cheaperAbove === option || b.cheaperBelow === option),
      );
    }
  });
});

describe('chartGeometry', () => {
  it('places every point inside the plot, left to right, and stops a line at capacity', () => {
    fc.assert(
      fc.property(
        fc.double({min: 1e-3, max: 60, noNaN: true}),
        fc.integer({min: 1, max: 5}),
        (seconds, instances) => {
          const workload = {
            ...DEFAULT_WORKLOAD,
            secondsPerRequest: seconds,
            realtimeInstances: instances,
          };
          const curve = costCurve(workload, defaultPrices(), logSpace(1, 1e9, 4));
          assert.ok(curve);
          const chart = chartGeometry(curve, workload.requestsPerMonth);
          for (const line of chart.lines) {
            let last = -1;
            for (const [x, y] of line.points) {
              assert.ok(x >= 0 && x <= 1 && y >= 0 && y <= 1);
              assert.ok(x > last);
              last = x;
            }
            const drawn: CostCurve['series'][number] | undefined = curve.series.find(
              (s) => s.option === line.option,
            );
            assert.equal(line.endsAtCapacity, drawn?.full.some(Boolean));
          }
          assert.ok(chart.marker >= 0 && chart.marker <= 1);
          for (const tick of [...chart.costTicks, ...chart.requestTicks])
            assert.ok(tick.at >= 0 && tick.at <= 1);
        },
      ),
      {numRuns: 25},
    );
  });
});

describe('quickCosts (the mode chooser’s costs)', () => {
  it('prices each option at the default setup, as the full comparison does', () => {
    const quick = quickCosts(40_000, 0.3, 10_000);
    const full = estimateCosts({...DEFAULT_WORKLOAD, requestsPerMonth: 40_000});
    assert.ok(quick && full.ok);
    for (const row of full.rows) {
      const cost: QuickCost | undefined = quick.find((q) => q.option === row.option);
      assert.equal(cost?.monthlyUsd, row.monthlyUsd, row.option);
      assert.equal(cost?.unconfirmed, row.unconfirmed.length > 0);
    }
  });

  it('gives nothing, without throwing, for a workload out of bounds', () => {
    assert.equal(quickCosts(-1, 0.3, 10), undefined);
    assert.equal(quickCosts(10, 0, 10), undefined);
    assert.equal(quickCosts(Number.NaN, 1, 1), undefined);
  });
});
