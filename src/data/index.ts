import {LIMITS, type LimitId} from './limits/index';
import type {LimitEntry, Subject} from './types';

export {LIMITS, type LimitId} from './limits/index';
export {OPTIONS, getOption, type InferenceOption} from './options';
export {subjectName} from './subjects';
export * from './types';

const byId = new Map<string, LimitEntry>(LIMITS.map((entry) => [entry.id, entry]));

export function isLimitId(id: string): id is LimitId {
  return byId.has(id);
}

/** The entry for a limit id. Unknown ids are a programming error and fail the build. */
export function getLimit(id: LimitId): LimitEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown limit id: ${id}`);
  return entry;
}

export function limitsFor(subject: Subject): LimitEntry[] {
  return LIMITS.filter((entry) => entry.subject === subject);
}

/** Limits whose value changed over time or that AWS pages disagree on. */
export function changedOrDisputed(): LimitEntry[] {
  return LIMITS.filter(
    (entry: LimitEntry) => entry.status === 'disputed' || (entry.previous?.length ?? 0) > 0,
  );
}
