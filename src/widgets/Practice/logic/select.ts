/**
 * Choosing questions for a practice set: by exam, option and count, in a random order drawn from
 * an injected source. A case study travels whole: its questions stay together and in order, and
 * a set never holds part of one.
 */
import type {OptionId} from '@site/src/data';
import type {ExamId, Format, Question} from '@site/src/data/questions';
import {shuffle} from './random';
import type {SetScore} from './scoring';

export interface SetFilter {
  exam?: ExamId;
  /** Questions that test any of these options; all options when empty or left out. */
  options?: readonly OptionId[];
  formats?: readonly Format[];
  /** Leave case studies out, for a short set. */
  withoutCaseStudies?: boolean;
}

export function matchesFilter(question: Question, filter: SetFilter): boolean {
  if (filter.exam !== undefined && !question.exams.includes(filter.exam)) return false;
  if (filter.options && filter.options.length > 0) {
    if (!question.options.some((option) => filter.options?.includes(option))) return false;
  }
  if (filter.formats && filter.formats.length > 0 && !filter.formats.includes(question.format))
    return false;
  if (filter.withoutCaseStudies && question.caseStudy !== undefined) return false;
  return true;
}

/** Questions grouped the way they are drawn: one question, or the whole of a case study. */
export function units(questions: readonly Question[]): Question[][] {
  const groups: Question[][] = [];
  const byStudy = new Map<string, Question[]>();
  for (const question of questions) {
    if (question.caseStudy === undefined) {
      groups.push([question]);
      continue;
    }
    const group = byStudy.get(question.caseStudy);
    if (group) group.push(question);
    else {
      const fresh = [question];
      byStudy.set(question.caseStudy, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/** How many questions the filter allows: the most a set can hold. */
export function available(bank: readonly Question[], filter: SetFilter): number {
  return bank.filter((question) => matchesFilter(question, filter)).length;
}

/**
 * Up to `count` questions that match the filter, in random order. A case study that would not
 * fit whole is passed over for smaller units, so the set may hold fewer than `count` only when
 * nothing else fits.
 */
export function selectQuestions(
  bank: readonly Question[],
  filter: SetFilter,
  count: number,
  random: () => number,
): Question[] {
  const wanted = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
  if (wanted === 0) return [];
  const matching = bank.filter((question) => matchesFilter(question, filter));
  const picked: Question[] = [];
  for (const unit of shuffle(units(matching), random)) {
    if (picked.length + unit.length <= wanted) picked.push(...unit);
    if (picked.length === wanted) break;
  }
  return picked;
}

/** The questions of a finished set that were answered wrongly or not at all, in the same order. */
export function retryMissed(questions: readonly Question[], result: SetScore): Question[] {
  const missed = new Set(result.missed);
  return questions.filter((question) => missed.has(question.id));
}

/**
 * A short, fixed set for the end of an option's page: questions whose first option is this one,
 * outside case studies, taking the formats in turn so the set has variety. Always the same
 * questions for the same bank, so the page reads the same with and without JavaScript.
 */
export function checkYourself(bank: readonly Question[], option: OptionId, count = 5): Question[] {
  const own = bank.filter((q) => q.options[0] === option && q.caseStudy === undefined);
  const queues = new Map<Format, Question[]>();
  for (const question of own)
    queues.set(question.format, [...(queues.get(question.format) ?? []), question]);
  const picked: Question[] = [];
  while (picked.length < count && [...queues.values()].some((queue) => queue.length > 0)) {
    for (const queue of queues.values()) {
      const next = queue.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  // Keep the bank's order, which runs from choosing an option to its details.
  return own.filter((question) => picked.includes(question));
}
