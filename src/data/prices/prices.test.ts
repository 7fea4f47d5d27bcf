import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  assertAwsSource,
  assertOlderAndConflictingValues,
  assertPastDate,
} from '@site/test/support/registryChecks';
import {OPTION_IDS} from '@site/src/data';
import {
  BEDROCK_MODELS,
  getPrice,
  isPriceId,
  PRICE_UNITS,
  priceListProblems,
  PRICES,
  pricesFor,
  REGIONS,
  SAGEMAKER_INSTANCES,
  unconfirmedPrices,
  type PriceEntry,
  type PriceListRef,
} from './index';

const entries: readonly PriceEntry[] = PRICES;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways an AWS page may print a number, as patterns that match it as a whole number (not
 * inside a longer one): 0.20, 400,000, 150 000, 1M, "6 – 15 billion", 20 percent.
 */
function renderings(value: number): RegExp[] {
  const plain = [
    String(value),
    value.toLocaleString('en-US', {maximumFractionDigits: 10}),
    value.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 10}),
    value.toLocaleString('en-US', {maximumFractionDigits: 10}).replace(/,/g, ' '),
  ];
  const patterns = plain.map(
    (form) => new RegExp(`(^|[^0-9.,])${escape(form)}(?![0-9]|[.,][0-9])`),
  );
  if (value >= 1e6 && value % 1e6 === 0)
    patterns.push(new RegExp(`(^|[^0-9.])${escape(String(value / 1e6))}M\\b`));
  if (value >= 1e9)
    patterns.push(
      new RegExp(`(^|[^0-9.])${escape(String(value / 1e9))}(?![0-9]|\\.[0-9]).*billion`),
    );
  return patterns;
}

function assertQuoteStates(quote: string, value: number, where: string): void {
  // A zero (no discount) is stated in words: "the same as".
  const found =
    value === 0 ? /\bsame\b/i.test(quote) : renderings(value).some((form) => form.test(quote));
  assert.ok(found, `${where}: the quote does not state ${value}: "${quote}"`);
}

describe('the prices data module', () => {
  it('prices every option', () => {
    for (const option of OPTION_IDS) assert.ok(pricesFor(option).length > 0, option);
  });

  it('gives every entry a unique id that starts with its subject', () => {
    const ids = entries.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const entry of entries) {
      assert.match(entry.id, /^[a-z]+(\.[a-zA-Z0-9-]+)+$/, entry.id);
      assert.ok(entry.id.startsWith(`${entry.subject}.`), `${entry.id} / ${entry.subject}`);
    }
  });

  for (const entry of entries) {
    describe(entry.id, () => {
      it('has an https source on an AWS host, a title and a Region', () => {
        assertAwsSource(entry.source, entry.id);
        assert.ok(entry.sourceTitle.trim().length > 0);
        assert.ok((REGIONS as readonly string[]).includes(entry.region), entry.region);
        assert.ok(entry.item.trim().length > 0);
      });

      it('has a verified-on date that is real and not in the future', () => {
        assert.match(entry.verifiedOn, /^\d{4}-\d{2}-\d{2}$/);
        assertPastDate(entry.verifiedOn, entry.id, 'year');
      });

      it('has a positive finite value in a known unit that fits its kind', () => {
        assert.ok(Number.isFinite(entry.value) && entry.value > 0, `${entry.value}`);
        assert.ok((PRICE_UNITS as readonly string[]).includes(entry.unit), entry.unit);
        const isMoney = entry.unit.startsWith('USD');
        assert.equal(isMoney, entry.kind === 'rate', `${entry.id}: ${entry.kind} in ${entry.unit}`);
        if (entry.kind === 'discount') {
          assert.equal(entry.unit, 'percent');
          assert.ok(entry.value < 100);
        }
      });

      it('says how it was confirmed, and why not when it was not seen at AWS', () => {
        const {confirmation} = entry;
        assert.ok(
          (entry.quote === undefined) !== (entry.unquoted === undefined),
          `${entry.id}: exactly one of quote and unquoted`,
        );
        if (confirmation.confirmed) {
          if (confirmation.seenAs === 'aws-page') {
            assert.ok(entry.quote, `${entry.id}: a value seen on an AWS page needs its quote`);
            assertQuoteStates(entry.quote, entry.value, entry.id);
          } else {
            assert.ok(entry.priceList, `${entry.id}: a Price List value needs its reference`);
          }
        } else {
          assert.equal(confirmation.seenAs, 'third-party');
          assert.ok(confirmation.reason.trim().length > 20, `${entry.id}: give the reason`);
          assert.equal(entry.quote, undefined, `${entry.id}: a quote means it was seen at AWS`);
          assert.ok((entry.unquoted ?? '').trim().length > 0);
          assert.ok((entry.readings?.length ?? 0) > 0, `${entry.id}: say where it was seen`);
        }
      });

      it('names each reading, its date and any SKU well-formed', () => {
        for (const reading of entry.readings ?? []) {
          assert.ok(reading.where.trim().length > 10, `${entry.id}: reading without a place`);
          assertPastDate(reading.asOf, `${entry.id} reading`, 'year');
          if (reading.sku) assert.match(reading.sku, /^[A-Z0-9]{16}$/, reading.sku);
          if (reading.usageType) assert.match(reading.usageType, /^USE1-[A-Za-z0-9]+[:-]/);
          if (reading.where.startsWith('http'))
            assert.equal(new URL(reading.where).protocol, 'https:');
        }
        const listed = (entry.readings ?? []).map((reading) => JSON.stringify(reading));
        assert.equal(new Set(listed).size, listed.length, `${entry.id}: a reading listed twice`);
      });

      it('has a well-formed Price List reference where it has one', () => {
        if (entry.priceList) assert.deepEqual(priceListProblems(entry.priceList, entry.region), []);
      });

      it('quotes the rounded figure AWS prints, where it prints one', () => {
        if (!entry.printed) return;
        assertAwsSource(entry.printed.source, `${entry.id} printed`);
        assertQuoteStates(entry.printed.quote, entry.printed.value, `${entry.id} printed`);
        assert.ok(entry.printed.note.trim().length > 0);
        const relative = Math.abs(entry.printed.value - entry.value) / entry.value;
        assert.ok(
          relative > 0 && relative < 0.01,
          `${entry.id}: printed is a rounding, not a rate`,
        );
      });

      it('explains and sources every older or conflicting value', () => {
        assertOlderAndConflictingValues(entry, PRICE_UNITS, {
          previous: (previous) => {
            if (previous.quote)
              assertQuoteStates(previous.quote, previous.value, `${entry.id} prev`);
          },
          conflicting: (other) => {
            assert.ok(other.where.trim().length > 0);
            assert.equal(other.unit, entry.unit);
            assert.notEqual(other.value, entry.value);
          },
        });
      });
    });
  }

  it('marks the prices that rest on third-party readings', () => {
    const ids = unconfirmedPrices().map((entry) => entry.id);
    assert.ok(ids.includes('realtime.ml.m5.large'));
    assert.ok(ids.includes('serverless.mem3GB'));
    assert.ok(!ids.includes('lambda.requests'));
    assert.ok(!ids.includes('bedrock.batchDiscount'));
  });

  it('prices a burstable, general purpose, compute, GPU and Inferentia type in real time', () => {
    const families = new Set(
      SAGEMAKER_INSTANCES.filter((instance) => isPriceId(`realtime.${instance.type}`)).map(
        (instance) => instance.family,
      ),
    );
    for (const family of ['burstable', 'general purpose', 'compute optimized', 'GPU', 'Inferentia'])
      assert.ok(families.has(family as never), family);
  });

  it('gives every serverless memory size a rate that grows with memory', () => {
    const rates = [1, 2, 3, 4, 5, 6].map((gb) => getPrice(`serverless.mem${gb}GB` as never).value);
    rates.reduce((before, rate) => {
      assert.ok(rate > before, `${rate} after ${before}`);
      return rate;
    }, 0);
  });

  it('points every Bedrock model at existing prices, batch below on demand', () => {
    for (const model of BEDROCK_MODELS) {
      assert.ok(isPriceId(model.input) && isPriceId(model.output), model.id);
      if ('batchInput' in model) {
        assert.ok(getPrice(model.batchInput).value < getPrice(model.input).value);
        assert.ok(getPrice(model.batchOutput).value < getPrice(model.output).value);
      }
    }
  });

  it('keeps Lambda tiers in order, each below the one before', () => {
    for (const arch of ['x86', 'arm'] as const) {
      const one = getPrice(`lambda.${arch}.duration`).value;
      const two = getPrice(`lambda.${arch}.durationTier2`).value;
      const three = getPrice(`lambda.${arch}.durationTier3`).value;
      assert.ok(one > two && two > three, arch);
      assert.ok(
        getPrice(`lambda.${arch}.tier2From`).value < getPrice(`lambda.${arch}.tier3From`).value,
      );
    }
  });
});

describe('priceListProblems', () => {
  const good: PriceListRef = {
    offerCode: 'AmazonSageMaker',
    versionUrl:
      'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/20261101000000/us-east-1/index.json',
    publicationDate: '2026-11-01T00:00:00Z',
    sku: 'ABCDEFGHJK234567',
    usageType: 'USE1-Host:ml.m5.large',
  };

  it('accepts a well-formed reference', () => {
    assert.deepEqual(priceListProblems(good, 'us-east-1'), []);
  });

  it('rejects a wrong offer, Region, URL, date, SKU or usage type', () => {
    const cases: [Partial<PriceListRef>, string, RegExp][] = [
      [{offerCode: 'AmazonFoo'}, 'us-east-1', /unknown offer/],
      [{}, 'eu-west-1', /not eu-west-1/],
      [{versionUrl: 'http://example.com/index.json'}, 'us-east-1', /not a versioned/],
      [{offerCode: 'AWSLambda'}, 'us-east-1', /not AWSLambda/],
      [{publicationDate: '2026-02-30'}, 'us-east-1', /not an ISO date-time/],
      [{publicationDate: '2999-01-01T00:00:00Z'}, 'us-east-1', /future/],
      [{sku: 'abc'}, 'us-east-1', /SKU/],
      [{usageType: 'ml.m5.large'}, 'us-east-1', /usage type/],
    ];
    for (const [change, region, pattern] of cases) {
      const problems = priceListProblems({...good, ...change}, region);
      assert.ok(
        problems.some((problem) => pattern.test(problem)),
        `${JSON.stringify(change)}: ${problems.join('; ')}`,
      );
    }
  });
});
