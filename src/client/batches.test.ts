import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {blocksThatFit} from '@site/src/client/batches';

describe('blocksThatFit', () => {
  it('takes blocks in order while they fit, and at least one', () => {
    assert.equal(blocksThatFit([10, 20, 30], 100), 3);
    assert.equal(blocksThatFit([60, 30, 20], 100), 2);
    assert.equal(blocksThatFit([500, 1], 100), 1);
    assert.equal(blocksThatFit([], 100), 0);
  });

  it('never exceeds the budget except with a single block, and always makes progress', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 1000}), {maxLength: 50}),
        fc.integer({min: 1, max: 2000}),
        (sizes, budget) => {
          const count = blocksThatFit(sizes, budget);
          assert.equal(count === 0, sizes.length === 0);
          const used = sizes.slice(0, count).reduce((sum, size) => sum + size, 0);
          assert.ok(count <= 1 || used <= budget);
          if (count < sizes.length && count > 0) assert.ok(used + (sizes[count] ?? 0) > budget);
        },
      ),
    );
  });
});
