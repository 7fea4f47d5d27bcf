import {LIMITS, type LimitId} from './limits/index';
import {registry} from './registry';
import type {LimitEntry, Subject} from './types';

export {LIMITS, type LimitId} from './limits/index';
export {OPTIONS, getOption, type InferenceOption} from './options';
export {subjectName} from './subjects';
export * from './types';

const limits = registry<LimitEntry, LimitId, Subject>(LIMITS, 'limit');

export const isLimitId = limits.isId;

/** The entry for a limit id. Unknown ids are a programming error and fail the build. */
export const getLimit = limits.get;

export const limitsFor = limits.about;

/** Limits whose value changed over time or that AWS pages disagree on. */
export function changedOrDisputed(): LimitEntry[] {
  return LIMITS.filter(
    (entry: LimitEntry) => entry.status === 'disputed' || (entry.previous?.length ?? 0) > 0,
  );
}
