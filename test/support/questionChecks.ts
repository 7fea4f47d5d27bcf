/**
 * Checks that hold every question to the bank's rules. Each returns the problems it finds, as
 * sentences naming the question and the field; the bank's tests require none, and plant broken
 * copies to show that each check can fail.
 */
import {changedOrDisputed, getLimit, isLimitId, type LimitId} from '@site/src/data';
import {spelledLimits, typedLimits} from '@site/test/support/prose';
import {byteRange, isByteUnit, isTimeUnit, statedSeconds} from '@site/src/lib/units';
import {
  isGivenPart,
  limitsIn,
  partProblem,
  partsOf,
  renderText,
  type Text,
} from '@site/src/data/questions/text';
import {
  EXAMS,
  FORMAT_LIMITS,
  GUIDE_PAGES,
  TOPICS,
  type CaseStudy,
  type Question,
  type Workload,
} from '@site/src/data/questions/types';

/** A text of a question, where it sits, and the workload its scenario numbers come from. */
export interface Located {
  where: string;
  text: Text;
  workload?: Workload;
}

/** Every text of a question, each with its place and workload. */
export function textsOf(question: Question, inherited?: Workload): Located[] {
  const workload = question.workload ?? inherited;
  const at = (where: string, text: Text | undefined, own = workload): Located[] =>
    text === undefined ? [] : [{where: `${question.id} ${where}`, text, workload: own}];
  /** The text and the why of each choice, item, prompt or response, in a prompt's own workload. */
  const each = (
    label: string,
    records: readonly {id: string; text: Text; why?: Text; workload?: Workload}[],
  ): Located[] =>
    records.flatMap((r) => [
      ...at(`${label} ${r.id}`, r.text, r.workload ?? workload),
      ...at(`${label} ${r.id} why`, r.why, r.workload ?? workload),
    ]);
  const common = [
    ...at('stem', question.stem),
    ...at('explanation', question.explanation),
    ...at('examReading', question.examReading),
  ];
  switch (question.format) {
    case 'multiple-choice':
    case 'multiple-response':
      return [...common, ...each('choice', question.choices)];
    case 'ordering':
      return [...common, ...each('item', question.items)];
    case 'matching':
      return [
        ...common,
        ...each('prompt', question.prompts),
        ...each('response', question.responses),
      ];
  }
}

export function caseStudyTexts(study: CaseStudy): Located[] {
  return [
    {where: `${study.id} title`, text: study.title, workload: study.workload},
    {where: `${study.id} scenario`, text: study.scenario, workload: study.workload},
  ];
}

/** AWS-looking numbers typed into a text instead of taken from the data. */
export function typedNumbers(located: Located[]): string[] {
  return located.flatMap(({where, text}) =>
    partsOf(text).flatMap((part) =>
      typeof part === 'string'
        ? [...typedLimits(part), ...spelledLimits(part)].map((n) => `${where}: "${n}"`)
        : [],
    ),
  );
}

/** References to limits or workload values that do not resolve. */
export function brokenReferences(located: Located[]): string[] {
  return located.flatMap(({where, text, workload}) =>
    partsOf(text).flatMap((part) => {
      const problem = partProblem(part, workload);
      return problem ? [`${where}: ${problem}`] : [];
    }),
  );
}

const WORD_COUNTS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** The question against the format rules of the exam guides and the bank's own rules. */
export function shapeProblems(question: Question): string[] {
  const id = question.id;
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${id}: ${message}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('id must be lower-case words joined by hyphens');
  if (question.exams.length === 0) fail('names no exam');
  for (const exam of question.exams) if (!EXAMS.includes(exam)) fail(`unknown exam ${exam}`);
  if (duplicates(question.exams).length > 0) fail('names an exam twice');
  if (question.options.length === 0) fail('tests no option');
  if (duplicates(question.options).length > 0) fail('names an option twice');
  if (question.topics.length === 0) fail('has no topic');
  for (const topic of question.topics) if (!TOPICS.includes(topic)) fail(`unknown topic ${topic}`);
  if (question.links.length === 0) fail('links to no section of the guide');
  const paths: readonly string[] = Object.values(GUIDE_PAGES);
  for (const link of question.links)
    if (!paths.includes(link.path)) fail(`unknown page ${link.path}`);
  const workload = question.workload;
  const render = (text: Text) => renderText(text, workload).trim();
  if (render(question.stem) === '') fail('has an empty stem');
  if (render(question.explanation) === '') fail('has an empty explanation');

  switch (question.format) {
    case 'multiple-choice':
    case 'multiple-response': {
      const ids = question.choices.map((c) => c.id);
      if (duplicates(ids).length > 0) fail('has two choices with the same id');
      const shown = question.choices.map((c) => render(c.text));
      if (duplicates(shown).length > 0) fail('shows two choices with the same text');
      for (const c of question.choices) if (render(c.why) === '') fail(`choice ${c.id} has no why`);
      const keys = question.format === 'multiple-choice' ? [question.key] : [...question.key];
      for (const key of keys) if (!ids.includes(key)) fail(`key ${key} is not a choice`);
      if (duplicates(keys).length > 0) fail('names a key twice');
      if (question.format === 'multiple-choice') {
        if (question.choices.length !== FORMAT_LIMITS.multipleChoiceChoices)
          fail(
            `has ${question.choices.length} choices; multiple choice has one key and three distractors`,
          );
      } else {
        if (question.choices.length < FORMAT_LIMITS.multipleResponseMinChoices)
          fail('multiple response needs five or more choices');
        if (keys.length < FORMAT_LIMITS.multipleResponseMinKeys)
          fail('multiple response needs two or more keys');
        if (keys.length >= question.choices.length) fail('has no wrong choice');
        const word = WORD_COUNTS[keys.length];
        if (!word || !render(question.stem).includes(`(Select ${word}.)`))
          fail(`the stem must say "(Select ${word ?? keys.length}.)"`);
      }
      break;
    }
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      if (duplicates(ids).length > 0) fail('has two items with the same id');
      if (duplicates(question.items.map((i) => render(i.text))).length > 0)
        fail('shows two items with the same text');
      for (const i of question.items) if (render(i.why) === '') fail(`item ${i.id} has no why`);
      const {orderingMin, orderingMax} = FORMAT_LIMITS;
      if (question.key.length < orderingMin || question.key.length > orderingMax)
        fail(
          `orders ${question.key.length} items; ordering takes ${orderingMin} to ${orderingMax}`,
        );
      for (const key of question.key) if (!ids.includes(key)) fail(`key ${key} is not an item`);
      if (duplicates(question.key).length > 0) fail('places an item twice');
      if (
        question.key.every((key, index) => ids[index] === key) &&
        ids.length === question.key.length
      )
        fail('shows the items already in the right order');
      break;
    }
    case 'matching': {
      const promptIds = question.prompts.map((p) => p.id);
      const responseIds = question.responses.map((r) => r.id);
      if (duplicates(promptIds).length > 0) fail('has two prompts with the same id');
      if (duplicates(responseIds).length > 0) fail('has two responses with the same id');
      if (duplicates(question.responses.map((r) => render(r.text))).length > 0)
        fail('shows two responses with the same text');
      const {matchingMin, matchingMax} = FORMAT_LIMITS;
      if (question.prompts.length < matchingMin || question.prompts.length > matchingMax)
        fail(
          `has ${question.prompts.length} prompts; matching takes ${matchingMin} to ${matchingMax}`,
        );
      for (const p of question.prompts) {
        const response = question.key[p.id];
        if (response === undefined) fail(`prompt ${p.id} has no key`);
        else if (!responseIds.includes(response))
          fail(`prompt ${p.id} is keyed to unknown ${response}`);
        if (renderText(p.why, p.workload ?? workload).trim() === '')
          fail(`prompt ${p.id} has no why`);
      }
      for (const key of Object.keys(question.key))
        if (!promptIds.includes(key)) fail(`key names unknown prompt ${key}`);
      const used = new Set(Object.values(question.key));
      for (const r of question.responses)
        if (!used.has(r.id) && (r.why === undefined || render(r.why) === ''))
          fail(`response ${r.id} matches no prompt and says not why`);
      break;
    }
  }
  return problems;
}

const changed = new Set<string>(changedOrDisputed().map((entry) => entry.id));

/** Limits a question's key shows: in its keyed choices, or everywhere in an ordering by limits. */
function keyedLimits(question: Question): LimitId[] {
  switch (question.format) {
    case 'multiple-choice':
    case 'multiple-response': {
      const keys = question.format === 'multiple-choice' ? [question.key] : question.key;
      return question.choices
        .filter((c) => keys.includes(c.id))
        .flatMap((c) => [...limitsIn(c.text), ...limitsIn(c.why)]);
    }
    case 'ordering':
      return question.items.flatMap((i) => (i.limit ? [i.limit] : []));
    case 'matching':
      return [];
  }
}

/**
 * A key that shows a limit depends on it; a question that depends on a changed or disputed
 * limit says how the exam is likely to read it.
 */
export function dependencyProblems(question: Question): string[] {
  const problems: string[] = [];
  const depends = question.dependsOn ?? [];
  for (const id of depends)
    if (!isLimitId(id)) problems.push(`${question.id}: unknown limit ${id}`);
  for (const id of keyedLimits(question))
    if (!depends.includes(id))
      problems.push(`${question.id}: the key shows ${id}; add it to dependsOn`);
  const risky = depends.filter((id) => changed.has(id));
  if (risky.length > 0 && question.examReading === undefined)
    problems.push(
      `${question.id}: depends on ${risky.join(', ')}, which changed or is disputed; say ` +
        `how the exam reads it (examReading)`,
    );
  if (
    question.topics.includes('changed-limits') &&
    risky.length === 0 &&
    question.examReading === undefined
  )
    problems.push(
      `${question.id}: is about changed limits but depends on none and has no examReading`,
    );
  return problems;
}

function measure(id: LimitId, by: 'size' | 'time'): {low: number; high: number} | undefined {
  const entry = getLimit(id);
  if (by === 'size' && isByteUnit(entry.unit)) {
    const range = byteRange(entry);
    return {low: range.low, high: range.high};
  }
  if (by === 'time' && isTimeUnit(entry.unit)) {
    const seconds = statedSeconds(entry);
    return {low: seconds, high: seconds};
  }
  return undefined;
}

/** An ordering of limits must match the values in the limits module, smallest first. */
export function orderProblems(question: Question): string[] {
  if (question.format !== 'ordering' || question.sortedBy === undefined) return [];
  const by = question.sortedBy;
  const problems: string[] = [];
  const values = question.key.map((key) => {
    const item = question.items.find((i) => i.id === key);
    const value = item?.limit ? measure(item.limit, by) : undefined;
    if (!value) problems.push(`${question.id}: item ${key} has no ${by} limit to order by`);
    return value;
  });
  for (let index = 1; index < values.length; index += 1) {
    const before = values[index - 1];
    const after = values[index];
    // Strictly smaller under every reading of an unstated megabyte.
    if (before && after && !(before.high < after.low))
      problems.push(
        `${question.id}: ${question.key[index - 1]} is not smaller than ${question.key[index]} in the limits module`,
      );
  }
  return problems;
}

/** A workload must be used: by a scenario value in the text, or by a proof. */
export function usesGivens(located: Located[]): boolean {
  return located.some(({text}) => partsOf(text).some(isGivenPart));
}
