import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {MAX_SECONDS} from './measure';
import {logAxis, logPosition, logTicks, timeAxis, type Axis} from './chart';

/** True when `value` is 10^n for an integer n, allowing for floating-point error in 10 ** n. */
function isPowerOfTen(value: number): boolean {
  const exponent = Math.round(Math.log10(value));
  return Math.abs(value / 10 ** exponent - 1) < 1e-12;
}

function close(a: number, b: number): boolean {
  return Math.abs(a / b - 1) < 1e-12;
}

describe('logAxis', () => {
  it('falls back to 1–10 for an empty list', () => {
    assert.deepEqual(logAxis([]), {min: 1, max: 10});
  });

  it('ignores zero, negative and non-finite values', () => {
    assert.deepEqual(
      logAxis([0, -5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]),
      {min: 1, max: 10},
    );
    assert.deepEqual(logAxis([0, -5, Number.NaN, 50, Number.POSITIVE_INFINITY]), logAxis([50]));
  });

  it('spans one decade around a single value', () => {
    assert.deepEqual(logAxis([5]), {min: 1, max: 10});
    assert.deepEqual(logAxis([0.5]), {min: 0.1, max: 1});
    assert.deepEqual(logAxis([250]), {min: 100, max: 1000});
  });

  it('widens an axis that would have no width (a value that is a power of ten)', () => {
    const axis = logAxis([100]);
    assert.equal(axis.min, 100);
    assert.equal(axis.max, 1000);
    assert.deepEqual(logAxis([100, 100]), axis);
  });

  it('runs from a power of ten below the smallest value to one above the largest', () => {
    assert.deepEqual(logAxis([0.003, 5000]), {min: 0.001, max: 10_000});
    assert.deepEqual(logAxis([5000, 0.003, 42]), {min: 0.001, max: 10_000});
    assert.deepEqual(logAxis([1, 1000]), {min: 1, max: 1000});
    assert.deepEqual(logAxis([2e3, 7e12]), {min: 1e3, max: 1e13});
  });

  it('covers every value it is given', () => {
    const values = [0.002, 0.7, 3, 45, 800, 5000, 40_000, 7_000_000, 1e9];
    const axis = logAxis(values);
    for (const value of values) {
      assert.ok(axis.min <= value && value <= axis.max, String(value));
    }
    assert.ok(isPowerOfTen(axis.min));
    assert.ok(isPowerOfTen(axis.max));
  });
});

describe('logPosition', () => {
  const axis: Axis = {min: 1, max: 10_000};

  it('places the ends and the middle', () => {
    assert.equal(logPosition(1, axis), 0);
    assert.equal(logPosition(10_000, axis), 1);
    assert.equal(logPosition(100, axis), 0.5);
    assert.ok(Math.abs(logPosition(10, axis) - 0.25) < 1e-12);
  });

  it('clamps to [0, 1]', () => {
    assert.equal(logPosition(0.001, axis), 0);
    assert.equal(logPosition(1e9, axis), 1);
    assert.equal(logPosition(0, axis), 0);
    assert.equal(logPosition(-3, axis), 0);
    assert.equal(logPosition(Number.NaN, axis), 0);
    assert.equal(logPosition(Number.POSITIVE_INFINITY, axis), 0);
  });

  it('grows with the value', () => {
    let previous = -1;
    for (let exponent = -2; exponent <= 6; exponent += 0.1) {
      const position = logPosition(10 ** exponent, axis);
      assert.ok(position >= previous, `${10 ** exponent}`);
      assert.ok(position >= 0 && position <= 1);
      previous = position;
    }
  });
});

describe('logTicks', () => {
  it('gives each power of ten from min to max', () => {
    assert.deepEqual(logTicks({min: 1, max: 1000}), [1, 10, 100, 1000]);
    assert.deepEqual(logTicks({min: 1, max: 10}), [1, 10]);
  });

  it('covers axes made by logAxis, including fractional ones', () => {
    for (const values of [[0.003, 5000], [0.25], [1e-3, 1e13], [45, 70, 800], [4e6, 1.5e9]]) {
      const axis = logAxis(values);
      const ticks = logTicks(axis);
      assert.ok(ticks.length >= 2, `${values}`);
      const first = ticks[0];
      const last = ticks[ticks.length - 1];
      assert.ok(
        first !== undefined && close(first, axis.min),
        `${values}: first tick ${first} is not ${axis.min}`,
      );
      assert.ok(
        last !== undefined && close(last, axis.max),
        `${values}: last tick ${last} is not ${axis.max}`,
      );
      for (const [index, tick] of ticks.entries()) {
        assert.ok(isPowerOfTen(tick), `${tick}`);
        const before = ticks[index - 1];
        if (before !== undefined) assert.ok(close(tick, before * 10), `${before} → ${tick}`);
      }
    }
  });
});

describe('timeAxis', () => {
  const MS = 0.001;

  it('widens the axis to round durations and ticks only inside it', () => {
    for (const values of [[MS], [0.25], [3, 45, 70], [70, 800, 5000], [1, 20_000], [42, 86_400]]) {
      const {axis, ticks} = timeAxis(values);
      assert.ok(axis.min < axis.max, `${values}`);
      for (const value of values)
        assert.ok(axis.min <= value && value <= axis.max, `${values}: ${value} is off the axis`);
      assert.ok(ticks.length >= 2, `${values}`);
      assert.deepEqual(
        [...ticks].sort((a, b) => a - b),
        ticks,
        'ticks are in order',
      );
      assert.equal(new Set(ticks).size, ticks.length);
      for (const tick of ticks)
        assert.ok(axis.min <= tick && tick <= axis.max, `${values}: tick ${tick}`);
      assert.equal(ticks[0], axis.min, 'the axis starts at a tick');
      assert.equal(ticks[ticks.length - 1], axis.max, 'the axis ends at a tick');
    }
  });

  it('puts a tick at one minute and one hour when the axis spans them', () => {
    const {ticks} = timeAxis([1, 5000]);
    assert.ok(ticks.includes(60));
    assert.ok(ticks.includes(3600));
  });

  it('gives a usable axis for an empty list', () => {
    const {axis, ticks} = timeAxis([]);
    assert.ok(axis.min > 0 && axis.min < axis.max);
    assert.ok(ticks.length >= 2);
  });

  it('covers every processing time the widgets accept, up to MAX_SECONDS', () => {
    const {axis} = timeAxis([MS, MAX_SECONDS]);
    assert.ok(axis.max >= MAX_SECONDS, `axis ends at ${axis.max}`);
  });
});
