import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {choice, field, RUNS} from '@site/test/support/arbitraries';
import {MAX_BYTES, SIZE_UNITS, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {partsToText} from '@site/src/widgets/shared/logic/sourced';
import {
  base64Length,
  ENCODINGS,
  estimatePayload,
  IMAGE_FORMATS,
  IMAGE_MODES,
  KINDS,
  PAYLOAD_SCHEMA,
  readPayloadForm,
  requestBytes,
  SCRIPTS,
  type Encoding,
  type Kind,
  type OptionPayloadVerdict,
  type PayloadInput,
  type PayloadValues,
} from './logic';

const RANK: Record<OptionPayloadVerdict['fit'], number> = {fits: 0, maybe: 1, disputed: 1, over: 2};
const BINARY_KINDS: readonly Kind[] = ['bytes', 'file', 'image', 'audio'];

const valuesArb: fc.Arbitrary<PayloadValues> = fc.record({
  kind: choice(KINDS),
  size: field,
  sizeUnit: choice(SIZE_UNITS),
  chars: field,
  script: choice(SCRIPTS),
  records: field,
  recordSize: field,
  recordUnit: choice(SIZE_UNITS),
  images: field,
  imageBy: choice(IMAGE_MODES),
  imageSize: field,
  imageUnit: choice(SIZE_UNITS),
  width: field,
  height: field,
  format: choice(IMAGE_FORMATS),
  audioLength: field,
  audioUnit: choice(TIME_UNITS),
  bitrate: field,
  encoding: choice(ENCODINGS),
  envelope: field,
});

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

function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, visit);
  }
}

function assertCleanResult(input: PayloadInput): void {
  const result = estimatePayload(input);
  walk(result, 'result', (value, path) => {
    if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
    if (typeof value === 'string')
      assert.doesNotMatch(value, /NaN|Infinity|undefined/, `${path}: ${value}`);
  });
  for (const verdict of result.options) {
    const text = partsToText(verdict.detail);
    assert.ok(text.trim().length > 0, verdict.option);
    assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${verdict.option}: ${text}`);
  }
}

describe('readPayloadForm (property)', () => {
  it('never throws; gives checked input or a non-empty message per bad field', () => {
    const fields = new Set(Object.keys(PAYLOAD_SCHEMA));
    let accepted = 0;
    fc.assert(
      fc.property(valuesArb, (values) => {
        const {input, errors} = readPayloadForm(values);
        const keys = Object.keys(errors);
        if (input) {
          accepted += 1;
          assert.deepEqual(keys, []);
          assert.ok(
            Number.isFinite(input.itemBytes) && input.itemBytes > 0,
            `itemBytes ${input.itemBytes}`,
          );
          assert.ok(Number.isInteger(input.items) && input.items >= 1);
          assert.ok(Number.isInteger(input.envelopeBytes) && input.envelopeBytes >= 0);
          assert.ok(input.itemBytes * input.items <= MAX_BYTES);
          assert.ok(!(input.encoding === 'json-text' && BINARY_KINDS.includes(input.kind)));
          assertCleanResult(input);
        } else {
          assert.ok(keys.length > 0, 'no input and no error');
          for (const key of keys) {
            assert.ok(fields.has(key), key);
            const message = errors[key as keyof PayloadValues];
            assert.ok(typeof message === 'string' && message.trim().length > 0, key);
          }
        }
      }),
      RUNS,
    );
    assert.ok(
      accepted >= RUNS.numRuns / 20,
      `only ${accepted} of ${RUNS.numRuns} forms were valid`,
    );
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
