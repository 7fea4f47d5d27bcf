/**
 * Sizes and times as a reader enters them, and how a measured value sits against a limit.
 */
import type {ByteRange} from '@site/src/lib/units';
import {formatDecimal, fromSeconds, toSeconds} from '@site/src/lib/units';
import {parseAmount, pickEnum, type Parsed} from './parse';
import type {VerdictKind} from './verdict';
import type {TimeUnit} from '@site/src/data/types';
import {TIME_UNITS} from '@site/src/data/types';

/** Units a reader may type a size in. KB, MB and GB are decimal; KiB, MiB and GiB binary. */
export const SIZE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'KiB', 'MiB', 'GiB'] as const;
export type SizeUnit = (typeof SIZE_UNITS)[number];

const BYTES: Record<SizeUnit, number> = {
  bytes: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

export const SIZE_UNIT_LABELS: Record<SizeUnit, string> = {
  bytes: 'bytes',
  KB: 'KB (10³ bytes)',
  MB: 'MB (10⁶ bytes)',
  GB: 'GB (10⁹ bytes)',
  KiB: 'KiB (2¹⁰ bytes)',
  MiB: 'MiB (2²⁰ bytes)',
  GiB: 'GiB (2³⁰ bytes)',
};

export function sizeToBytes(value: number, unit: SizeUnit): number {
  return value * BYTES[unit];
}

export {TIME_UNITS, type TimeUnit};

export const TIME_UNIT_LABELS: Record<TimeUnit, string> = {
  ms: 'milliseconds',
  s: 'seconds',
  min: 'minutes',
  h: 'hours',
};

/** The words for every size and time unit, for a unit select of either kind. */
export const UNIT_LABELS: Record<SizeUnit | TimeUnit, string> = {
  ...SIZE_UNIT_LABELS,
  ...TIME_UNIT_LABELS,
};

export function timeToSeconds(value: number, unit: TimeUnit): number {
  return toSeconds(value, unit);
}

/** Largest size the widgets accept: far beyond any AWS request limit, small enough to stay exact. */
export const MAX_BYTES = 1e13;
/** Longest time the widgets accept: thirty days. */
export const MAX_SECONDS = 30 * 24 * 3600;

export type Fit = Extract<VerdictKind, 'fits' | 'maybe' | 'over'>;

export interface FitResult {
  fit: Fit;
  /** Bytes (or seconds) left below the limit's safe reading; negative when over. */
  headroom: number;
  /** Share of the limit's safe reading that the value uses: 0.75 is 75 %. */
  used: number;
}

/**
 * A size against a byte limit. Below the lower reading it fits; between the decimal and binary
 * readings of an unstated "MB" it may fit; above the higher reading it does not.
 */
export function fitBytes(bytes: number, range: ByteRange): FitResult {
  const fit: Fit = bytes <= range.low ? 'fits' : bytes <= range.high ? 'maybe' : 'over';
  return {fit, headroom: range.low - bytes, used: bytes / range.low};
}

/** A time against a time limit, in seconds. */
export function fitSeconds(
  seconds: number,
  limitSeconds: number,
): FitResult & {fit: 'fits' | 'over'} {
  return {
    fit: seconds <= limitSeconds ? 'fits' : 'over',
    headroom: limitSeconds - seconds,
    used: seconds / limitSeconds,
  };
}

/** "75%" for readers; never NaN. */
export function formatShare(used: number): string {
  if (!Number.isFinite(used)) return '–';
  const percent = used * 100;
  if (percent > 0 && percent < 1) return 'under 1%';
  if (percent >= 10_000) return `${formatDecimal(Math.round(used))} times`;
  // Over a limit never reads as "100%".
  if (used > 1) return `${Math.max(101, Math.ceil(percent))}%`;
  return `${percent < 10 ? Number(percent.toFixed(1)) : Math.round(percent)}%`;
}

/** How much of a limit a value takes, in words: "uses 75% of 1 min", "20 times the 1 min limit". */
export function describeShare(used: number, limitText: string): string {
  if (!Number.isFinite(used)) return '–';
  if (used < 2) return `uses ${formatShare(used)} of ${limitText}`;
  const times = used < 10 ? Number(used.toFixed(1)) : Math.round(used);
  return `${formatDecimal(times)} times the ${limitText} limit`;
}

export const MAX_SECONDS_TEXT = 'Enter at most 30 days; no inference request runs that long.';
export const MAX_BYTES_TEXT = 'Enter at most 10 TB; no AWS inference request comes close.';

/** A time typed in a unit, checked against the widgets' 30-day ceiling after conversion. */
export function readTime(
  raw: string,
  unitRaw: string,
  noun: string,
  maxText = MAX_SECONDS_TEXT,
): Parsed<number> {
  const unit: TimeUnit = pickEnum(unitRaw, TIME_UNITS) ?? 's';
  const parsed = parseAmount(raw, {noun, max: fromSeconds(MAX_SECONDS, unit), maxText});
  return parsed.ok ? {ok: true, value: timeToSeconds(parsed.value, unit)} : parsed;
}

/** A size typed in a unit, in whole bytes, checked against the widgets' ceiling after conversion. */
export function readSize(raw: string, unitRaw: string, noun: string): Parsed<number> {
  const unit: SizeUnit = pickEnum(unitRaw, SIZE_UNITS) ?? 'MB';
  const parsed = parseAmount(raw, {noun, max: MAX_BYTES / BYTES[unit], maxText: MAX_BYTES_TEXT});
  return parsed.ok ? {ok: true, value: Math.ceil(sizeToBytes(parsed.value, unit))} : parsed;
}
