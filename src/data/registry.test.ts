import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getLimit, isLimitId, type LimitId} from '@site/src/data';
import {getPrice, isPriceId, type PriceId} from '@site/src/data/prices';
import {registry} from './registry';

describe('a registry of entries', () => {
  const entries = [
    {id: 'a.one', subject: 'a', value: 1},
    {id: 'a.two', subject: 'a', value: 2},
    {id: 'b.one', subject: 'b', value: 3},
  ];
  const sample = registry<(typeof entries)[number], string, string>(entries, 'sample');

  it('finds an entry by id, lists a subject’s entries in order and names the unknown id', () => {
    assert.equal(sample.get('b.one').value, 3);
    assert.deepEqual(
      sample.about('a').map((entry) => entry.id),
      ['a.one', 'a.two'],
    );
    assert.deepEqual(sample.about('c'), []);
    assert.ok(sample.isId('a.two'));
    assert.ok(!sample.isId('a.three'));
    assert.throws(() => sample.get('a.three'), /^Error: Unknown sample id: a\.three$/);
  });

  it('finds the guide’s limits and prices by id and rejects unknown ids', () => {
    assert.equal(getLimit('lambda.maxTimeout').value, 900);
    assert.equal(getPrice('lambda.requests').value, 0.2);
    assert.ok(isLimitId('serverless.maxPayload') && isPriceId('realtime.ml.m5.large'));
    assert.ok(!isLimitId('serverless.noSuchLimit') && !isPriceId('realtime.ml.p5.48xlarge'));
    assert.throws(() => getLimit('nope.nope' as LimitId), /Unknown limit id/);
    assert.throws(() => getPrice('nope.nope' as PriceId), /Unknown price id/);
  });
});
