/**
 * Mode chooser: ranks the six options for a workload and explains each verdict. Hard limits
 * (payload, processing time, GPU, who answers) rule an option out; the workload's shape
 * (deadline, traffic, model, operations) scores the rest. The rules follow AWS's own guidance
 * for choosing a SageMaker inference option, and every reason that rests on a number cites it.
 */
import {getLimit, OPTION_IDS, type LimitId, type OptionId} from '@site/src/data';
import {byteRange} from '@site/src/lib/units';
import {
  fitBytes,
  readSize,
  readTime,
  SIZE_UNITS,
  TIME_UNITS,
  type Fit,
} from '@site/src/widgets/shared/logic/measure';
import {seconds} from '@site/src/widgets/shared/logic/limits';
import {pickEnum, type FormErrors} from '@site/src/widgets/shared/logic/parse';
import {fact, ref, type FactRef, type Part} from '@site/src/widgets/shared/logic/parts';
import type {Schema, Values} from '@site/src/widgets/shared/logic/query';

export const DEADLINES = ['interactive', 'minute', 'later', 'none'] as const;
export type Deadline = (typeof DEADLINES)[number];
export const TRAFFIC = ['steady', 'spiky', 'rare', 'scheduled'] as const;
export type Traffic = (typeof TRAFFIC)[number];
export const MODELS = ['own', 'foundation', 'classical'] as const;
export type Model = (typeof MODELS)[number];
export const YES_NO = ['no', 'yes'] as const;

export const CHOOSER_SCHEMA = {
  when: {
    kind: 'choice',
    default: 'interactive',
    values: DEADLINES,
    label: 'when the answer is needed',
  },
  traffic: {kind: 'choice', default: 'spiky', values: TRAFFIC, label: 'the traffic pattern'},
  payload: {kind: 'text', default: '1'},
  payloadUnit: {kind: 'choice', default: 'MB', values: SIZE_UNITS, label: 'the payload unit'},
  duration: {kind: 'text', default: '2'},
  durationUnit: {
    kind: 'choice',
    default: 's',
    values: TIME_UNITS,
    label: 'the processing time unit',
  },
  model: {kind: 'choice', default: 'own', values: MODELS, label: 'the model'},
  gpu: {kind: 'choice', default: 'no', values: YES_NO, label: 'whether a GPU is needed'},
  manage: {
    kind: 'choice',
    default: 'no',
    values: YES_NO,
    label: 'whether the team manages instances',
  },
} as const satisfies Schema;

export type ChooserValues = Values<typeof CHOOSER_SCHEMA>;
export type ChooserField = keyof ChooserValues;

export interface Workload {
  deadline: Deadline;
  traffic: Traffic;
  payloadBytes: number;
  processingSeconds: number;
  model: Model;
  gpu: boolean;
  manageInstances: boolean;
}

export function readChooserForm(values: ChooserValues): {
  workload?: Workload;
  errors: FormErrors<ChooserField>;
} {
  const errors: FormErrors<ChooserField> = {};
  const payload = readSize(values.payload, values.payloadUnit, 'a payload size');
  const duration = readTime(values.duration, values.durationUnit, 'a processing time');
  if (!payload.ok) errors.payload = payload.error;
  if (!duration.ok) errors.duration = duration.error;
  if (!payload.ok || !duration.ok) return {errors};
  const payloadBytes = payload.value;
  const processingSeconds = duration.value;
  return {
    workload: {
      deadline: pickEnum(values.when, DEADLINES) ?? 'interactive',
      traffic: pickEnum(values.traffic, TRAFFIC) ?? 'spiky',
      payloadBytes,
      processingSeconds,
      model: pickEnum(values.model, MODELS) ?? 'own',
      gpu: values.gpu === 'yes',
      manageInstances: values.manage === 'yes',
    },
    errors,
  };
}

export type ReasonKind = 'for' | 'against' | 'rules-out' | 'note';

export interface Reason {
  kind: ReasonKind;
  parts: Part[];
}

export type Standing = 'recommended' | 'good' | 'weaker' | 'ruled-out';

export interface Verdict {
  option: OptionId;
  standing: Standing;
  score: number;
  reasons: Reason[];
}

export interface ChooserResult {
  ranking: Verdict[];
  recommended?: Verdict;
}

const forIt = (...parts: Part[]): Reason => ({kind: 'for', parts});
const against = (...parts: Part[]): Reason => ({kind: 'against', parts});
const rulesOut = (...parts: Part[]): Reason => ({kind: 'rules-out', parts});
const note = (...parts: Part[]): Reason => ({kind: 'note', parts});

interface Tally {
  score: number;
  reasons: Reason[];
}

function sizeFit(bytes: number, id: LimitId): Fit {
  return fitBytes(bytes, byteRange(getLimit(id))).fit;
}

/** Points for how well the workload's shape suits an option: + suits, - fits poorly. */
const SHAPE: Record<
  OptionId,
  {deadline: Record<Deadline, number>; traffic: Record<Traffic, number>}
> = {
  batch: {
    deadline: {interactive: -99, minute: -99, later: 1, none: 2},
    traffic: {steady: -1, spiky: -1, rare: 0, scheduled: 3},
  },
  realtime: {
    deadline: {interactive: 2, minute: 1, later: 0, none: 0},
    traffic: {steady: 2, spiky: -1, rare: -2, scheduled: -2},
  },
  serverless: {
    deadline: {interactive: 1, minute: 1, later: 0, none: 0},
    traffic: {steady: -1, spiky: 2, rare: 2, scheduled: -1},
  },
  async: {
    deadline: {interactive: -99, minute: 0, later: 2, none: 1},
    traffic: {steady: 0, spiky: 1, rare: 1, scheduled: 0},
  },
  bedrock: {
    deadline: {interactive: 1, minute: 1, later: 0, none: 0},
    traffic: {steady: 0, spiky: 0, rare: 0, scheduled: 0},
  },
  lambda: {
    deadline: {interactive: 1, minute: 1, later: 0, none: 0},
    traffic: {steady: -1, spiky: 1, rare: 2, scheduled: -1},
  },
};

const DEADLINE_WORDS: Record<Deadline, string> = {
  interactive: 'a user is waiting for the answer',
  minute: 'the answer is needed within a minute',
  later: 'the answer can arrive minutes or hours later',
  none: 'there is no deadline',
};

const TRAFFIC_WORDS: Record<Traffic, string> = {
  steady: 'steady traffic',
  spiky: 'spiky traffic with idle periods',
  rare: 'rare requests',
  scheduled: 'scheduled bulk runs',
};

function shape(option: OptionId, w: Workload, t: Tally): void {
  const d = SHAPE[option].deadline[w.deadline];
  const tr = SHAPE[option].traffic[w.traffic];
  if (d <= -99) {
    t.reasons.push(
      rulesOut(
        `It cannot answer while ${DEADLINE_WORDS[w.deadline].replace('the answer is needed', 'you need the answer')}: `,
        fact(option, 'answers'),
      ),
    );
    t.score -= 100;
    return;
  }
  t.score += d + tr;
  if (d > 0) t.reasons.push(forIt(`Suits a workload where ${DEADLINE_WORDS[w.deadline]}.`));
  if (tr > 0) t.reasons.push(forIt(`Suits ${TRAFFIC_WORDS[w.traffic]}.`));
  if (tr < 0) {
    // Why the pattern costs more or fits worse, then the sourced fact behind it.
    const why: Record<OptionId, [string, FactRef['fact']]> = {
      realtime: ['idle instances are paid for. ', 'pricing'],
      serverless: [
        'steady or bulk load pays for every millisecond and still meets cold starts. ',
        'pricing',
      ],
      lambda: [
        'per-request billing and cold starts cost more than an instance at sustained load. ',
        'pricing',
      ],
      batch: ['it works on datasets, not a stream of single requests. ', 'answers'],
      async: ['', 'answers'],
      bedrock: ['', 'pricing'],
    };
    const [words, basis] = why[option];
    t.reasons.push(
      against(`Weaker for ${TRAFFIC_WORDS[w.traffic]}: ${words}`, fact(option, basis)),
    );
  }
}

function limits(option: OptionId, w: Workload, t: Tally): void {
  const bytes = w.payloadBytes;
  const secs = w.processingSeconds;
  const out = (...parts: Part[]) => {
    t.reasons.push(rulesOut(...parts));
    t.score -= 100;
  };
  switch (option) {
    case 'batch': {
      const fit = sizeFit(bytes, 'batch.maxMiniBatch');
      if (fit === 'over')
        out('One record must fit in a mini-batch of at most ', ref('batch.maxMiniBatch'), '.');
      if (secs > seconds('batch.maxInvocationTimeout')) {
        out(
          'Each invocation may take at most ',
          ref('batch.maxInvocationTimeout', 'duration'),
          '.',
        );
      } else if (secs > seconds('batch.defaultInvocationTimeout')) {
        t.reasons.push(
          note(
            'Raise InvocationsTimeoutInSeconds: the default is ',
            ref('batch.defaultInvocationTimeout', 'duration'),
            '.',
          ),
        );
      }
      break;
    }
    case 'realtime': {
      const main = sizeFit(bytes, 'realtime.maxPayload');
      const conflicting = getLimit('realtime.maxPayload').conflicting?.[0];
      const older = conflicting ? fitBytes(bytes, byteRange(conflicting)).fit : main;
      if (main === 'over')
        out(
          'The request is larger than the real-time payload limit of ',
          ref('realtime.maxPayload'),
          '.',
        );
      else if (older !== 'fits') {
        t.score -= 1;
        t.reasons.push(
          against(
            'The size depends on a disputed limit: ',
            ref('realtime.maxPayload'),
            ' in the hosting FAQ, ',
            {limit: 'realtime.maxPayload', which: 'conflicting'},
            ' in the API reference and most exam material.',
          ),
        );
      }
      if (secs > seconds('realtime.maxStreamingTime')) {
        out(
          'The container must answer within ',
          ref('realtime.maxResponseTime', 'duration'),
          ' (',
          ref('realtime.maxStreamingTime', 'duration'),
          ' when streaming).',
        );
      } else if (secs > seconds('realtime.maxResponseTime')) {
        t.score -= 2;
        t.reasons.push(
          against(
            'Longer than the ',
            ref('realtime.maxResponseTime', 'duration'),
            ' response limit: works only if the model streams its answer (up to ',
            ref('realtime.maxStreamingTime', 'duration'),
            ').',
          ),
        );
      }
      break;
    }
    case 'serverless': {
      const fit = sizeFit(bytes, 'serverless.maxPayload');
      if (fit === 'over')
        out(
          'The request is larger than the serverless payload limit of ',
          ref('serverless.maxPayload'),
          '.',
        );
      else if (fit === 'maybe') {
        t.score -= 1;
        t.reasons.push(
          against(
            'Right at the payload limit of ',
            ref('serverless.maxPayload'),
            '; AWS does not say whether its MB are decimal or binary.',
          ),
        );
      }
      if (secs > seconds('serverless.maxResponseTime'))
        out(
          'A serverless endpoint must answer within ',
          ref('serverless.maxResponseTime', 'duration'),
          '.',
        );
      if (w.gpu) out('The model needs a GPU. ', fact('serverless', 'gpu'));
      break;
    }
    case 'async': {
      if (sizeFit(bytes, 'async.maxPayload') === 'over')
        out('The input is larger than the asynchronous limit of ', ref('async.maxPayload'), '.');
      if (secs > seconds('async.maxProcessingTime'))
        out(
          'One request may be processed for at most ',
          ref('async.maxProcessingTime', 'duration'),
          '.',
        );
      else if (secs > seconds('async.defaultProcessingTime')) {
        t.reasons.push(
          note(
            'Set InvocationTimeoutSeconds on each request: the default is ',
            ref('async.defaultProcessingTime', 'duration'),
            '.',
          ),
        );
      }
      const big =
        sizeFit(bytes, 'serverless.maxPayload') !== 'fits' ||
        secs > seconds('realtime.maxResponseTime');
      if (big && w.deadline !== 'interactive') {
        t.score += 2;
        t.reasons.push(
          forIt(
            'Built for large payloads (up to ',
            ref('async.maxPayload'),
            ') and long processing (up to ',
            ref('async.maxProcessingTime', 'duration'),
            ').',
          ),
        );
      }
      break;
    }
    case 'bedrock': {
      if (w.model !== 'foundation') {
        out(
          'Your own model, or a classical one such as XGBoost, needs a host: ',
          fact('bedrock', 'runs'),
        );
        break;
      }
      if (sizeFit(bytes, 'bedrock.claudeMaxPayload') === 'over')
        out(
          'The request is larger than an InvokeModel body may be (',
          ref('bedrock.claudeMaxPayload'),
          ' for Claude).',
        );
      if (secs > seconds('bedrock.longInferenceTime'))
        out(
          'A model request may run for at most ',
          ref('bedrock.longInferenceTime', 'duration'),
          '; use batch inference.',
        );
      else if (secs > seconds('sdk.readTimeout')) {
        t.reasons.push(
          note(
            'Raise the SDK read timeout (default ',
            ref('sdk.readTimeout', 'duration'),
            ') or stream the response.',
          ),
        );
      }
      break;
    }
    case 'lambda': {
      const fit = sizeFit(bytes, 'lambda.syncPayload');
      if (fit === 'over')
        out(
          'The request is larger than a synchronous invocation may carry (',
          ref('lambda.syncPayload'),
          ').',
        );
      if (secs > seconds('lambda.maxTimeout'))
        out('A function stops at ', ref('lambda.maxTimeout', 'duration'), '.');
      else if (secs > seconds('lambda.defaultTimeout')) {
        t.reasons.push(
          note(
            'Raise the function timeout: the default is ',
            ref('lambda.defaultTimeout', 'duration'),
            '.',
          ),
        );
      }
      if (w.gpu) out('The model needs a GPU. ', fact('lambda', 'gpu'));
      break;
    }
  }
}

function model(option: OptionId, w: Workload, t: Tally): void {
  if (w.model === 'foundation') {
    if (option === 'bedrock') {
      t.score += 4;
      t.reasons.push(
        forIt(
          'Foundation models are ready to call through one API, paid per token, with nothing to host.',
        ),
      );
    } else if (option === 'lambda' || option === 'serverless') {
      t.score -= 100;
      t.reasons.push(
        rulesOut(
          option === 'lambda'
            ? 'A foundation model does not fit in a function: no GPU and at most '
            : 'A foundation model does not fit: no GPU and at most ',
          ref(option === 'lambda' ? 'lambda.maxMemory' : 'serverless.maxMemory'),
          ' of memory.',
        ),
      );
    } else {
      t.reasons.push(
        against(
          'You would host the model yourself (for example from SageMaker JumpStart) and pay for its instances: ',
          fact(option, 'pricing'),
          ' Bedrock needs no hosting.',
        ),
      );
    }
  } else if (w.model === 'classical') {
    if (option === 'lambda') {
      t.score += 3;
      t.reasons.push(
        forIt('A small scikit-learn or XGBoost model loads quickly in a function and runs on CPU.'),
      );
    } else if (option === 'serverless') {
      t.score += 1;
      t.reasons.push(forIt('A small CPU model keeps cold starts short.'));
    }
  } else if (option === 'lambda') {
    t.score -= 1;
    t.reasons.push(
      against(
        'A trained deep-learning model is often too heavy for a function: memory tops out at ',
        ref('lambda.maxMemory'),
        ' and there is no GPU.',
      ),
    );
  }
}

function operations(option: OptionId, w: Workload, t: Tally): void {
  if (w.gpu && (option === 'realtime' || option === 'async' || option === 'batch')) {
    t.score += 1;
    t.reasons.push(forIt('Runs on GPU instance types.'));
  }
  if (!w.manageInstances) {
    if (option === 'realtime' || option === 'async') {
      t.score -= 1;
      t.reasons.push(
        against(
          'You choose, size and scale the endpoint’s instances yourself: ',
          fact(option, 'pricing'),
        ),
      );
    } else if (option === 'serverless' || option === 'lambda' || option === 'bedrock') {
      t.score += 1;
      t.reasons.push(forIt('No instances to choose or manage.'));
    }
  }
}

export function chooseMode(w: Workload): ChooserResult {
  const verdicts = OPTION_IDS.map((option, index) => {
    const tally: Tally = {score: 0, reasons: []};
    shape(option, w, tally);
    limits(option, w, tally);
    model(option, w, tally);
    operations(option, w, tally);
    const ruledOut = tally.reasons.some((reason) => reason.kind === 'rules-out');
    return {
      option,
      index,
      score: ruledOut ? Math.min(tally.score, -100) : tally.score,
      reasons: tally.reasons,
      ruledOut,
    };
  });
  // Highest score first; ties keep the guide's order.
  verdicts.sort((a, b) => b.score - a.score || a.index - b.index);
  const top = verdicts.find((v) => !v.ruledOut);
  const ranking: Verdict[] = verdicts.map((v) => {
    const standing: Standing = v.ruledOut
      ? 'ruled-out'
      : v === top
        ? 'recommended'
        : top && top.score - v.score <= 1
          ? 'good'
          : 'weaker';
    // A recommendation leads with the case for it; any other verdict with the case against.
    const order: Record<ReasonKind, number> =
      standing === 'recommended' || standing === 'good'
        ? {for: 0, note: 1, against: 2, 'rules-out': 3}
        : {'rules-out': 0, against: 1, for: 2, note: 3};
    const reasons = [...v.reasons].sort((a, b) => order[a.kind] - order[b.kind]);
    return {option: v.option, standing, score: v.score, reasons};
  });
  return {ranking, recommended: ranking.find((v) => v.standing === 'recommended')};
}
