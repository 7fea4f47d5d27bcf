import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {logAxis, logPosition, logTicks, timeAxis} from './chart';
import {describeShare, fitBytes, fitSeconds, formatShare, MAX_BYTES, type Fit} from './measure';

const RUNS = {numRuns: 2000};
const RANK: Record<Fit, number> = {fits: 0, maybe: 1, over: 2};

/** Values the widgets chart: sub-millisecond to 10 TB. */
const chartValue = fc.double({min: 1e-6, max: MAX_BYTES, noNaN: true});
/** Chart values mixed with what the axis must ignore: zero, negatives, NaN and infinities. */
const anyNumber = fc.oneof(
  chartValue,
  fc.double({min: 1e-100, max: 1e20}),
  fc.double({min: -1e20, max: 0}),
  fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

describe('chart geometry (property)', () => {
  it('logAxis covers every positive value, from a power of ten to a larger one', () => {
    fc.assert(
      fc.property(fc.array(anyNumber, {maxLength: 12}), (values) => {
        const axis = logAxis(values);
        assert.ok(axis.min > 0 && axis.max > axis.min);
        assert.ok(Number.isFinite(axis.min) && Number.isFinite(axis.max));
        for (const value of values) {
          if (!(Number.isFinite(value) && value > 0) || value > MAX_BYTES || value < 1e-6) continue;
          // 10 ** n is not always exactly the decimal power of ten, hence the tolerance.
          assert.ok(axis.min <= value * (1 + 1e-12), `${value} is below ${axis.min}`);
          assert.ok(axis.max >= value * (1 - 1e-12), `${value} is above ${axis.max}`);
        }
      }),
      RUNS,
    );
  });

  it('logPosition stays in [0, 1] and never decreases as the value grows', () => {
    fc.assert(
      fc.property(
        fc.array(chartValue, {minLength: 1, maxLength: 6}),
        anyNumber,
        anyNumber,
        (axisValues, a, b) => {
          const axis = logAxis(axisValues);
          const pa = logPosition(a, axis);
          const pb = logPosition(b, axis);
          for (const p of [pa, pb]) assert.ok(p >= 0 && p <= 1, `${p}`);
          if (Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 && a <= b)
            assert.ok(pa <= pb, `${a} → ${pa}, ${b} → ${pb}`);
        },
      ),
      RUNS,
    );
  });

  it('logTicks are successive powers of ten from the axis minimum to its maximum', () => {
    fc.assert(
      fc.property(fc.array(chartValue, {minLength: 1, maxLength: 6}), (values) => {
        const axis = logAxis(values);
        const ticks = logTicks(axis);
        assert.ok(ticks.length >= 2);
        const first = ticks[0] ?? Number.NaN;
        const last = ticks[ticks.length - 1] ?? Number.NaN;
        assert.ok(Math.abs(first / axis.min - 1) < 1e-9, `first tick ${first}, axis ${axis.min}`);
        assert.ok(Math.abs(last / axis.max - 1) < 1e-9, `last tick ${last}, axis ${axis.max}`);
        for (let i = 1; i < ticks.length; i += 1) {
          const ratio = (ticks[i] ?? 0) / (ticks[i - 1] ?? 1);
          assert.ok(Math.abs(ratio - 10) < 1e-9, `ratio ${ratio}`);
        }
      }),
      RUNS,
    );
  });

  it('timeAxis covers times from a millisecond to ten days, with ticks inside', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({min: 0.001, max: 864_000, noNaN: true}), {minLength: 1, maxLength: 8}),
        (values) => {
          const {axis, ticks} = timeAxis(values);
          for (const value of values)
            assert.ok(
              axis.min <= value && value <= axis.max,
              `${value} off [${axis.min}, ${axis.max}]`,
            );
          assert.ok(ticks.length >= 2);
          for (const tick of ticks) assert.ok(tick >= axis.min && tick <= axis.max);
        },
      ),
      RUNS,
    );
  });
});

describe('fits and shares (property)', () => {
  const rangeArb = fc
    .tuple(fc.integer({min: 1, max: 1e12}), fc.integer({min: 0, max: 1e11}))
    .map(([low, extra]) => ({
      low,
      high: low + extra,
      base: extra === 0 ? ('binary' as const) : ('unstated' as const),
    }));

  it('fitBytes never gets better as the size grows, and never says maybe for a binary limit', () => {
    fc.assert(
      fc.property(
        rangeArb,
        fc.double({min: 0, max: 2e12, noNaN: true}),
        fc.double({min: 0, max: 2e12, noNaN: true}),
        (range, x, y) => {
          const [a, b] = x <= y ? [x, y] : [y, x];
          const fa = fitBytes(a, range);
          const fb = fitBytes(b, range);
          assert.ok(RANK[fa.fit] <= RANK[fb.fit]);
          assert.ok(fa.headroom >= fb.headroom);
          assert.ok(fa.used <= fb.used);
          if (range.low === range.high) assert.notEqual(fb.fit, 'maybe');
          for (const f of [fa, fb]) {
            assert.ok(Number.isFinite(f.headroom) && Number.isFinite(f.used));
          }
        },
      ),
      RUNS,
    );
  });

  it('fitSeconds never gets better as the time grows', () => {
    fc.assert(
      fc.property(
        fc.double({min: 1e-3, max: 1e7, noNaN: true}),
        fc.double({min: 0, max: 1e7, noNaN: true}),
        fc.double({min: 0, max: 1e7, noNaN: true}),
        (limit, x, y) => {
          const [a, b] = x <= y ? [x, y] : [y, x];
          assert.ok(RANK[fitSeconds(a, limit).fit] <= RANK[fitSeconds(b, limit).fit]);
        },
      ),
      RUNS,
    );
  });

  it(
    'formatShare and describeShare never print NaN, Infinity, undefined or exponents ' +
      'for a share (never negative)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.double({min: 0, max: 1e13, noNaN: true}),
            fc.double({min: 0}),
            fc.constant(Number.NaN),
          ),
          (used) => {
            for (const text of [formatShare(used), describeShare(used, '1 min')]) {
              assert.ok(text.length > 0);
              assert.doesNotMatch(text, /NaN|Infinity|undefined|\de[+-]\d/, `${used} → ${text}`);
            }
          },
        ),
        RUNS,
      );
    },
  );
});
