/**
 * Scoring the reader's answers: one question (questionScore.ts), and a whole set, by option, exam
 * and format.
 */
import {OPTION_IDS, type OptionId} from '@site/src/data';
import {
  EXAMS,
  FORMATS,
  type ExamId,
  type Format,
  type Question,
} from '@site/src/data/questions/types';
import {scoreQuestion, type Answer, type QuestionScore} from './questionScore';

import {own} from './own';

export * from './questionScore';

export interface Tally {
  total: number;
  correct: number;
}

export interface SetScore {
  total: number;
  correct: number;
  answered: number;
  /** Whole percent, rounded down, of questions answered correctly; 0 for an empty set. */
  percent: number;
  byOption: Record<OptionId, Tally>;
  byExam: Record<ExamId, Tally>;
  byFormat: Record<Format, Tally>;
  /** Ids of the questions answered wrongly or not at all, in the set's order. */
  missed: string[];
  scores: QuestionScore[];
}

function tallies<K extends string>(keys: readonly K[]): Record<K, Tally> {
  return Object.fromEntries(keys.map((key) => [key, {total: 0, correct: 0}])) as Record<K, Tally>;
}

/** Scores a set. Unanswered questions count as incorrect, as on the exam. */
export function scoreSet(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): SetScore {
  const byOption = tallies(OPTION_IDS);
  const byExam = tallies(EXAMS);
  const byFormat = tallies(FORMATS);
  const scores = questions.map((question) => {
    return scoreQuestion(question, own(answers, question.id));
  });
  questions.forEach((question, index) => {
    const point = scores[index]?.correct ? 1 : 0;
    const add = (tally: Tally) => {
      tally.total += 1;
      tally.correct += point;
    };
    for (const option of question.options) add(byOption[option]);
    for (const exam of question.exams) add(byExam[exam]);
    add(byFormat[question.format]);
  });
  const correct = scores.filter((s) => s.correct).length;
  return {
    total: questions.length,
    correct,
    answered: scores.filter((s) => s.answered).length,
    percent: questions.length === 0 ? 0 : Math.floor((correct * 100) / questions.length),
    byOption,
    byExam,
    byFormat,
    missed: scores.filter((s) => !s.correct).map((s) => s.questionId),
    scores,
  };
}
