/**
 * Sourced text: messages that mention AWS limits are lists of parts, plain text and citations of
 * entries of the data module. The view renders each citation as a linked, sourced value
 * (`SourcedText`); tests and screen-reader summaries read the message as plain text.
 */
import {getOption, type LimitId, type OptionId} from '@site/src/data';
import {limitText, type LimitFormat, type Which} from '@site/src/lib/limitValue';

/** A limit's value, cited from the data module. */
export interface LimitPart {
  limit: LimitId;
  /** `duration` prints "15 min" rather than "900 s". */
  format?: LimitFormat;
  /** The value another AWS page states (a disputed limit) or an older value. */
  which?: Which;
}

/** A sourced fact about an option (from options.ts), shown as its text linked to its source. */
export interface FactPart {
  option: OptionId;
  fact: 'gpu' | 'scalesToZero' | 'pricing' | 'answers' | 'runs';
}

export type Part = string | LimitPart | FactPart;

export function isLimitPart(part: Part): part is LimitPart {
  return typeof part !== 'string' && 'limit' in part;
}

export function isFactPart(part: Part): part is FactPart {
  return typeof part !== 'string' && 'fact' in part;
}

/** Cites a limit's current value. */
export function cite(limit: LimitId, format: LimitFormat = 'stated'): LimitPart {
  return {limit, format};
}

/** Cites a fact about an option. */
export function fact(option: OptionId, name: FactPart['fact']): FactPart {
  return {option, fact: name};
}

export function factOf(part: FactPart): {text: string; source: string} {
  return getOption(part.option)[part.fact];
}

/** The text of a cited value; an older or conflicting value falls back to the current one. */
export function limitPartText(part: LimitPart): string {
  return limitText(part.limit, part.which, part.format);
}

export function partsToText(parts: readonly Part[]): string {
  return parts
    .map((part) =>
      typeof part === 'string' ? part : isFactPart(part) ? factOf(part).text : limitPartText(part),
    )
    .join('');
}
