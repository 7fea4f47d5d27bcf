/**
 * Reads the question bank's data files (bank/*.json) into typed questions and case studies. Every
 * record is checked on the way in: a wrong enum value, an unknown limit, option, page or workload,
 * a missing or unexpected field, or a broken placeholder throws an Error naming the file, the
 * record and the field. What needs the whole bank or the calculators (keys, numbers, links'
 * headings) is checked by the bank's tests.
 */
import {isLimitId, type LimitId, type OptionId} from '@site/src/data';
import {see} from './links';
import {isOptionId, optionResponse} from './optionNames';
import {parseText, type Text} from './text';
import {
  EXAMS,
  FORMATS,
  GUIDE_PAGES,
  TOPICS,
  type CaseStudy,
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

function workload(value: unknown, at: At): Workload {
  const data = fields(value, at, [], ['chooser', 'timeout', 'payload']);
  const result: Workload = {};
  if (typeof data.chooser === 'string') {
    if (!(data.chooser in NAMED_WORKLOADS))
      at.in('chooser').fail(`unknown workload "${data.chooser}"`);
    result.chooser = NAMED_WORKLOADS[data.chooser as WorkloadName];
  } else if (data.chooser !== undefined) {
    result.chooser = section(data.chooser, at.in('chooser'));
  }
  if (data.timeout !== undefined) result.timeout = section(data.timeout, at.in('timeout'));
  if (data.payload !== undefined) result.payload = section(data.payload, at.in('payload'));
  return result;
}

/** Copies the optional fields that are present, each read by its own reader. */
function optional<T extends object>(
  data: Data,
  at: At,
  readers: Partial<Record<string, (value: unknown, at: At) => unknown>>,
): Partial<T> {
  const result: Data = {};
  for (const [name, read] of Object.entries(readers))
    if (data[name] !== undefined && read) result[name] = read(data[name], at.in(name));
  return result as Partial<T>;
}

const COMMON = ['id', 'format', 'exams', 'options', 'topics', 'stem', 'explanation', 'links'];
const COMMON_OPTIONAL = ['dependsOn', 'examReading', 'workload', 'premise', 'caseStudy'];
const BY_FORMAT = {
  'multiple-choice': {required: ['choices', 'key'], optional: []},
  'multiple-response': {required: ['choices', 'key'], optional: []},
  ordering: {required: ['items', 'key'], optional: ['sortedBy']},
  matching: {required: ['prompts', 'responses', 'key'], optional: []},
} as const;

function choice(value: unknown, at: At): Choice {
  const data = fields(value, at, ['id', 'text', 'why'], ['option']);
  return {
    id: string(data.id, at.in('id')),
    text: text(data.text, at.in('text')),
    why: text(data.why, at.in('why')),
    ...optional<Choice>(data, at, {option: optionId}),
  };
}

function item(value: unknown, at: At): OrderingItem {
  const data = fields(value, at, ['id', 'text', 'why'], ['limit']);
  return {
    id: string(data.id, at.in('id')),
    text: text(data.text, at.in('text')),
    why: text(data.why, at.in('why')),
    ...optional<OrderingItem>(data, at, {limit: limitId}),
  };
}

function prompt(value: unknown, at: At): MatchPrompt {
  const data = fields(value, at, ['id', 'text', 'why'], ['workload']);
  return {
    id: string(data.id, at.in('id')),
    text: text(data.text, at.in('text')),
    why: text(data.why, at.in('why')),
    ...optional<MatchPrompt>(data, at, {workload}),
  };
}

/** A response; {"option": ID} alone is the option itself, named as the questions name it. */
function response(value: unknown, at: At): MatchResponse {
  if (isData(value) && Object.keys(value).length === 1 && 'option' in value)
    return optionResponse(optionId(value.option, at.in('option')));
  const data = fields(value, at, ['id', 'text'], ['option', 'why']);
  return {
    id: string(data.id, at.in('id')),
    text: text(data.text, at.in('text')),
    ...optional<MatchResponse>(data, at, {option: optionId, why: text}),
  };
}

function premise(value: unknown, at: At): NonNullable<QuestionBase['premise']> {
  const data = fields(value, at, [], ['ruledOut', 'fits']);
  const options = (entries: unknown, where: At) => list(entries, where, optionId);
  return optional<NonNullable<QuestionBase['premise']>>(data, at, {
    ruledOut: options,
    fits: options,
  });
}

function key(value: unknown, at: At): Readonly<Record<string, string>> {
  if (!isData(value)) at.fail('must be an object of prompt id to response id');
  for (const [name, entry] of Object.entries(value)) string(entry, at.in(name));
  return value as Record<string, string>;
}

function question(value: unknown, file: At, studies: ReadonlySet<string>): Question {
  const at = new At(
    file.file,
    isData(value) && typeof value.id === 'string' ? value.id : 'a question',
  );
  const format = oneOf(FORMATS)(isData(value) ? value.format : undefined, at.in('format'));
  const spec = BY_FORMAT[format];
  const data = fields(
    value,
    at,
    [...COMMON, ...spec.required],
    [...COMMON_OPTIONAL, ...spec.optional],
  );
  const base: QuestionBase = {
    id: string(data.id, at.in('id')),
    exams: list(data.exams, at.in('exams'), oneOf(EXAMS)),
    options: list(data.options, at.in('options'), optionId),
    topics: list(data.topics, at.in('topics'), oneOf(TOPICS)),
    stem: text(data.stem, at.in('stem')),
    explanation: text(data.explanation, at.in('explanation')),
    links: list(data.links, at.in('links'), link),
    ...optional<QuestionBase>(data, at, {
      dependsOn: (entries, where) => list(entries, where, limitId),
      examReading: text,
      workload,
      premise,
      caseStudy: (id, where) => {
        if (!studies.has(string(id, where))) where.fail(`unknown case study ${JSON.stringify(id)}`);
        return id;
      },
    }),
  };
  const ids = (entries: unknown, where: At) => list(entries, where, string);
  switch (format) {
    case 'multiple-choice':
      return {
        ...base,
        format,
        choices: list(data.choices, at.in('choices'), choice),
        key: string(data.key, at.in('key')),
      };
    case 'multiple-response':
      return {
        ...base,
        format,
        choices: list(data.choices, at.in('choices'), choice),
        key: ids(data.key, at.in('key')),
      };
    case 'ordering':
      return {
        ...base,
        format,
        items: list(data.items, at.in('items'), item),
        key: ids(data.key, at.in('key')),
        ...optional<{sortedBy: 'size' | 'time'}>(data, at, {
          sortedBy: oneOf(['size', 'time'] as const),
        }),
      };
    case 'matching':
      return {
        ...base,
        format,
        prompts: list(data.prompts, at.in('prompts'), prompt),
        responses: list(data.responses, at.in('responses'), response),
        key: key(data.key, at.in('key')),
      };
  }
}

function caseStudy(value: unknown, file: At): CaseStudy {
  const at = new At(
    file.file,
    isData(value) && typeof value.id === 'string' ? value.id : 'a case study',
  );
  const data = fields(value, at, ['id', 'title', 'exams', 'scenario'], ['workload']);
  return {
    id: string(data.id, at.in('id')),
    title: string(data.title, at.in('title')),
    exams: list(data.exams, at.in('exams'), oneOf(EXAMS)),
    scenario: text(data.scenario, at.in('scenario')),
    ...optional<CaseStudy>(data, at, {workload}),
  };
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
  const caseStudies: CaseStudy[] = [];
  const contents = files.map(([name, data]) => {
    const at = new At(name);
    const content = fields(data, at, ['questions'], ['caseStudies']);
    if (content.caseStudies !== undefined)
      caseStudies.push(
        ...list(content.caseStudies, at.in('caseStudies'), (study) => caseStudy(study, at)),
      );
    return {at, records: content.questions};
  });
  const studies = new Set(caseStudies.map((study) => study.id));
  const seen = new Set<string>();
  const loaded = new Map<string, Question[]>();
  for (const {at, records} of contents) {
    const questions = list(records, at.in('questions'), (record) => {
      const one = question(record, at, studies);
      if (seen.has(one.id)) new At(at.file, one.id).fail('the id is used twice');
      seen.add(one.id);
      return one;
    });
    loaded.set(at.file, questions);
  }
  return {files: loaded, questions: [...loaded.values()].flat(), caseStudies};
}
