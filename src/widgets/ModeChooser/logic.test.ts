import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getOption, OPTION_IDS, type LimitId, type OptionId} from '@site/src/data';
import {limitByteRange, limitSeconds} from '@site/src/lib/limitValue';
import {
  MAX_BYTES,
  MAX_SECONDS,
  sizeToBytes,
  timeToSeconds,
} from '@site/src/widgets/shared/logic/measure';
import {
  isFactPart,
  isLimitPart,
  partsToText,
  type Part,
} from '@site/src/widgets/shared/logic/sourced';
import {assertBadValues, formWith} from '@site/test/support/assertions';
import {longestTime} from '@site/test/support/timeBounds';
import {readLink} from '@site/test/support/formQuery';
import {
  chooseMode,
  CHOOSER_SCHEMA,
  costComparisonQuery,
  DEADLINES,
  MODELS,
  readChooserForm,
  TRAFFIC,
  type ChooserResult,
  type ChooserValues,
  type Verdict,
  type Workload,
} from './logic';

/** A small interactive request: 1 MB, 2 s, the scenario AWS guidance starts from. */
const BASE: Workload = {
  deadline: 'interactive',
  traffic: 'spiky',
  payloadBytes: sizeToBytes(1, 'MB'),
  processingSeconds: 2,
  model: 'own',
  gpu: false,
  manageInstances: false,
};

function choose(overrides: Partial<Workload>): ChooserResult {
  return chooseMode({...BASE, ...overrides});
}

function verdictOf(result: ChooserResult, option: OptionId): Verdict {
  const verdict = result.ranking.find((v) => v.option === option);
  assert.ok(verdict, `no verdict for ${option}`);
  return verdict;
}

function ruledOut(result: ChooserResult): Set<OptionId> {
  return new Set(result.ranking.filter((v) => v.standing === 'ruled-out').map((v) => v.option));
}

function refersTo(parts: readonly Part[], limit: LimitId): boolean {
  return parts.some((part) => isLimitPart(part) && part.limit === limit);
}

function rulesOutCiting(verdict: Verdict, limit: LimitId): boolean {
  return verdict.reasons.some(
    (reason) => reason.kind === 'rules-out' && refersTo(reason.parts, limit),
  );
}

const form = (changes: Partial<ChooserValues> = {}): ChooserValues =>
  formWith(CHOOSER_SCHEMA, changes);

/** The workload a shared link with this query opens. */
function linkedWorkload(query: string): Workload {
  return readLink(CHOOSER_SCHEMA, query, readChooserForm);
}

function workloadOf(overrides: Partial<ChooserValues>): Workload {
  const {input: workload, errors} = readChooserForm(form(overrides));
  assert.deepEqual(errors, {});
  assert.ok(workload);
  return workload;
}

/** Every combination of the choices, with each of the given [payload bytes, seconds] pairs. */
function* everyWorkload(sizes: readonly (readonly [number, number])[]): Generator<Workload> {
  for (const deadline of DEADLINES)
    for (const traffic of TRAFFIC)
      for (const model of MODELS)
        for (const gpu of [false, true])
          for (const manageInstances of [false, true])
            for (const [payloadBytes, processingSeconds] of sizes)
              yield {
                deadline,
                traffic,
                model,
                gpu,
                manageInstances,
                payloadBytes,
                processingSeconds,
              };
}

/** Checks every invariant of a ranking. */
function assertWellFormed(result: ChooserResult, where: string): void {
  const {ranking, recommended} = result;
  assert.equal(ranking.length, OPTION_IDS.length, where);
  assert.deepEqual(
    [...ranking.map((v) => v.option)].sort(),
    [...OPTION_IDS].sort(),
    `${where}: options are not the six distinct ones`,
  );
  const tops = ranking.filter((v) => v.standing === 'recommended');
  const allOut = ranking.every((v) => v.standing === 'ruled-out');
  if (allOut) {
    assert.equal(tops.length, 0, where);
    assert.equal(recommended, undefined, where);
  } else {
    assert.equal(tops.length, 1, `${where}: ${tops.length} recommended`);
    assert.equal(recommended, tops[0], where);
    assert.equal(ranking[0], recommended, `${where}: the recommendation is not first`);
  }
  for (const [index, verdict] of ranking.entries()) {
    assert.ok(Number.isFinite(verdict.score), `${where}: ${verdict.option} score ${verdict.score}`);
    const next = ranking[index + 1];
    if (next) assert.ok(verdict.score >= next.score, `${where}: ranking is not sorted by score`);
    const hasRulesOut = verdict.reasons.some((reason) => reason.kind === 'rules-out');
    assert.equal(
      verdict.standing === 'ruled-out',
      hasRulesOut,
      `${where}: ${verdict.option} is ${verdict.standing}`,
    );
    for (const reason of verdict.reasons) {
      const text = partsToText(reason.parts);
      assert.ok(text.trim().length > 0, `${where}: ${verdict.option} has an empty reason`);
      assert.doesNotMatch(text, /NaN|undefined|Infinity/, `${where}: ${verdict.option}: ${text}`);
    }
  }
  const firstOut = ranking.findIndex((v) => v.standing === 'ruled-out');
  if (firstOut >= 0) {
    assert.ok(
      ranking.slice(firstOut).every((v) => v.standing === 'ruled-out'),
      `${where}: a ruled-out option ranks above one that is not`,
    );
  }
}

describe('chooseMode: scenarios from AWS guidance', () => {
  it('scores a whole dataset with no deadline, run on a schedule: Batch Transform', () => {
    const result = choose({
      deadline: 'none',
      traffic: 'scheduled',
      payloadBytes: sizeToBytes(10, 'KB'),
      processingSeconds: 1,
      model: 'own',
    });
    assert.equal(result.recommended?.option, 'batch');
    assertWellFormed(result, 'batch scenario');
  });

  it('sends hundreds of MB that take 20 minutes, answered later: Asynchronous', () => {
    const result = choose({
      deadline: 'later',
      payloadBytes: sizeToBytes(500, 'MB'),
      processingSeconds: timeToSeconds(20, 'min'),
    });
    assert.equal(result.recommended?.option, 'async');
    assertWellFormed(result, 'async scenario');
    for (const option of ['realtime', 'serverless', 'lambda'] as const) {
      assert.equal(verdictOf(result, option).standing, 'ruled-out', option);
    }
  });

  for (const traffic of ['spiky', 'rare'] as const) {
    it(`serves ${traffic} traffic on CPU with an own model, 1 MB, 2 s, interactive: Serverless`, () => {
      const result = choose({traffic});
      assert.equal(result.recommended?.option, 'serverless');
      assertWellFormed(result, `serverless ${traffic}`);
    });
  }

  it('serves steady interactive traffic that needs a GPU: Real-Time', () => {
    for (const manageInstances of [false, true]) {
      const result = choose({traffic: 'steady', gpu: true, manageInstances});
      assert.equal(result.recommended?.option, 'realtime', `manage ${manageInstances}`);
      assertWellFormed(result, 'realtime gpu');
    }
  });

  it('serves steady interactive traffic on CPU with a team that manages instances: Real-Time', () => {
    const result = choose({traffic: 'steady', manageInstances: true});
    assert.equal(result.recommended?.option, 'realtime');
    assertWellFormed(result, 'realtime cpu');
  });

  it('uses a foundation model with no instances to manage: Bedrock', () => {
    for (const traffic of TRAFFIC) {
      for (const deadline of ['interactive', 'minute'] as const) {
        const result = choose({model: 'foundation', traffic, deadline});
        assert.equal(result.recommended?.option, 'bedrock', `${traffic} ${deadline}`);
        assertWellFormed(result, `bedrock ${traffic}`);
      }
    }
  });

  for (const traffic of ['spiky', 'rare'] as const) {
    it(`runs a classical model on ${traffic} traffic, small and short, interactive: Lambda`, () => {
      const result = choose({
        model: 'classical',
        traffic,
        payloadBytes: sizeToBytes(50, 'KB'),
        processingSeconds: 0.2,
      });
      assert.equal(result.recommended?.option, 'lambda');
      assertWellFormed(result, `lambda ${traffic}`);
    });
  }

  it('gives the same answers through the form', () => {
    const workload = linkedWorkload(
      'when=later&payload=500&payloadUnit=MB&duration=20&durationUnit=min',
    );
    assert.equal(workload.payloadBytes, sizeToBytes(500, 'MB'));
    assert.equal(workload.processingSeconds, timeToSeconds(20, 'min'));
    assert.equal(chooseMode(workload).recommended?.option, 'async');
    assert.equal(
      chooseMode(linkedWorkload('when=none&traffic=scheduled&payload=10&payloadUnit=KB'))
        .recommended?.option,
      'batch',
    );
    assert.equal(
      chooseMode(linkedWorkload('traffic=steady&gpu=yes')).recommended?.option,
      'realtime',
    );
    assert.equal(chooseMode(linkedWorkload('model=foundation')).recommended?.option, 'bedrock');
    assert.equal(
      chooseMode(linkedWorkload('model=classical&traffic=rare')).recommended?.option,
      'lambda',
    );
    assert.equal(chooseMode(linkedWorkload('')).recommended?.option, 'serverless');
  });
});

describe('chooseMode: hard limits', () => {
  it('rules out Serverless and Lambda when a GPU is needed', () => {
    const result = choose({gpu: true, deadline: 'later'});
    for (const option of ['serverless', 'lambda'] as const) {
      const verdict = verdictOf(result, option);
      assert.equal(verdict.standing, 'ruled-out', option);
      assert.ok(
        verdict.reasons.some((r) => r.kind === 'rules-out' && /GPU/.test(partsToText(r.parts))),
        option,
      );
    }
    for (const option of ['realtime', 'async', 'batch'] as const) {
      assert.notEqual(verdictOf(result, option).standing, 'ruled-out', option);
    }
  });

  it('rules out each option one byte over its payload limit, citing that limit', () => {
    for (const option of OPTION_IDS) {
      const limit = getOption(option).maxPayload;
      const range = limitByteRange(limit);
      const model = option === 'bedrock' ? 'foundation' : 'own';
      const over = verdictOf(
        choose({model, deadline: 'later', payloadBytes: range.high + 1}),
        option,
      );
      assert.equal(over.standing, 'ruled-out', option);
      assert.ok(rulesOutCiting(over, limit), `${option}: no rules-out reason cites ${limit}`);
      for (const size of [range.low - 1, range.low, range.high]) {
        const fits = verdictOf(choose({model, deadline: 'later', payloadBytes: size}), option);
        assert.ok(!rulesOutCiting(fits, limit), `${option} is ruled out at ${size} bytes`);
      }
    }
  });

  it('warns, without ruling out, between the readings of an unstated limit', () => {
    const serverless = limitByteRange('serverless.maxPayload');
    assert.ok(serverless.low < serverless.high);
    const verdict = verdictOf(choose({payloadBytes: serverless.low + 1}), 'serverless');
    assert.notEqual(verdict.standing, 'ruled-out');
    assert.ok(
      verdict.reasons.some(
        (r) => r.kind === 'against' && refersTo(r.parts, 'serverless.maxPayload'),
      ),
    );
  });

  it('notes the disputed real-time limit for a size between its two values', () => {
    const main = limitByteRange('realtime.maxPayload');
    const verdict = verdictOf(choose({traffic: 'steady', payloadBytes: main.low}), 'realtime');
    assert.notEqual(verdict.standing, 'ruled-out');
    assert.ok(
      verdict.reasons.some(
        (r) =>
          r.kind === 'against' && r.parts.some((p) => isLimitPart(p) && p.which === 'conflicting'),
      ),
    );
  });

  it('rules out each option 1 ms over its longest processing time, citing it', () => {
    for (const option of OPTION_IDS) {
      const limit = longestTime(option);
      const model = option === 'bedrock' ? 'foundation' : 'own';
      const over = verdictOf(
        choose({model, deadline: 'later', processingSeconds: limitSeconds(limit) + 0.001}),
        option,
      );
      assert.equal(over.standing, 'ruled-out', option);
      assert.ok(rulesOutCiting(over, limit), `${option}: no rules-out reason cites ${limit}`);
      const at = verdictOf(
        choose({model, deadline: 'later', processingSeconds: limitSeconds(limit)}),
        option,
      );
      assert.ok(!rulesOutCiting(at, limit), `${option} is ruled out at its limit`);
    }
  });

  it('adds a note to raise a default timeout between the default and the maximum', () => {
    const cases: [OptionId, LimitId][] = [
      ['lambda', 'lambda.defaultTimeout'],
      ['async', 'async.defaultProcessingTime'],
      ['batch', 'batch.defaultInvocationTimeout'],
      ['bedrock', 'sdk.readTimeout'],
    ];
    for (const [option, limit] of cases) {
      const model = option === 'bedrock' ? 'foundation' : 'own';
      const verdict = verdictOf(
        choose({model, deadline: 'later', processingSeconds: limitSeconds(limit) + 0.001}),
        option,
      );
      assert.ok(
        verdict.reasons.some((r) => r.kind === 'note' && refersTo(r.parts, limit)),
        option,
      );
      const under = verdictOf(
        choose({model, deadline: 'later', processingSeconds: limitSeconds(limit)}),
        option,
      );
      assert.ok(!under.reasons.some((r) => r.kind === 'note' && refersTo(r.parts, limit)), option);
    }
  });

  it('rules out Batch and Asynchronous when a user is waiting, and Batch within a minute', () => {
    const interactive = ruledOut(choose({deadline: 'interactive'}));
    assert.ok(interactive.has('batch'));
    assert.ok(interactive.has('async'));
    const minute = ruledOut(choose({deadline: 'minute'}));
    assert.ok(minute.has('batch'));
    assert.ok(!minute.has('async'));
    for (const deadline of ['later', 'none'] as const) {
      const out = ruledOut(choose({deadline}));
      assert.ok(!out.has('batch'), deadline);
      assert.ok(!out.has('async'), deadline);
    }
  });

  it('rules out Bedrock for a model it cannot host, and keeps it for one it can', () => {
    const hosts = new Set<string>(['foundation', 'fine-tuned']);
    for (const model of MODELS) {
      const bedrock = verdictOf(choose({model}), 'bedrock');
      if (hosts.has(model)) {
        assert.notEqual(bedrock.standing, 'ruled-out', model);
        continue;
      }
      assert.equal(bedrock.standing, 'ruled-out', model);
      const cites = bedrock.reasons.some(
        (reason) =>
          reason.kind === 'rules-out' &&
          reason.parts.some(
            (part) => isFactPart(part) && part.option === 'bedrock' && part.fact === 'ownModel',
          ),
      );
      assert.ok(cites, `${model}: the reason does not cite what Bedrock can host`);
    }
  });

  it('keeps Bedrock for a fine-tuned open-weight model, through Custom Model Import', () => {
    const result = choose({model: 'fine-tuned', gpu: true});
    const bedrock = verdictOf(result, 'bedrock');
    assert.ok(
      bedrock.reasons.some(
        (reason) =>
          reason.kind === 'for' &&
          reason.parts.some(
            (part) => isFactPart(part) && part.option === 'bedrock' && part.fact === 'ownModel',
          ),
      ),
    );
    assert.ok(rulesOutCiting(verdictOf(result, 'lambda'), 'lambda.maxMemory'));
    assert.ok(rulesOutCiting(verdictOf(result, 'serverless'), 'serverless.maxMemory'));
    assertWellFormed(result, 'fine-tuned');
  });

  it('serves a fine-tuned model with no instances to manage, interactive: Bedrock', () => {
    for (const traffic of TRAFFIC) {
      const result = choose({model: 'fine-tuned', gpu: true, traffic});
      assert.equal(result.recommended?.option, 'bedrock', traffic);
    }
  });

  it('prefers Bedrock batch inference over Batch Transform for foundation-model work that can wait', () => {
    for (const deadline of ['later', 'none'] as const) {
      const result = choose({model: 'foundation', deadline, traffic: 'scheduled'});
      assert.equal(result.recommended?.option, 'bedrock', deadline);
      const bedrock = verdictOf(result, 'bedrock');
      assert.ok(
        bedrock.reasons.some(
          (reason) => reason.kind === 'for' && refersTo(reason.parts, 'bedrock.batchDiscount'),
        ),
        deadline,
      );
    }
    const interactive = verdictOf(choose({model: 'foundation'}), 'bedrock');
    assert.ok(
      !interactive.reasons.some((reason) => refersTo(reason.parts, 'bedrock.batchDiscount')),
    );
  });

  it('rules out Lambda and Serverless for a foundation model, citing their memory limits', () => {
    const result = choose({model: 'foundation'});
    assert.ok(rulesOutCiting(verdictOf(result, 'lambda'), 'lambda.maxMemory'));
    assert.ok(rulesOutCiting(verdictOf(result, 'serverless'), 'serverless.maxMemory'));
  });

  it('rules out everything for a payload no option takes, and recommends nothing', () => {
    const largest = Math.max(
      ...OPTION_IDS.map((option) => limitByteRange(getOption(option).maxPayload).high),
    );
    for (const model of MODELS) {
      const result = choose({model, deadline: 'none', payloadBytes: largest + 1});
      assert.equal(result.recommended, undefined, model);
      assert.ok(
        result.ranking.every((v) => v.standing === 'ruled-out'),
        model,
      );
      assertWellFormed(result, `too large ${model}`);
    }
  });

  it('leads a recommendation with reasons for it, and a ruled-out verdict with reasons against', () => {
    const result = choose({gpu: true, traffic: 'steady'});
    assert.equal(result.recommended?.reasons[0]?.kind, 'for');
    for (const verdict of result.ranking.filter((v) => v.standing === 'ruled-out')) {
      assert.equal(verdict.reasons[0]?.kind, 'rules-out', verdict.option);
    }
  });
});

describe('chooseMode: every combination', () => {
  it('keeps its invariants over a grid of workloads', () => {
    const payloads = [
      1,
      ...OPTION_IDS.map((option) => limitByteRange(getOption(option).maxPayload).high + 1),
      MAX_BYTES,
    ];
    const times = [
      0.001,
      limitSeconds('lambda.defaultTimeout') + 1,
      limitSeconds('async.maxProcessingTime') + 1,
      MAX_SECONDS,
    ];
    let count = 0;
    const sizes = payloads.flatMap((payloadBytes) =>
      times.map((processingSeconds) => [payloadBytes, processingSeconds] as const),
    );
    for (const workload of everyWorkload(sizes)) {
      assertWellFormed(chooseMode(workload), JSON.stringify(workload));
      count += 1;
    }
    assert.ok(count > 1000);
  });
});

describe('readChooserForm', () => {
  it('reads the default form', () => {
    const workload = workloadOf({});
    assert.equal(workload.deadline, CHOOSER_SCHEMA.when.default);
    assert.equal(workload.traffic, CHOOSER_SCHEMA.traffic.default);
    assert.equal(
      workload.payloadBytes,
      sizeToBytes(Number(CHOOSER_SCHEMA.payload.default), CHOOSER_SCHEMA.payloadUnit.default),
    );
    assert.equal(
      workload.processingSeconds,
      timeToSeconds(Number(CHOOSER_SCHEMA.duration.default), CHOOSER_SCHEMA.durationUnit.default),
    );
    assert.equal(workload.gpu, false);
    assert.equal(workload.manageInstances, false);
  });

  it('converts units', () => {
    assert.equal(
      workloadOf({payload: '2', payloadUnit: 'MiB'}).payloadBytes,
      sizeToBytes(2, 'MiB'),
    );
    assert.equal(workloadOf({payload: '1,500', payloadUnit: 'KB'}).payloadBytes, 1_500_000);
    assert.equal(workloadOf({duration: '2', durationUnit: 'min'}).processingSeconds, 120);
    assert.equal(workloadOf({duration: '250', durationUnit: 'ms'}).processingSeconds, 0.25);
  });

  it('reads yes/no and falls back to defaults for hostile choices', () => {
    assert.equal(workloadOf({gpu: 'yes', manage: 'yes'}).gpu, true);
    assert.equal(workloadOf({gpu: 'yes', manage: 'yes'}).manageInstances, true);
    const hostile = workloadOf({
      when: '<script>',
      traffic: 'DROP TABLE',
      model: '__proto__',
      gpu: 'true',
      manage: '1',
      payloadUnit: 'TB',
      durationUnit: 'days',
    });
    assert.equal(hostile.deadline, CHOOSER_SCHEMA.when.default);
    assert.equal(hostile.traffic, CHOOSER_SCHEMA.traffic.default);
    assert.equal(hostile.model, CHOOSER_SCHEMA.model.default);
    assert.equal(hostile.gpu, false);
    assert.equal(hostile.manageInstances, false);
    assert.equal(hostile.payloadBytes, sizeToBytes(Number(CHOOSER_SCHEMA.payload.default), 'MB'));
    assert.equal(hostile.processingSeconds, Number(CHOOSER_SCHEMA.duration.default));
  });

  it('reports bad payload and duration fields', () => {
    assertBadValues(CHOOSER_SCHEMA, readChooserForm, [
      [{}, 'payload', ['', 'abc', '-1', '0', '1e9']],
      [{}, 'duration', ['', 'abc', '-1', '0', 'Infinity']],
    ]);
    const both = readChooserForm(form({payload: 'x', duration: 'y'}));
    assert.deepEqual(Object.keys(both.errors).sort(), ['duration', 'payload']);
  });

  it('refuses sizes and times that are too large once converted', () => {
    const payload = readChooserForm(
      form({payload: String(MAX_BYTES / 1e9 + 1), payloadUnit: 'GB'}),
    );
    assert.equal(payload.input, undefined);
    assert.deepEqual(Object.keys(payload.errors), ['payload']);
    const duration = readChooserForm(
      form({duration: String(Math.ceil(MAX_SECONDS / 3600) + 1), durationUnit: 'h'}),
    );
    assert.equal(duration.input, undefined);
    assert.deepEqual(Object.keys(duration.errors), ['duration']);
    assert.ok(
      readChooserForm(form({duration: String(MAX_SECONDS / 3600), durationUnit: 'h'})).input,
    );
  });

  it('accepts a duration in milliseconds that is under 30 days', () => {
    const milliseconds = MAX_SECONDS + 1;
    const {input: workload, errors} = readChooserForm(
      form({duration: String(milliseconds), durationUnit: 'ms'}),
    );
    assert.deepEqual(errors, {});
    assert.equal(workload?.processingSeconds, timeToSeconds(milliseconds, 'ms'));
  });
});

describe('chooseMode: every reason against an option cites a source', () => {
  it('names a sourced limit or a sourced fact in each "against" and "rules out" reason, across many workloads', () => {
    let checked = 0;
    const sizes = [
      [1e3, 0.1],
      [5e6, 30],
      [5e8, 1200],
      [2e9, 7200],
    ] as const;
    for (const workload of everyWorkload(sizes)) {
      const result = chooseMode(workload);
      for (const verdict of result.ranking) {
        for (const reason of verdict.reasons) {
          if (reason.kind !== 'against' && reason.kind !== 'rules-out') continue;
          checked += 1;
          assert.ok(
            reason.parts.some((part) => isLimitPart(part) || isFactPart(part)),
            `${verdict.option}: "${partsToText(reason.parts)}" cites nothing`,
          );
        }
      }
    }
    assert.ok(checked > 1000, `only ${checked} reasons checked`);
  });
});

describe('chooseMode: an optional monthly volume', () => {
  it('reads no volume when none is given', () => {
    const {input} = readChooserForm(form({}));
    assert.ok(input);
    assert.equal(input.requestsPerMonth, undefined);
    assert.equal(costComparisonQuery(input), undefined);
  });

  it('reads a volume without changing the ranking, and carries the workload to the cost comparison', () => {
    const without = readChooserForm(form({})).input;
    const {input} = readChooserForm(form({volume: '40,000'}));
    assert.ok(input && without);
    assert.equal(input.requestsPerMonth, 40_000);
    assert.deepEqual(chooseMode(input), chooseMode(without));
    const query = new URLSearchParams(costComparisonQuery(input));
    assert.equal(query.get('requests'), '40000');
    assert.equal(Number(query.get('processing')), input.processingSeconds);
    assert.equal(query.get('processingUnit'), 's');
    assert.equal(Number(query.get('requestSize')), input.payloadBytes);
    assert.equal(query.get('requestUnit'), 'bytes');
  });

  it('explains a bad volume beside its field', () => {
    assert.match(readChooserForm(form({volume: '-1'})).errors.volume ?? '', /negative/);
    assert.match(readChooserForm(form({volume: 'lots'})).errors.volume ?? '', /not a number/);
    assert.match(readChooserForm(form({volume: '1e13'})).errors.volume ?? '', /not a number/);
  });
});
