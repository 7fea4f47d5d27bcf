import {LIMITS, type LimitEntry, type StatedValue} from '@site/src/data';
import {DATASETS} from '@site/src/data/datasets';
import {
  exactBytes,
  formatDuration,
  formatStated,
  isTimeUnit,
  statedSeconds,
} from '@site/src/lib/units';
import {typedLimits} from './prose';

/** Every string anywhere in a value: notes, quotes, titles. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function renderings(value: StatedValue): string[] {
  const shown = [formatStated(value)];
  if (isTimeUnit(value.unit)) shown.push(formatDuration(statedSeconds(value)));
  const exact = exactBytes(value);
  if (exact) shown.push(exact);
  return shown;
}

/**
 * Every number with a unit that the data module can account for: each value in every way the site
 * formats it, and the numbers written in the entries' own notes and quotes. A number in a
 * generated file that is not in this set did not come from the data.
 */
export function numbersFromData(): Set<string> {
  const texts: string[] = [];
  for (const entry of LIMITS as readonly LimitEntry[]) {
    for (const value of [entry, ...(entry.previous ?? []), ...(entry.conflicting ?? [])]) {
      texts.push(...renderings(value));
    }
  }
  for (const dataset of DATASETS) texts.push(...strings(dataset.entries));
  return new Set(texts.flatMap(typedLimits).map(normalise));
}

/** "6 MB" and "6MB" and "6\u00a0MB" are the same number. */
export function normalise(typed: string): string {
  return typed.replace(/\s+/g, ' ').trim();
}
