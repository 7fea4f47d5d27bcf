import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {formsOf, RUNS} from '@site/test/support/arbitraries';
import {assertClean, assertCleanParts, assertReadsEveryForm} from '@site/test/support/assertions';
import {MAX_BYTES} from '@site/src/widgets/shared/logic/measure';
import {
  base64Length,
  ENCODINGS,
  estimatePayload,
  KINDS,
  PAYLOAD_SCHEMA,
  readPayloadForm,
  requestBytes,
  type Encoding,
  type Kind,
  type OptionPayloadVerdict,
  type PayloadInput,
} from './logic';

const RANK: Record<OptionPayloadVerdict['fit'], number> = {fits: 0, maybe: 1, disputed: 1, over: 2};
const BINARY_KINDS: readonly Kind[] = ['bytes', 'file', 'image', 'audio'];

/** An input readPayloadForm could produce: a valid kind and encoding, sizes within the widget’s range. */
const inputArb: fc.Arbitrary<PayloadInput> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    encoding: fc.constantFrom(...ENCODINGS),
    itemBytes: fc.oneof(
      fc.double({min: 1e-6, max: MAX_BYTES, noNaN: true}),
      fc.integer({min: 1, max: 1e9}),
    ),
    items: fc.integer({min: 1, max: 1_000_000}),
    envelopeBytes: fc.integer({min: 0, max: 1e9}),
    pixels: fc.option(
      fc.record({
        width: fc.integer({min: 1, max: 1_000_000}),
        height: fc.integer({min: 1, max: 1_000_000}),
      }),
      {nil: undefined},
    ),
  })
  .map((raw) => {
    const kind = raw.kind;
    const encoding: Encoding =
      raw.encoding === 'json-text' && BINARY_KINDS.includes(kind) ? 'base64-json' : raw.encoding;
    const items =
      kind === 'image' || kind === 'json'
        ? Math.max(1, Math.min(raw.items, Math.floor(MAX_BYTES / raw.itemBytes)))
        : 1;
    return {
      kind,
      encoding,
      itemBytes: raw.itemBytes,
      items,
      envelopeBytes: encoding === 'binary' ? 0 : raw.envelopeBytes,
      ...(kind === 'image' && raw.pixels ? {pixels: raw.pixels} : {}),
    };
  });

function assertCleanResult(input: PayloadInput): void {
  const result = estimatePayload(input);
  assertClean(result);
  for (const verdict of result.options) assertCleanParts(verdict.detail, verdict.option);
}

describe('readPayloadForm (property)', () => {
  it('never throws; gives checked input or a non-empty message per bad field', () => {
    assertReadsEveryForm(PAYLOAD_SCHEMA, formsOf(PAYLOAD_SCHEMA), readPayloadForm, (input) => {
      assert.ok(
        Number.isFinite(input.itemBytes) && input.itemBytes > 0,
        `itemBytes ${input.itemBytes}`,
      );
      assert.ok(Number.isInteger(input.items) && input.items >= 1);
      assert.ok(Number.isInteger(input.envelopeBytes) && input.envelopeBytes >= 0);
      assert.ok(input.itemBytes * input.items <= MAX_BYTES);
      assert.ok(!(input.encoding === 'json-text' && BINARY_KINDS.includes(input.kind)));
      assertCleanResult(input);
    });
  });
});

describe('estimatePayload (property)', () => {
  it('gives only finite numbers and clean text', () => {
    fc.assert(fc.property(inputArb, assertCleanResult), RUNS);
  });

  it('base64 is 4 × ceil(n / 3) and grows with n', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: MAX_BYTES}),
        fc.integer({min: 0, max: 1000}),
        (n, extra) => {
          assert.equal(base64Length(n), 4 * Math.ceil(n / 3));
          assert.ok(base64Length(n) <= base64Length(n + extra));
          assert.ok(base64Length(n) >= (4 * n) / 3);
        },
      ),
      RUNS,
    );
  });

  it('never lets a larger item fit an option that a smaller one does not', () => {
    fc.assert(
      fc.property(inputArb, fc.double({min: 0, max: 1, noNaN: true}), (input, share) => {
        const smaller = {...input, itemBytes: Math.max(1e-6, input.itemBytes * share)};
        const a = estimatePayload(smaller);
        const b = estimatePayload(input);
        assert.ok(requestBytes(smaller) <= requestBytes(input));
        a.options.forEach((verdict, index) => {
          const other = b.options[index];
          assert.equal(other?.option, verdict.option);
          assert.ok(
            RANK[verdict.fit] <= RANK[other?.fit ?? 'over'],
            `${verdict.option}: ${smaller.itemBytes} B ${verdict.fit}, ${input.itemBytes} B ${other?.fit}`,
          );
        });
      }),
      RUNS,
    );
  });

  it('never lets more items fit an option that fewer do not', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({min: 1, max: 1_000_000}), (input, extra) => {
        if (input.kind !== 'image' && input.kind !== 'json') return;
        const items = Math.min(
          input.items + extra,
          Math.max(input.items, Math.floor(MAX_BYTES / input.itemBytes)),
        );
        const a = estimatePayload(input);
        const b = estimatePayload({...input, items});
        a.options.forEach((verdict, index) => {
          const other = b.options[index];
          assert.ok(
            RANK[verdict.fit] <= RANK[other?.fit ?? 'over'],
            `${verdict.option}: ${input.items} items ${verdict.fit}, ${items} items ${other?.fit}`,
          );
        });
      }),
      RUNS,
    );
  });
});
