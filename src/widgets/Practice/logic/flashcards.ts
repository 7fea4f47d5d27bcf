/**
 * Flashcards generated from the data, never written by hand: one per limit (its value, AWS's
 * words and the source), one per exam keyword (the option it points to), and one per limit that
 * changed or that AWS pages disagree on (both values, with the date when AWS gives one).
 */
import {
  changedOrDisputed,
  getOption,
  isOptionId,
  LIMITS,
  type LimitEntry,
  type OptionId,
  type StatedValue,
  type Subject,
} from '@site/src/data';
import {EXAM_KEYWORDS} from '@site/src/data/keywords';
import {formatMonth} from '@site/src/data/questions';
import {optionName} from '@site/src/data/questions/optionNames';
import {formatDuration, formatStated, isTimeUnit, statedSeconds} from '@site/src/lib/units';

export type CardKind = 'limit' | 'keyword' | 'change' | 'dispute';

export interface Flashcard {
  /** Stable across builds: progress refers to it. */
  id: string;
  kind: CardKind;
  /** The option or service the card is about. */
  subject: Subject;
  front: string;
  back: string;
  /** More on the back: notes, the older value's story, the other page's value. */
  details: string[];
  /** AWS's exact words for the value, when the data has them. */
  quote?: string;
  source?: string;
  sourceTitle?: string;
}

const SUBJECT_NAMES: Record<Exclude<Subject, OptionId>, string> = {
  apigateway: 'Amazon API Gateway',
  sdk: 'AWS SDK for Python',
};

/** "SageMaker Serverless Inference", "Amazon Bedrock", "AWS Lambda", "Amazon API Gateway". */
export function subjectName(subject: Subject): string {
  return isOptionId(subject)
    ? optionName(subject)
    : SUBJECT_NAMES[subject as Exclude<Subject, OptionId>];
}

/** "3600 s (1 h)": the value as AWS states it, and as a duration when that reads differently. */
export function valueText(value: StatedValue): string {
  const stated = formatStated(value);
  if (!isTimeUnit(value.unit)) return stated;
  const duration = formatDuration(statedSeconds(value));
  return duration === stated ? stated : `${stated} (${duration})`;
}

function limitCard(entry: LimitEntry): Flashcard {
  const details: string[] = [];
  if (entry.adjustable) details.push('A default that can be changed.');
  if (entry.note) details.push(entry.note);
  const other = entry.conflicting?.[0];
  if (entry.status === 'disputed' && other)
    details.push(`Disputed: ${other.sourceTitle} says ${valueText(other)}.`);
  const before = entry.previous?.[0];
  if (before) details.push(`Older material says ${valueText(before)}.`);
  return {
    id: `limit:${entry.id}`,
    kind: 'limit',
    subject: entry.subject,
    front: `${subjectName(entry.subject)}: ${entry.quantity}?`,
    back: valueText(entry),
    details,
    ...(entry.quote ? {quote: entry.quote} : {}),
    source: entry.source,
    sourceTitle: entry.sourceTitle,
  };
}

function changeCard(entry: LimitEntry): Flashcard | undefined {
  const before = entry.previous?.[0];
  if (!before) return undefined;
  const date = entry.since ?? before.until;
  const when = date ? `since ${formatMonth(date)}` : 'AWS gives no date for the change';
  return {
    id: `change:${entry.id}`,
    kind: 'change',
    subject: entry.subject,
    front: `${subjectName(entry.subject)}: ${entry.quantity}. This limit changed: what was it, and what is it now?`,
    back: `Now ${valueText(entry)} (${when}); before: ${valueText(before)}.`,
    details: [before.note],
    ...(before.quote ? {quote: before.quote} : {}),
    source: before.source,
    sourceTitle: entry.sourceTitle,
  };
}

function disputeCard(entry: LimitEntry): Flashcard | undefined {
  const other = entry.conflicting?.[0];
  if (entry.status !== 'disputed' || !other) return undefined;
  return {
    id: `dispute:${entry.id}`,
    kind: 'dispute',
    subject: entry.subject,
    front: `${subjectName(entry.subject)}: ${entry.quantity}. AWS pages disagree: what do they say?`,
    back: `${entry.sourceTitle}: ${valueText(entry)}. ${other.sourceTitle}: ${valueText(other)}.`,
    details: [other.note, ...(entry.note ? [entry.note] : [])],
    source: entry.source,
    sourceTitle: entry.sourceTitle,
  };
}

/** Lower-case words joined by hyphens, for ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function keywordCards(): Flashcard[] {
  return EXAM_KEYWORDS.flatMap((row) =>
    row.phrases.map((phrase) => ({
      id: `keyword:${row.option}:${slug(phrase)}`,
      kind: 'keyword' as const,
      subject: row.option,
      front: `An exam question says “${phrase}”. Which option does it point to?`,
      back: getOption(row.option).name,
      details: row.basis ? [row.basis.text] : [],
      ...(row.basis?.quote ? {quote: row.basis.quote} : {}),
      ...(row.basis ? {source: row.basis.source, sourceTitle: row.basis.sourceTitle} : {}),
    })),
  );
}

/** Every card, in a stable order: limits, then changes and disputes, then keywords. */
export function buildFlashcards(): Flashcard[] {
  const changes = changedOrDisputed();
  return [
    ...LIMITS.map((entry: LimitEntry) => limitCard(entry)),
    ...changes
      .flatMap((entry) => [changeCard(entry), disputeCard(entry)])
      .filter((card): card is Flashcard => card !== undefined),
    ...keywordCards(),
  ];
}
