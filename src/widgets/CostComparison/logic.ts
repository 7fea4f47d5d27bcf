/**
 * Cost comparison: what one workload costs a month on each of the six options, from the prices
 * module, with every price replaceable by the reader's own. Pure functions, no React, no DOM.
 *
 * The model, per option (R requests a month of t seconds each):
 * - Real-time: every instance is billed every hour the endpoint is up, busy or idle.
 * - Serverless: R × t (rounded up to the millisecond) at the rate of the memory size, plus data.
 * - Asynchronous: instances run only while scaled out. Each burst of work starts them (scale-out
 *   time) and keeps them until the cool-down has passed; the work itself is R × t instance-
 *   seconds. Zero requests, zero bursts, zero cost.
 * - Batch Transform: each job runs its instances for the job's start-up time plus its work.
 * - Bedrock: input and output tokens of each request at the model's price.
 * - Lambda: requests plus GB-seconds (memory × duration rounded up to the millisecond), in
 *   pricing tiers, with the free tier and provisioned concurrency when switched on.
 */
import {getLimit, getOption, OPTION_IDS, type OptionId} from '@site/src/data';
import {formatDecimal} from '@site/src/lib/units';
import {
  BEDROCK_MODELS,
  getPrice,
  isPriceId,
  PRICES,
  REGION_NAMES,
  SAGEMAKER_INSTANCES,
  type BedrockModelId,
  type PriceId,
  type PriceUnit,
  type SageMakerInstanceType,
} from '@site/src/data/prices';
import {estimatePayload} from '@site/src/widgets/PayloadEstimator/logic';
import {checkTimeouts} from '@site/src/widgets/TimeoutChecker/logic';
import {readSize, readTime, SIZE_UNITS, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {parseAmount, pickEnum} from '@site/src/widgets/shared/logic/parse';
import type {FormErrors, FormReading, Parsed} from '@site/src/widgets/shared/logic/parse';
import {logAxis, logPosition, logTicks, type Axis} from '@site/src/widgets/shared/logic/chart';
import {choiceField, textField, YES_NO, type Values} from '@site/src/widgets/shared/logic/query';
import type {Part} from '@site/src/widgets/shared/logic/sourced';

/** 8,760 hours in a 365-day year, divided by 12. */
export const HOURS_PER_MONTH = (365 * 24) / 12;
/** The most hours a calendar month has (31 days). */
export const MAX_HOURS_IN_MONTH = 31 * 24;
/** Gigabytes of data processed are counted as 2^30 bytes. */
export const BYTES_PER_GB = 1024 ** 3;

export const COST_OPTIONS = OPTION_IDS;
export const ARCHITECTURES = ['x86', 'arm'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];
export const INSTANCE_TYPES = SAGEMAKER_INSTANCES.map((instance) => instance.type);
export const BEDROCK_MODEL_IDS = BEDROCK_MODELS.map((model) => model.id);

export interface Workload {
  requestsPerMonth: number;
  /** Processing time of one request, in seconds (the model's time, on the option's compute). */
  secondsPerRequest: number;
  requestBytes: number;
  responseBytes: number;
  lambdaMemoryMB: number;
  lambdaArchitecture: Architecture;
  /** Execution environments kept ready by provisioned concurrency; 0 for none. */
  lambdaProvisioned: number;
  /** Hours a month provisioned concurrency stays enabled. */
  lambdaProvisionedHours: number;
  serverlessMemoryGB: number;
  /** Requests one instance works on at the same time (real-time, asynchronous, batch). */
  concurrencyPerInstance: number;
  realtimeInstanceType: SageMakerInstanceType;
  realtimeInstances: number;
  /** Hours a month the real-time endpoint is up. */
  endpointHoursPerMonth: number;
  asyncInstanceType: SageMakerInstanceType;
  /** Instances the asynchronous endpoint scales out to for a burst of work. */
  asyncInstances: number;
  /** Times a month the endpoint scales out from zero. */
  asyncBurstsPerMonth: number;
  /** Billed time for instances to start, per burst. */
  asyncScaleOutSeconds: number;
  /** Idle time after a burst before the endpoint scales back to zero. */
  asyncCoolDownSeconds: number;
  batchInstanceType: SageMakerInstanceType;
  batchInstances: number;
  batchJobsPerMonth: number;
  /** Billed time per job besides the work: instance start-up and model loading. */
  batchJobOverheadSeconds: number;
  bedrockModel: BedrockModelId;
  inputTokensPerRequest: number;
  outputTokensPerRequest: number;
  bedrockBatch: boolean;
  freeTier: boolean;
}

export type WorkloadField = keyof Workload;

/** The workload of the guide's own example: 40,000 requests a month of 300 ms on 2 GB. */
export const DEFAULT_WORKLOAD: Workload = {
  requestsPerMonth: 40_000,
  secondsPerRequest: 0.3,
  requestBytes: 10_000,
  responseBytes: 1_000,
  lambdaMemoryMB: 2048,
  lambdaArchitecture: 'x86',
  lambdaProvisioned: 0,
  lambdaProvisionedHours: HOURS_PER_MONTH,
  serverlessMemoryGB: 2,
  concurrencyPerInstance: 1,
  realtimeInstanceType: 'ml.m5.large',
  realtimeInstances: 1,
  endpointHoursPerMonth: HOURS_PER_MONTH,
  asyncInstanceType: 'ml.m5.large',
  asyncInstances: 1,
  asyncBurstsPerMonth: 30,
  asyncScaleOutSeconds: 300,
  asyncCoolDownSeconds: 600,
  batchInstanceType: 'ml.m5.large',
  batchInstances: 1,
  batchJobsPerMonth: 30,
  batchJobOverheadSeconds: 300,
  bedrockModel: 'nova-micro',
  inputTokensPerRequest: 500,
  outputTokensPerRequest: 200,
  bedrockBatch: false,
  freeTier: false,
};

// ---------------------------------------------------------------------------------------------
// Prices

export interface PriceInput {
  value: number;
  /** True when the value is the reader's own rather than the prices module's. */
  override: boolean;
}
export type PriceTable = Readonly<Record<PriceId, PriceInput>>;

/** The prices module's values, none overridden. */
export function defaultPrices(): PriceTable {
  return Object.fromEntries(
    PRICES.map((entry) => [entry.id, {value: entry.value, override: false}]),
  ) as Record<PriceId, PriceInput>;
}

/** The most a rate may be: far above any AWS rate, low enough that sums stay finite. */
export const MAX_PRICE = 1e6;

/** The largest value an entry may be given: a rate, a percentage, or an allowance or threshold. */
export function maxValue(id: PriceId): number {
  const {kind} = getPrice(id);
  if (kind === 'rate') return MAX_PRICE;
  if (kind === 'discount') return 100;
  return 1e15;
}

/**
 * The default prices with the reader's own values put in. Unknown ids and values that are not
 * numbers from 0 to MAX_PRICE are left out and reported, never thrown.
 */
export function withOverrides(overrides: Readonly<Record<string, unknown>>): {
  prices: PriceTable;
  errors: Partial<Record<string, string>>;
} {
  const prices: Record<string, PriceInput> = {...defaultPrices()};
  const errors: Partial<Record<string, string>> = {};
  for (const [id, value] of Object.entries(overrides)) {
    if (!isPriceId(id)) {
      errors[id] = 'There is no such price.';
      continue;
    }
    const max = maxValue(id);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
      errors[id] = `Enter a value from 0 to ${formatDecimal(max)}.`;
      continue;
    }
    prices[id] = {value, override: true};
  }
  return {prices: prices as PriceTable, errors};
}

// ---------------------------------------------------------------------------------------------
// Checking a workload

interface Bound {
  min: number;
  max: number;
  integer?: boolean;
  /** True when the minimum itself is not allowed. */
  exclusiveMin?: boolean;
  what: string;
}

const lambdaMemory = {
  min: getLimit('lambda.minMemory').value,
  max: getLimit('lambda.maxMemory').value,
};
const serverlessMemory = {
  min: getLimit('serverless.minMemory').value / 1024,
  max: getLimit('serverless.maxMemory').value / 1024,
};

export const BOUNDS: Record<
  Exclude<
    WorkloadField,
    | 'lambdaArchitecture'
    | 'realtimeInstanceType'
    | 'asyncInstanceType'
    | 'batchInstanceType'
    | 'bedrockModel'
    | 'bedrockBatch'
    | 'freeTier'
  >,
  Bound
> = {
  requestsPerMonth: {min: 0, max: 1e12, what: 'requests a month'},
  secondsPerRequest: {
    min: 0,
    max: 86_400,
    exclusiveMin: true,
    what: 'a processing time in seconds',
  },
  requestBytes: {min: 0, max: 1e11, what: 'a request size in bytes'},
  responseBytes: {min: 0, max: 1e11, what: 'a response size in bytes'},
  lambdaMemoryMB: {...lambdaMemory, integer: true, what: 'a Lambda memory size in MB'},
  lambdaProvisioned: {min: 0, max: 100_000, integer: true, what: 'a number of environments'},
  lambdaProvisionedHours: {min: 0, max: MAX_HOURS_IN_MONTH, what: 'hours a month'},
  serverlessMemoryGB: {...serverlessMemory, integer: true, what: 'a memory size in GB'},
  concurrencyPerInstance: {min: 1, max: 10_000, integer: true, what: 'requests at a time'},
  realtimeInstances: {min: 1, max: 10_000, integer: true, what: 'a number of instances'},
  endpointHoursPerMonth: {min: 0, max: MAX_HOURS_IN_MONTH, what: 'hours a month'},
  asyncInstances: {min: 1, max: 10_000, integer: true, what: 'a number of instances'},
  asyncBurstsPerMonth: {min: 1, max: 1_000_000, integer: true, what: 'bursts a month'},
  asyncScaleOutSeconds: {min: 0, max: 86_400, what: 'a time in seconds'},
  asyncCoolDownSeconds: {min: 0, max: 86_400, what: 'a time in seconds'},
  batchInstances: {min: 1, max: 10_000, integer: true, what: 'a number of instances'},
  batchJobsPerMonth: {min: 1, max: 1_000_000, integer: true, what: 'jobs a month'},
  batchJobOverheadSeconds: {min: 0, max: 86_400, what: 'a time in seconds'},
  inputTokensPerRequest: {min: 0, max: 1e7, what: 'a number of tokens'},
  outputTokensPerRequest: {min: 0, max: 1e7, what: 'a number of tokens'},
};

function boundMessage(bound: Bound): string {
  const min = formatDecimal(bound.min);
  const max = formatDecimal(bound.max);
  const kind = bound.integer ? 'a whole number' : 'a number';
  const range = bound.exclusiveMin ? `above ${min} and at most ${max}` : `from ${min} to ${max}`;
  return `Enter ${bound.what}: ${kind} ${range}.`;
}

function checkNumber(value: unknown, bound: Bound): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return boundMessage(bound);
  if (value < bound.min || (bound.exclusiveMin && value === bound.min) || value > bound.max)
    return boundMessage(bound);
  if (bound.integer && !Number.isInteger(value)) return boundMessage(bound);
  return undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** The message for each field of the workload that is out of range, if any. */
export function checkWorkload(workload: Workload): Partial<Record<WorkloadField, string>> {
  const errors: Partial<Record<WorkloadField, string>> = {};
  const raw: Record<string, unknown> =
    typeof workload === 'object' && workload !== null ? {...workload} : {};
  for (const [field, bound] of Object.entries(BOUNDS)) {
    const message = checkNumber(raw[field], bound);
    if (message) errors[field as WorkloadField] = message;
  }
  if (!oneOf(raw.lambdaArchitecture, ARCHITECTURES))
    errors.lambdaArchitecture = 'Choose x86 or Arm.';
  for (const field of ['realtimeInstanceType', 'asyncInstanceType', 'batchInstanceType'] as const)
    if (!oneOf(raw[field], INSTANCE_TYPES))
      errors[field] = 'Choose one of the listed instance types.';
  if (!oneOf(raw.bedrockModel, BEDROCK_MODEL_IDS))
    errors.bedrockModel = 'Choose one of the listed models.';
  for (const field of ['bedrockBatch', 'freeTier'] as const)
    if (typeof raw[field] !== 'boolean') errors[field] = 'Choose on or off.';
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The estimate

export const COST_KINDS = ['compute', 'requests', 'data', 'tokens'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export interface CostLine {
  kind: CostKind;
  label: string;
  /** What is billed, in the price's unit: GB-seconds, instance-hours, millions of requests… */
  quantity: number;
  price: PriceId;
  rate: number;
  usd: number;
}

export interface PriceUse {
  id: PriceId;
  value: number;
  unit: PriceUnit;
  override: boolean;
  confirmed: boolean;
}

/** Whether the workload fits the option's limits: filled in from the timeout and payload logic. */
export type FitVerdict =
  {status: 'unchecked'} | {status: 'fits'} | {status: 'ruled-out'; reasons: readonly string[]};

export interface OptionCost {
  option: OptionId;
  /** False when a price the option needs is not in the prices module (say, an instance type). */
  priced: boolean;
  monthlyUsd: number;
  breakdown: Record<CostKind, number>;
  lines: CostLine[];
  /** Every price this row used, with whether it was the reader's own and confirmed at AWS. */
  prices: PriceUse[];
  overrides: PriceId[];
  unconfirmed: PriceId[];
  /** True when no request means no cost. */
  scalesToZero: boolean;
  /** True when the work needs more instance time than the instances have in the month. */
  overCapacity: boolean;
  notes: string[];
  fit: FitVerdict;
}

export interface Assumption {
  id: string;
  text: string;
}

export type CostResult =
  | {ok: true; rows: OptionCost[]; assumptions: Assumption[]}
  | {ok: false; errors: Partial<Record<WorkloadField | 'prices', string>>};

/** Rounds up to the millisecond, as Lambda and serverless bill each request. */
export function billedSeconds(seconds: number): number {
  // Round first so that 2.007 s (2007.0000000000002 ms in floating point) stays 2,007 ms.
  return Math.ceil(Math.round(seconds * 1000 * 1e6) / 1e6) / 1000;
}

export function roundToCents(usd: number): number {
  return Math.round((usd + Number.EPSILON) * 100) / 100;
}

class Row {
  readonly lines: CostLine[] = [];
  readonly used = new Map<PriceId, PriceUse>();
  readonly notes: string[] = [];
  overCapacity = false;

  constructor(
    readonly option: OptionId,
    private readonly prices: PriceTable,
  ) {}

  rate(id: PriceId): number {
    const input = this.prices[id];
    const entry = getPrice(id);
    this.used.set(id, {
      id,
      value: input.value,
      unit: entry.unit,
      override: input.override,
      confirmed: entry.confirmation.confirmed,
    });
    return input.value;
  }

  /** A line of the bill: a quantity in the unit of the price, times the price. */
  add(kind: CostKind, label: string, quantity: number, price: PriceId): void {
    const rate = this.rate(price);
    this.lines.push({kind, label, quantity, price, rate, usd: quantity * rate});
  }

  done(scalesToZero: boolean, priced = true): OptionCost {
    const breakdown = {compute: 0, requests: 0, data: 0, tokens: 0};
    for (const line of this.lines) breakdown[line.kind] += line.usd;
    const prices = [...this.used.values()];
    return {
      option: this.option,
      priced,
      monthlyUsd: COST_KINDS.reduce((sum, kind) => sum + breakdown[kind], 0),
      breakdown,
      lines: this.lines,
      prices,
      overrides: prices.filter((use) => use.override).map((use) => use.id),
      unconfirmed: prices.filter((use) => !use.confirmed).map((use) => use.id),
      scalesToZero,
      overCapacity: this.overCapacity,
      notes: this.notes,
      fit: {status: 'unchecked'},
    };
  }
}

function dataLine(row: Row, workload: Workload): void {
  const gb =
    (workload.requestsPerMonth * (workload.requestBytes + workload.responseBytes)) / BYTES_PER_GB;
  row.add('data', 'Data processed in and out', gb, 'sagemaker.dataProcessed');
}

function instancePrice(
  option: 'realtime' | 'async' | 'batch',
  type: SageMakerInstanceType,
): PriceId | undefined {
  const id = `${option}.${type}`;
  return isPriceId(id) ? id : undefined;
}

function unpriced(option: OptionId, prices: PriceTable, note: string): OptionCost {
  const row = new Row(option, prices);
  row.notes.push(note);
  return row.done(true, false);
}

function realtimeCost(workload: Workload, prices: PriceTable): OptionCost {
  const type = workload.realtimeInstanceType;
  const price = instancePrice('realtime', type);
  if (!price) return unpriced('realtime', prices, `No sourced real-time price for ${type}.`);
  const row = new Row('realtime', prices);
  const hours = workload.realtimeInstances * workload.endpointHoursPerMonth;
  let billed = hours;
  if (workload.freeTier && type === 'ml.m5.xlarge') {
    const free = Math.min(hours, row.rate('realtime.freeHours'));
    billed = hours - free;
    row.notes.push(
      `Free tier: ${formatDecimal(free)} instance-hours not charged (first two months only).`,
    );
  }
  row.add('compute', `${workload.realtimeInstances} × ${type}, every hour up`, billed, price);
  dataLine(row, workload);
  const busy =
    (workload.requestsPerMonth * workload.secondsPerRequest) / workload.concurrencyPerInstance;
  row.overCapacity = busy > hours * 3600;
  if (row.overCapacity)
    row.notes.push('The requests need more instance time than the endpoint is up for.');
  return row.done(false);
}

function serverlessCost(workload: Workload, prices: PriceTable): OptionCost {
  const gb = workload.serverlessMemoryGB;
  const price = `serverless.mem${gb}GB`;
  if (!isPriceId(price))
    return unpriced('serverless', prices, `No sourced serverless price for ${gb} GB.`);
  const row = new Row('serverless', prices);
  let seconds = workload.requestsPerMonth * billedSeconds(workload.secondsPerRequest);
  if (workload.freeTier) {
    const free = Math.min(seconds, row.rate('serverless.freeSeconds'));
    seconds -= free;
    row.notes.push(
      `Free tier: ${formatDecimal(Math.round(free))} seconds not charged (first two months only).`,
    );
  }
  row.add('compute', `Processing time at ${gb} GB`, seconds, price);
  dataLine(row, workload);
  return row.done(true);
}

function asyncCost(workload: Workload, prices: PriceTable): OptionCost {
  const type = workload.asyncInstanceType;
  const price = instancePrice('async', type);
  if (!price) return unpriced('async', prices, `No sourced asynchronous price for ${type}.`);
  const row = new Row('async', prices);
  const requests = workload.requestsPerMonth;
  const bursts = Math.min(workload.asyncBurstsPerMonth, requests);
  const idleSeconds =
    bursts *
    workload.asyncInstances *
    (workload.asyncScaleOutSeconds + workload.asyncCoolDownSeconds);
  const busySeconds = (requests * workload.secondsPerRequest) / workload.concurrencyPerInstance;
  row.add(
    'compute',
    `${workload.asyncInstances} × ${type}, scale-out and cool-down of each burst`,
    idleSeconds / 3600,
    price,
  );
  row.add('compute', `${type} while processing`, busySeconds / 3600, price);
  dataLine(row, workload);
  row.overCapacity = idleSeconds + busySeconds > workload.asyncInstances * HOURS_PER_MONTH * 3600;
  if (row.overCapacity)
    row.notes.push('The bursts need more instance time than the instances have in a month.');
  return row.done(true);
}

function batchCost(workload: Workload, prices: PriceTable): OptionCost {
  const type = workload.batchInstanceType;
  const price = instancePrice('batch', type);
  if (!price) return unpriced('batch', prices, `No sourced Batch Transform price for ${type}.`);
  const row = new Row('batch', prices);
  const requests = workload.requestsPerMonth;
  const jobs = Math.min(workload.batchJobsPerMonth, requests);
  const overheadSeconds = jobs * workload.batchInstances * workload.batchJobOverheadSeconds;
  const busySeconds = (requests * workload.secondsPerRequest) / workload.concurrencyPerInstance;
  row.add(
    'compute',
    `${workload.batchInstances} × ${type}, start-up of each job`,
    overheadSeconds / 3600,
    price,
  );
  row.add('compute', `${type} while transforming`, busySeconds / 3600, price);
  row.overCapacity =
    overheadSeconds + busySeconds > workload.batchInstances * HOURS_PER_MONTH * 3600;
  if (row.overCapacity)
    row.notes.push('The jobs need more instance time than the instances have in a month.');
  return row.done(true);
}

function bedrockCost(workload: Workload, prices: PriceTable): OptionCost {
  const row = new Row('bedrock', prices);
  const model = BEDROCK_MODELS.find((candidate) => candidate.id === workload.bedrockModel);
  if (!model) return unpriced('bedrock', prices, 'No such model.');
  let input: PriceId = model.input;
  let output: PriceId = model.output;
  if (workload.bedrockBatch) {
    if ('batchInput' in model) {
      input = model.batchInput;
      output = model.batchOutput;
    } else {
      row.notes.push(`No batch price was found for ${model.name}: on-demand prices shown.`);
    }
  }
  const requests = workload.requestsPerMonth;
  row.add('tokens', 'Input tokens', (requests * workload.inputTokensPerRequest) / 1e6, input);
  row.add('tokens', 'Output tokens', (requests * workload.outputTokensPerRequest) / 1e6, output);
  return row.done(true);
}

/** GB-seconds split across the Lambda pricing tiers of one architecture. */
function lambdaTiers(
  row: Row,
  arch: Architecture,
  gbSeconds: number,
): {label: string; quantity: number; price: PriceId}[] {
  const from2 = row.rate(`lambda.${arch}.tier2From`);
  const from3 = row.rate(`lambda.${arch}.tier3From`);
  const first = Math.min(gbSeconds, from2);
  const second = Math.min(Math.max(gbSeconds - from2, 0), Math.max(from3 - from2, 0));
  const third = Math.max(gbSeconds - Math.max(from3, from2), 0);
  return [
    {label: 'Duration, first tier', quantity: first, price: `lambda.${arch}.duration`},
    {label: 'Duration, second tier', quantity: second, price: `lambda.${arch}.durationTier2`},
    {label: 'Duration, third tier', quantity: third, price: `lambda.${arch}.durationTier3`},
  ];
}

function lambdaCost(workload: Workload, prices: PriceTable): OptionCost {
  const row = new Row('lambda', prices);
  const arch = workload.lambdaArchitecture;
  const memoryGB = workload.lambdaMemoryMB / 1024;
  const seconds = billedSeconds(workload.secondsPerRequest);
  const requests = workload.requestsPerMonth;

  let onDemandRequests = requests;
  const provisioned = workload.lambdaProvisioned;
  if (provisioned > 0) {
    const readySeconds = workload.lambdaProvisionedHours * 3600;
    row.add(
      'compute',
      `Provisioned concurrency: ${provisioned} × ${workload.lambdaMemoryMB} MB kept ready`,
      provisioned * memoryGB * readySeconds,
      `lambda.${arch}.provisionedConcurrency`,
    );
    // At most every ready environment busy all the time; the rest runs on demand.
    const served = Math.min(requests, (provisioned * readySeconds) / seconds);
    onDemandRequests = requests - served;
    row.add(
      'compute',
      'Duration of requests served by provisioned concurrency',
      served * seconds * memoryGB,
      `lambda.${arch}.provisionedDuration`,
    );
  }

  let gbSeconds = onDemandRequests * seconds * memoryGB;
  let billedRequests = requests;
  if (workload.freeTier) {
    const freeGbSeconds = Math.min(gbSeconds, row.rate('lambda.freeGbSeconds'));
    const freeRequests = Math.min(requests, row.rate('lambda.freeRequests'));
    gbSeconds -= freeGbSeconds;
    billedRequests -= freeRequests;
    row.notes.push(
      `Free tier: ${formatDecimal(Math.round(freeRequests))} requests and ` +
        `${formatDecimal(Math.round(freeGbSeconds))} GB-seconds not charged.`,
    );
  }
  for (const tier of lambdaTiers(row, arch, gbSeconds)) {
    if (tier.quantity > 0 || tier.price === `lambda.${arch}.duration`)
      row.add('compute', tier.label, tier.quantity, tier.price);
  }
  row.add('requests', 'Requests', billedRequests / 1e6, 'lambda.requests');
  return row.done(provisioned === 0);
}

const COSTERS: Record<OptionId, (workload: Workload, prices: PriceTable) => OptionCost> = {
  batch: batchCost,
  realtime: realtimeCost,
  serverless: serverlessCost,
  async: asyncCost,
  bedrock: bedrockCost,
  lambda: lambdaCost,
};

function checkPrices(prices: PriceTable): string | undefined {
  for (const entry of PRICES) {
    const input = (prices as Partial<Record<string, PriceInput>>)[entry.id];
    if (
      !input ||
      typeof input.value !== 'number' ||
      !Number.isFinite(input.value) ||
      input.value < 0 ||
      input.value > maxValue(entry.id)
    )
      return `The price ${entry.id} is missing or not a number from 0 to ${maxValue(entry.id)}.`;
  }
  return undefined;
}

export function assumptions(workload: Workload): Assumption[] {
  return [
    {
      id: 'region',
      text: `On-demand list prices in ${REGION_NAMES['us-east-1']}, in US dollars, before tax.`,
    },
    {
      id: 'month',
      text: `A month is ${HOURS_PER_MONTH} hours: 8,760 hours in a 365-day year, divided by 12.`,
    },
    {
      id: 'excluded',
      text:
        'Not included: tax, data transfer out of AWS, storage (Amazon S3, endpoint volumes, ' +
        'container images), logs, API Gateway or anything else in front, Savings Plans and ' +
        'other discounts.',
    },
    {
      id: 'freeTier',
      text: workload.freeTier
        ? 'Free tier on: Lambda’s monthly allowance, and SageMaker AI’s allowance of the first ' +
          'two months (not for every account).'
        : 'Free tier off: every request and second is charged.',
    },
    {
      id: 'billing',
      text:
        'Lambda and serverless processing time is rounded up to the millisecond for each ' +
        'request; instances are billed for every second they run.',
    },
    {
      id: 'units',
      text:
        'A gigabyte of data processed is 2^30 bytes; Lambda memory is counted in GB of 1,024 ' +
        'MB, as in AWS’s worked example.',
    },
    {
      id: 'capacity',
      text:
        `One instance works on ${workload.concurrencyPerInstance} request(s) at a time; ` +
        `asynchronous and batch instances run only while they have work, plus the start-up ` +
        `and cool-down times you set.`,
    },
  ];
}

/** What the workload costs a month on each option, at the given prices. Never throws. */
export function estimateCosts(
  workload: Workload,
  prices: PriceTable = defaultPrices(),
): CostResult {
  const errors: Partial<Record<WorkloadField | 'prices', string>> = checkWorkload(workload);
  const priceError = checkPrices(prices);
  if (priceError) errors.prices = priceError;
  if (Object.keys(errors).length > 0) return {ok: false, errors};
  return {
    ok: true,
    rows: COST_OPTIONS.map((option) => COSTERS[option](workload, prices)),
    assumptions: assumptions(workload),
  };
}

// ---------------------------------------------------------------------------------------------
// Cost against requests, and where two options cost the same

/** Request counts spaced evenly on a log scale, from `from` to `to` inclusive. */
export function logSpace(from: number, to: number, perDecade = 10): number[] {
  if (!(from > 0) || !(to >= from) || !Number.isFinite(to) || !(perDecade >= 1)) return [];
  const steps = Math.max(1, Math.ceil(Math.log10(to / from) * perDecade));
  return Array.from({length: steps + 1}, (_, i) =>
    i === steps ? to : from * 10 ** ((i * Math.log10(to / from)) / steps),
  );
}

export interface CostCurve {
  requests: number[];
  /** Per option, its cost at each count, and whether its instances had run out of time there. */
  series: {option: OptionId; usd: number[]; full: boolean[]}[];
}

/** Monthly cost of each priced option at each request count, for a chart on a log scale. */
export function costCurve(
  workload: Workload,
  prices: PriceTable,
  requests: readonly number[] = logSpace(1, 1e9, 8),
): CostCurve | undefined {
  const points = requests.map((count) =>
    estimateCosts({...workload, requestsPerMonth: count}, prices),
  );
  if (points.some((point) => !point.ok)) return undefined;
  const rows = points.map((point) => (point.ok ? point.rows : []));
  const series = COST_OPTIONS.filter((option) =>
    rows.every((row) => row.find((cost) => cost.option === option)?.priced),
  ).map((option) => ({
    option,
    usd: rows.map((row) => row.find((cost) => cost.option === option)?.monthlyUsd ?? 0),
    full: rows.map((row) => row.find((cost) => cost.option === option)?.overCapacity ?? false),
  }));
  return {requests: [...requests], series};
}

export interface BreakEven {
  /** Requests a month at which the two options cost the same. */
  requestsPerMonth: number;
  cheaperBelow: OptionId;
  cheaperAbove: OptionId;
}

/**
 * The monthly costs of two options at one request count: NaN where either is not priced, and
 * `full` when either needs more instance time than it has (beyond that the comparison means
 * nothing: more instances would be needed).
 */
function pair(
  workload: Workload,
  prices: PriceTable,
  options: readonly [OptionId, OptionId],
  count: number,
  cache?: Map<number, CostResult>,
): {costs: [number, number]; full: boolean} {
  let result = cache?.get(count);
  if (!result) {
    result = estimateCosts({...workload, requestsPerMonth: count}, prices);
    cache?.set(count, result);
  }
  if (!result.ok) return {costs: [Number.NaN, Number.NaN], full: false};
  const rows = options.map((option) => result.rows.find((cost) => cost.option === option));
  const [a, b] = rows.map((row) => (row?.priced ? row.monthlyUsd : Number.NaN));
  return {
    costs: [a ?? Number.NaN, b ?? Number.NaN],
    full: rows.some((row) => row?.overCapacity),
  };
}

/** The sign of a − b, with differences within a billionth of the larger cost taken as equal. */
function signOf([a, b]: [number, number]): number {
  const scale = Math.max(Math.abs(a), Math.abs(b), 1e-9);
  return Math.abs(a - b) <= scale * 1e-9 ? 0 : Math.sign(a - b);
}

/**
 * Where the costs of two options cross between `from` and `to` requests a month, found by
 * scanning a log-spaced grid for a change of sign and halving the interval (in log space) to a
 * relative precision of about 1e-14. The scan stops where either option runs out of instance
 * time, and finds nothing when either is not priced.
 */
export function breakEvens(
  workload: Workload,
  prices: PriceTable,
  a: OptionId,
  b: OptionId,
  range: {
    from: number;
    to: number;
    perDecade?: number;
    /** How close, in log space, the crossing is found; 1e-14 unless given. */
    precision?: number;
    /** Costs already computed at a request count, shared by the scans of several pairs. */
    cache?: Map<number, CostResult>;
  } = {from: 1, to: 1e10, perDecade: 16},
): BreakEven[] {
  if (a === b) return [];
  const precision = range.precision ?? 1e-14;
  const at = (count: number) => pair(workload, prices, [a, b], count, range.cache);
  const found: BreakEven[] = [];
  let last: {count: number; sign: number} | undefined;
  for (let count of logSpace(range.from, range.to, range.perDecade ?? 16)) {
    let {costs, full} = at(count);
    if (costs.some(Number.isNaN)) return [];
    const edge = full;
    if (full) {
      // The last count both options can serve lies between the previous point and this one:
      // find it, and look for a crossing up to there before stopping.
      if (!last) break;
      let low = Math.log(last.count);
      let high = Math.log(count);
      for (let i = 0; i < 100 && high - low > precision; i += 1) {
        const mid = (low + high) / 2;
        if (at(Math.exp(mid)).full) high = mid;
        else low = mid;
      }
      count = Math.exp(low);
      ({costs, full} = at(count));
      if (full || count <= last.count) break;
    }
    const sign = signOf(costs);
    if (sign !== 0 && last && sign !== last.sign) {
      let low = Math.log(last.count);
      let high = Math.log(count);
      for (let i = 0; i < 100 && high - low > precision; i += 1) {
        const mid = (low + high) / 2;
        if (signOf(at(Math.exp(mid)).costs) === last.sign) low = mid;
        else high = mid;
      }
      found.push({
        requestsPerMonth: Math.exp((low + high) / 2),
        cheaperBelow: last.sign < 0 ? a : b,
        cheaperAbove: last.sign < 0 ? b : a,
      });
    }
    if (edge) break;
    if (sign !== 0) last = {count, sign};
  }
  return found;
}

/** A number for a sentence: two significant figures, "about 2,100,000". */
export function roughly(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 10) return formatDecimal(value, 1);
  const digits = Math.floor(Math.log10(value)) - 1;
  const rounded = Math.round(value / 10 ** digits) * 10 ** digits;
  return formatDecimal(rounded, 0);
}

/** How an option is named in a sentence, with its instances where it has them. */
export function optionLabel(option: OptionId, workload: Workload): string {
  const name = getOption(option).name;
  switch (option) {
    case 'realtime':
      return `${name} on ${workload.realtimeInstances} × ${workload.realtimeInstanceType}`;
    case 'async':
      return `${name} on ${workload.asyncInstanceType}`;
    case 'batch':
      return `${name} on ${workload.batchInstanceType}`;
    case 'serverless':
      return `${name} at ${workload.serverlessMemoryGB} GB`;
    case 'lambda':
      return `${name} at ${workload.lambdaMemoryMB} MB`;
    case 'bedrock': {
      const model = BEDROCK_MODELS.find((candidate) => candidate.id === workload.bedrockModel);
      return `${name} with ${model?.name ?? 'the chosen model'}`;
    }
  }
}

/** "Below about 2,100,000 requests a month, X costs less than Y; above it, Y costs less." */
export function breakEvenSentence(breakEven: BreakEven, workload: Workload): string {
  const below = optionLabel(breakEven.cheaperBelow, workload);
  const above = optionLabel(breakEven.cheaperAbove, workload);
  return (
    `Below about ${roughly(breakEven.requestsPerMonth)} requests a month, ${below} costs ` +
    `less than ${above}; above it, ${above} costs less.`
  );
}

// ---------------------------------------------------------------------------------------------
// The form: raw text from the page and its URL, read into a workload and the reader's prices

export const RATE_UNITS = ['month', 'second'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];
export const SERVERLESS_SIZES = ['1', '2', '3', '4', '5', '6'] as const;
/** Days in the average month: 365 / 12. */
export const DAYS_PER_MONTH = 365 / 12;

/** Instance types with a sourced price for the option. */
export function pricedTypes(option: 'realtime' | 'async' | 'batch'): SageMakerInstanceType[] {
  return INSTANCE_TYPES.filter((type) => instancePrice(option, type) !== undefined);
}

/** The URL parameter that holds the reader's own value for a price. */
export function priceParam(id: PriceId): string {
  return `price.${id}`;
}

const PRICE_FIELDS = Object.fromEntries(
  PRICES.map((entry) => [priceParam(entry.id), textField('')]),
) as Record<`price.${PriceId}`, {kind: 'text'; default: ''}>;

const w = DEFAULT_WORKLOAD;

export const COST_SCHEMA = {
  requests: textField(w.requestsPerMonth),
  rateUnit: choiceField(RATE_UNITS, 'month', 'the request rate unit'),
  hoursPerDay: textField(24),
  processing: textField(w.secondsPerRequest * 1000),
  processingUnit: choiceField(TIME_UNITS, 'ms', 'the processing time unit'),
  requestSize: textField(w.requestBytes / 1000),
  requestUnit: choiceField(SIZE_UNITS, 'KB', 'the request size unit'),
  responseSize: textField(w.responseBytes / 1000),
  responseUnit: choiceField(SIZE_UNITS, 'KB', 'the response size unit'),
  freeTier: choiceField(YES_NO, 'no', 'the free tier'),
  concurrency: textField(w.concurrencyPerInstance),
  realtimeType: choiceField(
    pricedTypes('realtime'),
    w.realtimeInstanceType,
    'the real-time instance type',
  ),
  realtimeCount: textField(w.realtimeInstances),
  endpointHours: textField(w.endpointHoursPerMonth),
  serverlessMemory: choiceField<string>(
    SERVERLESS_SIZES,
    String(w.serverlessMemoryGB),
    'the memory size',
  ),
  asyncType: choiceField(
    pricedTypes('async'),
    w.asyncInstanceType,
    'the asynchronous instance type',
  ),
  asyncCount: textField(w.asyncInstances),
  asyncBursts: textField(w.asyncBurstsPerMonth),
  asyncScaleOut: textField(w.asyncScaleOutSeconds),
  asyncCoolDown: textField(w.asyncCoolDownSeconds),
  batchType: choiceField(
    pricedTypes('batch'),
    w.batchInstanceType,
    'the Batch Transform instance type',
  ),
  batchCount: textField(w.batchInstances),
  batchJobs: textField(w.batchJobsPerMonth),
  batchOverhead: textField(w.batchJobOverheadSeconds),
  bedrockModel: choiceField(BEDROCK_MODEL_IDS, w.bedrockModel, 'the model'),
  inputTokens: textField(w.inputTokensPerRequest),
  outputTokens: textField(w.outputTokensPerRequest),
  bedrockBatch: choiceField(YES_NO, 'no', 'batch inference'),
  lambdaMemory: textField(w.lambdaMemoryMB),
  lambdaArch: choiceField(ARCHITECTURES, w.lambdaArchitecture, 'the architecture'),
  lambdaProvisioned: textField(w.lambdaProvisioned),
  lambdaProvisionedHours: textField(w.lambdaProvisionedHours),
  ...PRICE_FIELDS,
};

export type CostValues = Values<typeof COST_SCHEMA>;
export type CostField = keyof CostValues;

export interface CostInput {
  workload: Workload;
  prices: PriceTable;
}

/** The form field that holds each number of the workload, and what it is called in messages. */
const NUMBER_FIELDS: Partial<Record<WorkloadField, {field: CostField; noun: string}>> = {
  concurrencyPerInstance: {field: 'concurrency', noun: 'requests one instance works on at a time'},
  realtimeInstances: {field: 'realtimeCount', noun: 'a number of instances'},
  endpointHoursPerMonth: {field: 'endpointHours', noun: 'hours a month'},
  asyncInstances: {field: 'asyncCount', noun: 'a number of instances'},
  asyncBurstsPerMonth: {field: 'asyncBursts', noun: 'bursts a month'},
  asyncScaleOutSeconds: {field: 'asyncScaleOut', noun: 'a time in seconds'},
  asyncCoolDownSeconds: {field: 'asyncCoolDown', noun: 'a time in seconds'},
  batchInstances: {field: 'batchCount', noun: 'a number of instances'},
  batchJobsPerMonth: {field: 'batchJobs', noun: 'jobs a month'},
  batchJobOverheadSeconds: {field: 'batchOverhead', noun: 'a time in seconds'},
  inputTokensPerRequest: {field: 'inputTokens', noun: 'a number of tokens'},
  outputTokensPerRequest: {field: 'outputTokens', noun: 'a number of tokens'},
  lambdaMemoryMB: {field: 'lambdaMemory', noun: 'a memory size in MB'},
  lambdaProvisioned: {field: 'lambdaProvisioned', noun: 'a number of environments'},
  lambdaProvisionedHours: {field: 'lambdaProvisionedHours', noun: 'hours a month'},
};

/** A number of the workload, checked against its bounds; the message names the bounds. */
function readBounded(raw: string, field: keyof typeof BOUNDS, noun: string): Parsed<number> {
  const bound = BOUNDS[field];
  const parsed = parseAmount(raw, {
    noun,
    max: bound.max,
    maxText: boundMessage(bound),
    allowZero: bound.min === 0 && !bound.exclusiveMin,
    integer: bound.integer,
  });
  if (!parsed.ok) return parsed;
  const message = checkNumber(parsed.value, bound);
  return message ? {ok: false, error: message} : parsed;
}

/** Turns the raw form into a workload and the prices, or a message for each bad field. */
export function readCostForm(values: CostValues): FormReading<CostInput, CostField> {
  const errors: FormErrors<CostField> = {};
  const workload: Workload = {...DEFAULT_WORKLOAD};
  const numbers = workload as unknown as Record<string, number>;

  const rateUnit = pickEnum(values.rateUnit, RATE_UNITS) ?? 'month';
  if (rateUnit === 'month') {
    const requests = readBounded(values.requests, 'requestsPerMonth', 'requests a month');
    if (requests.ok) workload.requestsPerMonth = requests.value;
    else errors.requests = requests.error;
  } else {
    const perSecond = parseAmount(values.requests, {
      noun: 'requests a second',
      max: 1e6,
      maxText: 'Enter at most 1,000,000 requests a second.',
      allowZero: true,
    });
    const hours = parseAmount(values.hoursPerDay, {
      noun: 'hours a day',
      max: 24,
      maxText: 'A day has 24 hours: enter at most 24.',
      allowZero: true,
    });
    if (!perSecond.ok) errors.requests = perSecond.error;
    if (!hours.ok) errors.hoursPerDay = hours.error;
    if (perSecond.ok && hours.ok)
      workload.requestsPerMonth = perSecond.value * 3600 * hours.value * DAYS_PER_MONTH;
  }

  const processing = readTime(values.processing, values.processingUnit, 'a processing time');
  if (!processing.ok) errors.processing = processing.error;
  else if (processing.value > BOUNDS.secondsPerRequest.max)
    errors.processing = 'Enter at most a day; no inference request runs longer.';
  else workload.secondsPerRequest = processing.value;

  for (const [field, unit, key, noun] of [
    ['requestSize', 'requestUnit', 'requestBytes', 'a request size'],
    ['responseSize', 'responseUnit', 'responseBytes', 'a response size'],
  ] as const) {
    const raw = values[field].trim() === '0' ? '0' : values[field];
    const size = raw === '0' ? ({ok: true, value: 0} as const) : readSize(raw, values[unit], noun);
    if (!size.ok) errors[field] = size.error;
    else if (size.value > BOUNDS[key].max) errors[field] = boundMessage(BOUNDS[key]);
    else workload[key] = size.value;
  }

  for (const [key, spec] of Object.entries(NUMBER_FIELDS) as [
    keyof typeof BOUNDS,
    {field: CostField; noun: string},
  ][]) {
    const parsed = readBounded(values[spec.field], key, spec.noun);
    if (parsed.ok) numbers[key] = parsed.value;
    else errors[spec.field] = parsed.error;
  }

  workload.freeTier = values.freeTier === 'yes';
  workload.bedrockBatch = values.bedrockBatch === 'yes';
  workload.lambdaArchitecture = pickEnum(values.lambdaArch, ARCHITECTURES) ?? 'x86';
  workload.serverlessMemoryGB = Number(pickEnum(values.serverlessMemory, SERVERLESS_SIZES) ?? 2);
  workload.realtimeInstanceType =
    pickEnum(values.realtimeType, pricedTypes('realtime')) ?? w.realtimeInstanceType;
  workload.asyncInstanceType =
    pickEnum(values.asyncType, pricedTypes('async')) ?? w.asyncInstanceType;
  workload.batchInstanceType =
    pickEnum(values.batchType, pricedTypes('batch')) ?? w.batchInstanceType;
  workload.bedrockModel = pickEnum(values.bedrockModel, BEDROCK_MODEL_IDS) ?? w.bedrockModel;

  const overrides: Record<string, number> = {};
  for (const entry of PRICES) {
    const field = priceParam(entry.id) as CostField;
    const raw = values[field];
    if (raw.trim() === '') continue;
    const max = maxValue(entry.id);
    const parsed = parseAmount(raw.replace(/^\s*\$/, ''), {
      noun: 'your own price',
      max,
      maxText: `Enter at most ${formatDecimal(max)}.`,
      allowZero: true,
    });
    if (parsed.ok) overrides[entry.id] = parsed.value;
    else errors[field] = parsed.error;
  }

  if (Object.keys(errors).length > 0) return {errors};
  const {prices, errors: priceErrors} = withOverrides(overrides);
  for (const [id, message] of Object.entries(priceErrors))
    if (message && isPriceId(id)) errors[priceParam(id) as CostField] = message;
  const left = checkWorkload(workload);
  for (const [key, message] of Object.entries(left)) {
    const spec = NUMBER_FIELDS[key as WorkloadField];
    const field: CostField =
      spec?.field ??
      (key === 'secondsPerRequest'
        ? 'processing'
        : key === 'requestsPerMonth'
          ? 'requests'
          : key === 'requestBytes'
            ? 'requestSize'
            : 'responseSize');
    if (message) errors[field] = message;
  }
  if (Object.keys(errors).length > 0) return {errors};
  return {input: {workload, prices}, errors};
}

// ---------------------------------------------------------------------------------------------
// Whether the workload fits each option, from the timeout checker and payload estimator

export type CostFit = 'fits' | 'if-configured' | 'maybe' | 'ruled-out';

export interface OptionFit {
  option: OptionId;
  fit: CostFit;
  /** Why, from the timeout and payload logic, each reason a list of sourced parts. */
  reasons: Part[][];
}

const FIT_ORDER: Record<CostFit, number> = {fits: 0, 'if-configured': 1, maybe: 2, 'ruled-out': 3};

function worse(a: CostFit, b: CostFit): CostFit {
  return FIT_ORDER[a] >= FIT_ORDER[b] ? a : b;
}

/** Each option judged by the timeout checker and the payload estimator for this workload. */
export function fitOf(workload: Workload): OptionFit[] {
  const time = checkTimeouts({processingSeconds: workload.secondsPerRequest, hops: []});
  const payloads = [workload.requestBytes, workload.responseBytes].map((bytes) =>
    estimatePayload({
      kind: 'bytes',
      encoding: 'binary',
      itemBytes: Math.max(bytes, 1),
      items: 1,
      envelopeBytes: 0,
    }),
  );
  return COST_OPTIONS.map((option) => {
    const timed = time.options.find((verdict) => verdict.option === option);
    let fit: CostFit = 'fits';
    const reasons: Part[][] = [];
    if (timed && timed.fit !== 'fits') {
      fit = worse(fit, timed.fit === 'over' ? 'ruled-out' : 'if-configured');
      reasons.push(timed.detail);
    }
    payloads.forEach((payload, i) => {
      const sized = payload.options.find((verdict) => verdict.option === option);
      if (!sized || sized.fit === 'fits') return;
      fit = worse(fit, sized.fit === 'over' ? 'ruled-out' : 'maybe');
      reasons.push([i === 0 ? 'Request: ' : 'Response: ', ...sized.detail]);
    });
    return {option, fit, reasons};
  });
}

// ---------------------------------------------------------------------------------------------
// The whole comparison, for the view

export interface ComparisonRow extends OptionCost {
  fitVerdict: OptionFit;
}

export interface Comparison {
  workload: Workload;
  rows: ComparisonRow[];
  assumptions: Assumption[];
  breakEvens: BreakEven[];
  curve?: CostCurve;
  /** The cheapest option that fits, if any. */
  cheapest?: OptionId;
  overrides: PriceId[];
}

/** Pairs whose crossing a reader asks about: the always-on endpoint against each of the others. */
function pairsFor(options: readonly OptionId[]): [OptionId, OptionId][] {
  const pairs: [OptionId, OptionId][] = [];
  if (options.includes('realtime'))
    for (const other of options) if (other !== 'realtime') pairs.push([other, 'realtime']);
  if (options.includes('serverless') && options.includes('lambda'))
    pairs.push(['lambda', 'serverless']);
  return pairs;
}

/** The cost comparison for a checked form. Never throws. */
export function compareCosts(input: CostInput): Comparison | undefined {
  const {workload, prices} = input;
  const result = estimateCosts(workload, prices);
  if (!result.ok) return undefined;
  const fits = fitOf(workload);
  const rows = result.rows.map((row) => {
    const fitVerdict = fits.find((fit) => fit.option === row.option) ?? {
      option: row.option,
      fit: 'fits' as const,
      reasons: [],
    };
    return {...row, fitVerdict};
  });
  const usable = rows
    .filter((row) => row.priced && row.fitVerdict.fit !== 'ruled-out')
    .map((row) => row.option);
  const cheapest = rows
    .filter((row) => usable.includes(row.option) && !row.overCapacity)
    .sort((a, b) => a.monthlyUsd - b.monthlyUsd)[0]?.option;
  const curve = costCurve(workload, prices, logSpace(1, 1e9, 6));
  const cache = new Map<number, CostResult>();
  return {
    workload,
    rows,
    assumptions: result.assumptions,
    breakEvens: pairsFor(usable).flatMap(([a, b]) =>
      breakEvens(workload, prices, a, b, {from: 1, to: 1e10, perDecade: 8, precision: 1e-4, cache}),
    ),
    curve: curve
      ? {...curve, series: curve.series.filter((series) => usable.includes(series.option))}
      : undefined,
    cheapest,
    overrides: [...new Set(rows.flatMap((row) => row.overrides))],
  };
}

// ---------------------------------------------------------------------------------------------
// The chart: monthly cost against requests a month, both on log scales

/** The lowest cost the chart shows; cheaper points (and zero) sit on the bottom edge. */
export const CHART_FLOOR_USD = 0.01;

export interface ChartLine {
  option: OptionId;
  /** Points as fractions of the plot: x from the left, y from the bottom, both 0 to 1. */
  points: [number, number][];
  /** True when the line stops early because the instances run out of time in the month. */
  endsAtCapacity: boolean;
}

export interface ChartGeometry {
  requestAxis: Axis;
  costAxis: Axis;
  /** Tick values with their places on the axis, 0 to 1. */
  requestTicks: {value: number; at: number}[];
  costTicks: {value: number; at: number}[];
  lines: ChartLine[];
  /** The reader's request count, as a fraction of the width. */
  marker: number;
}

/** Where each option's line runs, on log scales of requests and of dollars. */
export function chartGeometry(curve: CostCurve, requestsPerMonth: number): ChartGeometry {
  const requestAxis = {min: curve.requests[0] ?? 1, max: curve.requests.at(-1) ?? 10};
  const served = curve.series.flatMap((series) =>
    series.usd.filter((usd, i) => !series.full[i] && usd >= CHART_FLOOR_USD),
  );
  const costAxis = logAxis([CHART_FLOOR_USD, ...served]);
  const lines = curve.series.map((series) => {
    const points: [number, number][] = [];
    let endsAtCapacity = false;
    for (const [i, count] of curve.requests.entries()) {
      if (series.full[i]) {
        endsAtCapacity = true;
        break;
      }
      const usd = Math.max(series.usd[i] ?? 0, costAxis.min);
      points.push([logPosition(count, requestAxis), logPosition(usd, costAxis)]);
    }
    return {option: series.option, points, endsAtCapacity};
  });
  const costTicks = logTicks(costAxis).filter((_, i, all) => all.length <= 7 || i % 2 === 0);
  return {
    requestAxis,
    costAxis,
    requestTicks: logTicks(requestAxis)
      .filter((_, i) => i % 2 === 0)
      .map((value) => ({value, at: logPosition(value, requestAxis)})),
    costTicks: costTicks.map((value) => ({value, at: logPosition(value, costAxis)})),
    lines,
    marker: logPosition(Math.max(requestsPerMonth, requestAxis.min), requestAxis),
  };
}

// ---------------------------------------------------------------------------------------------
// For the mode chooser: each option's monthly cost at its default setup, for a volume

export interface QuickCost {
  option: OptionId;
  monthlyUsd: number;
  /** The option as priced: "SageMaker Real-Time Inference on 1 × ml.m5.large". */
  label: string;
  unconfirmed: boolean;
}

/**
 * What a workload of the mode chooser (a volume, a processing time, a payload) costs a month on
 * each option at the cost comparison's default setup; undefined when it is out of its bounds.
 */
export function quickCosts(
  requestsPerMonth: number,
  secondsPerRequest: number,
  requestBytes: number,
): QuickCost[] | undefined {
  const workload = {...DEFAULT_WORKLOAD, requestsPerMonth, secondsPerRequest, requestBytes};
  const result = estimateCosts(workload);
  if (!result.ok) return undefined;
  return result.rows
    .filter((row) => row.priced)
    .map((row) => ({
      option: row.option,
      monthlyUsd: row.monthlyUsd,
      label: optionLabel(row.option, workload),
      unconfirmed: row.unconfirmed.length > 0,
    }));
}
