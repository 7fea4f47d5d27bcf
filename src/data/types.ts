/** The six inference options the guide covers, in the order it presents them. */
export const OPTION_IDS = [
  'batch',
  'realtime',
  'serverless',
  'async',
  'bedrock',
  'lambda',
] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export function isOptionId(id: string): id is OptionId {
  return (OPTION_IDS as readonly string[]).includes(id);
}

/** Limits also come from services that sit in front of a model. */
export type Subject = OptionId | 'apigateway' | 'sdk';

/** Every unit a limit may be stated in. Byte units are written the way AWS writes them. */
export const UNITS = [
  'bytes',
  'KB',
  'MB',
  'GB',
  'ms',
  's',
  'min',
  'h',
  'days',
  'months',
  'count',
  'px',
  'percent',
  'USD per 1M requests',
  'USD per GB-second',
  'requests per month',
  'GB-seconds per month',
] as const;
export type Unit = (typeof UNITS)[number];

export const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB'] as const satisfies readonly Unit[];
export type ByteUnit = (typeof BYTE_UNITS)[number];
export const TIME_UNITS = ['ms', 's', 'min', 'h'] as const satisfies readonly Unit[];
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * What "MB" means for one limit. AWS pages write "MB" for both 10^6 and 2^20 bytes:
 * - `binary`: AWS states the limit in bytes, or says its MB are 2^20 bytes;
 * - `decimal`: AWS states 10^6-byte megabytes;
 * - `unstated`: AWS does not say, so a size between the two readings may or may not fit.
 */
export type ByteBase = 'binary' | 'decimal' | 'unstated';

/** A value stated in a unit, with the byte convention when the unit is a byte unit. */
export interface StatedValue {
  value: number;
  unit: Unit;
  byteBase?: ByteBase;
}

/**
 * AWS's own words for a value: `quote` is the shortest passage of the source page that states it,
 * copied exactly. Where no stored copy of the page shows that sentence, `quote` is absent and
 * `unquoted` says why; the value is then shown as not re-checked. Exactly one of the two is set
 * (the data tests enforce it).
 */
export interface Quoted {
  quote?: string;
  unquoted?: string;
  /**
   * Where the quote was read, when that is not the source URL itself but another AWS copy of the
   * same text: the page under an older or localized path that serves the English text, or an AWS
   * SDK reference generated from the same API model as the cited API reference.
   */
  quoteFrom?: string;
}

/** A value that AWS pages used to state and no longer do. */
export interface PreviousValue extends StatedValue, Quoted {
  /** ISO date (YYYY-MM-DD or YYYY-MM) on which the value stopped applying, when known. */
  until?: string;
  /** Where the old value is still printed, or where the change was announced. */
  source: string;
  note: string;
}

/** A value that another AWS page states today, in disagreement with the main one. */
export interface ConflictingValue extends StatedValue, Quoted {
  source: string;
  sourceTitle: string;
  note: string;
}

/**
 * How an entry cites its source: the AWS page that states the value, its title and the day it was
 * read there, with the older and the conflicting values, each sourced in turn.
 */
export interface Cited<Previous, Conflicting> {
  /** The AWS page that states the value. */
  source: string;
  sourceTitle: string;
  /** ISO date (YYYY-MM-DD) on which someone read the value at its source. */
  verifiedOn: string;
  previous?: readonly Previous[];
  conflicting?: readonly Conflicting[];
}

export interface LimitEntry extends StatedValue, Quoted, Cited<PreviousValue, ConflictingValue> {
  id: string;
  subject: Subject;
  /** What is limited, as a short noun phrase: "Maximum request payload". */
  quantity: string;
  /** `disputed` when AWS pages disagree today; the other values are in `conflicting`. */
  status: 'current' | 'disputed';
  /** ISO date from which the current value applies, when AWS gives one. */
  since?: string;
  /** True when the value is a default or quota that a customer can change. */
  adjustable?: boolean;
  note?: string;
}

/** A qualitative fact (not a number) with its source. */
export interface SourcedFact {
  text: string;
  source: string;
  verifiedOn: string;
}
