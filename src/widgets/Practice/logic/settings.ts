/**
 * The practice page's settings as they sit in its URL: the exam, the options (a comma-separated
 * list), how many questions and when to see the answers. Reading them never throws: an unknown
 * option in a link is dropped with a notice for the reader.
 */
import {isOptionId, OPTION_IDS, type OptionId} from '@site/src/data';
import {EXAMS, type ExamId} from '@site/src/data/questions/types';
import type {Schema, Values} from '@site/src/widgets/shared/logic/query';
import type {SetFilter} from './select';

export const EXAM_CHOICES = ['any', ...EXAMS] as const;
export const COUNTS = ['5', '10', '20', '40'] as const;
export const FEEDBACK = ['immediate', 'end'] as const;
export type Feedback = (typeof FEEDBACK)[number];

export const PRACTICE_SCHEMA = {
  exam: {kind: 'choice', default: 'any', values: EXAM_CHOICES, label: 'the exam'},
  options: {kind: 'text', default: ''},
  count: {kind: 'choice', default: '10', values: COUNTS, label: 'the number of questions'},
  feedback: {
    kind: 'choice',
    default: 'immediate',
    values: FEEDBACK,
    label: 'when to see the answers',
  },
} as const satisfies Schema;

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The most question ids a link may name. */
export const MAX_LINKED_IDS = 100;

export interface PracticeSettings {
  filter: SetFilter;
  count: number;
  feedback: Feedback;
  options: OptionId[];
  /** Why part of the link was not used. */
  notice?: string;
}

/** The options listed in the URL, in the guide's order, each once; unknown ones are reported. */
export function readOptions(raw: string): {options: OptionId[]; unknown: number} {
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const known = new Set(names.filter(isOptionId));
  return {
    options: OPTION_IDS.filter((id) => known.has(id)),
    unknown: names.filter((name) => !isOptionId(name)).length,
  };
}

/** The value of the `options` parameter for a set of options: "" when all or none are chosen. */
export function writeOptions(options: readonly OptionId[]): string {
  const chosen = OPTION_IDS.filter((id) => options.includes(id));
  return chosen.length === OPTION_IDS.length ? '' : chosen.join(',');
}

export function readSettings(values: Values<typeof PRACTICE_SCHEMA>): PracticeSettings {
  const {options, unknown} = readOptions(values.options);
  const exam = (EXAMS as readonly string[]).includes(values.exam)
    ? (values.exam as ExamId)
    : undefined;
  const count = Number(values.count);
  const feedback: Feedback = values.feedback === 'end' ? 'end' : 'immediate';
  return {
    filter: {exam, options},
    count: Number.isInteger(count) && count > 0 ? count : 10,
    feedback,
    options,
    notice:
      unknown > 0
        ? `The link named ${unknown === 1 ? 'an option' : `${unknown} options`} this guide does ` +
          `not cover; ${options.length > 0 ? 'the others are used' : 'all options are used'}.`
        : undefined,
  };
}

/**
 * Particular questions named by a link (`?ids=a,b`), to share one question or a list: well-formed
 * ids, each once, at most MAX_LINKED_IDS. The page keeps those its bank knows.
 */
export function readLinkedIds(search: string): string[] {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('ids');
  } catch {
    return [];
  }
  if (raw === null) return [];
  return [
    ...new Set(
      raw
        .slice(0, MAX_LINKED_IDS * 81)
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length <= 80 && QUESTION_ID.test(id)),
    ),
  ].slice(0, MAX_LINKED_IDS);
}
