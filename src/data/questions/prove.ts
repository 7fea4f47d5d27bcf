/**
 * Proves questions against the guide's calculators. A workload is given as the calculators'
 * form values (their URL parameters); it is read through each calculator's own URL parser and
 * form reader and run through its logic. This is the only module that knows the calculators'
 * result types: when they change, only `fromChooser`, `fromTimeouts` and `fromPayload` change.
 */
import type {OptionId} from '@site/src/data';
import {
  CHOOSER_SCHEMA,
  chooseMode,
  readChooserForm,
  type ChooserResult,
} from '@site/src/widgets/ModeChooser/logic';
import {
  checkTimeouts,
  readTimeoutForm,
  TIMEOUT_SCHEMA,
  type TimeoutResult,
} from '@site/src/widgets/TimeoutChecker/logic';
import {
  estimatePayload,
  PAYLOAD_SCHEMA,
  readPayloadForm,
  type PayloadResult,
} from '@site/src/widgets/PayloadEstimator/logic';
import type {FormReading} from '@site/src/widgets/shared/logic/parse';
import {parseQuery, type Schema, type Values} from '@site/src/widgets/shared/logic/query';
import type {Choice, MatchResponse, Question, Workload} from './types';

/** What the calculators say about a workload. */
export interface Proof {
  /** Options that at least one calculator rules out, with the calculators that did. */
  ruledOut: ReadonlyMap<OptionId, readonly Calculator[]>;
  /** The mode chooser's recommendation, when the workload describes one. */
  top?: OptionId;
  /** Workload values the calculators could not read: a broken question, not a proof. */
  errors: string[];
}

export type Calculator = 'chooser' | 'timeout' | 'payload';

function fromChooser(result: ChooserResult): {ruledOut: OptionId[]; top?: OptionId} {
  return {
    ruledOut: result.ranking.filter((v) => v.standing === 'ruled-out').map((v) => v.option),
    top: result.recommended?.option,
  };
}

function fromTimeouts(result: TimeoutResult): {ruledOut: OptionId[]} {
  return {ruledOut: result.options.filter((v) => v.fit === 'over').map((v) => v.option)};
}

function fromPayload(result: PayloadResult): {ruledOut: OptionId[]} {
  return {ruledOut: result.options.filter((v) => v.fit === 'over').map((v) => v.option)};
}

/**
 * Reads values the way a shared link would reach the calculator, so names and values are checked,
 * then through the calculator's form reader: the input it would compute with, if the form is valid.
 */
function readThroughUrl<S extends Schema, I>(
  name: Calculator,
  values: Partial<Record<string, string>>,
  schema: S,
  readForm: (values: Values<S>) => FormReading<I, string>,
  errors: string[],
): I | undefined {
  for (const key of Object.keys(values)) {
    if (!(key in schema)) errors.push(`${name}: ${key} is not a parameter of this calculator`);
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) params.set(key, value);
  const parsed = parseQuery(params.toString(), schema);
  for (const [key, notice] of Object.entries(parsed.notices))
    errors.push(`${name}: ${key}: ${String(notice)}`);
  const read = readForm(parsed.values);
  for (const [key, error] of Object.entries(read.errors)) errors.push(`${name}: ${key}: ${error}`);
  return read.input;
}

export function prove(workload: Workload): Proof {
  const errors: string[] = [];
  const ruledOut = new Map<OptionId, Calculator[]>();
  const out = (options: OptionId[], by: Calculator) => {
    for (const option of options) ruledOut.set(option, [...(ruledOut.get(option) ?? []), by]);
  };
  let top: OptionId | undefined;

  const chooser =
    workload.chooser &&
    readThroughUrl('chooser', workload.chooser, CHOOSER_SCHEMA, readChooserForm, errors);
  if (chooser) {
    const result = fromChooser(chooseMode(chooser));
    out(result.ruledOut, 'chooser');
    top = result.top;
  }
  const timeout =
    workload.timeout &&
    readThroughUrl('timeout', workload.timeout, TIMEOUT_SCHEMA, readTimeoutForm, errors);
  if (timeout) out(fromTimeouts(checkTimeouts(timeout)).ruledOut, 'timeout');
  const payload =
    workload.payload &&
    readThroughUrl('payload', workload.payload, PAYLOAD_SCHEMA, readPayloadForm, errors);
  if (payload) out(fromPayload(estimatePayload(payload)).ruledOut, 'payload');
  return {ruledOut, top, errors};
}

/** One claim a question makes about a workload, and the option it is about. */
interface Claim {
  /** Where in the question: "choice b", "prompt 2". */
  where: string;
  option: OptionId;
  keyed: boolean;
  workload: Workload;
}

function claims(question: Question, inherited?: Workload): Claim[] {
  const workload = question.workload ?? inherited;
  const fromChoices = (choices: readonly Choice[], keyed: (c: Choice) => boolean): Claim[] =>
    workload
      ? choices.flatMap((c) =>
          c.option ? [{where: `choice ${c.id}`, option: c.option, keyed: keyed(c), workload}] : [],
        )
      : [];
  switch (question.format) {
    case 'multiple-choice':
      return fromChoices(question.choices, (c) => c.id === question.key);
    case 'multiple-response':
      return fromChoices(question.choices, (c) => question.key.includes(c.id));
    case 'matching': {
      // Each prompt with a workload claims its keyed response, and rejects every other option offered.
      const options = question.responses.filter(
        (r): r is MatchResponse & {option: OptionId} => r.option !== undefined,
      );
      return question.prompts.flatMap((prompt) => {
        const own = prompt.workload;
        if (!own) return [];
        return options.map((r) => ({
          where: `prompt ${prompt.id} with response ${r.id}`,
          option: r.option,
          keyed: question.key[prompt.id] === r.id,
          workload: own,
        }));
      });
    }
    case 'ordering':
      return [];
  }
}

/** Whether the question carries anything the calculators can check. */
export function isProvable(question: Question, inherited?: Workload): boolean {
  const premise = question.premise;
  const asserts = (premise?.ruledOut?.length ?? 0) + (premise?.fits?.length ?? 0) > 0;
  return claims(question, inherited).length > 0 || (asserts && !!(question.workload ?? inherited));
}

/**
 * What the calculators contradict in a question: a keyed option they rule out, or an option
 * the question calls wrong that the mode chooser recommends. Empty when the question holds.
 */
export function proofProblems(question: Question, inherited?: Workload): string[] {
  const problems: string[] = [];
  const proofs = new Map<Workload, Proof>();
  const proofOf = (workload: Workload): Proof => {
    const proof = proofs.get(workload) ?? prove(workload);
    proofs.set(workload, proof);
    return proof;
  };
  const workload = question.workload ?? inherited;
  if (question.premise) {
    if (!workload) problems.push(`${question.id}: a premise needs a workload to check it against`);
    else {
      const proof = proofOf(workload);
      for (const error of proof.errors) problems.push(`${question.id}: workload: ${error}`);
      for (const option of question.premise.ruledOut ?? [])
        if (!proof.ruledOut.has(option))
          problems.push(
            `${question.id}: the scenario says ${option} fails, but no calculator rules it out`,
          );
      for (const option of question.premise.fits ?? []) {
        const by = proof.ruledOut.get(option);
        if (by)
          problems.push(
            `${question.id}: the scenario says ${option} fits, but the ${by.join(' and ')} rule it out`,
          );
      }
    }
  }
  for (const claim of claims(question, inherited)) {
    const proof = proofOf(claim.workload);
    for (const error of proof.errors) problems.push(`${question.id}: workload: ${error}`);
    const by = proof.ruledOut.get(claim.option);
    if (claim.keyed && by)
      problems.push(
        `${question.id}: ${claim.where} is keyed, but the ${by.join(' and ')} ` +
          `rule${by.length > 1 ? '' : 's'} out ${claim.option}`,
      );
    if (!claim.keyed && proof.top === claim.option)
      problems.push(
        `${question.id}: ${claim.where} is called wrong, but the mode chooser recommends ${claim.option}`,
      );
  }
  return [...new Set(problems)];
}
