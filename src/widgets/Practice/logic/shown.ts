/**
 * The questions each option page's "Check yourself" block shows: `checkYourself()` over the
 * option's own questions (its file in the bank). A build plugin (src/plugins/checkYourself) writes
 * these sets out, so a page ships its few questions rather than its option's whole file.
 */
import {OPTION_IDS, type OptionId} from '@site/src/data';
import {OPTION_QUESTIONS, type Question} from '@site/src/data/questions';
import {checkYourself} from './select';

/** Each option's own questions, from its file in the bank. */
export {OPTION_QUESTIONS};

/** The questions the block on an option's page shows. */
export function shownQuestions(option: OptionId): Question[] {
  return checkYourself(OPTION_QUESTIONS[option], option);
}

/** Every option's set, as the build writes them. */
export function allShownQuestions(): Record<OptionId, Question[]> {
  return Object.fromEntries(OPTION_IDS.map((option) => [option, shownQuestions(option)])) as Record<
    OptionId,
    Question[]
  >;
}
