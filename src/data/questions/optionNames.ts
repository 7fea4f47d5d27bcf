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

/** Matching responses that are the options themselves, shown in the order given; ids are the options'. */
export function optionResponses(...ids: readonly OptionId[]): MatchResponse[] {
  return ids.map((id) => ({id, text: optionName(id), option: id}));
}
