import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {OPTION_IDS, type OptionId} from '@site/src/data';
import {getPrice, PRICES} from '@site/src/data/prices';
import {
  BEDROCK_MODEL_IDS,
  breakEvens,
  defaultPrices,
  estimateCosts,
  INSTANCE_TYPES,
  withOverrides,
  type OptionCost,
  type PriceTable,
  type Workload,
} from './cost';

const RUNS = {numRuns: 300};

const hours = fc.double({min: 0, max: 744, noNaN: true});
const seconds = fc.double({min: 0, max: 3600, noNaN: true});
const instance = fc.constantFrom(...INSTANCE_TYPES);
const count = fc.integer({min: 1, max: 50});

/** Any workload within the calculator's bounds. */
const workloadArb: fc.Arbitrary<Workload> = fc.record({
  requestsPerMonth: fc.oneof(
    fc.constant(0),
    fc.integer({min: 0, max: 1000}),
    fc.double({min: 0, max: 1e10, noNaN: true}),
  ),
  secondsPerRequest: fc.double({min: 1e-6, max: 3600, noNaN: true}),
  requestBytes: fc.integer({min: 0, max: 1e9}),
  responseBytes: fc.integer({min: 0, max: 1e9}),
  lambdaMemoryMB: fc.integer({min: 128, max: 10240}),
  lambdaArchitecture: fc.constantFrom('x86', 'arm'),
  lambdaProvisioned: fc.oneof(fc.constant(0), fc.integer({min: 0, max: 100})),
  lambdaProvisionedHours: hours,
  serverlessMemoryGB: fc.integer({min: 1, max: 6}),
  concurrencyPerInstance: fc.integer({min: 1, max: 64}),
  realtimeInstanceType: instance,
  realtimeInstances: count,
  endpointHoursPerMonth: hours,
  asyncInstanceType: instance,
  asyncInstances: count,
  asyncBurstsPerMonth: fc.integer({min: 1, max: 10_000}),
  asyncScaleOutSeconds: seconds,
  asyncCoolDownSeconds: seconds,
  batchInstanceType: instance,
  batchInstances: count,
  batchJobsPerMonth: fc.integer({min: 1, max: 1000}),
  batchJobOverheadSeconds: seconds,
  bedrockModel: fc.constantFrom(...BEDROCK_MODEL_IDS),
  inputTokensPerRequest: fc.integer({min: 0, max: 200_000}),
  outputTokensPerRequest: fc.integer({min: 0, max: 200_000}),
  bedrockBatch: fc.boolean(),
  freeTier: fc.boolean(),
});

function rows(workload: Workload, prices?: PriceTable): OptionCost[] {
  const result = estimateCosts(workload, prices);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result.rows;
}

function cost(all: OptionCost[], option: OptionId): number {
  const found = all.find((row) => row.option === option);
  assert.ok(found);
  return found.monthlyUsd;
}

function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, visit);
  }
}

/** Every number finite and not negative; no text with NaN, Infinity or undefined in it. */
function assertClean(result: unknown): void {
  walk(result, 'result', (value, path) => {
    if (typeof value === 'number') {
      assert.ok(Number.isFinite(value), `${path} is ${value}`);
      assert.ok(value >= 0, `${path} is negative: ${value}`);
    }
    if (typeof value === 'string') assert.doesNotMatch(value, /NaN|Infinity|undefined/, path);
  });
}

/** `later` is at least `earlier`, allowing for floating-point rounding. */
function assertNotLess(later: number, earlier: number, what: string): void {
  const slack = 1e-9 * Math.max(Math.abs(earlier), 1e-6);
  assert.ok(later >= earlier - slack, `${what}: ${later} < ${earlier}`);
}

describe('estimateCosts (property)', () => {
  it('gives every option a finite, non-negative cost for any workload within bounds', () => {
    fc.assert(
      fc.property(workloadArb, (workload) => {
        const result = estimateCosts(workload);
        assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
        assertClean(result);
        assert.equal(result.rows.length, OPTION_IDS.length);
      }),
      RUNS,
    );
  });

  const growing: [keyof Workload, fc.Arbitrary<number>][] = [
    ['requestsPerMonth', fc.double({min: 0, max: 1e10, noNaN: true})],
    ['secondsPerRequest', fc.double({min: 1e-6, max: 3600, noNaN: true})],
    ['lambdaMemoryMB', fc.integer({min: 128, max: 10240})],
    ['serverlessMemoryGB', fc.integer({min: 1, max: 6})],
    ['realtimeInstances', count],
    ['asyncInstances', count],
    ['batchInstances', count],
    ['endpointHoursPerMonth', hours],
    ['inputTokensPerRequest', fc.integer({min: 0, max: 200_000})],
  ];
  for (const [field, values] of growing) {
    it(`never costs less on any option as ${field} grows`, () => {
      fc.assert(
        fc.property(workloadArb, values, values, (workload, x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const before = rows({...workload, [field]: low});
          const after = rows({...workload, [field]: high});
          for (const option of OPTION_IDS)
            assertNotLess(cost(after, option), cost(before, option), `${option} ${field}`);
        }),
        RUNS,
      );
    });
  }

  it('costs nothing without requests on the options that scale to zero', () => {
    fc.assert(
      fc.property(workloadArb, (workload) => {
        const all = rows({...workload, requestsPerMonth: 0, lambdaProvisioned: 0});
        for (const option of ['batch', 'serverless', 'async', 'bedrock', 'lambda'] as const) {
          assert.equal(cost(all, option), 0, option);
          assert.equal(all.find((row) => row.option === option)?.scalesToZero, true);
        }
      }),
      RUNS,
    );
  });

  it('charges real-time for every instance-hour the endpoint is up, even without requests', () => {
    fc.assert(
      fc.property(workloadArb, (workload) => {
        const realtime = rows({...workload, requestsPerMonth: 0}).find(
          (row) => row.option === 'realtime',
        );
        assert.ok(realtime);
        const rate = getPrice(`realtime.${workload.realtimeInstanceType}`).value;
        const hoursUp = workload.realtimeInstances * workload.endpointHoursPerMonth;
        const free =
          workload.freeTier && workload.realtimeInstanceType === 'ml.m5.xlarge'
            ? Math.min(hoursUp, getPrice('realtime.freeHours').value)
            : 0;
        const expected = (hoursUp - free) * rate;
        assert.ok(Math.abs(realtime.monthlyUsd - expected) <= 1e-9 * Math.max(expected, 1));
        assert.equal(realtime.breakdown.data, 0);
        assert.equal(realtime.scalesToZero, false);
      }),
      RUNS,
    );
  });

  it('is linear in requests on serverless, Lambda and Bedrock without the free tier', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.integer({min: 0, max: 100_000}),
        fc.integer({min: 1, max: 100}),
        fc.double({min: 1e-6, max: 10, noNaN: true}),
        (workload, requests, factor, secondsPerRequest) => {
          // Within Lambda's first pricing tier: at most 1e7 requests × 10 s × 10 GB = 1e9 GB-s.
          const plain = {...workload, freeTier: false, lambdaProvisioned: 0, secondsPerRequest};
          const one = rows({...plain, requestsPerMonth: requests});
          const many = rows({...plain, requestsPerMonth: requests * factor});
          for (const option of ['serverless', 'lambda', 'bedrock'] as const) {
            const expected = factor * cost(one, option);
            const actual = cost(many, option);
            assert.ok(
              Math.abs(actual - expected) <= 1e-9 * Math.max(expected, 1e-6),
              `${option}: ${actual} is not ${factor} × ${cost(one, option)}`,
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('never throws on any input, and gives a message for each bad field', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 1e300, -0, 0, 1e-300, ''),
    );
    fc.assert(
      fc.property(
        workloadArb,
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(defaultWorkloadKeys())), junk), {
          maxLength: 6,
        }),
        (workload, changes) => {
          const broken = {...workload} as Record<string, unknown>;
          for (const [key, value] of changes) broken[key] = value;
          const result = estimateCosts(broken as unknown as Workload);
          if (result.ok) assertClean(result);
          else {
            const messages = Object.values(result.errors);
            assert.ok(messages.length > 0);
            for (const message of messages) assert.ok((message ?? '').trim().length > 0);
          }
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        const result = estimateCosts(anything as Workload);
        assert.equal(result.ok, false);
      }),
      RUNS,
    );
  });

  it('takes the reader’s prices, marks them, and stays finite and non-negative', () => {
    const ids = PRICES.map((entry) => entry.id);
    const value = fc.oneof(
      fc.double({min: 0, max: 10, noNaN: true}),
      fc.constantFrom(Number.NaN, -1, Infinity, '1', null),
    );
    fc.assert(
      fc.property(
        workloadArb,
        fc.dictionary(fc.constantFrom(...ids), value, {maxKeys: 8}),
        (workload, overrides) => {
          const {prices, errors} = withOverrides(overrides);
          for (const [id, raw] of Object.entries(overrides)) {
            const valid = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0;
            assert.equal(prices[id as keyof PriceTable].override, valid, id);
            assert.equal(id in errors, !valid, id);
          }
          const all = rows(workload, prices);
          assertClean(all);
          for (const row of all)
            for (const id of row.overrides) assert.equal(prices[id].override, true, id);
        },
      ),
      RUNS,
    );
  });
});

function defaultWorkloadKeys(): Record<keyof Workload, true> {
  return {
    requestsPerMonth: true,
    secondsPerRequest: true,
    requestBytes: true,
    responseBytes: true,
    lambdaMemoryMB: true,
    lambdaArchitecture: true,
    lambdaProvisioned: true,
    lambdaProvisionedHours: true,
    serverlessMemoryGB: true,
    concurrencyPerInstance: true,
    realtimeInstanceType: true,
    realtimeInstances: true,
    endpointHoursPerMonth: true,
    asyncInstanceType: true,
    asyncInstances: true,
    asyncBurstsPerMonth: true,
    asyncScaleOutSeconds: true,
    asyncCoolDownSeconds: true,
    batchInstanceType: true,
    batchInstances: true,
    batchJobsPerMonth: true,
    batchJobOverheadSeconds: true,
    bedrockModel: true,
    inputTokensPerRequest: true,
    outputTokensPerRequest: true,
    bedrockBatch: true,
    freeTier: true,
  };
}

describe('breakEvens (property)', () => {
  it('finds points where the two options cost the same', () => {
    const pairs = fc
      .tuple(fc.constantFrom(...OPTION_IDS), fc.constantFrom(...OPTION_IDS))
      .filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(workloadArb, pairs, (workload, [a, b]) => {
        const prices = defaultPrices();
        const found = breakEvens(workload, prices, a, b, {from: 1, to: 1e9, perDecade: 6});
        for (const point of found) {
          assert.ok(Number.isFinite(point.requestsPerMonth) && point.requestsPerMonth >= 1);
          assert.deepEqual([point.cheaperBelow, point.cheaperAbove].sort(), [a, b].sort());
          const all = rows({...workload, requestsPerMonth: point.requestsPerMonth});
          const [ca, cb] = [cost(all, a), cost(all, b)];
          // Equal to a millionth of either cost, or to a ten-millionth of a cent.
          assert.ok(
            Math.abs(ca - cb) <= Math.max(1e-6 * Math.max(ca, cb), 1e-9),
            `${a} ${ca} and ${b} ${cb} at ${point.requestsPerMonth}`,
          );
        }
      }),
      {numRuns: 40},
    );
  });
});
