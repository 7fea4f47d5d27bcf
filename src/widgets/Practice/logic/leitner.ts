/**
 * Leitner boxes: a card answered right moves up a box and comes back after a longer interval; a
 * card answered wrong goes back to the first box. Pure functions with the clock passed in (epoch
 * milliseconds), so tests and the page decide what "now" is.
 */

import {own} from './own';

export const BOXES = [1, 2, 3, 4, 5] as const;
export type Box = (typeof BOXES)[number];

/** Days until a card in each box comes back. */
export const INTERVAL_DAYS: Record<Box, number> = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16};

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface CardState {
  box: Box;
  /** When the card is next due, epoch milliseconds. */
  due: number;
  /** When it was last reviewed. */
  last: number;
  reviews: number;
  /** Reviews answered wrong. */
  lapses: number;
}

export type Schedule = Readonly<Record<string, CardState>>;

export function isBox(value: unknown): value is Box {
  return typeof value === 'number' && (BOXES as readonly number[]).includes(value);
}

/** The schedule after one review. An unusable clock leaves the schedule as it was. */
export function review(
  schedule: Schedule,
  cardId: string,
  correct: boolean,
  now: number,
): Schedule {
  if (!Number.isFinite(now) || cardId === '') return schedule;
  const before = own(schedule, cardId);
  const box: Box = correct ? (Math.min((before?.box ?? 1) + 1, 5) as Box) : 1;
  const state: CardState = {
    box,
    due: now + INTERVAL_DAYS[box] * DAY_MS,
    last: now,
    reviews: (before?.reviews ?? 0) + 1,
    lapses: (before?.lapses ?? 0) + (correct ? 0 : 1),
  };
  return {...schedule, [cardId]: state};
}

/**
 * The cards to review now: those due (most overdue first), then cards never seen, in the order
 * given, up to `limit`.
 */
export function dueCards(
  cardIds: readonly string[],
  schedule: Schedule,
  now: number,
  limit = Number.POSITIVE_INFINITY,
): string[] {
  const due = cardIds
    .map((id) => ({id, state: own(schedule, id)}))
    .filter((c): c is {id: string; state: CardState} => c.state !== undefined && c.state.due <= now)
    .sort((a, b) => a.state.due - b.state.due)
    .map((c) => c.id);
  const fresh = cardIds.filter((id) => own(schedule, id) === undefined);
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : Number.POSITIVE_INFINITY;
  return [...new Set([...due, ...fresh])].slice(0, max);
}

/** How many of the cards sit in each box, and how many are new. */
export function boxCounts(
  cardIds: readonly string[],
  schedule: Schedule,
): Record<Box | 'new', number> {
  const counts: Record<Box | 'new', number> = {new: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0};
  for (const id of new Set(cardIds)) {
    const state = own(schedule, id);
    counts[state ? state.box : 'new'] += 1;
  }
  return counts;
}

/** When the next of these cards falls due after `now`, if any is scheduled later. */
export function nextDue(
  cardIds: readonly string[],
  schedule: Schedule,
  now: number,
): number | undefined {
  let next: number | undefined;
  for (const id of cardIds) {
    const state = own(schedule, id);
    if (state && state.due > now && (next === undefined || state.due < next)) next = state.due;
  }
  return next;
}
