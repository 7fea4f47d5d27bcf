/**
 * The practice question bank: one module per option, cross-option scenarios and case studies.
 * Every number in a question comes from the limits module or from the question's workload; the
 * tests prove the keys against the guide's calculators and check every link into the guide.
 */
import type {OptionId} from '@site/src/data';
import {ASYNC_QUESTIONS} from './async';
import {BATCH_QUESTIONS} from './batch';
import {BEDROCK_QUESTIONS} from './bedrock';
import {CASE_STUDIES, CASE_STUDY_QUESTIONS} from './caseStudies';
import {LAMBDA_QUESTIONS} from './lambda';
import {REALTIME_QUESTIONS} from './realtime';
import {SCENARIO_QUESTIONS} from './scenarios';
import {SERVERLESS_QUESTIONS} from './serverless';
import type {CaseStudy, ExamId, Question, Workload} from './types';

export * from './types';
export {
  renderParts,
  renderText,
  formatMonth,
  type Part,
  type RenderedPart,
  type Text,
} from './text';

export {CASE_STUDIES};

/** Every question, in the guide's order of options, then scenarios, then case studies. */
export const QUESTIONS: readonly Question[] = [
  ...BATCH_QUESTIONS,
  ...REALTIME_QUESTIONS,
  ...SERVERLESS_QUESTIONS,
  ...ASYNC_QUESTIONS,
  ...BEDROCK_QUESTIONS,
  ...LAMBDA_QUESTIONS,
  ...SCENARIO_QUESTIONS,
  ...CASE_STUDY_QUESTIONS,
];

const byId = new Map<string, Question>(QUESTIONS.map((question) => [question.id, question]));
const studies = new Map<string, CaseStudy>(CASE_STUDIES.map((study) => [study.id, study]));

export function getQuestion(id: string): Question | undefined {
  return byId.get(id);
}

export function getCaseStudy(id: string): CaseStudy | undefined {
  return studies.get(id);
}

/** The case study a question belongs to, if any. */
export function caseStudyOf(question: Question): CaseStudy | undefined {
  return question.caseStudy === undefined ? undefined : studies.get(question.caseStudy);
}

/** The workload a question's numbers come from: its own, or its case study's. */
export function workloadOf(question: Question): Workload | undefined {
  return question.workload ?? caseStudyOf(question)?.workload;
}

/** The questions of one case study, in order. */
export function questionsOfCaseStudy(id: string): Question[] {
  return QUESTIONS.filter((question) => question.caseStudy === id);
}

export function questionsFor(filter: {exam?: ExamId; option?: OptionId}): Question[] {
  return QUESTIONS.filter(
    (question) =>
      (filter.exam === undefined || question.exams.includes(filter.exam)) &&
      (filter.option === undefined || question.options.includes(filter.option)),
  );
}
