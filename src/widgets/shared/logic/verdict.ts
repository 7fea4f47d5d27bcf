/**
 * The one vocabulary of verdicts the calculators give, with the tone and words each one shows,
 * and the shape of their logic: a table of small judges, one per option.
 */
import {OPTION_IDS, type OptionId} from '@site/src/data';

/** The colour family of a verdict; the word alone carries the meaning. */
export type Tone = 'ok' | 'warn' | 'fail';

export const VERDICTS = {
  // Does it fit a limit?
  fits: {tone: 'ok', word: 'Fits'},
  'if-configured': {tone: 'warn', word: 'Fits if configured'},
  maybe: {tone: 'warn', word: 'May not fit'},
  disputed: {tone: 'warn', word: 'Disputed'},
  over: {tone: 'fail', word: 'Does not fit'},
  // How an option ranks for a workload.
  recommended: {tone: 'ok', word: 'Recommended'},
  good: {tone: 'ok', word: 'Also a good fit'},
  weaker: {tone: 'warn', word: 'Weaker fit'},
  'ruled-out': {tone: 'fail', word: 'Ruled out'},
} as const satisfies Record<string, {tone: Tone; word: string}>;

export type VerdictKind = keyof typeof VERDICTS;

/** Decides one option's verdict, with its sourced reasons, from a calculator's checked input. */
export type Judge<I, V> = (input: I) => V;

/** A calculator's logic: one judge per option. */
export type Judges<I, V> = Record<OptionId, Judge<I, V>>;

/** Every option's verdict, in the guide's order of the options. */
export function judgeEach<I, V extends object>(
  judges: Judges<I, V>,
  input: I,
): (V & {option: OptionId})[] {
  return OPTION_IDS.map((option) => ({option, ...judges[option](input)}));
}
