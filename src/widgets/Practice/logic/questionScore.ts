/**
 * Scoring the reader's answer to one question. Credit is all or nothing, as on the exam: every
 * key chosen, no wrong choice, every item in its place, every pair matched. Marks say, part by
 * part, what was right, wrong or missed, for the review. Nothing here throws on an odd answer:
 * unknown ids and the wrong shape of answer simply score as wrong. (Kept apart from the scoring
 * of sets, which needs the lists of options and exams, so that a page asking a few questions
 * loads only this.)
 */
import type {Question} from '@site/src/data/questions/types';
import {own} from './own';

export type Answer =
  | {format: 'multiple-choice'; choice: string}
  | {format: 'multiple-response'; choices: readonly string[]}
  | {format: 'ordering'; order: readonly string[]}
  | {format: 'matching'; pairs: Readonly<Record<string, string>>};

/** For one choice, item position or prompt: how the answer did. */
export type Mark = 'right' | 'wrong' | 'missed';

export interface QuestionScore {
  questionId: string;
  answered: boolean;
  /** Full credit. */
  correct: boolean;
  /** Parts right out of parts, for feedback: choices judged, positions, pairs. */
  right: number;
  total: number;
  /** By choice id, key position ("1", "2"...) or prompt id. */
  marks: Record<string, Mark>;
}

/** The answer that earns full credit: what the review shows as the key. */
export function keyAnswer(question: Question): Answer {
  switch (question.format) {
    case 'multiple-choice':
      return {format: 'multiple-choice', choice: question.key};
    case 'multiple-response':
      return {format: 'multiple-response', choices: [...question.key]};
    case 'ordering':
      return {format: 'ordering', order: [...question.key]};
    case 'matching':
      return {format: 'matching', pairs: {...question.key}};
  }
}

/** Whether an answer is complete enough to submit: as many choices as keys, every slot filled. */
export function isComplete(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.format !== question.format) return false;
  switch (answer.format) {
    case 'multiple-choice':
      return answer.choice !== '';
    case 'multiple-response':
      return (
        question.format === 'multiple-response' &&
        new Set(answer.choices).size === question.key.length
      );
    case 'ordering':
      return (
        question.format === 'ordering' &&
        answer.order.length === question.key.length &&
        new Set(answer.order).size === answer.order.length &&
        answer.order.every((id) => id !== '')
      );
    case 'matching':
      return (
        question.format === 'matching' &&
        question.prompts.every((p) => (own(answer.pairs, p.id) ?? '') !== '')
      );
  }
}

export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionScore {
  const marks: Record<string, Mark> = {};
  const answered = answer !== undefined && answer.format === question.format;
  let right = 0;
  let total = 0;
  let correct = false;

  switch (question.format) {
    case 'multiple-choice': {
      const chosen = answered && answer.format === 'multiple-choice' ? answer.choice : undefined;
      for (const choice of question.choices) {
        if (choice.id === chosen) marks[choice.id] = choice.id === question.key ? 'right' : 'wrong';
        else if (choice.id === question.key) marks[choice.id] = 'missed';
      }
      correct = chosen === question.key;
      right = correct ? 1 : 0;
      total = 1;
      break;
    }
    case 'multiple-response': {
      const chosen = new Set(
        answered && answer.format === 'multiple-response' ? answer.choices : [],
      );
      for (const choice of question.choices) {
        const keyed = question.key.includes(choice.id);
        const picked = chosen.has(choice.id);
        if (picked) marks[choice.id] = keyed ? 'right' : 'wrong';
        else if (keyed) marks[choice.id] = 'missed';
        if (picked === keyed) right += 1;
      }
      total = question.choices.length;
      // A choice the question does not offer cannot be right.
      const offered = new Set(question.choices.map((choice) => choice.id));
      correct = right === total && [...chosen].every((id) => offered.has(id));
      break;
    }
    case 'ordering': {
      const order = answered && answer.format === 'ordering' ? answer.order : [];
      question.key.forEach((id, index) => {
        const placed = order[index];
        const position = String(index + 1);
        marks[position] =
          placed === undefined || placed === '' ? 'missed' : placed === id ? 'right' : 'wrong';
        if (placed === id) right += 1;
      });
      total = question.key.length;
      // Extra items past the key's length make the answer wrong, as a wrong selection would.
      correct = right === total && order.length === total;
      break;
    }
    case 'matching': {
      const pairs = answered && answer.format === 'matching' ? answer.pairs : {};
      for (const prompt of question.prompts) {
        const given = own(pairs, prompt.id);
        const expected = question.key[prompt.id];
        marks[prompt.id] =
          given === undefined || given === '' ? 'missed' : given === expected ? 'right' : 'wrong';
        if (given !== undefined && given === expected) right += 1;
      }
      total = question.prompts.length;
      const prompts = new Set(question.prompts.map((prompt) => prompt.id));
      correct = right === total && Object.keys(pairs).every((id) => prompts.has(id));
      break;
    }
  }
  return {questionId: question.id, answered, correct, right, total, marks};
}
