import type {LimitEntry, StatedValue} from '@site/src/data/types';
import {
  formatDate,
  formatMonth,
  formatValue,
  pickValue,
  type LimitFormat,
  type Which,
} from './limitValue';
import {exactBytes} from './units';

/*
 * A limit as text, the way the pages show it, for the outputs that are not React: the changelog
 * and its feed, /limits.json and the llms files. Every value these outputs print goes through
 * this one module, so it follows wherever the pages' formatting goes.
 */

export type ValueFormat = LimitFormat;
export type {Which};

/** "25 MB", "900 s"; with `duration`, a time limit as "15 min" (the pages' own formatter). */
export const valueText: (value: StatedValue, format?: ValueFormat) => string = formatValue;

/** The exact byte count of a byte limit, when AWS fixes it: "6,291,456 bytes". */
export function exactBytesText(value: StatedValue): string | undefined {
  return exactBytes(value);
}

/** "2025-10-24" as "October 24, 2025"; "2025-10" as "October 2025". */
export const dateText: (isoDate: string) => string = formatDate;

/** "2025-10-24" or "2025-10" as "October 2025", as `<Limit show="since" />` prints it. */
export const monthText: (isoDate: string) => string = formatMonth;

export interface LimitTextOptions {
  which?: Which;
  format?: ValueFormat;
  /** Leave out the "disputed" note, as `<Limit plain />` does. */
  plain?: boolean;
  show?: 'value' | 'since';
}

/** What `<Limit id=... />` shows for an entry, as plain text. */
export function limitEntryText(entry: LimitEntry, options: LimitTextOptions = {}): string {
  const {which = 'current', format = 'stated', plain = false, show = 'value'} = options;
  if (show === 'since') {
    if (!entry.since) throw new Error(`Limit ${entry.id} has no date from which it applies`);
    return formatMonth(entry.since);
  }
  const value = pickValue(entry, which);
  if (!value) throw new Error(`Limit ${entry.id} has no ${which} value`);
  const shown = formatValue(value, format);
  const other = entry.conflicting?.[0];
  if (which === 'current' && entry.status === 'disputed' && other && !plain) {
    return `${shown} (disputed: another AWS page says ${formatValue(other, format)})`;
  }
  return shown;
}
