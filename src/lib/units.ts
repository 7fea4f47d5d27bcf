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

const integer = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

/** A number for reading: thousands separators, at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = Number(value.toFixed(Math.min(Math.max(digits, 0), 20)));
  if (Number.isInteger(rounded)) return integer.format(rounded);
  return new Intl.NumberFormat('en-US', {maximumFractionDigits: digits}).format(rounded);
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
