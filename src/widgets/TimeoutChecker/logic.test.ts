import assert from 'node:assert/strict';
import {formatDuration} from '@site/src/lib/units';
import {describe, it} from 'node:test';
import {assertBadValues, assertFiniteNumbers, formWith} from '@site/test/support/assertions';
import {TIME_BOUNDS} from '@site/test/support/timeBounds';
import {OPTION_IDS, type OptionId} from '@site/src/data';
import {limitSeconds} from '@site/src/lib/limitValue';
import {MAX_SECONDS, timeToSeconds} from '@site/src/widgets/shared/logic/measure';
import {partsToText, type Part} from '@site/src/widgets/shared/logic/sourced';
import {defaults} from '@site/src/widgets/shared/logic/query';
import {readLink} from '@site/test/support/formQuery';
import {
  checkTimeouts,
  readTimeoutForm,
  TIMEOUT_SCHEMA,
  type Hop,
  type TimeFit,
  type TimeoutResult,
  type TimeoutValues,
} from './logic';

const MS = 0.001;

const form = (changes: Partial<TimeoutValues> = {}): TimeoutValues =>
  formWith(TIMEOUT_SCHEMA, changes);

function check(processingSeconds: number, hops: Hop[] = []): TimeoutResult {
  return checkTimeouts({processingSeconds, hops});
}

function fitOf(result: TimeoutResult, option: OptionId): TimeFit {
  const verdict = result.options.find((v) => v.option === option);
  assert.ok(verdict, `no verdict for ${option}`);
  return verdict.fit;
}

function hopsOf(overrides: Partial<TimeoutValues>): Hop[] {
  const {input, errors} = readTimeoutForm(form(overrides));
  assert.deepEqual(errors, {});
  assert.ok(input);
  return input.hops;
}

function assertCleanText(parts: readonly Part[], where: string): void {
  const text = partsToText(parts);
  assert.ok(text.trim().length > 0, `${where}: empty`);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${where}: ${text}`);
}

describe('checkTimeouts: each option at its boundaries', () => {
  for (const option of OPTION_IDS) {
    const {limit, ceiling} = TIME_BOUNDS[option];

    it(`${option}: measured against ${limit}${ceiling ? ` up to ${ceiling}` : ''}`, () => {
      const verdict = check(1).options.find((v) => v.option === option);
      assert.ok(verdict);
      assert.equal(verdict.limit, limit);
      assert.equal(verdict.limitSeconds, limitSeconds(limit));
      assert.equal(verdict.ceiling, ceiling);
    });

    it(`${option}: fits 1 ms under and at the default limit`, () => {
      const at = limitSeconds(limit);
      assert.equal(fitOf(check(at - MS), option), 'fits');
      assert.equal(fitOf(check(at), option), 'fits');
    });

    if (ceiling) {
      it(`${option}: fits if configured from 1 ms over the default up to the ceiling`, () => {
        const low = limitSeconds(limit);
        const high = limitSeconds(ceiling);
        assert.ok(low + MS < high - MS, 'the ceiling is not above the default');
        assert.equal(fitOf(check(low + MS), option), 'if-configured');
        assert.equal(fitOf(check(high - MS), option), 'if-configured');
        assert.equal(fitOf(check(high), option), 'if-configured');
      });

      it(`${option}: is over 1 ms above the ceiling`, () => {
        assert.equal(fitOf(check(limitSeconds(ceiling) + MS), option), 'over');
      });
    } else {
      it(`${option}: has no if-configured: over 1 ms above the limit`, () => {
        assert.equal(fitOf(check(limitSeconds(limit) + MS), option), 'over');
        assert.equal(fitOf(check(limitSeconds(limit) * 10), option), 'over');
      });
    }
  }

  it('uses the share of the default limit', () => {
    const result = check(limitSeconds('lambda.defaultTimeout') / 2);
    const lambda = result.options.find((v) => v.option === 'lambda');
    assert.equal(lambda?.used, 0.5);
  });

  it('lists the six options in the guide’s order', () => {
    assert.deepEqual(
      check(1).options.map((v) => v.option),
      [...OPTION_IDS],
    );
  });

  it('explains every verdict in clean text', () => {
    const times = new Set<number>([MS]);
    for (const {limit, ceiling} of Object.values(TIME_BOUNDS)) {
      times.add(limitSeconds(limit));
      times.add(limitSeconds(limit) + MS);
      if (ceiling) times.add(limitSeconds(ceiling) + MS);
    }
    for (const time of times) {
      for (const verdict of check(time).options)
        assertCleanText(verdict.detail, `${verdict.option} at ${time}s`);
    }
  });
});

describe('checkTimeouts: the path in front of the model', () => {
  it('builds the SDK hop: default, custom or none', () => {
    assert.deepEqual(hopsOf({sdk: 'default'}), [
      {
        id: 'sdk',
        name: 'AWS SDK for Python read timeout (default)',
        seconds: limitSeconds('sdk.readTimeout'),
        limit: 'sdk.readTimeout',
      },
    ]);
    const custom = hopsOf({sdk: 'custom', sdkTimeout: '45'});
    assert.equal(custom.length, 1);
    assert.equal(custom[0]?.id, 'sdk');
    assert.equal(custom[0]?.seconds, 45);
    assert.equal(custom[0]?.limit, undefined);
    assert.deepEqual(hopsOf({sdk: 'none'}), []);
  });

  it('builds the API Gateway hop: REST, HTTP, REST raised or none', () => {
    const base = {sdk: 'none'};
    const rest = hopsOf({...base, gateway: 'rest'});
    assert.equal(rest[0]?.seconds, limitSeconds('apigateway.restTimeout'));
    assert.equal(rest[0]?.limit, 'apigateway.restTimeout');
    const http = hopsOf({...base, gateway: 'http'});
    assert.equal(http[0]?.seconds, limitSeconds('apigateway.httpTimeout'));
    assert.equal(http[0]?.limit, 'apigateway.httpTimeout');
    const raised = hopsOf({...base, gateway: 'rest-raised', gatewayTimeout: '120'});
    assert.equal(raised[0]?.id, 'gateway');
    assert.equal(raised[0]?.seconds, 120);
    assert.equal(raised[0]?.limit, undefined);
    assert.deepEqual(hopsOf({...base, gateway: 'none'}), []);
  });

  it('builds the Lambda hop: default, custom or none', () => {
    const base = {sdk: 'none'};
    const dflt = hopsOf({...base, lambda: 'default'});
    assert.equal(dflt[0]?.seconds, limitSeconds('lambda.defaultTimeout'));
    assert.equal(dflt[0]?.limit, 'lambda.defaultTimeout');
    const custom = hopsOf({...base, lambda: 'custom', lambdaTimeout: '120'});
    assert.equal(custom[0]?.seconds, 120);
    assert.deepEqual(hopsOf({...base, lambda: 'none'}), []);
  });

  it('accepts a custom Lambda timeout up to lambda.maxTimeout and refuses one above', () => {
    const max = limitSeconds('lambda.maxTimeout');
    assert.equal(
      hopsOf({sdk: 'none', lambda: 'custom', lambdaTimeout: String(max)})[0]?.seconds,
      max,
    );
    const {input, errors} = readTimeoutForm(
      form({lambda: 'custom', lambdaTimeout: String(max + MS)}),
    );
    assert.equal(input, undefined);
    assert.ok(errors.lambdaTimeout?.includes(formatDuration(max)), errors.lambdaTimeout);
  });

  it('reads each path timeout in the unit the reader chose', () => {
    const query =
      'sdk=custom&sdkTimeout=2&sdkTimeoutUnit=min' +
      '&gateway=rest-raised&gatewayTimeout=1500&gatewayTimeoutUnit=ms' +
      '&lambda=custom&lambdaTimeout=0.25&lambdaTimeoutUnit=h';
    const {hops} = readLink(TIMEOUT_SCHEMA, query, readTimeoutForm);
    assert.deepEqual(
      hops.map((hop) => hop.seconds),
      [120, 1.5, 900],
    );
    const max = limitSeconds('lambda.maxTimeout');
    const over = readTimeoutForm(
      form({lambda: 'custom', lambdaTimeout: String(max / 60 + 1), lambdaTimeoutUnit: 'min'}),
    );
    assert.equal(over.input, undefined);
    assert.ok(over.errors.lambdaTimeout);
  });

  it('orders the hops client first', () => {
    const hops = hopsOf({sdk: 'default', gateway: 'rest', lambda: 'default'});
    assert.deepEqual(
      hops.map((hop) => hop.id),
      ['sdk', 'gateway', 'lambda'],
    );
  });

  it('names the hop with the smallest exceeded timeout as the first to end the request', () => {
    const hops = hopsOf({sdk: 'default', gateway: 'rest', lambda: 'default'});
    const longest = Math.max(...hops.map((hop) => hop.seconds));
    const shortest = Math.min(...hops.map((hop) => hop.seconds));
    const all = check(longest + 1, hops);
    assert.ok(all.hops.every((hop) => hop.fit === 'over'));
    assert.equal(all.firstTimeout?.seconds, shortest);
    assert.equal(all.firstTimeout?.id, hops.find((hop) => hop.seconds === shortest)?.id);
    assert.equal(all.pathAdvice.length, 1);
  });

  it('picks the smallest exceeded timeout even when it comes later in the path', () => {
    const sdk = limitSeconds('sdk.readTimeout');
    const hops: Hop[] = [
      {id: 'sdk', name: 'sdk', seconds: sdk},
      {id: 'gateway', name: 'gateway', seconds: sdk / 2},
      {id: 'lambda', name: 'lambda', seconds: sdk / 4},
    ];
    const result = check(sdk + 1, hops);
    assert.equal(result.firstTimeout?.id, 'lambda');
    assert.equal(partsToText(result.pathAdvice[0] ?? []).includes('Lambda'), true);
  });

  it('ignores hops that are not exceeded', () => {
    const rest = limitSeconds('apigateway.restTimeout');
    const sdk = limitSeconds('sdk.readTimeout');
    assert.ok(rest < sdk, 'the test needs a REST timeout below the SDK default');
    const hops = hopsOf({sdk: 'default', gateway: 'rest'});
    const result = check(rest + MS, hops);
    assert.deepEqual(
      result.hops.map((hop) => hop.fit),
      ['fits', 'over'],
    );
    assert.equal(result.firstTimeout?.id, 'gateway');
    assert.equal(result.firstTimeout?.limit, 'apigateway.restTimeout');
  });

  it('gives no first timeout and no advice when every hop waits long enough', () => {
    const hops = hopsOf({sdk: 'default', gateway: 'rest', lambda: 'custom', lambdaTimeout: '100'});
    const shortest = Math.min(...hops.map((hop) => hop.seconds));
    for (const time of [MS, shortest - MS, shortest]) {
      const result = check(time, hops);
      assert.equal(result.firstTimeout, undefined);
      assert.deepEqual(result.pathAdvice, []);
      assert.ok(result.hops.every((hop) => hop.fit === 'fits'));
    }
    assert.equal(check(1, []).firstTimeout, undefined);
    assert.deepEqual(check(1, []).pathAdvice, []);
  });

  it('measures each hop: fits at its timeout, over 1 ms above, with its share', () => {
    const hop: Hop = {id: 'gateway', name: 'g', seconds: limitSeconds('apigateway.httpTimeout')};
    const at = check(hop.seconds, [hop]).hops[0];
    assert.equal(at?.fit, 'fits');
    assert.equal(at?.used, 1);
    assert.equal(check(hop.seconds + MS, [hop]).hops[0]?.fit, 'over');
  });

  it('gives advice for each hop in clean text', () => {
    for (const id of ['sdk', 'gateway', 'lambda'] as const) {
      const result = check(10, [{id, name: id, seconds: 1}]);
      assert.equal(result.firstTimeout?.id, id);
      const advice = result.pathAdvice[0];
      assert.ok(advice);
      assertCleanText(advice, id);
    }
  });
});

describe('readTimeoutForm', () => {
  it('reads the default form', () => {
    const {input, errors} = readTimeoutForm(defaults(TIMEOUT_SCHEMA));
    assert.deepEqual(errors, {});
    assert.equal(input?.processingSeconds, Number(TIMEOUT_SCHEMA.processing.default));
  });

  it('takes text defaults for the custom timeouts from the data, in seconds', () => {
    assert.equal(
      Number(TIMEOUT_SCHEMA.sdkTimeout.default),
      limitSeconds('realtime.recommendedSocketTimeout'),
    );
    assert.equal(
      Number(TIMEOUT_SCHEMA.gatewayTimeout.default),
      limitSeconds('realtime.maxResponseTime'),
    );
    assert.equal(Number(TIMEOUT_SCHEMA.lambdaTimeout.default), limitSeconds('lambda.maxTimeout'));
  });

  it('converts the processing time unit', () => {
    const secondsOf = (processing: string, processingUnit: string) =>
      readTimeoutForm(form({processing, processingUnit})).input?.processingSeconds;
    assert.equal(secondsOf('2', 'min'), secondsOf('120', 's'));
    assert.equal(secondsOf('2', 'min'), 120);
    assert.equal(secondsOf('1500', 'ms'), 1.5);
    assert.equal(secondsOf('1', 'h'), 3600);
    assert.equal(secondsOf('1,500', 'ms'), 1.5);
    assert.deepEqual(
      checkTimeouts({processingSeconds: 120, hops: []}),
      checkTimeouts({processingSeconds: secondsOf('2', 'min') ?? 0, hops: []}),
    );
  });

  it('falls back to seconds for an unknown unit and to defaults for unknown modes', () => {
    const {input} = readTimeoutForm(
      form({
        processing: '5',
        processingUnit: 'fortnights',
        sdk: '<script>',
        gateway: 'soap',
        lambda: 'maybe',
      }),
    );
    assert.equal(input?.processingSeconds, 5);
    assert.deepEqual(
      input?.hops.map((hop) => hop.limit),
      ['sdk.readTimeout'],
    );
  });

  it('reports a bad processing time', () => {
    const processing = ['', 'abc', '-1', '0', '1e3', 'NaN', String(MAX_SECONDS + 1)];
    assertBadValues(TIMEOUT_SCHEMA, readTimeoutForm, [[{}, 'processing', processing]]);
  });

  it('reports a bad custom SDK, gateway or Lambda timeout, only when that mode is chosen', () => {
    const overLambda = String(limitSeconds('lambda.maxTimeout') + 1);
    assertBadValues(TIMEOUT_SCHEMA, readTimeoutForm, [
      [{sdk: 'custom'}, 'sdkTimeout', ['abc', '0', '']],
      [{gateway: 'rest-raised'}, 'gatewayTimeout', ['-5', 'x']],
      [{lambda: 'custom'}, 'lambdaTimeout', ['0', overLambda]],
    ]);
    const ignored = readTimeoutForm(
      form({
        sdk: 'default',
        sdkTimeout: 'abc',
        gateway: 'rest',
        gatewayTimeout: 'abc',
        lambda: 'default',
        lambdaTimeout: 'abc',
      }),
    );
    assert.deepEqual(ignored.errors, {});
    assert.ok(ignored.input);
  });

  it('reports every bad field at once', () => {
    const {input, errors} = readTimeoutForm(
      form({
        processing: 'x',
        sdk: 'custom',
        sdkTimeout: 'x',
        gateway: 'rest-raised',
        gatewayTimeout: 'x',
        lambda: 'custom',
        lambdaTimeout: 'x',
      }),
    );
    assert.equal(input, undefined);
    assert.deepEqual(Object.keys(errors).sort(), [
      'gatewayTimeout',
      'lambdaTimeout',
      'processing',
      'sdkTimeout',
    ]);
  });

  it('accepts a processing time in milliseconds that is under 30 days', () => {
    const milliseconds = MAX_SECONDS + 1;
    const {input, errors} = readTimeoutForm(
      form({processing: String(milliseconds), processingUnit: 'ms'}),
    );
    assert.deepEqual(errors, {});
    assert.equal(input?.processingSeconds, timeToSeconds(milliseconds, 'ms'));
  });

  it('refuses a processing time over 30 days given in hours', () => {
    const hours = Math.ceil(MAX_SECONDS / 3600) + 1;
    const {input, errors} = readTimeoutForm(form({processing: String(hours), processingUnit: 'h'}));
    assert.equal(input, undefined);
    assert.ok(errors.processing);
  });
});

describe('checkTimeouts: the chart', () => {
  it('marks the request, every option and every hop', () => {
    const hops = hopsOf({sdk: 'default', gateway: 'http', lambda: 'default'});
    const result = check(42, hops);
    const {marks, axis, ticks} = result.chart;
    assert.ok(ticks.length >= 2);
    for (const tick of ticks) assert.ok(axis.min <= tick && tick <= axis.max, `tick ${tick}`);
    assert.deepEqual(
      marks.filter((mark) => mark.kind === 'request'),
      [{label: 'Your request', seconds: 42, kind: 'request'}],
    );
    assert.deepEqual(
      marks.filter((mark) => mark.kind === 'limit').map((mark) => mark.option),
      [...OPTION_IDS],
    );
    assert.equal(marks.filter((mark) => mark.kind === 'hop').length, hops.length);
    for (const mark of marks)
      assert.ok(axis.min <= mark.seconds && mark.seconds <= axis.max, mark.label);
  });

  it('puts an option that fits once configured at its ceiling', () => {
    for (const option of OPTION_IDS) {
      const {limit, ceiling} = TIME_BOUNDS[option];
      if (!ceiling) continue;
      const result = check(limitSeconds(limit) + MS);
      const mark = result.chart.marks.find((m) => m.kind === 'limit' && m.option === option);
      assert.equal(mark?.fit, 'if-configured');
      assert.equal(mark?.seconds, limitSeconds(ceiling), option);
    }
  });

  it('puts an option that fits at its default limit', () => {
    const result = check(MS);
    for (const option of OPTION_IDS) {
      const mark = result.chart.marks.find((m) => m.kind === 'limit' && m.option === option);
      assert.equal(mark?.seconds, limitSeconds(TIME_BOUNDS[option].limit), option);
    }
  });

  it('puts an option that does not fit at the most it allows, not at its default', () => {
    const longest = Math.max(
      ...OPTION_IDS.map((option) =>
        limitSeconds(TIME_BOUNDS[option].ceiling ?? TIME_BOUNDS[option].limit),
      ),
    );
    const result = check(longest + 1);
    for (const option of OPTION_IDS) {
      const {limit, ceiling} = TIME_BOUNDS[option];
      const mark = result.chart.marks.find((m) => m.kind === 'limit' && m.option === option);
      assert.equal(mark?.fit, 'over');
      assert.equal(mark?.seconds, limitSeconds(ceiling ?? limit), option);
    }
  });

  it('holds only finite numbers, from a millisecond to thirty days', () => {
    const hops = hopsOf({sdk: 'default', gateway: 'rest', lambda: 'default'});
    for (const time of [
      MS,
      0.5,
      1,
      limitSeconds('sdk.readTimeout') - MS,
      limitSeconds('sdk.readTimeout'),
      limitSeconds('async.maxProcessingTime') + MS,
      86_400,
      MAX_SECONDS,
    ]) {
      assertFiniteNumbers(check(time, hops), `at ${time}s`);
    }
  });
});
