import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {readerEvent} from '@site/test/support/readerEvents';
import {BOXES, DAY_MS, dueCards, INTERVAL_DAYS, review, type Schedule} from './leitner';

const START = Date.UTC(2026, 0, 1);
// Time moves forward between reviews, sometimes by nothing, sometimes by weeks.
const reviews = fc.array(readerEvent(['a', 'b', 'c', 'd'], 30 * DAY_MS), {maxLength: 60});

describe('Leitner scheduling, for any sequence of reviews', () => {
  it('keeps every card in a box, due one interval after its last review', () => {
    fc.assert(
      fc.property(reviews, (steps) => {
        let schedule: Schedule = {};
        let now = START;
        for (const step of steps) {
          now += step.gap;
          const before = schedule[step.id];
          schedule = review(schedule, step.id, step.correct, now);
          const after = schedule[step.id];
          assert.ok(after && (BOXES as readonly number[]).includes(after.box));
          assert.equal(after.due, now + INTERVAL_DAYS[after.box] * DAY_MS);
          assert.ok(after.due > now);
          assert.equal(after.reviews, (before?.reviews ?? 0) + 1);
          assert.ok(after.lapses <= after.reviews);
          if (step.correct) assert.ok(after.box >= (before?.box ?? 1));
          else assert.equal(after.box, 1);
        }
      }),
      {numRuns: 1000},
    );
  });

  it('never lists a card twice, nor one that is not due, nor more than the limit', () => {
    fc.assert(
      fc.property(
        reviews,
        fc.integer({min: 0, max: 60 * DAY_MS}),
        fc.nat(10),
        (steps, later, limit) => {
          let schedule: Schedule = {};
          let now = START;
          for (const step of steps) {
            now += step.gap;
            schedule = review(schedule, step.id, step.correct, now);
          }
          const ids = ['a', 'b', 'c', 'd', 'e'];
          const at = now + later;
          const due = dueCards(ids, schedule, at, limit);
          assert.equal(new Set(due).size, due.length);
          assert.ok(due.length <= limit);
          for (const id of due) {
            const state = schedule[id];
            assert.ok(state === undefined || state.due <= at, id);
          }
          // Without a limit, every card that is due or new is listed.
          const all = dueCards(ids, schedule, at);
          const expected = ids.filter((id) => !schedule[id] || (schedule[id]?.due ?? 0) <= at);
          assert.deepEqual([...all].sort(), [...expected].sort());
        },
      ),
      {numRuns: 1000},
    );
  });
});
