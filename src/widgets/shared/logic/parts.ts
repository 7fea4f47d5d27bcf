/**
 * Messages that mention AWS limits are lists of parts: plain text and references to entries of
 * the data module. The component renders each reference as a sourced, linked value; tests and
 * screen-reader summaries read them as plain text.
 */
import {getLimit, getOption, type LimitId, type OptionId} from '@site/src/data';
import {formatDuration, formatStated, isTimeUnit, statedSeconds} from '@site/src/lib/units';

export interface LimitRef {
  limit: LimitId;
  /** `duration` prints "15 min" rather than "900 s". */
  format?: 'stated' | 'duration';
  /** The value another AWS page states (a disputed limit) or an older value. */
  which?: 'current' | 'conflicting' | 'previous';
}

/** A sourced fact about an option (from options.ts), shown as its text linked to its source. */
export interface FactRef {
  option: OptionId;
  fact: 'gpu' | 'scalesToZero' | 'pricing' | 'answers' | 'runs';
}

export type Part = string | LimitRef | FactRef;

export function isLimitRef(part: Part): part is LimitRef {
  return typeof part !== 'string' && 'limit' in part;
}

export function isFactRef(part: Part): part is FactRef {
  return typeof part !== 'string' && 'fact' in part;
}

export function fact(option: OptionId, name: FactRef['fact']): FactRef {
  return {option, fact: name};
}

export function factOf(part: FactRef): {text: string; source: string} {
  return getOption(part.option)[part.fact];
}

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
  if (part.format === 'duration' && isTimeUnit(stated.unit))
    return formatDuration(statedSeconds(stated));
  return formatStated(stated);
}

export function partsToText(parts: readonly Part[]): string {
  return parts
    .map((part) =>
      typeof part === 'string' ? part : isFactRef(part) ? factOf(part).text : refValueText(part),
    )
    .join('');
}
