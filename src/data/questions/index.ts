/**
 * The practice question bank: one data file per option, cross-option scenarios and case studies
 * (bank/*.json), read and checked by load.ts. Every number in a question comes from the limits
 * module or from the question's workload; the tests prove the keys against the guide's
 * calculators and check every link into the guide.
 */
import {OPTION_IDS, type OptionId} from '@site/src/data';
import asyncBank from './bank/async.json';
import batchBank from './bank/batch.json';
import bedrockBank from './bank/bedrock.json';
import caseStudiesBank from './bank/caseStudies.json';
import lambdaBank from './bank/lambda.json';
import realtimeBank from './bank/realtime.json';
import scenariosBank from './bank/scenarios.json';
import serverlessBank from './bank/serverless.json';
import {loadBank} from './load';
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

/** The bank's files: one per option, in the guide's order, then scenarios and case studies. */
const BANK = loadBank([
  ['bank/batch.json', batchBank],
  ['bank/realtime.json', realtimeBank],
  ['bank/serverless.json', serverlessBank],
  ['bank/async.json', asyncBank],
  ['bank/bedrock.json', bedrockBank],
  ['bank/lambda.json', lambdaBank],
  ['bank/scenarios.json', scenariosBank],
  ['bank/caseStudies.json', caseStudiesBank],
]);

/** Every question, in the guide's order of options, then scenarios, then case studies. */
export const QUESTIONS: readonly Question[] = BANK.questions;
export const CASE_STUDIES: readonly CaseStudy[] = BANK.caseStudies;

/** Each option's own questions: those of its file in the bank. */
export const OPTION_QUESTIONS: Record<OptionId, readonly Question[]> = Object.fromEntries(
  OPTION_IDS.map((option) => [option, BANK.files.get(`bank/${option}.json`) ?? []]),
) as Record<OptionId, Question[]>;

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
