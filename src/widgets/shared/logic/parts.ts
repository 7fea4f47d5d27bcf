/**
 * Messages that mention AWS limits are lists of parts: plain text and references to entries of
 * the data module. The component renders each reference as a sourced, linked value; tests and
 * screen-reader summaries read them as plain text.
 */
import {getLimit, type LimitId} from '../../../data';
import {formatDuration, formatStated, isTimeUnit, statedSeconds} from '../../../lib/units';

export interface LimitRef {
  limit: LimitId;
  /** `duration` prints "15 min" rather than "900 s". */
  format?: 'stated' | 'duration';
  /** The value another AWS page states (a disputed limit) or an older value. */
  which?: 'current' | 'conflicting' | 'previous';
}

export type Part = string | LimitRef;

export function ref(limit: LimitId, format: 'stated' | 'duration' = 'stated'): LimitRef {
  return {limit, format};
}

export function refValueText(part: LimitRef): string {
  const entry = getLimit(part.limit);
  const stated =
    part.which === 'conflicting'
      ? (entry.conflicting?.[0] ?? entry)
      : part.which === 'previous'
        ? (entry.previous?.[0] ?? entry)
        : entry;
  if (part.format === 'duration' && isTimeUnit(stated.unit)) return formatDuration(statedSeconds(stated));
  return formatStated(stated);
}

export function partsToText(parts: readonly Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : refValueText(part))).join('');
}
