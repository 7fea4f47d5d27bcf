import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {QUESTIONS} from '@site/src/data/questions';
import {buildFlashcards} from './flashcards';
import {DAY_MS} from './leitner';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  loadProgress,
  MAX_IMPORT_CHARS,
  mergeProgress,
  PROGRESS_FORMAT,
  recordAnswer,
  recordCard,
  saveProgress,
  summarize,
  type Progress,
} from './progress';

const NOW = Date.UTC(2026, 10, 29, 12);
const questionIds = new Set(QUESTIONS.map((q) => q.id));
const cardIds = buildFlashcards().map((c) => c.id);
const options = {now: NOW, questionIds, cardIds: new Set(cardIds)};

function first<T>(items: readonly T[], index: number): T {
  const item = items[index];
  assert.ok(item !== undefined);
  return item;
}
const q1 = first(QUESTIONS, 0);
const q2 = first(QUESTIONS, 1);
const c1 = first(cardIds, 0);

function sample(): Progress {
  let p = emptyProgress();
  p = recordAnswer(p, q1.id, false, NOW - 2 * DAY_MS);
  p = recordAnswer(p, q1.id, true, NOW - DAY_MS);
  p = recordAnswer(p, q2.id, false, NOW);
  p = recordCard(p, c1, true, NOW);
  return p;
}

/** A file as an export writes it, with parts replaced. */
function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({...JSON.parse(exportProgress(sample(), NOW)), ...overrides});
}

function refused(text: unknown): string {
  const result = importProgress(text, options);
  assert.equal(result.ok, false, `accepted: ${String(text).slice(0, 80)}`);
  return result.ok ? '' : result.error;
}

describe('progress', () => {
  it('records attempts, the latest result and card reviews', () => {
    const p = sample();
    assert.deepEqual(p.questions[q1.id], {attempts: 2, correct: 1, last: true, at: NOW - DAY_MS});
    assert.deepEqual(p.questions[q2.id], {attempts: 1, correct: 0, last: false, at: NOW});
    assert.equal(p.cards[c1]?.box, 2);
    assert.equal(recordAnswer(p, q1.id, true, Number.NaN), p);
    assert.equal(recordCard(p, c1, true, Number.NaN), p);
  });

  it('sums up per option, per exam and per flashcard box against the current bank', () => {
    const summary = summarize(sample(), QUESTIONS, cardIds);
    assert.equal(summary.overall.questions, QUESTIONS.length);
    assert.equal(summary.overall.attempted, 2);
    assert.equal(summary.overall.mastered, 1);
    for (const option of q1.options) assert.ok(summary.byOption[option].mastered >= 1);
    for (const exam of q1.exams) assert.ok(summary.byExam[exam].mastered >= 1);
    assert.equal(summary.cards[2], 1);
    assert.equal(summary.cards.new, cardIds.length - 1);
  });

  it('survives export and import unchanged', () => {
    const text = exportProgress(sample(), NOW);
    assert.ok(text.length < 2000, `${text.length} characters`);
    const parsed = JSON.parse(text) as {format: string; version: number; exportedAt: string};
    assert.equal(parsed.format, PROGRESS_FORMAT);
    assert.equal(parsed.exportedAt, new Date(NOW).toISOString());
    const result = importProgress(text, options);
    assert.ok(result.ok);
    assert.deepEqual(result.progress, sample());
    assert.deepEqual(result.notes, []);
  });

  it('loads from storage, starting afresh with a notice when the entry is unreadable', () => {
    assert.deepEqual(loadProgress(null, options), {progress: emptyProgress()});
    assert.deepEqual(loadProgress(saveProgress(sample(), NOW), options), {progress: sample()});
    const broken = loadProgress('{"format":', options);
    assert.deepEqual(broken.progress, emptyProgress());
    assert.match(broken.notice ?? '', /could not be read: The file is not valid JSON/);
  });

  it('leaves out questions and cards that are no longer in the bank, and says so', () => {
    const text = file({
      questions: {
        ...JSON.parse(exportProgress(sample(), NOW)).questions,
        'retired-question': {attempts: 1, correct: 1, last: true, at: '2026-01-01T00:00:00Z'},
      },
      cards: {
        'limit:gone.limit': {
          box: 1,
          due: '2026-01-02T00:00:00Z',
          last: '2026-01-01T00:00:00Z',
          reviews: 1,
          lapses: 1,
        },
      },
    });
    const result = importProgress(text, options);
    assert.ok(result.ok);
    assert.equal(result.progress.questions['retired-question'], undefined);
    assert.deepEqual(result.notes, [
      '1 question is no longer in the bank and was left out.',
      '1 flashcard is no longer in the deck and was left out.',
    ]);
  });

  it('merges two histories, keeping the more recent record of each question and card', () => {
    const older = recordAnswer(emptyProgress(), q1.id, false, NOW - 5 * DAY_MS);
    const merged = mergeProgress(sample(), older);
    assert.deepEqual(merged.questions[q1.id], sample().questions[q1.id]);
    const newer = recordAnswer(emptyProgress(), q1.id, false, NOW + 1);
    assert.equal(mergeProgress(sample(), newer).questions[q1.id]?.last, false);
    assert.deepEqual(mergeProgress(sample(), emptyProgress()), sample());
  });
});

describe('importing a progress file refuses, with a message, anything that is not one', () => {
  it('not text, empty, too large, or not JSON', () => {
    assert.match(refused(undefined), /could not be read as text/);
    assert.match(refused(42), /could not be read as text/);
    assert.match(refused('   '), /empty/);
    assert.match(refused(' '.repeat(MAX_IMPORT_CHARS + 1)), /too large/);
    assert.match(refused('{"format": "aws-inference-guide-progress",'), /not valid JSON/);
    assert.match(refused('<script>alert(1)</script>'), /not valid JSON/);
  });

  it('JSON that is not a progress file of this guide, or of a newer version', () => {
    for (const text of ['[]', 'null', '"text"', '{}', '{"format":"something-else","version":1}'])
      assert.match(refused(text), /not a progress file from this guide/);
    assert.match(refused(file({version: 2})), /newer version/);
    for (const version of [0, 1.5, '1', null]) assert.match(refused(file({version})), /version/);
    assert.match(refused(file({extra: true})), /unknown field “extra”/);
    assert.match(refused(file({questions: []})), /“questions” must be an object/);
    assert.match(refused(file({exportedAt: 'yesterday'})), /export date is not a date/);
  });

  it('bad question records', () => {
    const bad = (record: unknown, id = q1.id) => refused(file({questions: {[id]: record}}));
    const good = {attempts: 2, correct: 1, last: true, at: '2026-11-01T10:00:00.000Z'};
    assert.ok(importProgress(file({questions: {[q1.id]: good}}), options).ok);
    assert.match(bad(good, 'Not An Id'), /question id “Not An Id” is not valid/);
    assert.match(bad(good, '__proto__'), /question id “__proto__” is not valid/);
    assert.match(bad(good, 'constructor-'), /is not valid/);
    assert.match(bad({...good, attempts: 0}), /attempts must be a whole number from 1/);
    assert.match(bad({...good, attempts: 2.5}), /attempts must be a whole number/);
    assert.match(bad({...good, attempts: 1e12}), /attempts must be a whole number/);
    assert.match(bad({...good, correct: 3}), /correct must be a whole number from 0 to 2/);
    assert.match(bad({...good, last: 'yes'}), /last must be true or false/);
    assert.match(bad({...good, correct: 0}), /cannot be right with none right/);
    assert.match(
      bad({...good, correct: 2, last: false}),
      /cannot be wrong with every answer right/,
    );
    assert.match(bad({...good, at: '2026-02-30T00:00:00Z'}), /not a real date/);
    assert.match(bad({...good, at: '2027-06-01T00:00:00Z'}), /out of range/);
    assert.match(bad({...good, at: '1999-01-01T00:00:00Z'}), /out of range/);
    assert.match(bad({...good, extra: 1}), /unknown field “extra”/);
    const noDate = {attempts: good.attempts, correct: good.correct, last: good.last};
    assert.match(bad(noDate), /has no “at” field/);
    assert.match(bad('1'), /must be an object/);
  });

  it('bad flashcard records', () => {
    const bad = (state: unknown, id = c1) => refused(file({cards: {[id]: state}}));
    const good = {
      box: 3,
      due: '2026-12-03T00:00:00Z',
      last: '2026-11-29T00:00:00Z',
      reviews: 3,
      lapses: 0,
    };
    assert.ok(importProgress(file({cards: {[c1]: good}}), options).ok);
    assert.match(bad(good, 'card:1'), /flashcard id “card:1” is not valid/);
    assert.match(bad({...good, box: 6}), /box must be a whole number from 1 to 5/);
    assert.match(bad({...good, box: '3'}), /box must be/);
    assert.match(bad({...good, reviews: 0}), /reviews must be/);
    assert.match(bad({...good, lapses: 4}), /lapses must be a whole number from 0 to 3/);
    assert.match(bad({...good, due: '2026-11-28T00:00:00Z'}), /due before it was last reviewed/);
    assert.match(bad({...good, due: '2030-01-01T00:00:00Z'}), /out of range/);
  });

  it('hostile input: no prototype is polluted, no control character is echoed, nothing throws', () => {
    const text = `{"format":"${PROGRESS_FORMAT}","version":1,"__proto__":{"polluted":true}}`;
    assert.match(refused(text), /unknown field “__proto__”/);
    const nested = file({questions: JSON.parse(`{"${q1.id}":{"__proto__":{"polluted":true}}}`)});
    assert.match(refused(nested), /unknown field “__proto__”|no “attempts” field/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const sneaky = refused(file({['\u0007bell\u001b[31m\u202e' + 'x'.repeat(100)]: 1}));
    assert.doesNotMatch(sneaky, /[\p{Cc}\p{Cf}]/u);
    assert.ok(sneaky.length < 120, sneaky);
    // Deep nesting and odd values are refused, not crashed on.
    assert.match(
      refused(
        `{"format":"${PROGRESS_FORMAT}","version":1,"questions":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      ),
      /must be an object/,
    );
    assert.match(
      refused(file({questions: {[q1.id]: {attempts: 'Infinity', correct: 0, last: false, at: 0}}})),
      /attempts/,
    );
  });
});
