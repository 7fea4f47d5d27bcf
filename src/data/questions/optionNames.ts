import {getOption, type OptionId} from '@site/src/data';
import type {MatchResponse} from './types';

/**
 * An option as a question names it, read from the options module: a SageMaker option by its full
 * name ("SageMaker Serverless Inference"), Bedrock and Lambda by their service ("Amazon Bedrock").
 */
export function optionName(id: OptionId): string {
  const option = getOption(id);
  return option.service === 'Amazon SageMaker AI' ? option.name : option.service;
}

/** A matching response that is the option itself: its id is the option's, its text the option's name. */
export function optionResponse(id: OptionId): MatchResponse {
  return {id, text: optionName(id), option: id};
}
