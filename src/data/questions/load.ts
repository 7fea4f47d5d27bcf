/**
 * Reads the question bank's data files (bank/*.json) into typed questions and case studies. Every
 * record is checked on the way in: a wrong enum value, an unknown limit, option, page or workload,
 * a missing or unexpected field, or a broken placeholder throws an Error naming the file, the
 * record and the field. What needs the whole bank or the calculators (keys, numbers, links'
 * headings) is checked by the bank's tests.
 */
import {isLimitId, isOptionId, type LimitId, type OptionId} from '@site/src/data';
import {see} from './links';
import {optionResponse} from './optionNames';
import {parseText, type Text} from './text';
import {
  EXAMS,
  FORMATS,
  GUIDE_PAGES,
  TOPICS,
  type CaseStudy,
  type Format,
  type Choice,
  type GuideLink,
  type GuidePage,
  type MatchPrompt,
  type MatchResponse,
  type OrderingItem,
  type Question,
  type QuestionBase,
  type Workload,
} from './types';
import {NAMED_WORKLOADS, type WorkloadName} from './workloads';

type Data = Record<string, unknown>;

/** Where a value sits, for error messages: the file, the record and the field. */
class At {
  constructor(
    readonly file: string,
    readonly record = '',
    readonly field = '',
  ) {}

  in(field: string | number): At {
    const step = typeof field === 'number' ? `[${field}]` : field;
    const joined =
      this.field === '' || typeof field === 'number' ? this.field + step : `${this.field}.${step}`;
    return new At(this.file, this.record, joined);
  }

  fail(problem: string): never {
    const where = [this.record, this.field].filter((part) => part !== '').join(' ');
    throw new Error(`${this.file}: ${where === '' ? '' : `${where}: `}${problem}`);
  }
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record's fields, after checking that the required ones are there and nothing else is. */
function fields(
  value: unknown,
  at: At,
  required: readonly string[],
  optional: readonly string[] = [],
): Data {
  if (!isData(value)) at.fail('must be an object');
  for (const name of required) if (value[name] === undefined) at.in(name).fail('is missing');
  for (const name of Object.keys(value))
    if (!required.includes(name) && !optional.includes(name))
      at.in(name).fail('is not a known field');
  return value;
}

function string(value: unknown, at: At): string {
  if (typeof value !== 'string' || value === '') at.fail('must be a non-empty string');
  return value;
}

function list<T>(value: unknown, at: At, item: (value: unknown, at: At) => T): T[] {
  if (!Array.isArray(value)) at.fail('must be a list');
  return value.map((entry, index) => item(entry, at.in(index)));
}

function oneOf<T extends string>(choices: readonly T[]): (value: unknown, at: At) => T {
  return (value, at) => {
    if (!(choices as readonly unknown[]).includes(value))
      at.fail(`${JSON.stringify(value)} is not one of ${choices.join(', ')}`);
    return value as T;
  };
}

function text(value: unknown, at: At): Text {
  try {
    return parseText(string(value, at));
  } catch (error) {
    return at.fail(error instanceof Error ? error.message : String(error));
  }
}

function optionId(value: unknown, at: At): OptionId {
  if (typeof value !== 'string' || !isOptionId(value))
    at.fail(`unknown option ${JSON.stringify(value)}`);
  return value;
}

function limitId(value: unknown, at: At): LimitId {
  if (typeof value !== 'string' || !isLimitId(value))
    at.fail(`unknown limit id ${JSON.stringify(value)}`);
  return value;
}

/** A link written "page#anchor", where page is a short name from GUIDE_PAGES. */
function link(value: unknown, at: At): GuideLink {
  const [page = '', anchor = '', ...rest] = string(value, at).split('#');
  if (!(page in GUIDE_PAGES)) at.fail(`unknown guide page "${page}"`);
  if (anchor === '' || rest.length > 0) at.fail('must be written page#anchor');
  return see(page as GuidePage, anchor);
}

function section(value: unknown, at: At): Record<string, string> {
  if (!isData(value)) at.fail('must be an object');
  for (const [name, entry] of Object.entries(value)) string(entry, at.in(name));
  return value as Record<string, string>;
}

type Reader = (value: unknown, at: At) => unknown;

/** A reader for a record whose fields each have a reader; those not required are optional. */
function record<T>(required: readonly string[], readers: Record<string, Reader>) {
  const optionalFields = Object.keys(readers).filter((name) => !required.includes(name));
  return (value: unknown, at: At): T => {
    const data = fields(value, at, required, optionalFields);
    const result: Data = {};
    for (const [name, read] of Object.entries(readers))
      if (data[name] !== undefined) result[name] = read(data[name], at.in(name));
    return result as T;
  };
}

/** Chooser inputs, or the name of a shared workload from workloads.ts. */
function chooser(value: unknown, at: At): Workload['chooser'] {
  if (typeof value !== 'string') return section(value, at);
  if (!(value in NAMED_WORKLOADS)) at.fail(`unknown workload "${value}"`);
  return NAMED_WORKLOADS[value as WorkloadName];
}

const workload = record<Workload>([], {chooser, timeout: section, payload: section});

const listOf =
  (read: Reader): Reader =>
  (value, at) =>
    list(value, at, read);

const ENTRY = ['id', 'text', 'why'];
const choice = record<Choice>(ENTRY, {id: string, text, why: text, option: optionId});
const item = record<OrderingItem>(ENTRY, {id: string, text, why: text, limit: limitId});
const prompt = record<MatchPrompt>(ENTRY, {id: string, text, why: text, workload});
const fullResponse = record<MatchResponse>(['id', 'text'], {
  id: string,
  text,
  option: optionId,
  why: text,
});

/** A response; {"option": ID} alone is the option itself, named as the questions name it. */
function response(value: unknown, at: At): MatchResponse {
  if (isData(value) && Object.keys(value).length === 1 && 'option' in value)
    return optionResponse(optionId(value.option, at.in('option')));
  return fullResponse(value, at);
}

const premise = record<QuestionBase['premise']>([], {
  ruledOut: listOf(optionId),
  fits: listOf(optionId),
});

function key(value: unknown, at: At): Readonly<Record<string, string>> {
  if (!isData(value)) at.fail('must be an object of prompt id to response id');
  for (const [name, entry] of Object.entries(value)) string(entry, at.in(name));
  return value as Record<string, string>;
}

/** The fields of every question, with their readers; those in COMMON are required. */
const COMMON = ['id', 'format', 'exams', 'options', 'topics', 'stem', 'explanation', 'links'];
const COMMON_FIELDS: Record<string, Reader> = {
  id: string,
  format: oneOf(FORMATS),
  exams: listOf(oneOf(EXAMS)),
  options: listOf(optionId),
  topics: listOf(oneOf(TOPICS)),
  stem: text,
  explanation: text,
  links: listOf(link),
  dependsOn: listOf(limitId),
  examReading: text,
  workload,
  premise,
};

/** The fields of each format, all required but `sortedBy`. */
const FORMAT_FIELDS: Record<Format, Record<string, Reader>> = {
  'multiple-choice': {choices: listOf(choice), key: string},
  'multiple-response': {choices: listOf(choice), key: listOf(string)},
  ordering: {items: listOf(item), key: listOf(string), sortedBy: oneOf(['size', 'time'])},
  matching: {prompts: listOf(prompt), responses: listOf(response), key},
};

/** Readers for each format's questions, which may name the case studies given. */
function questionReaders(studies: ReadonlySet<string>): Record<Format, Reader> {
  const caseStudyId: Reader = (value, at) => {
    if (!studies.has(string(value, at))) at.fail(`unknown case study ${JSON.stringify(value)}`);
    return value;
  };
  const readers = (format: Format): Reader => {
    const own = FORMAT_FIELDS[format];
    const required = [...COMMON, ...Object.keys(own).filter((name) => name !== 'sortedBy')];
    return record<Question>(required, {...COMMON_FIELDS, caseStudy: caseStudyId, ...own});
  };
  return Object.fromEntries(FORMATS.map((format) => [format, readers(format)])) as Record<
    Format,
    Reader
  >;
}

const caseStudy = record<CaseStudy>(['id', 'title', 'exams', 'scenario'], {
  id: string,
  title: string,
  exams: listOf(oneOf(EXAMS)),
  scenario: text,
  workload,
});

/** Where a record sits: its id, or its place in the file when it has none. */
function recordAt(value: unknown, at: At): At {
  return new At(at.file, isData(value) && typeof value.id === 'string' ? value.id : at.field);
}

/**
 * The bank from its files, in the order given: each file holds "questions" and may hold
 * "caseStudies". A question's case study may sit in any file; question ids are unique.
 */
export function loadBank(files: readonly (readonly [name: string, data: unknown])[]): {
  /** Each file's questions, by the file's name. */
  files: Map<string, Question[]>;
  questions: Question[];
  caseStudies: CaseStudy[];
} {
  const contents = files.map(([name, data]) => {
    const at = new At(name);
    const content = fields(data, at, ['questions'], ['caseStudies']);
    const studies =
      content.caseStudies === undefined
        ? []
        : list(content.caseStudies, at.in('caseStudies'), (value, where) =>
            caseStudy(value, recordAt(value, where)),
          );
    return {at, studies, records: content.questions};
  });
  const caseStudies = contents.flatMap((content) => content.studies);
  const readers = questionReaders(new Set(caseStudies.map((study) => study.id)));
  const seen = new Set<string>();
  const loaded = new Map<string, Question[]>();
  for (const {at, records} of contents) {
    const questions = list(records, at.in('questions'), (value, where) => {
      const record = recordAt(value, where);
      const format = oneOf(FORMATS)(isData(value) ? value.format : undefined, record.in('format'));
      const question = readers[format](value, record) as Question;
      if (seen.has(question.id)) record.fail('the id is used twice');
      seen.add(question.id);
      return question;
    });
    loaded.set(at.file, questions);
  }
  return {files: loaded, questions: [...loaded.values()].flat(), caseStudies};
}
