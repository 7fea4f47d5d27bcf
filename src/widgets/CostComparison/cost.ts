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
      errors[id] = `Enter a value from 0 to ${max.toLocaleString('en-US')}.`;
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
  const min = bound.min.toLocaleString('en-US');
  const max = bound.max.toLocaleString('en-US');
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
      `Free tier: ${free.toLocaleString('en-US')} instance-hours not charged (first two months only).`,
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
      `Free tier: ${Math.round(free).toLocaleString('en-US')} seconds not charged (first two months only).`,
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
      `Free tier: ${Math.round(freeRequests).toLocaleString('en-US')} requests and ${Math.round(freeGbSeconds).toLocaleString('en-US')} GB-seconds not charged.`,
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
      text: 'Not included: tax, data transfer out of AWS, storage (Amazon S3, endpoint volumes, container images), logs, API Gateway or anything else in front, Savings Plans and other discounts.',
    },
    {
      id: 'freeTier',
      text: workload.freeTier
        ? 'Free tier on: Lambda’s monthly allowance, and SageMaker AI’s allowance of the first two months (not for every account).'
        : 'Free tier off: every request and second is charged.',
    },
    {
      id: 'billing',
      text: 'Lambda and serverless processing time is rounded up to the millisecond for each request; instances are billed for every second they run.',
    },
    {
      id: 'units',
      text: 'A gigabyte of data processed is 2^30 bytes; Lambda memory is counted in GB of 1,024 MB, as in AWS’s worked example.',
    },
    {
      id: 'capacity',
      text: `One instance works on ${workload.concurrencyPerInstance} request(s) at a time; asynchronous and batch instances run only while they have work, plus the start-up and cool-down times you set.`,
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
  series: {option: OptionId; usd: number[]}[];
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
): {costs: [number, number]; full: boolean} {
  const result = estimateCosts({...workload, requestsPerMonth: count}, prices);
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
  range: {from: number; to: number; perDecade?: number} = {from: 1, to: 1e10, perDecade: 16},
): BreakEven[] {
  if (a === b) return [];
  const found: BreakEven[] = [];
  let last: {count: number; sign: number} | undefined;
  for (const count of logSpace(range.from, range.to, range.perDecade ?? 16)) {
    const {costs, full} = pair(workload, prices, [a, b], count);
    if (costs.some(Number.isNaN)) return [];
    if (full) break;
    const sign = signOf(costs);
    if (sign === 0) continue;
    if (last && sign !== last.sign) {
      let low = Math.log(last.count);
      let high = Math.log(count);
      for (let i = 0; i < 100 && high - low > 1e-14; i += 1) {
        const mid = (low + high) / 2;
        if (signOf(pair(workload, prices, [a, b], Math.exp(mid)).costs) === last.sign) low = mid;
        else high = mid;
      }
      found.push({
        requestsPerMonth: Math.exp((low + high) / 2),
        cheaperBelow: last.sign < 0 ? a : b,
        cheaperAbove: last.sign < 0 ? b : a,
      });
    }
    last = {count, sign};
  }
  return found;
}

/** A number for a sentence: two significant figures, "about 2,100,000". */
export function roughly(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 10) return value.toLocaleString('en-US', {maximumFractionDigits: 1});
  const digits = Math.floor(Math.log10(value)) - 1;
  const rounded = Math.round(value / 10 ** digits) * 10 ** digits;
  return rounded.toLocaleString('en-US', {maximumFractionDigits: 0});
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
  return `Below about ${roughly(breakEven.requestsPerMonth)} requests a month, ${below} costs less than ${above}; above it, ${above} costs less.`;
}
