/**
 * The questions each option page's "Check yourself" block shows: `checkYourself()` over the
 * option's own question module. A build plugin (src/plugins/checkYourself) writes these sets out,
 * so a page ships its few questions rather than its option's whole module.
 */
import {OPTION_IDS, type OptionId} from '@site/src/data';
import type {Question} from '@site/src/data/questions';
import {ASYNC_QUESTIONS} from '@site/src/data/questions/async';
import {BATCH_QUESTIONS} from '@site/src/data/questions/batch';
import {BEDROCK_QUESTIONS} from '@site/src/data/questions/bedrock';
import {LAMBDA_QUESTIONS} from '@site/src/data/questions/lambda';
import {REALTIME_QUESTIONS} from '@site/src/data/questions/realtime';
import {SERVERLESS_QUESTIONS} from '@site/src/data/questions/serverless';
import {checkYourself} from './select';

/** Each option's own question module. */
export const OPTION_QUESTIONS: Record<OptionId, readonly Question[]> = {
  batch: BATCH_QUESTIONS,
  realtime: REALTIME_QUESTIONS,
  serverless: SERVERLESS_QUESTIONS,
  async: ASYNC_QUESTIONS,
  bedrock: BEDROCK_QUESTIONS,
  lambda: LAMBDA_QUESTIONS,
};

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
