import type {ByteBase, ByteUnit, StatedValue, TimeUnit, Unit} from '@site/src/data/types';
import {BYTE_UNITS, TIME_UNITS} from '@site/src/data/types';

/** Bytes in one unit, by convention. */
const DECIMAL: Record<ByteUnit, number> = {bytes: 1, KB: 1e3, MB: 1e6, GB: 1e9};
const BINARY: Record<ByteUnit, number> = {bytes: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3};
const SECONDS: Record<TimeUnit, number> = {ms: 0.001, s: 1, min: 60, h: 3600};

export function isByteUnit(unit: Unit | string): unit is ByteUnit {
  return (BYTE_UNITS as readonly string[]).includes(unit);
}

export function isTimeUnit(unit: Unit | string): unit is TimeUnit {
  return (TIME_UNITS as readonly string[]).includes(unit);
}

export function bytesPerUnit(unit: ByteUnit, base: 'decimal' | 'binary'): number {
  return base === 'binary' ? BINARY[unit] : DECIMAL[unit];
}

export function toBytes(
  value: number,
  unit: ByteUnit,
  base: 'decimal' | 'binary' = 'decimal',
): number {
  return value * bytesPerUnit(unit, base);
}

export function toSeconds(value: number, unit: TimeUnit): number {
  return value * SECONDS[unit];
}

export function fromSeconds(seconds: number, unit: TimeUnit): number {
  return seconds / SECONDS[unit];
}

export function fromBytes(
  bytes: number,
  unit: ByteUnit,
  base: 'decimal' | 'binary' = 'decimal',
): number {
  return bytes / bytesPerUnit(unit, base);
}

/**
 * A byte limit as a range. When AWS does not say whether its "MB" is 10^6 or 2^20 bytes, the
 * limit is at least the decimal reading (`low`) and at most the binary one (`high`).
 */
export interface ByteRange {
  low: number;
  high: number;
  base: ByteBase;
}

export function byteRange(stated: StatedValue): ByteRange {
  if (!isByteUnit(stated.unit)) {
    throw new Error(`Not a byte unit: ${stated.unit}`);
  }
  const base = stated.unit === 'bytes' ? 'binary' : (stated.byteBase ?? 'unstated');
  const decimal = Math.round(toBytes(stated.value, stated.unit, 'decimal'));
  const binary = Math.round(toBytes(stated.value, stated.unit, 'binary'));
  if (base === 'binary') return {low: binary, high: binary, base};
  if (base === 'decimal') return {low: decimal, high: decimal, base};
  return {low: Math.min(decimal, binary), high: Math.max(decimal, binary), base};
}

export function statedSeconds(stated: StatedValue): number {
  if (!isTimeUnit(stated.unit)) {
    throw new Error(`Not a time unit: ${stated.unit}`);
  }
  return toSeconds(stated.value, stated.unit);
}

/*
 * Numbers are formatted here without `Intl`: the first `Intl` object a page creates loads the
 * browser's locale data, a single task long enough to block a phone's main thread while the page
 * hydrates. Like `Intl.NumberFormat`, this starts from the shortest decimal that reads back as the
 * number (what `String(n)` prints) and rounds it at the last digit shown, halves away from zero; a
 * property test compares the two. A value that rounds to zero prints without a minus sign.
 */

const clampDigits = (digits: number) => Math.min(Math.max(Math.trunc(digits) || 0, 0), 20);

/** The shortest decimal of a non-negative finite number, as whole and fraction digits. */
function decimalParts(abs: number): {whole: string; fraction: string} {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [head = '0', tail = ''] = mantissa.split('.');
  const digits = head + tail;
  const point = head.length + Number(exponent);
  if (point <= 0) return {whole: '0', fraction: '0'.repeat(-point) + digits};
  if (point >= digits.length)
    return {whole: digits + '0'.repeat(point - digits.length), fraction: ''};
  return {whole: digits.slice(0, point), fraction: digits.slice(point)};
}

/** Adds one to a string of decimal digits: "199" → "200", "99" → "100". */
function incremented(digits: string): string {
  let carry = 1;
  let out = '';
  for (let i = digits.length - 1; i >= 0; i--) {
    const sum = Number(digits[i]) + carry;
    carry = sum === 10 ? 1 : 0;
    out = String(sum % 10) + out;
  }
  return carry ? `1${out}` : out;
}

/**
 * Rounds a non-negative decimal, halves away from zero, to `places` digits after the point
 * (a negative `places` rounds to tens, hundreds…). Leading zeros of the whole part are dropped.
 */
function roundedParts(
  {whole, fraction}: {whole: string; fraction: string},
  places: number,
): {whole: string; fraction: string} {
  const trim = (text: string) => text.replace(/^0+(?=\d)/, '') || '0';
  const digits = whole + fraction;
  const keep = whole.length + places;
  if (digits.length <= keep) return {whole: trim(whole), fraction};
  let head = keep > 0 ? digits.slice(0, keep) : '';
  if (keep >= 0 && Number(digits[keep]) >= 5) head = incremented(head || '0');
  const point = whole.length + head.length - Math.max(keep, 0);
  head = head.padEnd(point, '0');
  return {whole: trim(head.slice(0, point)), fraction: head.slice(point)};
}

/** The text of rounded parts; compact notation groups thousands only from five whole digits. */
function written(
  value: number,
  parts: {whole: string; fraction: string},
  minDigits: number,
  compact = false,
): string {
  const fraction = parts.fraction.replace(/0+$/, '').padEnd(minDigits, '0');
  const sign = value < 0 && /[1-9]/.test(parts.whole + fraction) ? '-' : '';
  const group = !compact || parts.whole.length >= 5;
  const grouped = group ? parts.whole.replace(/\B(?=(\d{3})+$)/g, ',') : parts.whole;
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A number the way `Intl.NumberFormat('en-US')` writes it: thousands separators, between
 * `minDigits` and `maxDigits` decimals, trailing zeros beyond `minDigits` dropped.
 */
export function formatDecimal(value: number, maxDigits = 3, minDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  const max = clampDigits(maxDigits);
  const min = Math.min(clampDigits(minDigits), max);
  return written(value, roundedParts(decimalParts(Math.abs(value)), max), min);
}

/** A number to `digits` significant digits, as `Intl`'s `maximumSignificantDigits` writes it. */
export function formatSignificant(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '–';
  const parts = decimalParts(Math.abs(value));
  const all = parts.whole + parts.fraction;
  const first = all.search(/[1-9]/);
  if (first < 0) return '0';
  const places = first - parts.whole.length + Math.min(Math.max(Math.trunc(digits) || 1, 1), 21);
  return written(value, roundedParts(parts, places), 0);
}

const COMPACT = ['', 'K', 'M', 'B', 'T'];

/** "950", "1.2K", "10M": `Intl`'s short compact notation with at most `digits` decimals. */
export function formatCompact(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const places = clampDigits(digits);
  const abs = Math.abs(value);
  let step = 0;
  while (step < COMPACT.length - 1 && abs >= 1000 ** (step + 1)) step++;
  let parts = roundedParts(decimalParts(abs / 1000 ** step), places);
  if (parts.whole.length > 3 && step < COMPACT.length - 1) {
    step++;
    parts = roundedParts(decimalParts(abs / 1000 ** step), places);
  }
  return `${written(value, parts, 0, true)}${COMPACT[step]}`;
}

/** A number for reading: thousands separators, at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  return formatDecimal(Number(value.toFixed(clampDigits(digits))), digits);
}

/**
 * Bytes for reading, in the largest unit that keeps the number at least 1: "6.29 MB".
 * Decimal units by default; `binary` prints KiB, MiB and GiB.
 */
export function formatBytes(bytes: number, base: 'decimal' | 'binary' = 'decimal'): string {
  if (!Number.isFinite(bytes)) return '–';
  const sign = bytes < 0 ? '-' : '';
  const size = Math.abs(bytes);
  const step = base === 'binary' ? 1024 : 1000;
  const names = base === 'binary' ? ['KiB', 'MiB', 'GiB', 'TiB'] : ['KB', 'MB', 'GB', 'TB'];
  if (size < step) return `${sign}${formatNumber(size, 0)} ${size === 1 ? 'byte' : 'bytes'}`;
  let value = size;
  let name = 'bytes';
  for (const next of names) {
    if (value < step) break;
    value /= step;
    name = next;
  }
  return `${sign}${formatNumber(value, value < 10 ? 2 : 1)} ${name}`;
}

/** A duration for reading: "250 ms", "2.5 s", "15 min", "1 h 30 min", "6 h". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(seconds);
  if (s === 0) return '0 s';
  if (s < 1) return `${sign}${formatNumber(s * 1000, s < 0.01 ? 2 : 0)} ms`;
  if (s < 60) return `${sign}${formatNumber(s, 1)} s`;
  if (s < 3600) {
    const minutes = Math.floor(s / 60);
    const rest = Math.round(s - minutes * 60);
    if (rest === 0) return `${sign}${formatNumber(minutes)} min`;
    if (rest === 60) return `${sign}${formatNumber(minutes + 1)} min`;
    return `${sign}${formatNumber(minutes)} min ${rest} s`;
  }
  const hours = Math.floor(s / 3600);
  const minutes = Math.round((s - hours * 3600) / 60);
  if (minutes === 0) return `${sign}${formatNumber(hours)} h`;
  if (minutes === 60) return `${sign}${formatNumber(hours + 1)} h`;
  return `${sign}${formatNumber(hours)} h ${minutes} min`;
}

/** A value in the unit AWS states it in: "25 MB", "128,000 bytes", "$0.20 per 1M requests". */
export function formatStated(stated: StatedValue): string {
  const {value, unit} = stated;
  switch (unit) {
    case 'count':
      return formatNumber(value);
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'px':
      return `${formatNumber(value)} px`;
    case 'months':
      return `${formatNumber(value)} ${value === 1 ? 'month' : 'months'}`;
    case 'USD per 1M requests':
      return `$${value.toFixed(2)} per 1M requests`;
    case 'USD per GB-second':
      return `$${formatNumber(value, 10)} per GB-second`;
    case 'bytes':
      return `${formatNumber(value)} ${value === 1 ? 'byte' : 'bytes'}`;
    default:
      return `${formatNumber(value, 2)} ${unit}`;
  }
}

/** The exact byte count behind a byte limit, when AWS fixes it: "6,291,456 bytes". */
export function exactBytes(stated: StatedValue): string | undefined {
  if (!isByteUnit(stated.unit) || stated.unit === 'bytes') return undefined;
  const range = byteRange(stated);
  if (range.base === 'unstated') return undefined;
  return `${formatNumber(range.low)} bytes`;
}
