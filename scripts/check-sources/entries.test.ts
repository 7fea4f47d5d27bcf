import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LIMITS} from '@site/src/data';
import {PRICES, type PriceEntry} from '@site/src/data/prices';
import {priceText} from '@site/src/lib/priceText';
import {quotedValues} from './entries';

describe('the values the source checker reads', () => {
  const values = quotedValues();

  it('include every limit and every price, each under its own kind', () => {
    const ids = (kind: string) =>
      new Set(values.filter((value) => value.kind === kind).map((value) => value.id));
    assert.deepEqual(ids('limit'), new Set(LIMITS.map((limit) => limit.id)));
    assert.deepEqual(ids('price'), new Set(PRICES.map((price) => price.id)));
  });

  it('check every quoted price at its page, and give a reason for every price without one', () => {
    for (const price of PRICES as readonly PriceEntry[]) {
      const current = values.find(
        (value) => value.kind === 'price' && value.id === price.id && value.role === 'current',
      );
      assert.ok(current, price.id);
      assert.equal(current.shown, priceText(price));
      assert.equal(current.quote, price.quote);
      assert.equal(current.source, price.quoteFrom ?? price.source);
      if (!price.quote) assert.ok(current.unquoted && current.unquoted.length > 20, price.id);
    }
  });

  it('give a conflicting price a reason instead of a quote', () => {
    const conflicting = values.filter(
      (value) => value.kind === 'price' && value.role === 'conflicting',
    );
    assert.ok(conflicting.length > 0);
    for (const value of conflicting) {
      assert.equal(value.quote, undefined);
      assert.match(value.unquoted ?? '', /^Read in /);
    }
  });
});
