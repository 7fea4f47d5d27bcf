import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  boxCounts,
  DAY_MS,
  dueCards,
  INTERVAL_DAYS,
  nextDue,
  review,
  type Schedule,
} from './leitner';

const NOW = Date.UTC(2026, 10, 29, 12);

describe('Leitner boxes', () => {
  it('moves a new card answered right to the second box, due after that box’s interval', () => {
    const schedule = review({}, 'a', true, NOW);
    assert.deepEqual(schedule.a, {
      box: 2,
      due: NOW + INTERVAL_DAYS[2] * DAY_MS,
      last: NOW,
      reviews: 1,
      lapses: 0,
    });
  });

  it('sends a card answered wrong back to the first box, from any box', () => {
    let schedule: Schedule = {};
    for (let i = 0; i < 6; i += 1) schedule = review(schedule, 'a', true, NOW + i);
    assert.equal(schedule.a?.box, 5);
    schedule = review(schedule, 'a', false, NOW + 10);
    assert.equal(schedule.a?.box, 1);
    assert.equal(schedule.a?.due, NOW + 10 + INTERVAL_DAYS[1] * DAY_MS);
    assert.equal(schedule.a?.lapses, 1);
    assert.equal(schedule.a?.reviews, 7);
  });

  it('keeps a card in the last box when answered right again, with longer intervals up the boxes', () => {
    const intervals = Object.values(INTERVAL_DAYS);
    assert.deepEqual(
      [...intervals].sort((x, y) => x - y),
      intervals,
    );
    let schedule: Schedule = {a: {box: 5, due: NOW, last: NOW - DAY_MS, reviews: 9, lapses: 0}};
    schedule = review(schedule, 'a', true, NOW);
    assert.equal(schedule.a?.box, 5);
  });

  it('ignores a review without a usable clock or card id, and leaves other cards alone', () => {
    const schedule = review({}, 'b', true, NOW);
    assert.equal(review(schedule, 'a', true, Number.NaN), schedule);
    assert.equal(review(schedule, '', true, NOW), schedule);
    assert.deepEqual(review(schedule, 'a', false, NOW).b, schedule.b);
  });

  it('lists due cards, most overdue first, then new cards, up to a limit', () => {
    const schedule: Schedule = {
      late: {box: 2, due: NOW - 3 * DAY_MS, last: NOW - 5 * DAY_MS, reviews: 1, lapses: 0},
      later: {box: 3, due: NOW + DAY_MS, last: NOW - DAY_MS, reviews: 2, lapses: 0},
      today: {box: 1, due: NOW, last: NOW - DAY_MS, reviews: 1, lapses: 1},
    };
    const ids = ['new1', 'later', 'today', 'late', 'new2'];
    assert.deepEqual(dueCards(ids, schedule, NOW), ['late', 'today', 'new1', 'new2']);
    assert.deepEqual(dueCards(ids, schedule, NOW, 3), ['late', 'today', 'new1']);
    assert.deepEqual(dueCards(ids, schedule, NOW, 0), []);
    assert.equal(nextDue(ids, schedule, NOW), NOW + DAY_MS);
    assert.equal(nextDue(['late'], schedule, NOW), undefined);
    assert.deepEqual(boxCounts(ids, schedule), {new: 2, 1: 1, 2: 1, 3: 1, 4: 0, 5: 0});
  });

  it('does not treat inherited object properties as cards', () => {
    assert.deepEqual(dueCards(['toString', 'constructor'], {}, NOW), ['toString', 'constructor']);
    assert.deepEqual(boxCounts(['toString'], {}).new, 1);
  });
});
