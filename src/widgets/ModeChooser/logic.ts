/**
 * Mode chooser: ranks the six options for a workload and explains each verdict. Each option's
 * judge gives reasons: hard limits (payload, processing time, GPU, who answers) rule an option
 * out; the workload's shape (deadline, traffic, model, operations) gives points for or against
 * it. The rules follow AWS's own guidance for choosing a SageMaker inference option, and every
 * reason that rests on a number cites it.
 */
import {getLimit, type LimitId, type OptionId} from '@site/src/data';
import {limitByteRange, limitSeconds} from '@site/src/lib/limitValue';
import {byteRange} from '@site/src/lib/units';
import {fitBytes, readSize, readTime, type Fit} from '@site/src/widgets/shared/logic/measure';
import {SIZE_UNITS, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {parseAmount, pickEnum} from '@site/src/widgets/shared/logic/parse';
import type {FormErrors, FormReading} from '@site/src/widgets/shared/logic/parse';
import {choiceField, textField, YES_NO, type Values} from '@site/src/widgets/shared/logic/query';
import {cite, fact, type FactPart, type Part} from '@site/src/widgets/shared/logic/sourced';
import {judgeEach, type Judges, type VerdictKind} from '@site/src/widgets/shared/logic/verdict';

export const DEADLINES = ['interactive', 'minute', 'later', 'none'] as const;
export type Deadline = (typeof DEADLINES)[number];
export const TRAFFIC = ['steady', 'spiky', 'rare', 'scheduled'] as const;
export type Traffic = (typeof TRAFFIC)[number];
/**
 * `own`: a model you trained (deep learning or otherwise) that runs in a container;
 * `fine-tuned`: an open-weight language model you fine-tuned (Llama, Mistral…);
 * `foundation`: a foundation model used as it is, through an API; `classical`: a small
 * scikit-learn or XGBoost model.
 */
export const MODELS = ['own', 'fine-tuned', 'foundation', 'classical'] as const;
export type Model = (typeof MODELS)[number];
/** The most requests a month the volume field accepts (the cost comparison's own ceiling). */
export const MAX_REQUESTS_PER_MONTH = 1e12;

/** The workload the options are judged against. */
export interface Workload {
  deadline: Deadline;
  traffic: Traffic;
  payloadBytes: number;
  processingSeconds: number;
  model: Model;
  gpu: boolean;
  manageInstances: boolean;
  /** Requests a month, when the reader gives them: each verdict then cites its monthly cost. */
  requestsPerMonth?: number;
}

export const CHOOSER_SCHEMA = {
  when: choiceField(DEADLINES, 'interactive', 'when the answer is needed'),
  traffic: choiceField(TRAFFIC, 'spiky', 'the traffic pattern'),
  payload: textField('1'),
  payloadUnit: choiceField(SIZE_UNITS, 'MB', 'the payload unit'),
  duration: textField('2'),
  durationUnit: choiceField(TIME_UNITS, 's', 'the processing time unit'),
  model: choiceField(MODELS, 'own', 'the model'),
  gpu: choiceField(YES_NO, 'no', 'whether a GPU is needed'),
  manage: choiceField(YES_NO, 'no', 'whether the team manages instances'),
  /** Optional: requests a month, for the cost of each option from the cost comparison. */
  volume: textField(''),
};

export type ChooserValues = Values<typeof CHOOSER_SCHEMA>;
export type ChooserField = keyof ChooserValues;

export function readChooserForm(values: ChooserValues): FormReading<Workload, ChooserField> {
  const errors: FormErrors<ChooserField> = {};
  const payload = readSize(values.payload, values.payloadUnit, 'a payload size');
  const duration = readTime(values.duration, values.durationUnit, 'a processing time');
  if (!payload.ok) errors.payload = payload.error;
  if (!duration.ok) errors.duration = duration.error;
  const volume =
    values.volume.trim() === ''
      ? undefined
      : parseAmount(values.volume, {
          noun: 'requests a month',
          max: MAX_REQUESTS_PER_MONTH,
          maxText: 'Enter at most a trillion requests a month.',
          allowZero: true,
        });
  if (volume && !volume.ok) errors.volume = volume.error;
  if (!payload.ok || !duration.ok || (volume && !volume.ok)) return {errors};
  const payloadBytes = payload.value;
  const processingSeconds = duration.value;
  return {
    input: {
      deadline: pickEnum(values.when, DEADLINES) ?? 'interactive',
      traffic: pickEnum(values.traffic, TRAFFIC) ?? 'spiky',
      payloadBytes,
      processingSeconds,
      model: pickEnum(values.model, MODELS) ?? 'own',
      gpu: values.gpu === 'yes',
      manageInstances: values.manage === 'yes',
      ...(volume?.ok ? {requestsPerMonth: volume.value} : {}),
    },
    errors,
  };
}

export type ReasonKind = 'for' | 'against' | 'rules-out' | 'note';

export interface Reason {
  kind: ReasonKind;
  parts: Part[];
  /** What the reason adds to the option's score: + suits, - fits poorly, 0 for notes. */
  points: number;
}

export type Standing = Extract<VerdictKind, 'recommended' | 'good' | 'weaker' | 'ruled-out'>;

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

const forIt = (points: number, ...parts: Part[]): Reason => ({kind: 'for', parts, points});
const against = (points: number, ...parts: Part[]): Reason => ({kind: 'against', parts, points});
const note = (...parts: Part[]): Reason => ({kind: 'note', parts, points: 0});
/** A hard limit the workload breaks: the option is out, whatever else speaks for it. */
const rulesOut = (...parts: Part[]): Reason => ({kind: 'rules-out', parts, points: 0});

function sizeFit(bytes: number, id: LimitId): Fit {
  return fitBytes(bytes, limitByteRange(id)).fit;
}

/** A sentence around one cited limit: the text before it, the limit, the text after. */
type Citing = readonly [before: string, limit: LimitId, after: string];

/** Rules the option out when the request is larger than a hard size limit. */
function overSize(w: Workload, [before, limit, after]: Citing): Reason[] {
  return sizeFit(w.payloadBytes, limit) === 'over' ? [rulesOut(before, cite(limit), after)] : [];
}

/**
 * A time limit: longer than the hard limit rules the option out; longer than only a default,
 * a note says which setting to raise.
 */
function overTime(w: Workload, hard: Citing, raise?: Citing): Reason[] {
  const said = (make: (...parts: Part[]) => Reason, [before, limit, after]: Citing) => [
    make(before, cite(limit, 'duration'), after),
  ];
  if (w.processingSeconds > limitSeconds(hard[1])) return said(rulesOut, hard);
  if (raise && w.processingSeconds > limitSeconds(raise[1])) return said(note, raise);
  return [];
}

/** Deadlines an option cannot meet: it answers later, by design. */
const CANNOT_MEET: Record<OptionId, readonly Deadline[]> = {
  batch: ['interactive', 'minute'],
  realtime: [],
  serverless: [],
  async: ['interactive'],
  bedrock: [],
  lambda: [],
};

/** Points for how well the workload's shape suits an option: + suits, - fits poorly. */
const SHAPE: Record<
  OptionId,
  {deadline: Partial<Record<Deadline, number>>; traffic: Record<Traffic, number>}
> = {
  batch: {
    deadline: {later: 1, none: 2},
    traffic: {steady: -1, spiky: -1, rare: 0, scheduled: 3},
  },
  realtime: {
    deadline: {interactive: 2, minute: 1},
    traffic: {steady: 2, spiky: -1, rare: -2, scheduled: -2},
  },
  serverless: {
    deadline: {interactive: 1, minute: 1},
    traffic: {steady: -1, spiky: 2, rare: 2, scheduled: -1},
  },
  async: {
    deadline: {later: 2, none: 1},
    traffic: {steady: 0, spiky: 1, rare: 1, scheduled: 0},
  },
  bedrock: {
    deadline: {interactive: 1, minute: 1},
    traffic: {steady: 0, spiky: 0, rare: 0, scheduled: 0},
  },
  lambda: {
    deadline: {interactive: 1, minute: 1},
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

/** Why a traffic pattern costs more or fits worse, then the sourced fact behind it. */
const WEAK_TRAFFIC: Record<OptionId, [string, FactPart['fact']]> = {
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

/** When the answer is needed and how requests arrive. */
function shape(option: OptionId, w: Workload): Reason[] {
  if (CANNOT_MEET[option].includes(w.deadline)) {
    const when = DEADLINE_WORDS[w.deadline].replace('the answer is needed', 'you need the answer');
    return [rulesOut(`It cannot answer while ${when}: `, fact(option, 'answers'))];
  }
  const reasons: Reason[] = [];
  const deadline = SHAPE[option].deadline[w.deadline] ?? 0;
  const traffic = SHAPE[option].traffic[w.traffic];
  if (deadline > 0) {
    reasons.push(forIt(deadline, `Suits a workload where ${DEADLINE_WORDS[w.deadline]}.`));
  }
  if (traffic > 0) reasons.push(forIt(traffic, `Suits ${TRAFFIC_WORDS[w.traffic]}.`));
  if (traffic < 0) {
    const [words, basis] = WEAK_TRAFFIC[option];
    reasons.push(
      against(traffic, `Weaker for ${TRAFFIC_WORDS[w.traffic]}: ${words}`, fact(option, basis)),
    );
  }
  return reasons;
}

// Hard limits and strengths of each option, one judge per option.

function batchLimits(w: Workload): Reason[] {
  return [
    ...overSize(w, ['One record must fit in a mini-batch of at most ', 'batch.maxMiniBatch', '.']),
    ...overTime(
      w,
      ['Each invocation may take at most ', 'batch.maxInvocationTimeout', '.'],
      ['Raise InvocationsTimeoutInSeconds: the default is ', 'batch.defaultInvocationTimeout', '.'],
    ),
  ];
}

function realtimeLimits(w: Workload): Reason[] {
  const reasons: Reason[] = [];
  const main = sizeFit(w.payloadBytes, 'realtime.maxPayload');
  const conflicting = getLimit('realtime.maxPayload').conflicting?.[0];
  const older = conflicting ? fitBytes(w.payloadBytes, byteRange(conflicting)).fit : main;
  if (main === 'over') {
    reasons.push(
      rulesOut(
        'The request is larger than the real-time payload limit of ',
        cite('realtime.maxPayload'),
        '.',
      ),
    );
  } else if (older !== 'fits') {
    reasons.push(
      against(
        -1,
        'The size depends on a disputed limit: ',
        cite('realtime.maxPayload'),
        ' in the hosting FAQ, ',
        {limit: 'realtime.maxPayload', which: 'conflicting'},
        ' in the API reference and most exam material.',
      ),
    );
  }
  if (w.processingSeconds > limitSeconds('realtime.maxStreamingTime')) {
    reasons.push(
      rulesOut(
        'The container must answer within ',
        cite('realtime.maxResponseTime', 'duration'),
        ' (',
        cite('realtime.maxStreamingTime', 'duration'),
        ' when streaming).',
      ),
    );
  } else if (w.processingSeconds > limitSeconds('realtime.maxResponseTime')) {
    reasons.push(
      against(
        -2,
        'Longer than the ',
        cite('realtime.maxResponseTime', 'duration'),
        ' response limit: works only if the model streams its answer (up to ',
        cite('realtime.maxStreamingTime', 'duration'),
        ').',
      ),
    );
  }
  return reasons;
}

function serverlessLimits(w: Workload): Reason[] {
  const reasons: Reason[] = [];
  const fit = sizeFit(w.payloadBytes, 'serverless.maxPayload');
  if (fit === 'over') {
    reasons.push(
      rulesOut(
        'The request is larger than the serverless payload limit of ',
        cite('serverless.maxPayload'),
        '.',
      ),
    );
  } else if (fit === 'maybe') {
    reasons.push(
      against(
        -1,
        'Right at the payload limit of ',
        cite('serverless.maxPayload'),
        '; AWS does not say whether its MB are decimal or binary.',
      ),
    );
  }
  reasons.push(
    ...overTime(w, [
      'A serverless endpoint must answer within ',
      'serverless.maxResponseTime',
      '.',
    ]),
  );
  if (w.gpu) reasons.push(rulesOut('The model needs a GPU. ', fact('serverless', 'gpu')));
  return reasons;
}

function asyncLimits(w: Workload): Reason[] {
  const secs = w.processingSeconds;
  const reasons = [
    ...overSize(w, [
      'The input is larger than the asynchronous limit of ',
      'async.maxPayload',
      '.',
    ]),
    ...overTime(
      w,
      ['One request may be processed for at most ', 'async.maxProcessingTime', '.'],
      [
        'Set InvocationTimeoutSeconds on each request: the default is ',
        'async.defaultProcessingTime',
        '.',
      ],
    ),
  ];
  const big =
    sizeFit(w.payloadBytes, 'serverless.maxPayload') !== 'fits' ||
    secs > limitSeconds('realtime.maxResponseTime');
  if (big && w.deadline !== 'interactive') {
    reasons.push(
      forIt(
        2,
        'Built for large payloads (up to ',
        cite('async.maxPayload'),
        ') and long processing (up to ',
        cite('async.maxProcessingTime', 'duration'),
        ').',
      ),
    );
  }
  return reasons;
}

/** What Bedrock can run: foundation models, and fine-tuned open-weight ones it imports. */
const BEDROCK_CANNOT_HOST: Partial<Record<Model, string>> = {
  own: 'Bedrock serves foundation models and open-weight language models you import, not any model you trained: ',
  classical: 'Bedrock cannot host a classic model such as XGBoost or scikit-learn: ',
};

function bedrockLimits(w: Workload): Reason[] {
  const cannot = BEDROCK_CANNOT_HOST[w.model];
  if (cannot) return [rulesOut(cannot, fact('bedrock', 'ownModel'))];
  return [
    ...overSize(w, [
      'The request is larger than an InvokeModel body may be (',
      'bedrock.claudeMaxPayload',
      ' for Claude).',
    ]),
    ...overTime(
      w,
      [
        'A model request may run for at most ',
        'bedrock.longInferenceTime',
        '; use batch inference.',
      ],
      ['Raise the SDK read timeout (default ', 'sdk.readTimeout', ') or stream the response.'],
    ),
  ];
}

function lambdaLimits(w: Workload): Reason[] {
  const reasons = [
    ...overSize(w, [
      'The request is larger than a synchronous invocation may carry (',
      'lambda.syncPayload',
      ').',
    ]),
    ...overTime(
      w,
      ['A function stops at ', 'lambda.maxTimeout', '.'],
      ['Raise the function timeout: the default is ', 'lambda.defaultTimeout', '.'],
    ),
  ];
  if (w.gpu) reasons.push(rulesOut('The model needs a GPU. ', fact('lambda', 'gpu')));
  return reasons;
}

/** What kind of model it is: a foundation model through an API, a classical one, or your own. */
function model(option: OptionId, w: Workload): Reason[] {
  if (w.model === 'fine-tuned') return fineTuned(option);
  if (w.model === 'foundation') {
    if (option === 'bedrock') {
      return [
        forIt(
          4,
          'Foundation models are ready to call through one API, paid per token, with nothing to host.',
        ),
      ];
    }
    if (option === 'lambda' || option === 'serverless') {
      return [
        rulesOut(
          option === 'lambda'
            ? 'A foundation model does not fit in a function: no GPU and at most '
            : 'A foundation model does not fit: no GPU and at most ',
          cite(option === 'lambda' ? 'lambda.maxMemory' : 'serverless.maxMemory'),
          ' of memory.',
        ),
      ];
    }
    return [
      against(
        0,
        'You would host the model yourself (for example from SageMaker JumpStart) and pay for its instances: ',
        fact(option, 'pricing'),
        ' Bedrock needs no hosting.',
      ),
    ];
  }
  if (w.model === 'classical') {
    if (option === 'lambda') {
      return [
        forIt(
          3,
          'A small scikit-learn or XGBoost model loads quickly in a function and runs on CPU.',
        ),
      ];
    }
    if (option === 'serverless') return [forIt(1, 'A small CPU model keeps cold starts short.')];
    return [];
  }
  if (option !== 'lambda') return [];
  return [
    against(
      -1,
      'A trained deep-learning model is often too heavy for a function: memory tops out at ',
      cite('lambda.maxMemory'),
      ' and there is no GPU.',
    ),
  ];
}

/** A language model you fine-tuned from open weights: Custom Model Import, or your own GPU host. */
function fineTuned(option: OptionId): Reason[] {
  if (option === 'bedrock') {
    return [
      forIt(
        3,
        'A model you fine-tuned from open weights can run on Bedrock through Custom Model Import: ',
        fact('bedrock', 'ownModel'),
      ),
    ];
  }
  if (option === 'lambda' || option === 'serverless') {
    return [
      rulesOut(
        'A language model does not fit: no GPU and at most ',
        cite(option === 'lambda' ? 'lambda.maxMemory' : 'serverless.maxMemory'),
        ' of memory.',
      ),
    ];
  }
  return [note('Hosts the model on GPU instances you choose: ', fact(option, 'ownModel'))];
}

/** Work that can wait, on a foundation model: Bedrock batch inference, priced below on-demand. */
function bedrockBatch(option: OptionId, w: Workload): Reason[] {
  if (option !== 'bedrock' || w.model === 'own' || w.model === 'classical') return [];
  if (w.deadline !== 'later' && w.deadline !== 'none') return [];
  return [
    forIt(
      2,
      'Bedrock batch inference runs a file of prompts from S3 as one job, priced ',
      cite('bedrock.batchDiscount'),
      ' below on-demand for supported models.',
    ),
  ];
}

const ON_INSTANCES: readonly OptionId[] = ['realtime', 'async', 'batch'];
const ENDPOINT_INSTANCES: readonly OptionId[] = ['realtime', 'async'];
const NO_INSTANCES: readonly OptionId[] = ['serverless', 'lambda', 'bedrock'];

/** GPUs, and whether the team will run instances. */
function operations(option: OptionId, w: Workload): Reason[] {
  const reasons: Reason[] = [];
  if (w.gpu && ON_INSTANCES.includes(option)) reasons.push(forIt(1, 'Runs on GPU instance types.'));
  if (w.manageInstances) return reasons;
  if (ENDPOINT_INSTANCES.includes(option)) {
    reasons.push(
      against(
        -1,
        'You choose, size and scale the endpoint’s instances yourself: ',
        fact(option, 'pricing'),
      ),
    );
  } else if (NO_INSTANCES.includes(option)) {
    reasons.push(forIt(1, 'No instances to choose or manage.'));
  }
  return reasons;
}

/** The cost comparison's query for the same workload, when a monthly volume is given. */
export function costComparisonQuery(w: Workload): string | undefined {
  if (w.requestsPerMonth === undefined) return undefined;
  return new URLSearchParams({
    requests: String(w.requestsPerMonth),
    processing: String(w.processingSeconds),
    processingUnit: 's',
    requestSize: String(w.payloadBytes),
    requestUnit: 'bytes',
  }).toString();
}

/** An option's judge: its workload shape, its own limits, the model, and operations. */
function judge(option: OptionId, limits: (w: Workload) => Reason[]) {
  return (w: Workload) => ({
    reasons: [
      ...shape(option, w),
      ...limits(w),
      ...model(option, w),
      ...bedrockBatch(option, w),
      ...operations(option, w),
    ],
  });
}

const JUDGES: Judges<Workload, {reasons: Reason[]}> = {
  batch: judge('batch', batchLimits),
  realtime: judge('realtime', realtimeLimits),
  serverless: judge('serverless', serverlessLimits),
  async: judge('async', asyncLimits),
  bedrock: judge('bedrock', bedrockLimits),
  lambda: judge('lambda', lambdaLimits),
};

export function chooseMode(w: Workload): ChooserResult {
  const judged = judgeEach(JUDGES, w).map((verdict, index) => ({
    ...verdict,
    index,
    points: verdict.reasons.reduce((sum, reason) => sum + reason.points, 0),
    ruledOut: verdict.reasons.some((reason) => reason.kind === 'rules-out'),
  }));
  // Options still standing first, then the most points; ties keep the guide's order.
  judged.sort(
    (a, b) => Number(a.ruledOut) - Number(b.ruledOut) || b.points - a.points || a.index - b.index,
  );
  const top = judged.find((v) => !v.ruledOut);
  // A ruled-out option ranks below every option still standing, and its score says so.
  const floor = Math.min(...judged.filter((v) => !v.ruledOut).map((v) => v.points));
  const ranking: Verdict[] = judged.map((v) => {
    const standing: Standing = v.ruledOut
      ? 'ruled-out'
      : v === top
        ? 'recommended'
        : top && top.points - v.points <= 1
          ? 'good'
          : 'weaker';
    // A recommendation leads with the case for it; any other verdict with the case against.
    const order: Record<ReasonKind, number> =
      standing === 'recommended' || standing === 'good'
        ? {for: 0, note: 1, against: 2, 'rules-out': 3}
        : {'rules-out': 0, against: 1, for: 2, note: 3};
    const reasons = [...v.reasons].sort((a, b) => order[a.kind] - order[b.kind]);
    const score = v.ruledOut ? Math.min(v.points, floor) : v.points;
    return {option: v.option, standing, score, reasons};
  });
  return {ranking, recommended: ranking.find((v) => v.standing === 'recommended')};
}
