/**
 * One home for "which value of a limit, in which unit, formatted how". `<Limit>`, the limits
 * tables, the calculators and their charts all read a limit's value through these functions.
 */
import {
  getLimit,
  type ConflictingValue,
  type LimitEntry,
  type LimitId,
  type PreviousValue,
  type Quoted,
  type StatedValue,
} from '@site/src/data';
import {
  byteRange,
  formatDuration,
  formatStated,
  isTimeUnit,
  statedSeconds,
  type ByteRange,
} from '@site/src/lib/units';

/** The current value, the older one (`previous`), or the one another AWS page states today. */
export type Which = 'current' | 'previous' | 'conflicting';

/** `stated`: as AWS writes it ("900 s"); `duration`: a time limit for reading ("15 min"). */
export type LimitFormat = 'stated' | 'duration';

/** One value of a limit with where it is stated and AWS's words for it. */
export interface ShownValue extends StatedValue, Quoted {
  which: Which;
  source: string;
  /** The page's title, where the data names it (current and conflicting values). */
  sourceTitle?: string;
  /** What a reader should know about this value: the date it was checked, or why it differs. */
  about: string;
  /** The entry's note, or why an older or conflicting value differs. */
  note?: string;
  /** When an older value stopped applying. */
  until?: string;
}

function previousValue(previous: PreviousValue): ShownValue {
  return {...previous, which: 'previous', about: previous.note};
}

function conflictingValue(other: ConflictingValue): ShownValue {
  return {...other, which: 'conflicting', about: `${other.sourceTitle}: ${other.note}`};
}

/** The value `which` of an entry, or undefined when the entry has no such value. */
export function pickValue(entry: LimitEntry, which: Which): ShownValue | undefined {
  if (which === 'previous') return entry.previous?.[0] && previousValue(entry.previous[0]);
  if (which === 'conflicting') {
    return entry.conflicting?.[0] && conflictingValue(entry.conflicting[0]);
  }
  return {
    value: entry.value,
    unit: entry.unit,
    byteBase: entry.byteBase,
    quote: entry.quote,
    quoteFrom: entry.quoteFrom,
    unquoted: entry.unquoted,
    which,
    source: entry.source,
    sourceTitle: entry.sourceTitle,
    note: entry.note,
    about: `${entry.sourceTitle} (verified ${entry.verifiedOn})`,
  };
}

/** Every older value of an entry, then every value other AWS pages state today. */
export function otherValues(entry: LimitEntry): ShownValue[] {
  return [
    ...(entry.previous ?? []).map(previousValue),
    ...(entry.conflicting ?? []).map(conflictingValue),
  ];
}

/** A value for reading, in the unit AWS states it or, for time limits on request, as a duration. */
export function formatValue(value: StatedValue, format: LimitFormat = 'stated'): string {
  if (format === 'duration' && isTimeUnit(value.unit)) return formatDuration(statedSeconds(value));
  return formatStated(value);
}

/** The text of a limit's value; an older or conflicting value falls back to the current one. */
export function limitText(id: LimitId, which: Which = 'current', format?: LimitFormat): string {
  const entry = getLimit(id);
  return formatValue(pickValue(entry, which) ?? entry, format);
}

/** A time limit in seconds, the unit the calculators compute in. */
export function limitSeconds(id: LimitId): number {
  return statedSeconds(getLimit(id));
}

/** A byte limit as the range of bytes its "MB" may mean (see `byteRange`). */
export function limitByteRange(id: LimitId): ByteRange {
  return byteRange(getLimit(id));
}

export {formatDate, formatMonth} from './dates';

/** AWS's words for a value, or why the guide has none and shows the value as not re-checked. */
export type Evidence = {kind: 'quote'; quote: string} | {kind: 'unchecked'; reason: string};

/** Shown where an entry has neither a quote nor a reason for its absence. */
export const NO_QUOTE_YET = 'AWS’s exact sentence for this value has not been recorded yet.';

export function evidenceOf(value: Quoted): Evidence {
  const quote = value.quote?.trim();
  if (quote) return {kind: 'quote', quote};
  return {kind: 'unchecked', reason: value.unquoted?.trim() || NO_QUOTE_YET};
}

/** An address for reading: host and path, the middle of a long path elided ("docs.aws…/x.html"). */
export function shortUrl(url: string, max = 60): string {
  let shown: string;
  try {
    const parsed = new URL(url);
    shown = parsed.hostname + parsed.pathname;
  } catch {
    shown = url;
  }
  if (shown.length <= max) return shown;
  const keep = Math.floor((max - 1) / 2);
  return `${shown.slice(0, keep)}…${shown.slice(shown.length - keep)}`;
}
