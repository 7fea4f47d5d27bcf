/**
 * Question text with no typed numbers: a text is a string, or a list of parts in which every
 * AWS number is a reference into the limits module and every scenario number a reference into
 * the question's workload. `renderText` turns it into plain text with the project's formatters;
 * `renderParts` keeps the references, so a page can link each value to its source.
 */
import {getLimit, isLimitId, isOptionId, type LimitId} from '@site/src/data';
import {formatMonth, formatValue, pickValue} from '@site/src/lib/limitValue';
import {formatNumber, isTimeUnit} from '@site/src/lib/units';
import {optionName} from './optionNames';
import type {Workload} from './types';

export {formatMonth};

/** A value from the limits module. */
export interface LimitPart {
  limit: LimitId;
  /** `duration` prints "15 min" rather than "900 s". */
  format?: 'stated' | 'duration';
  /** The older value, or the value another AWS page states. */
  which?: 'current' | 'previous' | 'conflicting';
  /** `since` prints the month from which the current value applies. */
  show?: 'value' | 'since';
}

/** A number of the scenario, read from the question's workload. */
export interface GivenPart {
  given: GivenKey;
}

export type Part = string | LimitPart | GivenPart;
export type Text = string | readonly Part[];

/** Workload values a text may show, with the field that holds each one's unit. */
const GIVENS = {
  payload: {section: 'chooser', value: 'payload', unit: 'payloadUnit'},
  duration: {section: 'chooser', value: 'duration', unit: 'durationUnit'},
  processing: {section: 'timeout', value: 'processing', unit: 'processingUnit'},
  size: {section: 'payload', value: 'size', unit: 'sizeUnit'},
  images: {section: 'payload', value: 'images'},
  imageSize: {section: 'payload', value: 'imageSize', unit: 'imageUnit'},
  records: {section: 'payload', value: 'records'},
  recordSize: {section: 'payload', value: 'recordSize', unit: 'recordUnit'},
  chars: {section: 'payload', value: 'chars'},
  audioLength: {section: 'payload', value: 'audioLength', unit: 'audioUnit'},
  bitrate: {section: 'payload', value: 'bitrate', suffix: 'kbit/s'},
} as const satisfies Record<
  string,
  {section: keyof Workload; value: string; unit?: string; suffix?: string}
>;
export type GivenKey = keyof typeof GIVENS;
export const GIVEN_KEYS = Object.keys(GIVENS) as GivenKey[];

export function isLimitPart(part: Part): part is LimitPart {
  return typeof part !== 'string' && 'limit' in part;
}

export function isGivenPart(part: Part): part is GivenPart {
  return typeof part !== 'string' && 'given' in part;
}

/** Text with references: t`Payloads up to ${lim('async.maxPayload')} go through S3.` */
export function t(strings: TemplateStringsArray, ...refs: (LimitPart | GivenPart)[]): Part[] {
  const parts: Part[] = [];
  strings.forEach((raw, index) => {
    // A long sentence may continue on the next source line: a line break and its indent read as
    // one space.
    const text = raw.replace(/\n[ \t]*/g, ' ');
    if (text !== '') parts.push(text);
    const ref = refs[index];
    if (ref !== undefined) parts.push(ref);
  });
  return parts;
}

export const lim = (limit: LimitId): LimitPart => ({limit});
export const dur = (limit: LimitId): LimitPart => ({limit, format: 'duration'});
export const old = (limit: LimitId, format: 'stated' | 'duration' = 'stated'): LimitPart => ({
  limit,
  which: 'previous',
  format,
});

/** The limit placeholders a text may hold, each with the part it stands for. */
const LIMIT_PLACEHOLDERS: Record<string, (limit: LimitId) => LimitPart> = {
  lim,
  dur,
  old: (limit) => old(limit),
  'old-dur': (limit) => old(limit, 'duration'),
  other: (limit) => ({limit, which: 'conflicting'}),
  since: (limit) => ({limit, show: 'since'}),
};

/**
 * A text from the bank's data files. Values are placeholders: `{lim:ID}` for a limit,
 * `{dur:ID}` for a limit as a duration, `{old:ID}` and `{old-dur:ID}` for its older value,
 * `{other:ID}` for the value another AWS page states, `{since:ID}` for the month of a change,
 * `{given:KEY}` for a number of the workload and `{option:ID}` for an option's name. Braces
 * appear only in placeholders. A text with no value in it is returned as a plain string.
 */
export function parseText(source: string): Text {
  const parts: Part[] = [];
  const add = (words: string) => {
    if (/[{}]/.test(words)) throw new Error(`a brace outside a placeholder in "${words}"`);
    const last = parts.at(-1);
    if (typeof last === 'string') parts[parts.length - 1] = last + words;
    else if (words !== '') parts.push(words);
  };
  let from = 0;
  for (const match of source.matchAll(/\{([a-z-]+):([^{}]*)\}/g)) {
    add(source.slice(from, match.index));
    from = match.index + match[0].length;
    const [placeholder, kind = '', id = ''] = match;
    const limitPart = LIMIT_PLACEHOLDERS[kind];
    if (limitPart) {
      if (!isLimitId(id)) throw new Error(`unknown limit id in ${placeholder}`);
      parts.push(limitPart(id));
    } else if (kind === 'given') {
      if (!(GIVEN_KEYS as string[]).includes(id))
        throw new Error(`unknown scenario value in ${placeholder}`);
      parts.push({given: id as GivenKey});
    } else if (kind === 'option') {
      if (!isOptionId(id)) throw new Error(`unknown option in ${placeholder}`);
      add(optionName(id));
    } else {
      throw new Error(`unknown placeholder ${placeholder}`);
    }
  }
  add(source.slice(from));
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  return parts;
}

export function partsOf(text: Text): readonly Part[] {
  return typeof text === 'string' ? [text] : text;
}

/** What is wrong with a reference, if anything; the bank's tests require none. */
export function partProblem(part: Part, workload?: Workload): string | undefined {
  if (typeof part === 'string') return undefined;
  if (isLimitPart(part)) {
    if (!isLimitId(part.limit)) return `unknown limit id ${part.limit}`;
    const entry = getLimit(part.limit);
    if (part.show === 'since') return entry.since ? undefined : `${part.limit} has no since date`;
    const stated = pickValue(entry, part.which ?? 'current');
    if (!stated) return `${part.limit} has no ${part.which} value`;
    if (part.format === 'duration' && !isTimeUnit(stated.unit))
      return `${part.limit} is not a time, so it has no duration format`;
    return undefined;
  }
  const spec = GIVENS[part.given];
  if (!spec) return `unknown scenario value ${String(part.given)}`;
  const values: Partial<Record<string, string>> | undefined = workload?.[spec.section];
  const raw = values?.[spec.value];
  if (raw === undefined) return `the workload has no ${spec.section}.${spec.value}`;
  if (!Number.isFinite(Number(raw.replace(/,/g, ''))))
    return `${spec.section}.${spec.value} is not a number`;
  if ('unit' in spec && values?.[spec.unit] === undefined)
    return `the workload has no ${spec.section}.${spec.unit}`;
  return undefined;
}

const TIME_WORDS: Record<string, [string, string]> = {
  ms: ['millisecond', 'milliseconds'],
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
};

function givenText(part: GivenPart, workload?: Workload): string {
  const spec = GIVENS[part.given];
  const values: Partial<Record<string, string>> | undefined = spec
    ? workload?.[spec.section]
    : undefined;
  const raw = spec ? values?.[spec.value] : undefined;
  const value = raw === undefined ? Number.NaN : Number(raw.replace(/,/g, ''));
  if (!spec || !Number.isFinite(value)) return '–';
  const number = formatNumber(value);
  if ('suffix' in spec) return `${number} ${spec.suffix}`;
  if (!('unit' in spec)) return number;
  const unit = values?.[spec.unit] ?? '';
  const words = TIME_WORDS[unit];
  if (words) return `${number} ${value === 1 ? words[0] : words[1]}`;
  return `${number} ${unit}`;
}

/** A rendered piece of text: plain words, or a value with the limit and source it came from. */
export type RenderedPart =
  | {kind: 'text'; text: string}
  | {
      kind: 'limit';
      text: string;
      limit: LimitId;
      which: 'current' | 'previous' | 'conflicting';
      source: string;
    }
  | {kind: 'given'; text: string};

function limitText(part: LimitPart): {text: string; source: string} {
  const entry = getLimit(part.limit);
  if (part.show === 'since') {
    return {
      text: entry.since ? formatMonth(entry.since) : '–',
      source: entry.previous?.[0]?.source ?? entry.source,
    };
  }
  const shown = pickValue(entry, part.which ?? 'current');
  return {
    text: formatValue(shown ?? entry, part.format),
    source: shown?.source ?? entry.source,
  };
}

export function renderParts(text: Text, workload?: Workload): RenderedPart[] {
  return partsOf(text).map((part): RenderedPart => {
    if (typeof part === 'string') return {kind: 'text', text: part};
    if (isLimitPart(part)) {
      if (partProblem(part) !== undefined) return {kind: 'text', text: '–'};
      const {text: value, source} = limitText(part);
      return {
        kind: 'limit',
        text: value,
        limit: part.limit,
        which: part.which ?? 'current',
        source,
      };
    }
    return {kind: 'given', text: givenText(part, workload)};
  });
}

/** The text as a reader sees it. */
export function renderText(text: Text, workload?: Workload): string {
  return renderParts(text, workload)
    .map((part) => part.text)
    .join('');
}

/** The limits a text refers to. */
export function limitsIn(text: Text): LimitId[] {
  return partsOf(text)
    .filter(isLimitPart)
    .map((part) => part.limit);
}
