import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {assertBadValues, assertFiniteNumbers, formWith} from '@site/test/support/assertions';
import {getLimit, OPTION_IDS, type LimitId, type OptionId} from '@site/src/data';
import {byteRange} from '@site/src/lib/units';
import {limitByteRange} from '@site/src/lib/limitValue';
import {
  MAX_BYTES,
  MAX_SECONDS,
  sizeToBytes,
  timeToSeconds,
} from '@site/src/widgets/shared/logic/measure';
import {isLimitPart, partsToText, type Part} from '@site/src/widgets/shared/logic/sourced';
import {readLink} from '@site/test/support/formQuery';
import {
  base64Length,
  BYTES_PER_CHAR,
  BYTES_PER_PIXEL,
  encodedItemBytes,
  estimatePayload,
  IMAGE_FORMATS,
  KINDS,
  PAYLOAD_SCHEMA,
  readPayloadForm,
  requestBytes,
  SCRIPTS,
  type Kind,
  type OptionPayloadVerdict,
  type PayloadInput,
  type PayloadResult,
  type PayloadValues,
} from './logic';

const form = (changes: Partial<PayloadValues> = {}): PayloadValues =>
  formWith(PAYLOAD_SCHEMA, changes);

function input(overrides: Partial<PayloadInput> = {}): PayloadInput {
  return {
    kind: 'bytes',
    encoding: 'binary',
    itemBytes: 1000,
    items: 1,
    envelopeBytes: 0,
    ...overrides,
  };
}

/** A request of exactly `total` bytes on the wire: one binary item. */
function sized(total: number, kind: Kind = 'bytes'): PayloadResult {
  const result = estimatePayload(input({kind, itemBytes: total}));
  assert.equal(result.requestBytes, total);
  return result;
}

function verdict(result: PayloadResult, option: OptionId): OptionPayloadVerdict {
  const found = result.options.find((v) => v.option === option);
  assert.ok(found, `no verdict for ${option}`);
  return found;
}

function fitOf(result: PayloadResult, option: OptionId): OptionPayloadVerdict['fit'] {
  return verdict(result, option).fit;
}

function read(overrides: Partial<PayloadValues>): PayloadInput {
  const {input: parsed, errors} = readPayloadForm(form(overrides));
  assert.deepEqual(errors, {}, JSON.stringify(overrides));
  assert.ok(parsed);
  return parsed;
}

/** The payload a shared link with this query opens. */
function fromLink(query: string): PayloadInput {
  return readLink(PAYLOAD_SCHEMA, query, readPayloadForm);
}

function refersTo(
  parts: readonly Part[],
  limit: LimitId,
  which?: 'conflicting' | 'previous',
): boolean {
  return parts.some(
    (part) =>
      isLimitPart(part) && part.limit === limit && (which === undefined || part.which === which),
  );
}

function assertCleanResult(result: PayloadResult, where: string): void {
  assertFiniteNumbers(result, where);
  assert.equal(result.options.length, OPTION_IDS.length);
  for (const v of result.options) {
    const text = partsToText(v.detail);
    assert.ok(text.trim().length > 0, `${where} ${v.option}: empty detail`);
    assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${where} ${v.option}: ${text}`);
  }
}

describe('base64Length', () => {
  it('gives four characters per three bytes, padded', () => {
    assert.equal(base64Length(0), 0);
    assert.equal(base64Length(1), 4);
    assert.equal(base64Length(2), 4);
    assert.equal(base64Length(3), 4);
    assert.equal(base64Length(4), 8);
    assert.equal(base64Length(5), 8);
    assert.equal(base64Length(6), 8);
    assert.equal(base64Length(7), 12);
  });

  it('gives 4n for 3n bytes and 4n + 4 for 3n + 1 and 3n + 2 bytes', () => {
    for (let n = 1; n <= 2000; n += 1) {
      assert.equal(base64Length(3 * n), 4 * n);
      assert.equal(base64Length(3 * n + 1), 4 * n + 4);
      assert.equal(base64Length(3 * n + 2), 4 * n + 4);
      assert.equal(base64Length(n), 4 * Math.ceil(n / 3));
    }
  });

  it('matches Node’s base64 encoder', () => {
    for (let n = 0; n <= 300; n += 1) {
      assert.equal(base64Length(n), Buffer.alloc(n).toString('base64').length, String(n));
    }
  });

  it('gives 0 for sizes that are not positive or not finite', () => {
    for (const n of [-1, -3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      assert.equal(base64Length(n), 0, String(n));
    }
  });

  it('stays exact for the largest size the widget accepts', () => {
    assert.ok(Number.isSafeInteger(base64Length(MAX_BYTES)));
  });
});

describe('encodedItemBytes and requestBytes', () => {
  it('sends a binary body as is: items × bytes, no commas, no envelope', () => {
    const one = input({encoding: 'binary', itemBytes: 1000, items: 3, envelopeBytes: 500});
    assert.equal(encodedItemBytes(one), 1000);
    assert.equal(requestBytes(one), 3000);
  });

  it('adds base64, quotes, commas and the envelope for base64 in JSON', () => {
    const one = input({encoding: 'base64-json', itemBytes: 1000, items: 3, envelopeBytes: 50});
    const encoded = base64Length(1000) + 2;
    assert.equal(encodedItemBytes(one), encoded);
    assert.equal(requestBytes(one), 3 * encoded + 2 + 50);
    const single = {...one, items: 1};
    assert.equal(requestBytes(single), encoded + 50, 'one item has no comma');
  });

  it('adds two quotes to text sent as a JSON string', () => {
    const text = input({kind: 'text', encoding: 'json-text', itemBytes: 1000, envelopeBytes: 20});
    assert.equal(encodedItemBytes(text), 1002);
    assert.equal(requestBytes(text), 1002 + 20);
  });

  it('sends JSON records as they are, separated by commas', () => {
    const records = input({
      kind: 'json',
      encoding: 'json-text',
      itemBytes: 200,
      items: 5,
      envelopeBytes: 10,
    });
    assert.equal(encodedItemBytes(records), 200);
    assert.equal(requestBytes(records), 5 * 200 + 4 + 10);
  });

  it('makes base64 in JSON always larger than the binary body', () => {
    for (const itemBytes of [1, 2, 3, 100, 1e6]) {
      const binary = requestBytes(input({itemBytes}));
      const base64 = requestBytes(input({itemBytes, encoding: 'base64-json'}));
      assert.ok(base64 > binary, String(itemBytes));
    }
  });
});

describe('readPayloadForm: each kind', () => {
  it('reads the default form', () => {
    const parsed = read({});
    assert.equal(parsed.kind, PAYLOAD_SCHEMA.kind.default);
    assert.equal(parsed.encoding, PAYLOAD_SCHEMA.encoding.default);
    assert.equal(parsed.items, Number(PAYLOAD_SCHEMA.images.default));
  });

  it('reads raw bytes and files in any size unit', () => {
    for (const kind of ['bytes', 'file'] as const) {
      assert.equal(read({kind, size: '2', sizeUnit: 'KiB'}).itemBytes, 2048);
      assert.equal(read({kind, size: '1.5', sizeUnit: 'MB'}).itemBytes, 1_500_000);
      assert.equal(read({kind, size: '1,000', sizeUnit: 'bytes'}).itemBytes, 1000);
      assert.equal(read({kind, size: '3', sizeUnit: 'GiB'}).itemBytes, sizeToBytes(3, 'GiB'));
      assert.equal(
        read({kind, size: '3', sizeUnit: 'bogus'}).itemBytes,
        sizeToBytes(3, 'MB'),
        'unknown unit falls back to MB',
      );
      assert.equal(read({kind, size: '3'}).items, 1);
    }
  });

  it('reads text at the UTF-8 size of each script', () => {
    for (const script of SCRIPTS) {
      const parsed = read({kind: 'text', chars: '1,000', script, encoding: 'json-text'});
      assert.equal(parsed.itemBytes, 1000 * BYTES_PER_CHAR[script], script);
      assert.equal(parsed.items, 1);
    }
    assert.equal(
      read({kind: 'text', chars: '10', script: 'klingon'}).itemBytes,
      10 * BYTES_PER_CHAR.ascii,
    );
  });

  it('uses the real UTF-8 byte count per script', () => {
    const samples: Record<(typeof SCRIPTS)[number], string> = {
      ascii: 'a',
      latin: 'é',
      cjk: '中',
      emoji: '😀',
    };
    for (const script of SCRIPTS)
      assert.equal(BYTES_PER_CHAR[script], Buffer.byteLength(samples[script], 'utf8'), script);
  });

  it('reads JSON records', () => {
    const parsed = fromLink('kind=json&records=100&recordSize=2&recordUnit=KB&encoding=json-text');
    assert.equal(parsed.items, 100);
    assert.equal(parsed.itemBytes, 2000);
  });

  it('reads images by size', () => {
    const parsed = fromLink('kind=image&images=3&imageBy=size&imageSize=1.5&imageUnit=MiB');
    assert.equal(parsed.items, 3);
    assert.equal(parsed.itemBytes, sizeToBytes(1.5, 'MiB'));
    assert.equal(parsed.pixels, undefined);
  });

  it('reads images by pixels in every format', () => {
    for (const format of IMAGE_FORMATS) {
      const parsed = fromLink(
        `kind=image&images=2&imageBy=pixels&width=4,000&height=3000&format=${format}`,
      );
      assert.equal(parsed.itemBytes, Math.ceil(4000 * 3000 * BYTES_PER_PIXEL[format]), format);
      assert.deepEqual(parsed.pixels, {width: 4000, height: 3000});
      assert.equal(parsed.items, 2);
    }
    const odd = read({kind: 'image', imageBy: 'pixels', width: '3', height: '1', format: 'jpeg'});
    assert.ok(Number.isInteger(odd.itemBytes) && odd.itemBytes > 0);
  });

  it('reads audio as duration × bitrate', () => {
    const parsed = read({kind: 'audio', audioLength: '20', audioUnit: 'min', bitrate: '128'});
    assert.equal(parsed.itemBytes, Math.ceil((timeToSeconds(20, 'min') * 128 * 1000) / 8));
    assert.equal(
      read({kind: 'audio', audioLength: '90', audioUnit: 's', bitrate: '64'}).itemBytes,
      (90 * 64 * 1000) / 8,
    );
    assert.equal(
      read({kind: 'audio', audioLength: '1', audioUnit: 'h', bitrate: '8'}).itemBytes,
      3600 * 1000,
    );
  });

  it('falls back to the default kind for an unknown one', () => {
    assert.equal(read({kind: '<script>alert(1)</script>'}).kind, PAYLOAD_SCHEMA.kind.default);
  });

  it('ignores the envelope of a binary body, and reads it otherwise', () => {
    assert.equal(read({kind: 'bytes', encoding: 'binary', envelope: 'garbage'}).envelopeBytes, 0);
    assert.equal(
      read({kind: 'bytes', encoding: 'base64-json', envelope: '250'}).envelopeBytes,
      250,
    );
    assert.equal(read({kind: 'bytes', encoding: 'base64-json', envelope: '0'}).envelopeBytes, 0);
  });
});

describe('readPayloadForm: errors', () => {
  it('refuses plain JSON text for binary kinds, on the encoding field', () => {
    for (const kind of ['bytes', 'file', 'image', 'audio'] as const) {
      const {input: parsed, errors} = readPayloadForm(form({kind, encoding: 'json-text'}));
      assert.equal(parsed, undefined, kind);
      assert.deepEqual(Object.keys(errors), ['encoding'], kind);
      assert.ok((errors.encoding ?? '').length > 0);
    }
    for (const kind of ['text', 'json'] as const) {
      assert.equal(read({kind, encoding: 'json-text'}).encoding, 'json-text', kind);
    }
  });

  it('puts each bad value on its own field', () => {
    assertBadValues(PAYLOAD_SCHEMA, readPayloadForm, [
      [{kind: 'bytes'}, 'size', ['', 'abc']],
      [{kind: 'file'}, 'size', ['-1', '0']],
      [{kind: 'bytes', sizeUnit: 'bytes'}, 'size', [String(MAX_BYTES + 1)]],
      [{kind: 'bytes', sizeUnit: 'KB'}, 'size', [String(MAX_BYTES)]],
      [{kind: 'text'}, 'chars', ['1.5', 'lots']],
      [{kind: 'json'}, 'records', ['2.5', '0']],
      [{kind: 'json'}, 'recordSize', ['x']],
      [{kind: 'image'}, 'images', ['1.5', '1,000,001']],
      [{kind: 'image', imageBy: 'size'}, 'imageSize', ['0']],
      [{kind: 'image', imageBy: 'pixels'}, 'width', ['10.5', '1,000,001']],
      [{kind: 'image', imageBy: 'pixels'}, 'height', ['-3']],
      [{kind: 'audio'}, 'audioLength', ['']],
      [{kind: 'audio'}, 'bitrate', ['100,001']],
      [{kind: 'bytes', encoding: 'base64-json'}, 'envelope', ['1.5', '-1', 'x']],
    ]);
  });

  it('ignores fields of other kinds', () => {
    assert.ok(
      readPayloadForm(
        form({kind: 'bytes', chars: 'x', records: 'x', images: 'x', width: 'x', audioLength: 'x'}),
      ).input,
    );
    assert.ok(
      readPayloadForm(form({kind: 'image', imageBy: 'size', width: 'x', height: 'x'})).input,
    );
    assert.ok(readPayloadForm(form({kind: 'image', imageBy: 'pixels', imageSize: 'x'})).input);
  });

  it('refuses images or records that add up to more than the widget’s maximum', () => {
    // A million items of a hundred-thousandth of the maximum: the count field is marked.
    const each = String(MAX_BYTES / 1e5);
    const cases = [
      {
        count: 'images',
        form: {kind: 'image', imageBy: 'size', imageSize: each, imageUnit: 'bytes'},
      },
      {count: 'records', form: {kind: 'json', recordSize: each, recordUnit: 'bytes'}},
    ] as const;
    for (const {count, form: fields} of cases) {
      const {input, errors} = readPayloadForm(form({...fields, [count]: '1,000,000'}));
      assert.equal(input, undefined, count);
      assert.deepEqual(Object.keys(errors), [count]);
    }
  });

  it('puts a text total that is too large on the characters field', () => {
    const chars = Math.floor(MAX_BYTES / BYTES_PER_CHAR.emoji) + 1;
    const {input: parsed, errors} = readPayloadForm(
      form({kind: 'text', chars: String(chars), script: 'emoji'}),
    );
    assert.equal(parsed, undefined);
    assert.deepEqual(Object.keys(errors), ['chars']);
  });

  it('puts an audio total that is too large on an audio field', () => {
    const {input: parsed, errors} = readPayloadForm(
      form({kind: 'audio', audioLength: String(MAX_SECONDS), audioUnit: 's', bitrate: '100,000'}),
    );
    assert.equal(parsed, undefined);
    const keys = Object.keys(errors);
    assert.equal(keys.length, 1);
    assert.ok(keys[0] === 'audioLength' || keys[0] === 'bitrate', keys.join());
  });

  it('accepts audio in milliseconds that is under 30 days', () => {
    const milliseconds = MAX_SECONDS + 1;
    const {input: parsed, errors} = readPayloadForm(
      form({kind: 'audio', audioLength: String(milliseconds), audioUnit: 'ms', bitrate: '128'}),
    );
    assert.deepEqual(errors, {});
    assert.equal(
      parsed?.itemBytes,
      Math.ceil((timeToSeconds(milliseconds, 'ms') * 128 * 1000) / 8),
    );
  });

  it('refuses audio longer than 30 days given in hours', () => {
    const hours = Math.ceil(MAX_SECONDS / 3600) + 1;
    const {input: parsed, errors} = readPayloadForm(
      form({kind: 'audio', audioLength: String(hours), audioUnit: 'h', bitrate: '1'}),
    );
    assert.equal(parsed, undefined);
    assert.ok(errors.audioLength);
  });
});

describe('estimatePayload: SageMaker Real-Time and its disputed limit', () => {
  const main = limitByteRange('realtime.maxPayload');
  const conflicting = getLimit('realtime.maxPayload').conflicting?.[0];
  const other = conflicting ? byteRange(conflicting) : undefined;

  it('is disputed in the data (update these tests if AWS settles it)', () => {
    assert.ok(other, 'realtime.maxPayload has no conflicting value any more');
  });

  it('fits under both values, is disputed between them, and is over above both', () => {
    if (!other) return;
    assert.ok(other.high < main.low, 'the conflicting value is not the smaller one');
    assert.equal(fitOf(sized(other.low - 1), 'realtime'), 'fits');
    assert.equal(fitOf(sized(other.high), 'realtime'), 'fits');
    assert.equal(fitOf(sized(other.high + 1), 'realtime'), 'disputed');
    assert.equal(fitOf(sized(main.low), 'realtime'), 'disputed');
    assert.equal(fitOf(sized(main.high), 'realtime'), 'disputed');
    assert.equal(fitOf(sized(main.high + 1), 'realtime'), 'over');
  });

  it('records both readings on the check and explains the dispute', () => {
    if (!other) return;
    const disputed = verdict(sized(other.high + 1), 'realtime');
    const check = disputed.checks[0];
    assert.equal(check?.limit, 'realtime.maxPayload');
    assert.equal(check?.fit, 'fits');
    assert.notEqual(check?.disputed?.fit, 'fits');
    assert.ok(refersTo(disputed.detail, 'realtime.maxPayload', 'conflicting'));
    assert.equal(verdict(sized(other.high), 'realtime').checks[0]?.disputed?.fit, 'fits');
  });

  it('points a request that is too large to Asynchronous Inference', () => {
    assert.ok(refersTo(verdict(sized(main.high + 1), 'realtime').detail, 'async.maxPayload'));
  });
});

describe('estimatePayload: SageMaker Serverless', () => {
  const limit = limitByteRange('serverless.maxPayload');

  it('fits at the decimal reading, may fit up to the binary one, and is over above', () => {
    assert.ok(limit.low < limit.high, 'serverless.maxPayload is no longer unstated');
    assert.equal(fitOf(sized(limit.low - 1), 'serverless'), 'fits');
    assert.equal(fitOf(sized(limit.low), 'serverless'), 'fits');
    assert.equal(fitOf(sized(limit.low + 1), 'serverless'), 'maybe');
    assert.equal(fitOf(sized(limit.high), 'serverless'), 'maybe');
    assert.equal(fitOf(sized(limit.high + 1), 'serverless'), 'over');
  });

  it('cites its limit in every case', () => {
    for (const size of [limit.low, limit.low + 1, limit.high + 1]) {
      assert.ok(refersTo(verdict(sized(size), 'serverless').detail, 'serverless.maxPayload'));
    }
  });
});

describe('estimatePayload: SageMaker Asynchronous', () => {
  const inline = limitByteRange('async.maxInlineBody');
  const s3 = limitByteRange('async.maxPayload');

  it('sends a Body up to the inline limit inline, and a larger one through S3', () => {
    const at = verdict(sized(inline.low), 'async');
    assert.equal(at.fit, 'fits');
    assert.equal(at.checks[0]?.limit, 'async.maxInlineBody');
    assert.equal(at.checks[0]?.fit, 'fits');
    assert.match(partsToText(at.detail), /inline/);

    const above = verdict(sized(inline.low + 1), 'async');
    assert.equal(above.checks[0]?.fit, 'over');
    assert.equal(above.checks[1]?.limit, 'async.maxPayload');
    assert.equal(above.checks[1]?.fit, 'fits');
    assert.equal(above.fit, 'fits', 'S3 still takes it');
    assert.ok(refersTo(above.detail, 'async.maxPayload'));
  });

  it('fits through S3 up to its limit, may fit above the decimal reading, and is over above the binary one', () => {
    assert.equal(fitOf(sized(s3.low), 'async'), 'fits');
    assert.equal(fitOf(sized(s3.low + 1), 'async'), s3.low < s3.high ? 'maybe' : 'over');
    assert.equal(fitOf(sized(s3.high + 1), 'async'), 'over');
  });
});

describe('estimatePayload: Batch Transform', () => {
  const dflt = limitByteRange('batch.defaultMiniBatch');
  const max = limitByteRange('batch.maxMiniBatch');
  const record = (itemBytes: number, encoding: PayloadInput['encoding'] = 'binary', items = 1) =>
    verdict(estimatePayload(input({kind: 'json', encoding, itemBytes, items})), 'batch');

  it('counts records per mini-batch at the default and the largest MaxPayloadInMB', () => {
    for (const size of [1, 100, 2000, 12_345, dflt.low]) {
      const v = record(size);
      assert.equal(v.fit, 'fits');
      assert.deepEqual(v.perMiniBatch, {
        atDefault: Math.floor(dflt.low / size),
        atMax: Math.floor(max.low / size),
      });
    }
    assert.equal(record(dflt.low).perMiniBatch?.atDefault, 1);
  });

  it('judges one record, not the whole request', () => {
    const many = record(1000, 'binary', 1_000_000);
    assert.equal(many.fit, 'fits');
    assert.equal(many.checks[0]?.bytes, 1000);
  });

  it('measures the encoded record when records travel as base64 in JSON', () => {
    const itemBytes = 3000;
    const v = record(itemBytes, 'base64-json');
    const encoded = base64Length(itemBytes) + 2;
    assert.equal(v.checks[0]?.bytes, encoded);
    assert.equal(v.perMiniBatch?.atDefault, Math.floor(dflt.low / encoded));
  });

  it('asks to raise MaxPayloadInMB for a record over the default, and is over above the largest', () => {
    const raised = record(dflt.low + 1);
    assert.equal(raised.fit, 'fits');
    assert.notEqual(raised.checks[0]?.fit, 'fits');
    assert.equal(raised.perMiniBatch?.atDefault, 0);
    assert.ok(refersTo(raised.detail, 'batch.maxMiniBatch'));
    assert.equal(record(max.low).fit, 'fits');
    assert.equal(record(max.low + 1).fit, max.low < max.high ? 'maybe' : 'over');
    assert.equal(record(max.high).fit, max.low < max.high ? 'maybe' : 'fits');
    const over = record(max.high + 1);
    assert.equal(over.fit, 'over');
    assert.ok(refersTo(over.detail, 'batch.maxMiniBatch'));
  });

  it('is over when base64 pushes a record past the largest mini-batch', () => {
    const itemBytes = Math.floor((max.high * 3) / 4);
    assert.notEqual(record(itemBytes, 'binary').fit, 'over');
    assert.equal(record(itemBytes, 'base64-json').fit, 'over');
  });
});

describe('estimatePayload: Lambda', () => {
  const sync = limitByteRange('lambda.syncPayload');
  const event = limitByteRange('lambda.asyncPayload');

  it('uses binary limits, with no maybe', () => {
    assert.equal(sync.low, sync.high);
    assert.equal(event.low, event.high);
  });

  it('fits both invocation types up to the event limit', () => {
    const v = verdict(sized(event.low), 'lambda');
    assert.equal(v.fit, 'fits');
    assert.deepEqual(
      v.checks.map((c) => [c.limit, c.fit]),
      [
        ['lambda.syncPayload', 'fits'],
        ['lambda.asyncPayload', 'fits'],
      ],
    );
  });

  it('fits only a synchronous call above the event limit, and cites the old event limit', () => {
    const v = verdict(sized(event.low + 1), 'lambda');
    assert.equal(v.fit, 'fits');
    assert.equal(v.checks[1]?.fit, 'over');
    assert.ok(refersTo(v.detail, 'lambda.asyncPayload', 'previous'));
  });

  it('is over one byte above the synchronous limit', () => {
    assert.equal(fitOf(sized(sync.low), 'lambda'), 'fits');
    assert.equal(fitOf(sized(sync.low - 1), 'lambda'), 'fits');
    const over = verdict(sized(sync.low + 1), 'lambda');
    assert.equal(over.fit, 'over');
    assert.ok(over.checks.every((c) => c.fit === 'over'));
  });
});

describe('estimatePayload: Bedrock', () => {
  const maxImages = getLimit('bedrock.maxImages').value;
  const maxSide = getLimit('bedrock.maxImageSide').value;
  const imageSize = limitByteRange('bedrock.maxImageSize');
  const documentSize = limitByteRange('bedrock.maxDocumentSize');
  const claude = limitByteRange('bedrock.claudeMaxPayload');
  const image = (overrides: Partial<PayloadInput>) =>
    verdict(estimatePayload(input({kind: 'image', itemBytes: 1000, ...overrides})), 'bedrock');

  it('takes up to the image count limit, and no more', () => {
    assert.equal(image({items: maxImages}).fit, 'fits');
    const over = image({items: maxImages + 1});
    assert.equal(over.fit, 'over');
    assert.ok(refersTo(over.detail, 'bedrock.maxImages'));
  });

  it('takes images up to the side limit, and no wider or taller', () => {
    assert.equal(image({pixels: {width: maxSide, height: maxSide}}).fit, 'fits');
    for (const pixels of [
      {width: maxSide + 1, height: 1},
      {width: 1, height: maxSide + 1},
    ]) {
      const over = image({pixels});
      assert.equal(over.fit, 'over', JSON.stringify(pixels));
      assert.ok(refersTo(over.detail, 'bedrock.maxImageSide'));
    }
  });

  it('checks the size of each image, not of the request', () => {
    const at = image({
      itemBytes: imageSize.low,
      items: maxImages,
      encoding: 'base64-json',
      envelopeBytes: 100,
    });
    assert.equal(at.fit, 'fits');
    assert.equal(at.checks[0]?.limit, 'bedrock.maxImageSize');
    assert.equal(at.checks[0]?.bytes, imageSize.low);
    assert.equal(
      image({itemBytes: imageSize.low + 1}).fit,
      imageSize.low < imageSize.high ? 'maybe' : 'over',
    );
    const over = image({itemBytes: imageSize.high + 1});
    assert.equal(over.fit, 'over');
    assert.ok(refersTo(over.detail, 'bedrock.maxImageSize'));
  });

  it('checks a file against the document limit', () => {
    const file = (itemBytes: number) =>
      verdict(
        estimatePayload(
          input({kind: 'file', itemBytes, encoding: 'base64-json', envelopeBytes: 100}),
        ),
        'bedrock',
      );
    const at = file(documentSize.low);
    assert.equal(at.fit, 'fits');
    assert.equal(at.checks[0]?.limit, 'bedrock.maxDocumentSize');
    assert.equal(at.checks[0]?.bytes, documentSize.low);
    assert.equal(file(documentSize.high + 1).fit, 'over');
  });

  it('checks text, JSON, raw bytes and audio against the Claude InvokeModel limit on the whole request', () => {
    for (const kind of ['text', 'json', 'bytes', 'audio'] as const) {
      const at = verdict(sized(claude.low, kind), 'bedrock');
      assert.equal(at.fit, 'fits', kind);
      assert.equal(at.checks[0]?.limit, 'bedrock.claudeMaxPayload', kind);
      assert.equal(at.checks[0]?.bytes, claude.low, kind);
      assert.equal(fitOf(sized(claude.high + 1, kind), 'bedrock'), 'over', kind);
    }
    const text = estimatePayload(
      input({kind: 'text', encoding: 'json-text', itemBytes: claude.high - 1, envelopeBytes: 10}),
    );
    assert.equal(verdict(text, 'bedrock').checks[0]?.bytes, claude.high - 1 + 2 + 10);
    assert.equal(verdict(text, 'bedrock').fit, 'over', 'the quotes and envelope count');
  });
});

describe('estimatePayload: the whole result', () => {
  it('checks the API Gateway payload limit on the whole request', () => {
    const gateway = limitByteRange('apigateway.payload');
    assert.equal(sized(gateway.low).apiGateway.fit, 'fits');
    assert.equal(sized(gateway.low).apiGateway.limit, 'apigateway.payload');
    assert.equal(sized(gateway.high + 1).apiGateway.fit, 'over');
  });

  it('reports sizes and the six options in the guide’s order', () => {
    const result = estimatePayload(
      input({encoding: 'base64-json', itemBytes: 300, items: 4, envelopeBytes: 10}),
    );
    assert.equal(result.itemBytes, 300);
    assert.equal(result.items, 4);
    assert.equal(result.encodedItemBytes, base64Length(300) + 2);
    assert.equal(result.requestBytes, 4 * (base64Length(300) + 2) + 3 + 10);
    assert.deepEqual(
      result.options.map((v) => v.option),
      [...OPTION_IDS],
    );
  });

  it('charts every comparison the table makes, each against its own bytes, both readings of a dispute included', () => {
    const bedrockLimit: Record<Kind, LimitId> = {
      bytes: 'bedrock.claudeMaxPayload',
      text: 'bedrock.claudeMaxPayload',
      json: 'bedrock.claudeMaxPayload',
      audio: 'bedrock.claudeMaxPayload',
      image: 'bedrock.maxImageSize',
      file: 'bedrock.maxDocumentSize',
    };
    for (const kind of KINDS) {
      const result = sized(12_345, kind);
      const {axis, rows} = result.chart;
      const checks = result.options.flatMap((v) =>
        v.checks.map((c) => ({option: v.option, check: c})),
      );
      for (const {option, check} of checks) {
        const row = rows.find(
          (r) =>
            r.option === option &&
            r.limit === check.limit &&
            r.which === 'current' &&
            r.title === check.label,
        );
        assert.ok(row, `${kind}: no bar for ${option} ${check.label}`);
        assert.equal(row.fit, check.fit);
        assert.equal(row.comparedBytes, check.bytes);
        assert.equal(row.limitBytes, limitByteRange(check.limit).low);
      }
      assert.ok(
        rows.some((r) => r.limit === bedrockLimit[kind]),
        kind,
      );
      const conflicting = rows.filter((r) => r.which === 'conflicting');
      assert.deepEqual(
        conflicting.map((r) => r.limit),
        ['realtime.maxPayload'],
        kind,
      );
      for (const row of rows) {
        assert.ok(row.title.trim().length > 0);
        assert.ok(axis.min <= row.limitBytes && row.limitBytes <= axis.max, `${kind} ${row.title}`);
        assert.ok(
          axis.min <= row.comparedBytes && row.comparedBytes <= axis.max,
          `${kind} ${row.title} compared`,
        );
      }
    }
  });

  it('holds only finite numbers and clean text, around every limit it uses', () => {
    const ids: LimitId[] = [
      'realtime.maxPayload',
      'serverless.maxPayload',
      'async.maxInlineBody',
      'async.maxPayload',
      'batch.defaultMiniBatch',
      'batch.maxMiniBatch',
      'bedrock.maxImageSize',
      'bedrock.maxDocumentSize',
      'bedrock.claudeMaxPayload',
      'lambda.syncPayload',
      'lambda.asyncPayload',
      'apigateway.payload',
    ];
    const sizes = new Set<number>([1, MAX_BYTES]);
    for (const id of ids) {
      const range = limitByteRange(id);
      for (const size of [range.low - 1, range.low, range.low + 1, range.high, range.high + 1])
        sizes.add(size);
    }
    for (const size of sizes) {
      for (const kind of KINDS) {
        assertCleanResult(sized(size, kind), `${kind} ${size}`);
        assertCleanResult(
          estimatePayload(
            input({kind, itemBytes: size, encoding: 'base64-json', envelopeBytes: 100, items: 3}),
          ),
          `${kind} ${size} ×3`,
        );
      }
    }
  });

  it('gives the same answers for the form and for a built input', () => {
    const fromForm = read({
      kind: 'image',
      images: '2',
      imageBy: 'size',
      imageSize: '3',
      imageUnit: 'MB',
      encoding: 'base64-json',
      envelope: '100',
    });
    assert.deepEqual(
      estimatePayload(fromForm),
      estimatePayload(
        input({
          kind: 'image',
          itemBytes: 3e6,
          items: 2,
          encoding: 'base64-json',
          envelopeBytes: 100,
        }),
      ),
    );
  });
});
