/**
 * What a one-page cheat sheet for an exam holds, chosen from the data modules: the six options
 * side by side, the limits the exam's practice questions turn on (with every changed or disputed
 * value), the exam keywords and the exam's traps. Nothing here types an AWS number; every value
 * carries its limit id and the footnote of the AWS page that states it.
 */
import {
  changedOrDisputed,
  getLimit,
  LIMITS,
  OPTIONS,
  subjectName,
  type LimitEntry,
  type LimitId,
  type OptionId,
} from '@site/src/data';
import {EXAM_KEYWORDS} from '@site/src/data/keywords';
import {
  EXAM_GUIDES,
  QUESTIONS,
  type ExamGuide,
  type ExamId,
  type GuideLink,
  type Question,
  type Text,
} from '@site/src/data/questions';
import {isLimitPart, partsOf} from '@site/src/data/questions/text';
import {trapsFor} from '@site/src/data/traps';
import {formatMonth, formatValue, pickValue, type LimitFormat, type Which} from './limitValue';

/** How many limits each sheet lists besides the options' own payload and time limits. */
export const SHEET_LIMITS: Record<ExamId, number> = {'AIF-C01': 10, 'MLA-C01': 12};

/** One value shown on a sheet, with what it was read from. */
export interface SheetValue {
  limit: LimitId;
  which: Which;
  format: LimitFormat;
  text: string;
  source: string;
  /** The number of the source in the sheet's footnotes, from 1. */
  footnote: number;
  /** For an older value: the month it stopped applying, when the data gives one. */
  until?: string;
}

/** A limit with its current value and its older or conflicting ones. */
export interface SheetLimit {
  id: LimitId;
  subject: string;
  quantity: string;
  disputed: boolean;
  /** How many of the exam's practice questions have a key that depends on this limit. */
  questions: number;
  current: SheetValue;
  others: SheetValue[];
}

export interface SheetOption {
  id: OptionId;
  name: string;
  shortName: string;
  path: string;
  service: string;
  styles: string;
  payload: SheetLimit;
  time: SheetLimit;
  scalesToZero: string;
  gpu: string;
  ownModel: string;
  monitoring: string;
  pricing: string;
}

export type SheetPart = {kind: 'text'; text: string} | {kind: 'value'; value: SheetValue};

export interface SheetTrap {
  id: string;
  parts: SheetPart[];
  link: GuideLink;
}

export interface SheetKeywords {
  option: OptionId;
  shortName: string;
  path: string;
  phrases: readonly string[];
}

export interface CheatSheet {
  exam: ExamGuide;
  options: SheetOption[];
  limits: SheetLimit[];
  keywords: SheetKeywords[];
  traps: SheetTrap[];
  /** The AWS pages the values come from, in footnote order. */
  sources: string[];
  /** The latest date on which a value shown was read at its source. */
  checkedUpTo: string;
}

/** For each limit, how many of the exam's questions have a key that depends on it. */
export function decidingCounts(
  exam: ExamId,
  questions: readonly Question[] = QUESTIONS,
): Map<LimitId, number> {
  const counts = new Map<LimitId, number>();
  for (const question of questions) {
    if (!question.exams.includes(exam)) continue;
    for (const id of new Set(question.dependsOn ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The limits each option's column shows: its largest request and its longest processing time. */
export function optionLimitIds(): Set<LimitId> {
  return new Set(OPTIONS.flatMap((option) => [option.maxPayload, option.maxProcessing]));
}

const ORDER = new Map<string, number>(LIMITS.map((entry, index) => [entry.id, index]));

/**
 * The limits a sheet lists besides the options' columns: every changed or disputed one, then the
 * limits most of the exam's questions depend on, up to `max` in all; most questions first, ties
 * in the guide's order. A limit no question of the exam depends on is listed only when it
 * changed or is disputed.
 */
export function decidingLimits(
  exam: ExamId,
  max: number = SHEET_LIMITS[exam],
  questions: readonly Question[] = QUESTIONS,
): {id: LimitId; questions: number}[] {
  const counts = decidingCounts(exam, questions);
  const shown = optionLimitIds();
  const count = (id: LimitId) => counts.get(id) ?? 0;
  const byRank = (a: LimitId, b: LimitId) =>
    count(b) - count(a) || (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0);
  const chosen = new Set<LimitId>(
    changedOrDisputed()
      .map((entry) => entry.id as LimitId)
      .filter((id) => !shown.has(id)),
  );
  const ranked = [...counts.keys()].filter((id) => !shown.has(id) && !chosen.has(id)).sort(byRank);
  for (const id of ranked) {
    if (chosen.size >= max) break;
    chosen.add(id);
  }
  return [...chosen].sort(byRank).map((id) => ({id, questions: count(id)}));
}

/** Hands out footnote numbers to source pages in the order the sheet shows them. */
class Footnotes {
  readonly sources: string[] = [];
  number(url: string): number {
    const index = this.sources.indexOf(url);
    if (index >= 0) return index + 1;
    this.sources.push(url);
    return this.sources.length;
  }
}

function sheetValue(
  entry: LimitEntry,
  which: Which,
  format: LimitFormat,
  notes: Footnotes,
): SheetValue | undefined {
  const value = pickValue(entry, which);
  if (!value) return undefined;
  return {
    limit: entry.id as LimitId,
    which,
    format,
    text: formatValue(value, format),
    source: value.source,
    footnote: notes.number(value.source),
    until: value.until === undefined ? undefined : formatMonth(value.until),
  };
}

function sheetLimit(id: LimitId, questions: number, notes: Footnotes): SheetLimit {
  const entry = getLimit(id);
  const format: LimitFormat = 'duration';
  const current = sheetValue(entry, 'current', format, notes) as SheetValue;
  const others = (['previous', 'conflicting'] as const).flatMap((which) => {
    const value = sheetValue(entry, which, format, notes);
    return value ? [value] : [];
  });
  return {
    id,
    subject: subjectName(entry.subject),
    quantity: entry.quantity,
    disputed: entry.status === 'disputed',
    questions,
    current,
    others,
  };
}

function sheetParts(text: Text, notes: Footnotes): SheetPart[] {
  return partsOf(text).map((part): SheetPart => {
    if (typeof part === 'string') return {kind: 'text', text: part};
    if (!isLimitPart(part) || part.show === 'since') {
      throw new Error('A trap shows limit values only');
    }
    const value = sheetValue(
      getLimit(part.limit),
      part.which ?? 'current',
      part.format ?? 'stated',
      notes,
    );
    if (!value) throw new Error(`${part.limit} has no ${part.which} value`);
    return {kind: 'value', value};
  });
}

/** The cheat sheet of one exam. */
export function cheatSheet(exam: ExamId): CheatSheet {
  const notes = new Footnotes();
  const counts = decidingCounts(exam);
  // Footnotes are numbered in reading order: the payload row of the options, then the time row.
  const payloads = OPTIONS.map((o) =>
    sheetLimit(o.maxPayload, counts.get(o.maxPayload) ?? 0, notes),
  );
  const times = OPTIONS.map((o) =>
    sheetLimit(o.maxProcessing, counts.get(o.maxProcessing) ?? 0, notes),
  );
  const options = OPTIONS.map((option, index): SheetOption => ({
    id: option.id,
    name: option.name,
    shortName: option.shortName,
    path: option.path,
    service: option.service,
    styles: option.styles.join(', '),
    payload: payloads[index] as SheetLimit,
    time: times[index] as SheetLimit,
    scalesToZero: option.scalesToZero.value,
    gpu: option.gpu.value,
    ownModel: option.ownModel.value,
    monitoring: option.monitoring.value,
    pricing: option.pricing.text,
  }));
  const limits = decidingLimits(exam).map(({id, questions}) => sheetLimit(id, questions, notes));
  const traps = trapsFor(exam).map((trap) => ({
    id: trap.id,
    parts: sheetParts(trap.text, notes),
    link: trap.link,
  }));
  const shownIds = new Set([
    ...options.flatMap((o) => [o.payload.id, o.time.id]),
    ...limits.map((l) => l.id),
    ...traps.flatMap((trap) =>
      trap.parts.flatMap((part) => (part.kind === 'value' ? [part.value.limit] : [])),
    ),
  ]);
  const checkedUpTo = [...shownIds]
    .map((id) => getLimit(id).verifiedOn)
    .sort()
    .at(-1) as string;
  return {
    exam: EXAM_GUIDES[exam],
    options,
    limits,
    keywords: EXAM_KEYWORDS.map((row) => {
      const option = OPTIONS.find((o) => o.id === row.option);
      return {
        option: row.option,
        shortName: option?.shortName ?? row.option,
        path: option?.path ?? '/docs/overview',
        phrases: row.phrases,
      };
    }),
    traps,
    sources: notes.sources,
    checkedUpTo,
  };
}

/** A source address for print: the path alone for AWS documentation, host and path otherwise. */
export function sourceLabel(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.hostname === 'docs.aws.amazon.com') return parsed.pathname;
  return parsed.hostname + parsed.pathname;
}
