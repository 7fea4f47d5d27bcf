/**
 * Timeout checker: does a request that takes this long finish within each option's limit, and
 * within every hop in front of the model? Pure functions; the component only renders.
 */
import {getLimit, type LimitId, type OptionId} from '@site/src/data';
import {limitSeconds, limitText} from '@site/src/lib/limitValue';
import {timeAxis, type Axis} from '@site/src/widgets/shared/logic/chart';
import {fitSeconds, readTime, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {
  pickEnum,
  type FormErrors,
  type FormReading,
  type Parsed,
} from '@site/src/widgets/shared/logic/parse';
import {cite, type Part} from '@site/src/widgets/shared/logic/sourced';
import {choiceField, textField, type Values} from '@site/src/widgets/shared/logic/query';
import {
  judgeEach,
  type Judge,
  type Judges,
  type VerdictKind,
} from '@site/src/widgets/shared/logic/verdict';

export const SDK_MODES = ['default', 'custom', 'none'] as const;
export const GATEWAY_MODES = ['none', 'rest', 'rest-raised', 'http'] as const;
export const LAMBDA_MODES = ['none', 'default', 'custom'] as const;

export const TIMEOUT_SCHEMA = {
  processing: textField('30'),
  processingUnit: choiceField(TIME_UNITS, 's', 'the processing time unit'),
  sdk: choiceField(SDK_MODES, 'default', 'the client read timeout'),
  sdkTimeout: textField(getLimit('realtime.recommendedSocketTimeout').value),
  sdkTimeoutUnit: choiceField(TIME_UNITS, 's', 'the read timeout unit'),
  gateway: choiceField(GATEWAY_MODES, 'none', 'API Gateway'),
  gatewayTimeout: textField(getLimit('realtime.maxResponseTime').value),
  gatewayTimeoutUnit: choiceField(TIME_UNITS, 's', 'the integration timeout unit'),
  lambda: choiceField(LAMBDA_MODES, 'none', 'the Lambda function in front'),
  lambdaTimeout: textField(getLimit('lambda.maxTimeout').value),
  lambdaTimeoutUnit: choiceField(TIME_UNITS, 's', 'the function timeout unit'),
};

export type TimeoutValues = Values<typeof TIMEOUT_SCHEMA>;
export type TimeoutField = keyof TimeoutValues;

export type HopId = 'sdk' | 'gateway' | 'lambda';

/** One service on the request's path in front of the model, with the time it waits. */
export interface Hop {
  id: HopId;
  name: string;
  seconds: number;
  /** The data entry behind the timeout, when it is an AWS default rather than the reader's value. */
  limit?: LimitId;
}

export interface TimeoutInput {
  processingSeconds: number;
  hops: Hop[];
}

/** A hop whose timeout is an AWS default, from the data module. */
interface DefaultTimeout {
  name: string;
  limit: LimitId;
}

/** A hop whose timeout the reader types, at most `max` where AWS caps it. */
interface TypedTimeout {
  name: string;
  field: TimeoutField;
  unit: TimeoutField;
  noun: string;
  max?: LimitId;
}

const HOP_CHOICES: Record<HopId, Record<string, DefaultTimeout | TypedTimeout>> = {
  sdk: {
    default: {name: 'AWS SDK for Python read timeout (default)', limit: 'sdk.readTimeout'},
    custom: {
      name: 'Client read timeout (yours)',
      field: 'sdkTimeout',
      unit: 'sdkTimeoutUnit',
      noun: 'a read timeout',
    },
  },
  gateway: {
    rest: {name: 'API Gateway REST API', limit: 'apigateway.restTimeout'},
    http: {name: 'API Gateway HTTP API', limit: 'apigateway.httpTimeout'},
    'rest-raised': {
      name: 'API Gateway REST API (raised timeout)',
      field: 'gatewayTimeout',
      unit: 'gatewayTimeoutUnit',
      noun: 'the raised integration timeout',
    },
  },
  lambda: {
    default: {name: 'Lambda function (default timeout)', limit: 'lambda.defaultTimeout'},
    custom: {
      name: 'Lambda function (your timeout)',
      field: 'lambdaTimeout',
      unit: 'lambdaTimeoutUnit',
      noun: 'the function timeout',
      max: 'lambda.maxTimeout',
    },
  },
};

/** A typed timeout, refused above the most AWS allows for it. */
function readTimeout(values: TimeoutValues, typed: TypedTimeout): Parsed<number> {
  const time = readTime(values[typed.field], values[typed.unit], typed.noun);
  if (!time.ok || !typed.max || time.value <= limitSeconds(typed.max)) return time;
  const max = limitText(typed.max, 'current', 'duration');
  return {ok: false, error: `Lambda allows a timeout of at most ${max}.`};
}

/** Turns the raw form into checked input, or a message for each bad field. */
export function readTimeoutForm(values: TimeoutValues): FormReading<TimeoutInput, TimeoutField> {
  const errors: FormErrors<TimeoutField> = {};
  const processing = readTime(values.processing, values.processingUnit, 'a processing time');
  if (!processing.ok) errors.processing = processing.error;

  const modes = {
    sdk: pickEnum(values.sdk, SDK_MODES) ?? 'default',
    gateway: pickEnum(values.gateway, GATEWAY_MODES) ?? 'none',
    lambda: pickEnum(values.lambda, LAMBDA_MODES) ?? 'none',
  };
  const hops: Hop[] = [];
  for (const id of ['sdk', 'gateway', 'lambda'] as const) {
    const choice = HOP_CHOICES[id][modes[id]];
    if (!choice) continue;
    if ('limit' in choice) {
      hops.push({id, name: choice.name, seconds: limitSeconds(choice.limit), limit: choice.limit});
      continue;
    }
    const timeout = readTimeout(values, choice);
    if (timeout.ok) hops.push({id, name: choice.name, seconds: timeout.value});
    else errors[choice.field] = timeout.error;
  }

  if (!processing.ok || Object.keys(errors).length > 0) return {errors};
  return {input: {processingSeconds: processing.value, hops}, errors};
}

export type TimeFit = Extract<VerdictKind, 'fits' | 'if-configured' | 'over'>;

export interface OptionTimeVerdict {
  option: OptionId;
  fit: TimeFit;
  /** The limit the request is measured against: the default where a setting must be raised. */
  limit: LimitId;
  limitSeconds: number;
  /** Share of `limit` the request uses. */
  used: number;
  /** The most the option allows once configured, when that differs from `limit`. */
  ceiling?: LimitId;
  /** Why, and what to do. */
  detail: Part[];
}

/**
 * An option's timeouts: the limit a request is measured against (the default, where a setting
 * can raise it), the most it allows once configured, and what to say in each case.
 */
interface Timeouts {
  limit: LimitId;
  ceiling?: LimitId;
  fits: Part[];
  ifConfigured?: Part[];
  over: Part[];
}

/** Judges a processing time against an option's timeouts. */
function within(rule: Timeouts): Judge<number, Omit<OptionTimeVerdict, 'option'>> {
  return (processingSeconds) => {
    const limitSecs = limitSeconds(rule.limit);
    const base = {
      limit: rule.limit,
      limitSeconds: limitSecs,
      used: fitSeconds(processingSeconds, limitSecs).used,
      ceiling: rule.ceiling,
    };
    if (processingSeconds <= limitSecs) return {...base, fit: 'fits', detail: rule.fits};
    if (rule.ceiling && rule.ifConfigured && processingSeconds <= limitSeconds(rule.ceiling)) {
      return {...base, fit: 'if-configured', detail: rule.ifConfigured};
    }
    return {...base, fit: 'over', detail: rule.over};
  };
}

const JUDGES: Judges<number, Omit<OptionTimeVerdict, 'option'>> = {
  batch: within({
    limit: 'batch.defaultInvocationTimeout',
    ceiling: 'batch.maxInvocationTimeout',
    fits: [
      'Each invocation (one mini-batch) finishes within the default of ',
      cite('batch.defaultInvocationTimeout', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Only if you raise InvocationsTimeoutInSeconds in ModelClientConfig above the default of ',
      cite('batch.defaultInvocationTimeout', 'duration'),
      '; it goes up to ',
      cite('batch.maxInvocationTimeout', 'duration'),
      '.',
    ],
    over: [
      'One invocation may take at most ',
      cite('batch.maxInvocationTimeout', 'duration'),
      '. Make mini-batches smaller (a lower MaxPayloadInMB, or BatchStrategy SingleRecord) ' +
        'so that each call finishes in time; the job as a whole may run much longer.',
    ],
  }),
  realtime: within({
    limit: 'realtime.maxResponseTime',
    ceiling: 'realtime.maxStreamingTime',
    fits: [
      'The container answers within the limit of ',
      cite('realtime.maxResponseTime', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Too slow for a normal response (',
      cite('realtime.maxResponseTime', 'duration'),
      '). It fits only if the container streams its answer with InvokeEndpointWithResponseStream, which allows up to ',
      cite('realtime.maxStreamingTime', 'duration'),
      '; otherwise use Asynchronous Inference.',
    ],
    over: [
      'Longer than even a streamed response may take (',
      cite('realtime.maxStreamingTime', 'duration'),
      '). Use Asynchronous Inference, which allows up to ',
      cite('async.maxProcessingTime', 'duration'),
      '.',
    ],
  }),
  serverless: within({
    limit: 'serverless.maxResponseTime',
    fits: [
      'The container answers within the limit of ',
      cite('serverless.maxResponseTime', 'duration'),
      '.',
    ],
    over: [
      'A serverless endpoint must answer within ',
      cite('serverless.maxResponseTime', 'duration'),
      ', and cold starts add to that. Use Asynchronous Inference (it can scale to zero too) ' +
        'or Real-Time with response streaming.',
    ],
  }),
  async: within({
    limit: 'async.defaultProcessingTime',
    ceiling: 'async.maxProcessingTime',
    fits: [
      'Finishes within the default processing timeout of ',
      cite('async.defaultProcessingTime', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Only if you set InvocationTimeoutSeconds on the request: without it, processing stops at ',
      cite('async.defaultProcessingTime', 'duration'),
      '; it may be raised to ',
      cite('async.maxProcessingTime', 'duration'),
      '.',
    ],
    over: [
      'No SageMaker endpoint lets one request run longer than ',
      cite('async.maxProcessingTime', 'duration'),
      '. Split the input into smaller requests, or run it as a Batch Transform job ' +
        'whose invocations each finish in time.',
    ],
  }),
  bedrock: within({
    limit: 'sdk.readTimeout',
    ceiling: 'bedrock.longInferenceTime',
    fits: [
      'Returns before the AWS SDK’s default read timeout of ',
      cite('sdk.readTimeout', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Longer than the SDK’s default read timeout (',
      cite('sdk.readTimeout', 'duration'),
      '). Recent Claude models may run up to ',
      cite('bedrock.longInferenceTime', 'duration'),
      ' and Amazon Nova up to ',
      cite('bedrock.novaLongInferenceTime', 'duration'),
      ': raise the client read timeout to match, or stream the answer with ConverseStream.',
    ],
    over: [
      'Longer than any Bedrock model request may run (Claude ',
      cite('bedrock.longInferenceTime', 'duration'),
      ', Amazon Nova ',
      cite('bedrock.novaLongInferenceTime', 'duration'),
      '). Use Bedrock batch inference: a job’s timeout can be set from ',
      cite('bedrock.batchJobMinTimeout', 'duration'),
      ' to ',
      cite('bedrock.batchJobMaxTimeout', 'duration'),
      ', and AWS aims to process a job within ',
      cite('bedrock.batchWindow', 'duration'),
      ' (a target, not a promise). Batch does not run on provisioned models.',
    ],
  }),
  lambda: within({
    limit: 'lambda.defaultTimeout',
    ceiling: 'lambda.maxTimeout',
    fits: [
      'Finishes within Lambda’s default timeout of ',
      cite('lambda.defaultTimeout', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Only if you raise the function timeout above the default of ',
      cite('lambda.defaultTimeout', 'duration'),
      '; it may be set up to ',
      cite('lambda.maxTimeout', 'duration'),
      '.',
    ],
    over: [
      'Lambda stops every function at ',
      cite('lambda.maxTimeout', 'duration'),
      '. Move the model to SageMaker Asynchronous Inference, or split the work into shorter steps.',
    ],
  }),
};

export interface HopVerdict extends Hop {
  fit: 'fits' | 'over';
  used: number;
}

export interface ChartMark {
  label: string;
  option?: OptionId;
  seconds: number;
  kind: 'request' | 'limit' | 'hop';
  fit?: TimeFit | 'fits' | 'over';
}

export interface TimeoutResult {
  processingSeconds: number;
  options: OptionTimeVerdict[];
  hops: HopVerdict[];
  /** The hop whose timeout ends the request first, if any does. */
  firstTimeout?: HopVerdict;
  /** What to do about the path in front of the model. */
  pathAdvice: Part[][];
  chart: {axis: Axis; ticks: number[]; marks: ChartMark[]};
}

const HOP_ADVICE: Record<HopId, Part[]> = {
  sdk: [
    'Raise the client’s read timeout (in boto3, Config(read_timeout=...)); AWS suggests ',
    cite('realtime.recommendedSocketTimeout', 'duration'),
    ' for SageMaker models that take close to a minute.',
  ],
  gateway: [
    'API Gateway ends the call first. Return at once and let the client fetch the result later ' +
      '(Asynchronous Inference writes it to S3), stream the response through a REST API (up to ',
    cite('apigateway.streamingTimeout', 'duration'),
    '), or, for a Regional or private REST API, ask for a higher integration timeout through ' +
      'Service Quotas. HTTP APIs and edge-optimized REST APIs cannot be raised.',
  ],
  lambda: [
    'The Lambda function in front times out first. Raise its timeout (up to ',
    cite('lambda.maxTimeout', 'duration'),
    '), or have it start an asynchronous invocation instead of waiting.',
  ],
};

export function checkTimeouts(input: TimeoutInput): TimeoutResult {
  const {processingSeconds, hops} = input;
  const options = judgeEach(JUDGES, processingSeconds);
  const hopVerdicts: HopVerdict[] = hops.map((hop) => {
    const fit = fitSeconds(processingSeconds, hop.seconds);
    return {...hop, fit: fit.fit, used: fit.used};
  });
  const failing = hopVerdicts.filter((hop) => hop.fit === 'over');
  const firstTimeout = failing.reduce<HopVerdict | undefined>(
    (first, hop) => (first === undefined || hop.seconds < first.seconds ? hop : first),
    undefined,
  );
  const pathAdvice = firstTimeout ? [HOP_ADVICE[firstTimeout.id]] : [];

  const marks: ChartMark[] = [
    {label: 'Your request', seconds: processingSeconds, kind: 'request'},
    ...options.map((verdict) => ({
      label: verdict.option,
      option: verdict.option,
      // Draw the most the option allows once configured, so "does not fit" is measured fairly.
      seconds:
        verdict.fit !== 'fits' && verdict.ceiling
          ? limitSeconds(verdict.ceiling)
          : verdict.limitSeconds,
      kind: 'limit' as const,
      fit: verdict.fit,
    })),
    ...hopVerdicts.map((hop) => ({
      label: hop.name,
      seconds: hop.seconds,
      kind: 'hop' as const,
      fit: hop.fit,
    })),
  ];
  const {axis, ticks} = timeAxis(marks.map((mark) => mark.seconds));
  return {
    processingSeconds,
    options,
    hops: hopVerdicts,
    firstTimeout,
    pathAdvice,
    chart: {axis, ticks, marks},
  };
}
