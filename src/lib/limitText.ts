import type {LimitEntry, StatedValue} from '@site/src/data/types';
import {exactBytes, formatDuration, formatStated, isTimeUnit, statedSeconds} from './units';

/*
 * A limit as text, the way the pages show it, for the outputs that are not React: the changelog
 * and its feed, /limits.json and the llms files. Every value these outputs print goes through
 * this one module, so it follows wherever the pages' formatting goes.
 */

export type ValueFormat = 'stated' | 'duration';
export type Which = 'current' | 'previous' | 'conflicting';

/** "25 MB", "900 s"; with `duration`, a time limit as "15 min". */
export function valueText(value: StatedValue, format: ValueFormat = 'stated'): string {
  if (format === 'duration' && isTimeUnit(value.unit)) return formatDuration(statedSeconds(value));
  return formatStated(value);
}

/** The exact byte count of a byte limit, when AWS fixes it: "6,291,456 bytes". */
export function exactBytesText(value: StatedValue): string | undefined {
  return exactBytes(value);
}

const MONTH = new Intl.DateTimeFormat('en-US', {month: 'long', year: 'numeric', timeZone: 'UTC'});
const DAY = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2025-10-24" as "October 24, 2025"; "2025-10" as "October 2025". */
export function dateText(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day ? DAY.format(date) : MONTH.format(date);
}

/** "2025-10-24" or "2025-10" as "October 2025", as `<Limit show="since" />` prints it. */
export function monthText(isoDate: string): string {
  return dateText(isoDate.slice(0, 7));
}

export interface LimitTextOptions {
  which?: Which;
  format?: ValueFormat;
  /** Leave out the "disputed" note, as `<Limit plain />` does. */
  plain?: boolean;
  show?: 'value' | 'since';
}

/** What `<Limit id=... />` shows for an entry, as plain text. */
export function limitText(entry: LimitEntry, options: LimitTextOptions = {}): string {
  const {which = 'current', format = 'stated', plain = false, show = 'value'} = options;
  if (show === 'since') {
    if (!entry.since) throw new Error(`Limit ${entry.id} has no date from which it applies`);
    return monthText(entry.since);
  }
  if (which === 'previous') {
    const previous = entry.previous?.[0];
    if (!previous) throw new Error(`Limit ${entry.id} has no previous value`);
    return valueText(previous, format);
  }
  if (which === 'conflicting') {
    const other = entry.conflicting?.[0];
    if (!other) throw new Error(`Limit ${entry.id} has no conflicting value`);
    return valueText(other, format);
  }
  const shown = valueText(entry, format);
  const other = entry.conflicting?.[0];
  if (entry.status === 'disputed' && other && !plain) {
    return `${shown} (disputed: another AWS page says ${valueText(other, format)})`;
  }
  return shown;
}
