/**
 * What bounds each option's processing time, for the calculators' tests: the limit that applies
 * as the option comes, and the most it allows once configured (where that is more). Written once
 * here, as limit ids, so the tests of two calculators hold the same expectations. Used only by
 * tests.
 */
import type {LimitId, OptionId} from '@site/src/data';

export const TIME_BOUNDS: Record<OptionId, {limit: LimitId; ceiling?: LimitId}> = {
  batch: {limit: 'batch.defaultInvocationTimeout', ceiling: 'batch.maxInvocationTimeout'},
  realtime: {limit: 'realtime.maxResponseTime', ceiling: 'realtime.maxStreamingTime'},
  serverless: {limit: 'serverless.maxResponseTime'},
  async: {limit: 'async.defaultProcessingTime', ceiling: 'async.maxProcessingTime'},
  bedrock: {limit: 'sdk.readTimeout', ceiling: 'bedrock.longInferenceTime'},
  lambda: {limit: 'lambda.defaultTimeout', ceiling: 'lambda.maxTimeout'},
};

/** The longest processing time an option allows, configured as far as it goes. */
export function longestTime(option: OptionId): LimitId {
  return TIME_BOUNDS[option].ceiling ?? TIME_BOUNDS[option].limit;
}
