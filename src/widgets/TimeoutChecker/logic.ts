/**
 * Timeout checker: does a request that takes this long finish within each option's limit, and
 * within every hop in front of the model? Pure functions; the component only renders.
 */
import {getLimit, OPTION_IDS, type LimitId, type OptionId} from '@site/src/data';
import {timeAxis, type Axis} from '@site/src/widgets/shared/logic/chart';
import {formatDuration} from '@site/src/lib/units';
import {fitSeconds, readTime, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {seconds} from '@site/src/widgets/shared/logic/limits';
import {pickEnum, type FormErrors, type Parsed} from '@site/src/widgets/shared/logic/parse';
import {ref, type Part} from '@site/src/widgets/shared/logic/parts';
import type {Schema, Values} from '@site/src/widgets/shared/logic/query';

export const SDK_MODES = ['default', 'custom', 'none'] as const;
export const GATEWAY_MODES = ['none', 'rest', 'rest-raised', 'http'] as const;
export const LAMBDA_MODES = ['none', 'default', 'custom'] as const;

export const TIMEOUT_SCHEMA = {
  processing: {kind: 'text', default: '30'},
  processingUnit: {kind: 'choice', default: 's', values: TIME_UNITS, label: 'the time unit'},
  sdk: {kind: 'choice', default: 'default', values: SDK_MODES, label: 'the client read timeout'},
  sdkTimeout: {kind: 'text', default: String(getLimit('realtime.recommendedSocketTimeout').value)},
  sdkTimeoutUnit: {
    kind: 'choice',
    default: 's',
    values: TIME_UNITS,
    label: 'the read timeout unit',
  },
  gateway: {kind: 'choice', default: 'none', values: GATEWAY_MODES, label: 'API Gateway'},
  gatewayTimeout: {kind: 'text', default: String(getLimit('realtime.maxResponseTime').value)},
  gatewayTimeoutUnit: {
    kind: 'choice',
    default: 's',
    values: TIME_UNITS,
    label: 'the integration timeout unit',
  },
  lambda: {
    kind: 'choice',
    default: 'none',
    values: LAMBDA_MODES,
    label: 'the Lambda function in front',
  },
  lambdaTimeout: {kind: 'text', default: String(getLimit('lambda.maxTimeout').value)},
  lambdaTimeoutUnit: {
    kind: 'choice',
    default: 's',
    values: TIME_UNITS,
    label: 'the function timeout unit',
  },
} as const satisfies Schema;

export type TimeoutValues = Values<typeof TIMEOUT_SCHEMA>;
export type TimeoutField = keyof TimeoutValues;

export type HopId = 'sdk' | 'gateway' | 'lambda';

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

/** Turns the raw form into checked input, or a message for each bad field. */
export function readTimeoutForm(values: TimeoutValues): {
  input?: TimeoutInput;
  errors: FormErrors<TimeoutField>;
} {
  const errors: FormErrors<TimeoutField> = {};
  const processing = readTime(values.processing, values.processingUnit, 'a processing time');
  if (!processing.ok) errors.processing = processing.error;

  const hops: Hop[] = [];
  const sdk = pickEnum(values.sdk, SDK_MODES) ?? 'default';
  if (sdk === 'default') {
    hops.push({
      id: 'sdk',
      name: 'AWS SDK for Python read timeout (default)',
      seconds: seconds('sdk.readTimeout'),
      limit: 'sdk.readTimeout',
    });
  } else if (sdk === 'custom') {
    const custom = readTime(values.sdkTimeout, values.sdkTimeoutUnit, 'a read timeout');
    if (custom.ok)
      hops.push({id: 'sdk', name: 'Client read timeout (yours)', seconds: custom.value});
    else errors.sdkTimeout = custom.error;
  }

  const gateway = pickEnum(values.gateway, GATEWAY_MODES) ?? 'none';
  if (gateway === 'rest') {
    hops.push({
      id: 'gateway',
      name: 'API Gateway REST API',
      seconds: seconds('apigateway.restTimeout'),
      limit: 'apigateway.restTimeout',
    });
  } else if (gateway === 'http') {
    hops.push({
      id: 'gateway',
      name: 'API Gateway HTTP API',
      seconds: seconds('apigateway.httpTimeout'),
      limit: 'apigateway.httpTimeout',
    });
  } else if (gateway === 'rest-raised') {
    const custom = readTime(
      values.gatewayTimeout,
      values.gatewayTimeoutUnit,
      'the raised integration timeout',
    );
    if (custom.ok)
      hops.push({
        id: 'gateway',
        name: 'API Gateway REST API (raised timeout)',
        seconds: custom.value,
      });
    else errors.gatewayTimeout = custom.error;
  }

  const lambda = pickEnum(values.lambda, LAMBDA_MODES) ?? 'none';
  if (lambda === 'default') {
    hops.push({
      id: 'lambda',
      name: 'Lambda function (default timeout)',
      seconds: seconds('lambda.defaultTimeout'),
      limit: 'lambda.defaultTimeout',
    });
  } else if (lambda === 'custom') {
    const max = seconds('lambda.maxTimeout');
    const typed = readTime(values.lambdaTimeout, values.lambdaTimeoutUnit, 'the function timeout');
    const custom: Parsed<number> =
      typed.ok && typed.value > max
        ? {ok: false, error: `Lambda allows a timeout of at most ${formatDuration(max)}.`}
        : typed;
    if (custom.ok)
      hops.push({id: 'lambda', name: 'Lambda function (your timeout)', seconds: custom.value});
    else errors.lambdaTimeout = custom.error;
  }

  if (!processing.ok || Object.keys(errors).length > 0) return {errors};
  return {input: {processingSeconds: processing.value, hops}, errors};
}

export type TimeFit = 'fits' | 'if-configured' | 'over';

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

interface Rule {
  limit: LimitId;
  ceiling?: LimitId;
  fits: Part[];
  ifConfigured?: Part[];
  over: Part[];
}

const RULES: Record<OptionId, Rule> = {
  batch: {
    limit: 'batch.defaultInvocationTimeout',
    ceiling: 'batch.maxInvocationTimeout',
    fits: [
      'Each invocation (one mini-batch) finishes within the default of ',
      ref('batch.defaultInvocationTimeout', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Only if you raise InvocationsTimeoutInSeconds in ModelClientConfig above the default of ',
      ref('batch.defaultInvocationTimeout', 'duration'),
      '; it goes up to ',
      ref('batch.maxInvocationTimeout', 'duration'),
      '.',
    ],
    over: [
      'One invocation may take at most ',
      ref('batch.maxInvocationTimeout', 'duration'),
      '. Make mini-batches smaller (a lower MaxPayloadInMB, or BatchStrategy SingleRecord) so that each call finishes in time; the job as a whole may run much longer.',
    ],
  },
  realtime: {
    limit: 'realtime.maxResponseTime',
    ceiling: 'realtime.maxStreamingTime',
    fits: [
      'The container answers within the limit of ',
      ref('realtime.maxResponseTime', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Too slow for a normal response (',
      ref('realtime.maxResponseTime', 'duration'),
      '). It fits only if the container streams its answer with InvokeEndpointWithResponseStream, which allows up to ',
      ref('realtime.maxStreamingTime', 'duration'),
      '; otherwise use Asynchronous Inference.',
    ],
    over: [
      'Longer than even a streamed response may take (',
      ref('realtime.maxStreamingTime', 'duration'),
      '). Use Asynchronous Inference, which allows up to ',
      ref('async.maxProcessingTime', 'duration'),
      '.',
    ],
  },
  serverless: {
    limit: 'serverless.maxResponseTime',
    fits: [
      'The container answers within the limit of ',
      ref('serverless.maxResponseTime', 'duration'),
      '.',
    ],
    over: [
      'A serverless endpoint must answer within ',
      ref('serverless.maxResponseTime', 'duration'),
      ', and cold starts add to that. Use Asynchronous Inference (it can scale to zero too) or Real-Time with response streaming.',
    ],
  },
  async: {
    limit: 'async.defaultProcessingTime',
    ceiling: 'async.maxProcessingTime',
    fits: [
      'Finishes within the default processing timeout of ',
      ref('async.defaultProcessingTime', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Only if you set InvocationTimeoutSeconds on the request: without it, processing stops at ',
      ref('async.defaultProcessingTime', 'duration'),
      '; it may be raised to ',
      ref('async.maxProcessingTime', 'duration'),
      '.',
    ],
    over: [
      'No SageMaker endpoint lets one request run longer than ',
      ref('async.maxProcessingTime', 'duration'),
      '. Split the input into smaller requests, or run it as a Batch Transform job whose invocations each finish in time.',
    ],
  },
  bedrock: {
    limit: 'sdk.readTimeout',
    ceiling: 'bedrock.longInferenceTime',
    fits: [
      'Returns before the AWS SDK’s default read timeout of ',
      ref('sdk.readTimeout', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Longer than the SDK’s default read timeout (',
      ref('sdk.readTimeout', 'duration'),
      '). Recent Claude and Nova models may run up to ',
      ref('bedrock.longInferenceTime', 'duration'),
      ': raise the client read timeout to match, or stream the answer with ConverseStream.',
    ],
    over: [
      'Longer than any Bedrock model request may run (',
      ref('bedrock.longInferenceTime', 'duration'),
      '). Use Bedrock batch inference, which returns results within ',
      ref('bedrock.batchWindow', 'duration'),
      '.',
    ],
  },
  lambda: {
    limit: 'lambda.defaultTimeout',
    ceiling: 'lambda.maxTimeout',
    fits: [
      'Finishes within Lambda’s default timeout of ',
      ref('lambda.defaultTimeout', 'duration'),
      '.',
    ],
    ifConfigured: [
      'Only if you raise the function timeout above the default of ',
      ref('lambda.defaultTimeout', 'duration'),
      '; it may be set up to ',
      ref('lambda.maxTimeout', 'duration'),
      '.',
    ],
    over: [
      'Lambda stops every function at ',
      ref('lambda.maxTimeout', 'duration'),
      '. Move the model to SageMaker Asynchronous Inference, or split the work into shorter steps.',
    ],
  },
};

function judge(option: OptionId, processingSeconds: number): OptionTimeVerdict {
  const rule = RULES[option];
  const limitSeconds = seconds(rule.limit);
  const base = {
    option,
    limit: rule.limit,
    limitSeconds,
    used: fitSeconds(processingSeconds, limitSeconds).used,
    ceiling: rule.ceiling,
  };
  if (processingSeconds <= limitSeconds) return {...base, fit: 'fits', detail: rule.fits};
  if (rule.ceiling && rule.ifConfigured && processingSeconds <= seconds(rule.ceiling)) {
    return {...base, fit: 'if-configured', detail: rule.ifConfigured};
  }
  return {...base, fit: 'over', detail: rule.over};
}

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
    ref('realtime.recommendedSocketTimeout', 'duration'),
    ' for SageMaker models that take close to a minute.',
  ],
  gateway: [
    'API Gateway ends the call first. Return at once and let the client fetch the result later (Asynchronous Inference writes it to S3), stream the response through a REST API (up to ',
    ref('apigateway.streamingTimeout', 'duration'),
    '), or, for a Regional or private REST API, ask for a higher integration timeout through Service Quotas. HTTP APIs and edge-optimized REST APIs cannot be raised.',
  ],
  lambda: [
    'The Lambda function in front times out first. Raise its timeout (up to ',
    ref('lambda.maxTimeout', 'duration'),
    '), or have it start an asynchronous invocation instead of waiting.',
  ],
};

export function checkTimeouts(input: TimeoutInput): TimeoutResult {
  const {processingSeconds, hops} = input;
  const options = OPTION_IDS.map((option) => judge(option, processingSeconds));
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
        verdict.fit !== 'fits' && verdict.ceiling ? seconds(verdict.ceiling) : verdict.limitSeconds,
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
