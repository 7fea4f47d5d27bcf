/**
 * The reader's progress: the last result of each question and the Leitner state of each
 * flashcard. It is kept as one small, versioned JSON document, in localStorage by the page and
 * in a file when the reader exports it. Reading such a document is strict: anything malformed,
 * oversized or hostile is refused with a message for the reader, and nothing here throws.
 */
import {OPTION_IDS, type OptionId} from '@site/src/data';
import {EXAMS, type ExamId, type Question} from '@site/src/data/questions';
import {boxCounts, isBox, review, type Box, type CardState, type Schedule} from './leitner';
import {own} from './own';

export const PROGRESS_FORMAT = 'aws-inference-guide-progress';
export const PROGRESS_VERSION = 1;

export interface QuestionRecord {
  attempts: number;
  /** Attempts answered correctly. */
  correct: number;
  /** Whether the latest attempt was correct. */
  last: boolean;
  /** When it was last answered, epoch milliseconds. */
  at: number;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  questions: Readonly<Record<string, QuestionRecord>>;
  cards: Schedule;
}

export function emptyProgress(): Progress {
  return {version: PROGRESS_VERSION, questions: {}, cards: {}};
}

export function recordAnswer(
  progress: Progress,
  questionId: string,
  correct: boolean,
  now: number,
): Progress {
  if (!Number.isFinite(now) || questionId === '') return progress;
  const before = own(progress.questions, questionId);
  const record: QuestionRecord = {
    attempts: (before?.attempts ?? 0) + 1,
    correct: (before?.correct ?? 0) + (correct ? 1 : 0),
    last: correct,
    at: now,
  };
  return {...progress, questions: {...progress.questions, [questionId]: record}};
}

export function recordCard(
  progress: Progress,
  cardId: string,
  correct: boolean,
  now: number,
): Progress {
  const cards = review(progress.cards, cardId, correct, now);
  return cards === progress.cards ? progress : {...progress, cards};
}

export interface ProgressTally {
  /** Questions in the bank. */
  questions: number;
  /** Questions answered at least once. */
  attempted: number;
  /** Questions whose latest answer was correct. */
  mastered: number;
}

export interface ProgressSummary {
  overall: ProgressTally;
  byOption: Record<OptionId, ProgressTally>;
  byExam: Record<ExamId, ProgressTally>;
  cards: Record<Box | 'new', number>;
}

/** Progress per option and per exam, against the current bank and deck. */
export function summarize(
  progress: Progress,
  bank: readonly Question[],
  cardIds: readonly string[],
): ProgressSummary {
  const blank = (): ProgressTally => ({questions: 0, attempted: 0, mastered: 0});
  const overall = blank();
  const byOption = Object.fromEntries(OPTION_IDS.map((o) => [o, blank()])) as Record<
    OptionId,
    ProgressTally
  >;
  const byExam = Object.fromEntries(EXAMS.map((e) => [e, blank()])) as Record<
    ExamId,
    ProgressTally
  >;
  for (const question of bank) {
    const record = own(progress.questions, question.id);
    const count = (tally: ProgressTally) => {
      tally.questions += 1;
      if (record) tally.attempted += 1;
      if (record?.last) tally.mastered += 1;
    };
    count(overall);
    for (const option of question.options) count(byOption[option]);
    for (const exam of question.exams) count(byExam[exam]);
  }
  return {overall, byOption, byExam, cards: boxCounts(cardIds, progress.cards)};
}

/** The progress as a file: small, readable JSON, with dates as ISO text. */
export function exportProgress(progress: Progress, now: number): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const document = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: Number.isFinite(now) ? iso(now) : undefined,
    questions: Object.fromEntries(
      Object.entries(progress.questions).map(([id, r]) => [
        id,
        {attempts: r.attempts, correct: r.correct, last: r.last, at: iso(r.at)},
      ]),
    ),
    cards: Object.fromEntries(
      Object.entries(progress.cards).map(([id, c]) => [
        id,
        {box: c.box, due: iso(c.due), last: iso(c.last), reviews: c.reviews, lapses: c.lapses},
      ]),
    ),
  };
  return JSON.stringify(document);
}

/** Largest file accepted: far more than a full bank and deck need. */
export const MAX_IMPORT_CHARS = 512 * 1024;
const MAX_ENTRIES = 10_000;
const MAX_COUNT = 1_000_000;
const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CARD_ID = /^(?:limit|keyword|change|dispute):[A-Za-z0-9.:-]{1,160}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** No progress can be older than the guide. */
const EARLIEST = Date.UTC(2024, 0, 1);

export type ImportResult =
  {ok: true; progress: Progress; notes: string[]} | {ok: false; error: string};

class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Up to 40 characters of a name from the file, printable ones only, for a message. */
function quoted(text: string): string {
  // Control, format and line-separator characters (bidi overrides included) are left out.
  const clean = Array.from(text)
    .filter((ch) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch))
    .slice(0, 40)
    .join('');
  return `“${clean}${Array.from(text).length > 40 ? '…' : ''}”`;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) refuse(`${where} has an unknown field ${quoted(key)}.`);
  for (const key of allowed)
    if (!Object.prototype.hasOwnProperty.call(value, key))
      refuse(`${where} has no “${key}” field.`);
}

function count(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    refuse(`${where} must be a whole number from ${min} to ${max}.`);
  return value;
}

function time(value: unknown, where: string, latest: number): number {
  if (typeof value !== 'string' || !ISO_TIME.test(value))
    refuse(`${where} is not a date and time.`);
  const ms = Date.parse(value);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 19) !== value.slice(0, 19))
    refuse(`${where} is not a real date.`);
  if (ms < EARLIEST || ms > latest) refuse(`${where} is out of range.`);
  return ms;
}

function entries(value: unknown, where: string): [string, unknown][] {
  if (!isPlainObject(value)) refuse(`“${where}” must be an object.`);
  const list = Object.entries(value);
  if (list.length > MAX_ENTRIES) refuse(`“${where}” has too many entries.`);
  return list;
}

function readQuestion(id: string, value: unknown, latest: number): QuestionRecord {
  const where = `The question ${quoted(id)}`;
  if (!isPlainObject(value)) refuse(`${where} must be an object.`);
  onlyKeys(value, ['attempts', 'correct', 'last', 'at'], where);
  const attempts = count(value.attempts, `${where}: attempts`, 1, MAX_COUNT);
  const correct = count(value.correct, `${where}: correct`, 0, attempts);
  if (typeof value.last !== 'boolean') refuse(`${where}: last must be true or false.`);
  if (value.last && correct === 0)
    refuse(`${where}: the last answer cannot be right with none right.`);
  if (!value.last && correct === attempts)
    refuse(`${where}: the last answer cannot be wrong with every answer right.`);
  return {attempts, correct, last: value.last, at: time(value.at, `${where}: at`, latest)};
}

function readCard(id: string, value: unknown, latest: number): CardState {
  const where = `The flashcard ${quoted(id)}`;
  if (!isPlainObject(value)) refuse(`${where} must be an object.`);
  onlyKeys(value, ['box', 'due', 'last', 'reviews', 'lapses'], where);
  if (!isBox(value.box)) refuse(`${where}: box must be a whole number from 1 to 5.`);
  const reviews = count(value.reviews, `${where}: reviews`, 1, MAX_COUNT);
  const lapses = count(value.lapses, `${where}: lapses`, 0, reviews);
  const last = time(value.last, `${where}: last`, latest);
  // A card is due at most the longest interval after its review; allow a year for the future.
  const due = time(value.due, `${where}: due`, latest + 366 * 24 * 3600 * 1000);
  if (due < last) refuse(`${where} is due before it was last reviewed.`);
  return {box: value.box, due, last, reviews, lapses};
}

export interface ImportOptions {
  /** The reader's clock, epoch milliseconds: dates more than a day ahead of it are refused. */
  now: number;
  /** Ids in the current bank and deck; others are dropped with a note (the bank may have changed). */
  questionIds?: ReadonlySet<string>;
  cardIds?: ReadonlySet<string>;
}

/** Reads a progress file. Returns the progress, or a message saying what is wrong with the file. */
export function importProgress(text: unknown, options: ImportOptions): ImportResult {
  try {
    if (typeof text !== 'string') refuse('The file could not be read as text.');
    if (text.length > MAX_IMPORT_CHARS) refuse('The file is too large to be a progress file.');
    if (text.trim() === '') refuse('The file is empty.');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      refuse('The file is not valid JSON.');
    }
    if (!isPlainObject(data) || data.format !== PROGRESS_FORMAT)
      refuse('The file is not a progress file from this guide.');
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
      refuse('The file has no valid version number.');
    if (data.version > PROGRESS_VERSION)
      refuse('The file was made by a newer version of this guide; reload the page and try again.');
    for (const key of Object.keys(data))
      if (!['format', 'version', 'exportedAt', 'questions', 'cards'].includes(key))
        refuse(`The file has an unknown field ${quoted(key)}.`);
    const latest = (Number.isFinite(options.now) ? options.now : Date.now()) + 24 * 3600 * 1000;
    if (data.exportedAt !== undefined) time(data.exportedAt, 'The export date', latest);

    const notes: string[] = [];
    let droppedQuestions = 0;
    let droppedCards = 0;
    const questions: [string, QuestionRecord][] = [];
    for (const [id, value] of entries(data.questions ?? {}, 'questions')) {
      if (!QUESTION_ID.test(id) || id.length > 80)
        refuse(`The question id ${quoted(id)} is not valid.`);
      const record = readQuestion(id, value, latest);
      if (options.questionIds && !options.questionIds.has(id)) droppedQuestions += 1;
      else questions.push([id, record]);
    }
    const cards: [string, CardState][] = [];
    for (const [id, value] of entries(data.cards ?? {}, 'cards')) {
      if (!CARD_ID.test(id)) refuse(`The flashcard id ${quoted(id)} is not valid.`);
      const state = readCard(id, value, latest);
      if (options.cardIds && !options.cardIds.has(id)) droppedCards += 1;
      else cards.push([id, state]);
    }
    if (droppedQuestions > 0)
      notes.push(
        `${droppedQuestions} question${droppedQuestions === 1 ? ' is' : 's are'} no longer in ` +
          `the bank and ${droppedQuestions === 1 ? 'was' : 'were'} left out.`,
      );
    if (droppedCards > 0)
      notes.push(
        `${droppedCards} flashcard${droppedCards === 1 ? ' is' : 's are'} no longer in the ` +
          `deck and ${droppedCards === 1 ? 'was' : 'were'} left out.`,
      );
    return {
      ok: true,
      progress: {
        version: PROGRESS_VERSION,
        questions: Object.fromEntries(questions),
        cards: Object.fromEntries(cards),
      },
      notes,
    };
  } catch (error) {
    if (error instanceof Refusal) return {ok: false, error: error.message};
    return {ok: false, error: 'The file could not be read.'};
  }
}

/** Progress as kept in localStorage: the same document as an export. */
export function saveProgress(progress: Progress, now: number): string {
  return exportProgress(progress, now);
}

/**
 * Progress from localStorage. A missing or unreadable entry starts afresh; the notice says why,
 * so the page can tell the reader rather than silently lose their history.
 */
export function loadProgress(
  raw: string | null | undefined,
  options: ImportOptions,
): {progress: Progress; notice?: string} {
  if (raw === null || raw === undefined || raw === '') return {progress: emptyProgress()};
  const result = importProgress(raw, options);
  if (result.ok) return {progress: result.progress};
  return {progress: emptyProgress(), notice: `Saved progress could not be read: ${result.error}`};
}

/** Two histories joined, each question and card taking the more recent record. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  function newer<T>(
    x: Readonly<Record<string, T>>,
    y: Readonly<Record<string, T>>,
    when: (value: T) => number,
  ): Record<string, T> {
    const out = new Map<string, T>(Object.entries(x));
    for (const [id, value] of Object.entries(y)) {
      const current = out.get(id);
      if (current === undefined || when(value) > when(current)) out.set(id, value);
    }
    return Object.fromEntries(out);
  }
  return {
    version: PROGRESS_VERSION,
    questions: newer(a.questions, b.questions, (r) => r.at),
    cards: newer(a.cards, b.cards, (c) => c.last),
  };
}
