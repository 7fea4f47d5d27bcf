import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getPrice} from '@site/src/data/prices';
import {
  billedSeconds,
  breakEvens,
  breakEvenSentence,
  BYTES_PER_GB,
  checkWorkload,
  costCurve,
  DEFAULT_WORKLOAD,
  defaultPrices,
  estimateCosts,
  HOURS_PER_MONTH,
  logSpace,
  roughly,
  roundToCents,
  withOverrides,
  type OptionCost,
  type PriceTable,
  type Workload,
} from './logic';

function row(workload: Workload, option: OptionCost['option'], prices?: PriceTable): OptionCost {
  const result = estimateCosts(workload, prices);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  const found = result.rows.find((candidate) => candidate.option === option);
  assert.ok(found);
  return found;
}

/** Equal to within a millionth of a cent. */
function assertUsd(actual: number, expected: number, what = 'cost'): void {
  assert.ok(Math.abs(actual - expected) < 1e-8, `${what}: ${actual} is not ${expected}`);
}

const base: Workload = {...DEFAULT_WORKLOAD, requestBytes: 0, responseBytes: 0};

describe("AWS's Lambda worked example (US East (N. Virginia))", () => {
  // "If you allocated 512MB of memory to your function, executed it 3 million times in one
  // month, and it ran for 1 second each time": $18.34 of compute and $0.40 of requests, $18.74.
  const example: Workload = {
    ...base,
    requestsPerMonth: 3_000_000,
    secondsPerRequest: 1,
    lambdaMemoryMB: 512,
    lambdaArchitecture: 'x86',
    freeTier: true,
  };
  const printed = getPrice('lambda.x86.duration').printed?.value;

  it('reproduces $18.34 + $0.40 = $18.74 at the rounded rate the page prints', () => {
    assert.equal(printed, 0.00001667);
    const {prices} = withOverrides({'lambda.x86.duration': printed});
    const lambda = row(example, 'lambda', prices);
    assert.equal(roundToCents(lambda.breakdown.compute), 18.34);
    assert.equal(roundToCents(lambda.breakdown.requests), 0.4);
    assert.equal(roundToCents(lambda.monthlyUsd), 18.74);
    const duration = lambda.lines.find((line) => line.price === 'lambda.x86.duration');
    assert.equal(duration?.quantity, 1_100_000, '1,500,000 GB-s less 400,000 free');
    assert.equal(lambda.lines.find((line) => line.kind === 'requests')?.quantity, 2, '2M billed');
    assert.deepEqual(lambda.overrides, ['lambda.x86.duration']);
  });

  it('gives $18.33 + $0.40 = $18.73 at the full rate, which is why the page rounds', () => {
    const lambda = row(example, 'lambda');
    assert.equal(roundToCents(lambda.breakdown.compute), 18.33);
    assert.equal(roundToCents(lambda.monthlyUsd), 18.73);
    assert.deepEqual(lambda.overrides, []);
    assert.ok(lambda.unconfirmed.includes('lambda.x86.duration'));
    assert.ok(!lambda.unconfirmed.includes('lambda.requests'));
  });

  it('charges everything without the free tier: $25.00 + $0.60', () => {
    const lambda = row({...example, freeTier: false}, 'lambda');
    assertUsd(lambda.breakdown.compute, 1_500_000 * 0.0000166667);
    assertUsd(lambda.breakdown.requests, 0.6);
  });
});

describe('Lambda', () => {
  it('splits duration across the pricing tiers of its architecture', () => {
    const workload = {...base, requestsPerMonth: 1e9, secondsPerRequest: 1, lambdaMemoryMB: 10240};
    const x86 = row(workload, 'lambda');
    // 10,000,000,000 GB-s: 6 billion in the first tier, 4 billion in the second.
    assertUsd(x86.breakdown.compute, 6e9 * 0.0000166667 + 4e9 * 0.000015);
    assertUsd(x86.breakdown.requests, 200);
    const arm = row({...workload, lambdaArchitecture: 'arm'}, 'lambda');
    assertUsd(arm.breakdown.compute, 7.5e9 * 0.0000133334 + 2.5e9 * 0.0000120001);
    const huge = row({...workload, requestsPerMonth: 2e9}, 'lambda');
    assertUsd(huge.breakdown.compute, 6e9 * 0.0000166667 + 9e9 * 0.000015 + 5e9 * 0.0000133334);
  });

  it('rounds each request up to the millisecond', () => {
    assert.equal(billedSeconds(0.0011), 0.002);
    assert.equal(billedSeconds(1.1), 1.1);
    assert.equal(
      billedSeconds(2.007),
      2.007,
      '2.007 × 1000 is 2007.0000000000002 in floating point',
    );
    assert.equal(billedSeconds(0.3), 0.3);
    assert.equal(billedSeconds(0.0000001), 0.001);
    const lambda = row(
      {...base, requestsPerMonth: 1000, secondsPerRequest: 0.0011, lambdaMemoryMB: 1024},
      'lambda',
    );
    assertUsd(lambda.breakdown.compute, 1000 * 0.002 * 0.0000166667);
  });

  it('charges provisioned concurrency for every hour it is on, busy or idle', () => {
    const ready = {...base, requestsPerMonth: 0, lambdaMemoryMB: 1024, lambdaProvisioned: 1};
    const lambda = row(ready, 'lambda');
    // 1 GB kept ready for 730 hours: 2,628,000 GB-s at $0.0000041667.
    assertUsd(lambda.monthlyUsd, 2_628_000 * 0.0000041667);
    assert.equal(roundToCents(lambda.monthlyUsd), 10.95);
    assert.equal(lambda.scalesToZero, false);
  });

  it('bills requests served by provisioned concurrency at its duration rate, the rest on demand', () => {
    const workload = {
      ...base,
      requestsPerMonth: 3_000_000,
      secondsPerRequest: 1,
      lambdaMemoryMB: 1024,
      lambdaProvisioned: 1,
      lambdaProvisionedHours: 100,
    };
    const lambda = row(workload, 'lambda');
    // One environment for 100 hours serves at most 360,000 requests of 1 s.
    const provisioned = 360_000 * 0.0000097222 + 360_000 * 0.0000041667;
    const onDemand = 2_640_000 * 0.0000166667;
    assertUsd(lambda.breakdown.compute, provisioned + onDemand);
    assertUsd(lambda.breakdown.requests, 0.6);
  });
});

describe('SageMaker Serverless Inference', () => {
  it('charges processing time at the rate of its memory size, and data in and out', () => {
    const workload = {
      ...base,
      requestsPerMonth: 1_000_000,
      secondsPerRequest: 0.5,
      serverlessMemoryGB: 2,
      requestBytes: 6000,
      responseBytes: 2000,
    };
    const serverless = row(workload, 'serverless');
    assertUsd(serverless.breakdown.compute, 500_000 * 0.00004);
    assertUsd(serverless.breakdown.data, ((1_000_000 * 8000) / BYTES_PER_GB) * 0.016);
    assert.equal(serverless.scalesToZero, true);
  });

  it('takes 150,000 free seconds off with the free tier', () => {
    const workload = {
      ...base,
      requestsPerMonth: 400_000,
      secondsPerRequest: 1,
      serverlessMemoryGB: 4,
    };
    assertUsd(row({...workload, freeTier: true}, 'serverless').monthlyUsd, 250_000 * 0.00008);
    assertUsd(row({...workload, requestsPerMonth: 100}, 'serverless').monthlyUsd, 100 * 0.00008);
    assertUsd(
      row({...workload, requestsPerMonth: 100, freeTier: true}, 'serverless').monthlyUsd,
      0,
    );
  });
});

describe('SageMaker Real-Time Inference', () => {
  it('charges every instance for every hour the endpoint is up, requests or not', () => {
    const workload = {...base, realtimeInstances: 2, realtimeInstanceType: 'ml.m5.large' as const};
    for (const requestsPerMonth of [0, 1, 1_000_000]) {
      const realtime = row({...workload, requestsPerMonth}, 'realtime');
      assertUsd(realtime.breakdown.compute, 2 * HOURS_PER_MONTH * 0.115);
      assert.equal(realtime.scalesToZero, false);
    }
    assertUsd(row({...workload, endpointHoursPerMonth: 10}, 'realtime').monthlyUsd, 2 * 10 * 0.115);
  });

  it('takes 125 free hours off ml.m5.xlarge only, with the free tier', () => {
    const workload = {...base, realtimeInstanceType: 'ml.m5.xlarge' as const, freeTier: true};
    assertUsd(row(workload, 'realtime').monthlyUsd, (HOURS_PER_MONTH - 125) * 0.23);
    const large = {...workload, realtimeInstanceType: 'ml.m5.large' as const};
    assertUsd(row(large, 'realtime').monthlyUsd, HOURS_PER_MONTH * 0.115);
  });

  it('says when the requests need more time than the instances have', () => {
    const workload = {...base, requestsPerMonth: 10_000_000, secondsPerRequest: 1};
    assert.equal(row(workload, 'realtime').overCapacity, true);
    assert.equal(row({...workload, realtimeInstances: 4}, 'realtime').overCapacity, false);
    assert.equal(row({...workload, concurrencyPerInstance: 4}, 'realtime').overCapacity, false);
  });
});

describe('SageMaker Asynchronous Inference', () => {
  const workload: Workload = {
    ...base,
    requestsPerMonth: 1000,
    secondsPerRequest: 2,
    asyncInstanceType: 'ml.m5.large',
    asyncInstances: 2,
    asyncBurstsPerMonth: 10,
    asyncScaleOutSeconds: 300,
    asyncCoolDownSeconds: 600,
  };

  it('charges the instance-hours of each burst: scale-out, work and cool-down', () => {
    // 10 bursts × 2 instances × 900 s = 5 h around the work, plus 2,000 s of work.
    const cost = row(workload, 'async');
    assertUsd(cost.breakdown.compute, (5 + 2000 / 3600) * 0.115);
    assert.equal(cost.scalesToZero, true);
  });

  it('costs nothing without requests, and has no more bursts than requests', () => {
    assert.equal(row({...workload, requestsPerMonth: 0}, 'async').monthlyUsd, 0);
    const few = row({...workload, requestsPerMonth: 4}, 'async');
    assertUsd(few.breakdown.compute, ((4 * 2 * 900 + 8) / 3600) * 0.115);
  });

  it('is not priced for an instance type with no sourced asynchronous price', () => {
    const cost = row({...workload, asyncInstanceType: 'ml.g4dn.xlarge'}, 'async');
    assert.equal(cost.priced, false);
    assert.equal(cost.monthlyUsd, 0);
    assert.match(cost.notes.join(' '), /No sourced asynchronous price for ml\.g4dn\.xlarge/);
  });
});

describe('SageMaker Batch Transform', () => {
  it('charges each job its start-up time plus the work, and nothing between jobs', () => {
    const workload = {
      ...base,
      requestsPerMonth: 1000,
      secondsPerRequest: 0.5,
      batchInstanceType: 'ml.c5.xlarge' as const,
      batchInstances: 1,
      batchJobsPerMonth: 4,
      batchJobOverheadSeconds: 600,
    };
    assertUsd(row(workload, 'batch').monthlyUsd, ((4 * 600 + 500) / 3600) * 0.204);
    assert.equal(row({...workload, requestsPerMonth: 0}, 'batch').monthlyUsd, 0);
    assertUsd(
      row({...workload, concurrencyPerInstance: 5}, 'batch').monthlyUsd,
      ((2400 + 100) / 3600) * 0.204,
    );
  });
});

describe('Amazon Bedrock', () => {
  const workload = {
    ...base,
    requestsPerMonth: 1_000_000,
    bedrockModel: 'nova-micro' as const,
    inputTokensPerRequest: 500,
    outputTokensPerRequest: 200,
  };

  it('charges input and output tokens at the model price', () => {
    // 500M input tokens at $0.035 per 1M, 200M output tokens at $0.14 per 1M.
    assertUsd(row(workload, 'bedrock').monthlyUsd, 17.5 + 28);
    const sonnet = row({...workload, bedrockModel: 'claude-sonnet-4-6'}, 'bedrock');
    assertUsd(sonnet.monthlyUsd, 500 * 3 + 200 * 15);
  });

  it('uses the batch prices where a model has them, and says so where it does not', () => {
    assertUsd(row({...workload, bedrockBatch: true}, 'bedrock').monthlyUsd, 8.75 + 14);
    const haiku = row(
      {...workload, bedrockModel: 'claude-haiku-4-5', bedrockBatch: true},
      'bedrock',
    );
    assertUsd(haiku.monthlyUsd, 500 * 1 + 200 * 5);
    assert.match(haiku.notes.join(' '), /No batch price was found/);
  });
});

describe('prices: defaults and the reader’s own', () => {
  it('marks the reader’s prices and lists them on the rows that use them', () => {
    const {prices, errors} = withOverrides({
      'realtime.ml.m5.large': 0.1,
      'sagemaker.dataProcessed': 0,
    });
    assert.deepEqual(errors, {});
    assert.deepEqual(prices['realtime.ml.m5.large'], {value: 0.1, override: true});
    const realtime = row({...base, requestBytes: 1000}, 'realtime', prices);
    assert.deepEqual(realtime.overrides.sort(), [
      'realtime.ml.m5.large',
      'sagemaker.dataProcessed',
    ]);
    assertUsd(realtime.monthlyUsd, HOURS_PER_MONTH * 0.1);
    assert.deepEqual(row(base, 'lambda', prices).overrides, []);
  });

  it('leaves out and reports unknown ids and values that are not prices', () => {
    const {prices, errors} = withOverrides({
      'realtime.ml.m5.large': -1,
      'lambda.requests': Number.NaN,
      'serverless.mem2GB': '0.1',
      'bedrock.novaPro.input': Infinity,
      'realtime.ml.p5.48xlarge': 1,
      'bedrock.batchDiscount': 150,
    });
    assert.deepEqual(Object.keys(errors).sort(), [
      'bedrock.batchDiscount',
      'bedrock.novaPro.input',
      'lambda.requests',
      'realtime.ml.m5.large',
      'realtime.ml.p5.48xlarge',
      'serverless.mem2GB',
    ]);
    assert.deepEqual(prices, defaultPrices());
  });

  it('refuses a price table with a missing or broken price, without throwing', () => {
    const broken = {...defaultPrices(), 'lambda.requests': {value: Number.NaN, override: true}};
    const result = estimateCosts(base, broken);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? (result.errors.prices ?? '') : '', /lambda\.requests/);
    const missing: Partial<Record<string, unknown>> = {...defaultPrices()};
    delete missing['lambda.requests'];
    assert.equal(estimateCosts(base, missing as PriceTable).ok, false);
  });
});

describe('checking a workload', () => {
  it('accepts the default workload', () => {
    assert.deepEqual(checkWorkload(DEFAULT_WORKLOAD), {});
  });

  it('gives a message for each field out of range, and no estimate', () => {
    const bad = {
      ...DEFAULT_WORKLOAD,
      requestsPerMonth: -1,
      secondsPerRequest: 0,
      lambdaMemoryMB: 64,
      serverlessMemoryGB: 2.5,
      realtimeInstances: Number.NaN,
      endpointHoursPerMonth: 800,
      inputTokensPerRequest: Infinity,
      lambdaArchitecture: 'sparc',
      bedrockModel: '<script>',
      freeTier: 'yes',
    } as unknown as Workload;
    const errors = checkWorkload(bad);
    assert.deepEqual(Object.keys(errors).sort(), [
      'bedrockModel',
      'endpointHoursPerMonth',
      'freeTier',
      'inputTokensPerRequest',
      'lambdaArchitecture',
      'lambdaMemoryMB',
      'realtimeInstances',
      'requestsPerMonth',
      'secondsPerRequest',
      'serverlessMemoryGB',
    ]);
    assert.match(errors.lambdaMemoryMB ?? '', /whole number from 128 to 10,240/);
    assert.match(errors.secondsPerRequest ?? '', /above 0/);
    assert.equal(estimateCosts(bad).ok, false);
    assert.equal(estimateCosts(null as unknown as Workload).ok, false);
  });
});

describe('the estimate as a whole', () => {
  it('has one row per option with a breakdown that adds up, and states its assumptions', () => {
    const result = estimateCosts(DEFAULT_WORKLOAD);
    assert.ok(result.ok);
    assert.deepEqual(
      result.rows.map((cost) => cost.option),
      ['batch', 'realtime', 'serverless', 'async', 'bedrock', 'lambda'],
    );
    for (const cost of result.rows) {
      const sum =
        cost.breakdown.compute +
        cost.breakdown.requests +
        cost.breakdown.data +
        cost.breakdown.tokens;
      assertUsd(cost.monthlyUsd, sum);
      assertUsd(
        sum,
        cost.lines.reduce((total, line) => total + line.usd, 0),
      );
      assert.deepEqual(cost.fit, {status: 'unchecked'});
    }
    const text = result.assumptions.map((assumption) => assumption.text).join(' ');
    assert.match(text, /730 hours/);
    assert.match(text, /US East \(N\. Virginia\)/);
    assert.match(text, /tax/);
    assert.match(text, /Savings Plans/);
    assert.match(text, /Free tier off/);
  });

  it('answers the guide’s example: 40,000 requests of 300 ms on 2 GB', () => {
    const result = estimateCosts({...DEFAULT_WORKLOAD, requestBytes: 0, responseBytes: 0});
    assert.ok(result.ok);
    const cost = (option: string) => result.rows.find((row) => row.option === option)?.monthlyUsd;
    assertUsd(cost('serverless') ?? -1, 40_000 * 0.3 * 0.00004);
    assertUsd(cost('realtime') ?? -1, HOURS_PER_MONTH * 0.115);
  });
});

describe('cost against requests, and break-even points', () => {
  it('spaces request counts evenly on a log scale', () => {
    const grid = logSpace(1, 1e6, 2);
    assert.equal(grid.length, 13);
    assert.equal(grid[0], 1);
    assert.equal(grid.at(-1), 1e6);
    assert.ok(Math.abs((grid[2] ?? 0) - 10) < 1e-9);
    assert.deepEqual(logSpace(0, 10), []);
    assert.deepEqual(logSpace(10, 1), []);
    assert.deepEqual(logSpace(1, Infinity), []);
  });

  it('draws every priced option and leaves out an unpriced one', () => {
    const curve = costCurve(
      {...DEFAULT_WORKLOAD, asyncInstanceType: 'ml.t2.medium'},
      defaultPrices(),
      [1, 10, 100],
    );
    assert.ok(curve);
    assert.deepEqual(
      curve.series.map((series) => series.option),
      ['batch', 'realtime', 'serverless', 'bedrock', 'lambda'],
    );
    assert.equal(
      costCurve({...DEFAULT_WORKLOAD, requestsPerMonth: 0}, defaultPrices(), [-5]),
      undefined,
    );
  });

  it('finds where serverless stops costing less than one real-time instance: F / c', () => {
    // Real-time: 730 h × $0.115 = $83.95 a month. Serverless: 0.3 s × $0.00004 = $0.000012 a
    // request. Equal at 83.95 / 0.000012 = 6,995,833 requests a month.
    const workload = {...DEFAULT_WORKLOAD, requestBytes: 0, responseBytes: 0};
    const found = breakEvens(workload, defaultPrices(), 'serverless', 'realtime');
    assert.equal(found.length, 1);
    const [point] = found;
    assert.ok(point);
    const expected = (HOURS_PER_MONTH * 0.115) / (0.3 * 0.00004);
    assert.ok(Math.abs(point.requestsPerMonth / expected - 1) < 1e-6, `${point.requestsPerMonth}`);
    assert.equal(point.cheaperBelow, 'serverless');
    assert.equal(point.cheaperAbove, 'realtime');
    assert.equal(
      breakEvenSentence(point, workload),
      'Below about 7,000,000 requests a month, SageMaker Serverless Inference at 2 GB costs ' +
        'less than SageMaker Real-Time Inference on 1 × ml.m5.large; above it, SageMaker ' +
        'Real-Time Inference on 1 × ml.m5.large costs less.',
    );
    const reversed = breakEvens(workload, defaultPrices(), 'realtime', 'serverless');
    assert.equal(reversed[0]?.cheaperBelow, 'serverless');
  });

  it('finds nothing for an option with itself, an unpriced option, or lines that never cross', () => {
    assert.deepEqual(breakEvens(DEFAULT_WORKLOAD, defaultPrices(), 'lambda', 'lambda'), []);
    const unpriced = {...DEFAULT_WORKLOAD, asyncInstanceType: 'ml.t2.medium' as const};
    assert.deepEqual(breakEvens(unpriced, defaultPrices(), 'async', 'realtime'), []);
    const twice = {...DEFAULT_WORKLOAD, realtimeInstances: 2};
    assert.deepEqual(breakEvens(twice, defaultPrices(), 'realtime', 'realtime'), []);
  });

  it('rounds numbers for sentences to two significant figures', () => {
    assert.equal(roughly(6_995_833), '7,000,000');
    assert.equal(roughly(1234), '1,200');
    assert.equal(roughly(99), '99');
    assert.equal(roughly(5), '5');
    assert.equal(roughly(Infinity), '–');
  });
});
