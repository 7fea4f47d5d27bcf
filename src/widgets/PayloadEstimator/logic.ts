/**
 * Payload-size estimator: how many bytes one request carries, and whether that fits each
 * option's request limits. Pure functions; the component only renders.
 */
import {getLimit, type LimitEntry, type LimitId, type OptionId} from '@site/src/data';
import {limitByteRange} from '@site/src/lib/limitValue';
import {byteRange, formatDecimal} from '@site/src/lib/units';
import {logAxis, type Axis} from '@site/src/widgets/shared/logic/chart';
import {fitBytes, readSize, readTime, type Fit} from '@site/src/widgets/shared/logic/measure';
import {MAX_BYTES, SIZE_UNITS, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {parseAmount, pickEnum} from '@site/src/widgets/shared/logic/parse';
import type {FormErrors, FormReading, Parsed} from '@site/src/widgets/shared/logic/parse';
import {choiceField, textField, type Values} from '@site/src/widgets/shared/logic/query';
import {cite, type Part} from '@site/src/widgets/shared/logic/sourced';
import {judgeEach, type Judges, type VerdictKind} from '@site/src/widgets/shared/logic/verdict';

export const KINDS = ['bytes', 'text', 'json', 'image', 'audio', 'file'] as const;
export type Kind = (typeof KINDS)[number];

export const ENCODINGS = ['binary', 'base64-json', 'json-text'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** UTF-8 bytes per character, by the script most of the text is in. */
export const SCRIPTS = ['ascii', 'latin', 'cjk', 'emoji'] as const;
export type Script = (typeof SCRIPTS)[number];
export const BYTES_PER_CHAR: Record<Script, number> = {ascii: 1, latin: 2, cjk: 3, emoji: 4};

export const IMAGE_MODES = ['size', 'pixels'] as const;

/**
 * Rough bytes per pixel of a typical photograph in each format. Compressed sizes depend on the
 * picture; these are estimates and the widget says so.
 */
export const IMAGE_FORMATS = ['jpeg', 'png', 'rgb', 'rgba'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const BYTES_PER_PIXEL: Record<ImageFormat, number> = {jpeg: 0.35, png: 2, rgb: 3, rgba: 4};

export const PAYLOAD_SCHEMA = {
  kind: choiceField(KINDS, 'image', 'what the request carries'),
  size: textField('5'),
  sizeUnit: choiceField(SIZE_UNITS, 'MB', 'the size unit'),
  chars: textField('20,000'),
  script: choiceField(SCRIPTS, 'ascii', 'the kind of text'),
  records: textField('100'),
  recordSize: textField('2'),
  recordUnit: choiceField(SIZE_UNITS, 'KB', 'the record size unit'),
  images: textField('1'),
  imageBy: choiceField(IMAGE_MODES, 'size', 'how images are described'),
  imageSize: textField('5'),
  imageUnit: choiceField(SIZE_UNITS, 'MB', 'the image size unit'),
  width: textField('4000'),
  height: textField('3000'),
  format: choiceField(IMAGE_FORMATS, 'jpeg', 'the image format'),
  audioLength: textField('20'),
  audioUnit: choiceField(TIME_UNITS, 'min', 'the audio length unit'),
  bitrate: textField('128'),
  encoding: choiceField(ENCODINGS, 'base64-json', 'how it is sent'),
  envelope: textField('100'),
};

export type PayloadValues = Values<typeof PAYLOAD_SCHEMA>;
export type PayloadField = keyof PayloadValues;

export interface PayloadInput {
  kind: Kind;
  encoding: Encoding;
  /** Raw bytes of each item (one image, one record, one file...) before encoding. */
  itemBytes: number;
  /** How many items one request carries. */
  items: number;
  /** Bytes of JSON around the data: keys, brackets, other fields. */
  envelopeBytes: number;
  /** Image width and height, when given. */
  pixels?: {width: number; height: number};
}

const COUNT_MAX = 1_000_000;
const countRules = (noun: string) => ({
  noun,
  max: COUNT_MAX,
  integer: true,
  maxText: 'Enter at most a million.',
});

/** Turns the raw form into checked input, or a message for each bad field. */
export function readPayloadForm(values: PayloadValues): FormReading<PayloadInput, PayloadField> {
  const errors: FormErrors<PayloadField> = {};
  const kind: Kind = pickEnum(values.kind, KINDS) ?? 'image';
  const encoding: Encoding = pickEnum(values.encoding, ENCODINGS) ?? 'base64-json';
  let itemBytes = 0;
  let items = 1;
  let pixels: PayloadInput['pixels'];

  const take = (field: PayloadField, parsed: Parsed<number>): number => {
    if (parsed.ok) return parsed.value;
    errors[field] = parsed.error;
    return 0;
  };

  switch (kind) {
    case 'bytes':
    case 'file':
      itemBytes = take('size', readSize(values.size, values.sizeUnit, 'a size'));
      break;
    case 'text': {
      const chars = take(
        'chars',
        parseAmount(values.chars, {
          ...countRules('a number of characters'),
          max: MAX_BYTES,
          maxText: 'Enter at most ten trillion characters.',
        }),
      );
      const script: Script = pickEnum(values.script, SCRIPTS) ?? 'ascii';
      itemBytes = chars * BYTES_PER_CHAR[script];
      break;
    }
    case 'json':
      items = take('records', parseAmount(values.records, countRules('a number of records')));
      itemBytes = take(
        'recordSize',
        readSize(values.recordSize, values.recordUnit, 'a record size'),
      );
      break;
    case 'image': {
      items = take('images', parseAmount(values.images, countRules('a number of images')));
      if (values.imageBy === 'pixels') {
        const side = {
          noun: 'a side in pixels',
          max: 1_000_000,
          integer: true,
          maxText: 'Enter at most a million pixels per side.',
        };
        const width = take('width', parseAmount(values.width, side));
        const height = take('height', parseAmount(values.height, side));
        const format: ImageFormat = pickEnum(values.format, IMAGE_FORMATS) ?? 'jpeg';
        itemBytes = Math.ceil(width * height * BYTES_PER_PIXEL[format]);
        pixels = {width, height};
      } else {
        itemBytes = take(
          'imageSize',
          readSize(values.imageSize, values.imageUnit, 'an image size'),
        );
      }
      break;
    }
    case 'audio': {
      const length = take(
        'audioLength',
        readTime(
          values.audioLength,
          values.audioUnit,
          'a length',
          'Enter at most 30 days of audio.',
        ),
      );
      const kbps = take(
        'bitrate',
        parseAmount(values.bitrate, {
          noun: 'a bitrate in kbit/s',
          max: 100_000,
          maxText: 'Enter at most 100,000 kbit/s.',
        }),
      );
      itemBytes = Math.ceil((length * kbps * 1000) / 8);
      break;
    }
  }

  let envelopeBytes = 0;
  if (encoding !== 'binary') {
    envelopeBytes = take(
      'envelope',
      parseAmount(values.envelope, {
        noun: 'an envelope size in bytes',
        allowZero: true,
        integer: true,
        max: 1e9,
        maxText: 'Enter at most 1,000,000,000 bytes of envelope.',
      }),
    );
  }
  if (
    encoding === 'json-text' &&
    (kind === 'image' || kind === 'audio' || kind === 'file' || kind === 'bytes')
  ) {
    errors.encoding =
      'Binary data cannot travel as plain JSON text: choose base64 inside JSON, or a binary body.';
  }
  if (Object.keys(errors).length > 0) return {errors};
  if (itemBytes * items > MAX_BYTES) {
    const field: Record<Kind, PayloadField> = {
      bytes: 'size',
      file: 'size',
      text: 'chars',
      json: 'records',
      image: 'images',
      audio: 'audioLength',
    };
    return {
      errors: {[field[kind]]: 'That adds up to more than 10 TB; enter fewer or smaller items.'},
    };
  }
  return {input: {kind, encoding, itemBytes, items, envelopeBytes, pixels}, errors};
}

/** Length of the base64 text for `bytes` bytes: four characters for every three bytes, padded. */
export function base64Length(bytes: number): number {
  if (!Number.isFinite(bytes) || bytes <= 0) return 0;
  return 4 * Math.ceil(bytes / 3);
}

/** Bytes of one item as it travels. */
export function encodedItemBytes(input: PayloadInput): number {
  if (input.encoding === 'base64-json') return base64Length(input.itemBytes) + 2; // the quotes
  if (input.encoding === 'json-text' && input.kind === 'text') return input.itemBytes + 2;
  return input.itemBytes;
}

/** Bytes of the whole request body. JSON items are separated by commas. */
export function requestBytes(input: PayloadInput): number {
  const item = encodedItemBytes(input);
  if (input.encoding === 'binary') return item * input.items;
  return item * input.items + Math.max(0, input.items - 1) + input.envelopeBytes;
}

export interface Check {
  /** What is compared: "Synchronous invocation". */
  label: string;
  limit: LimitId;
  /** Bytes compared against the limit. */
  bytes: number;
  fit: Fit;
  used: number;
  headroom: number;
  /** The other reading of a disputed limit. */
  disputed?: {fit: Fit; used: number};
}

export interface OptionPayloadVerdict {
  option: OptionId;
  /** The overall answer for this option: the best way to send the request, if any fits. */
  fit: Extract<VerdictKind, Fit | 'disputed'>;
  checks: Check[];
  detail: Part[];
  /** Batch Transform: records per mini-batch at the default and the largest MaxPayloadInMB. */
  perMiniBatch?: {atDefault: number; atMax: number};
}

function check(label: string, id: LimitId, bytes: number): Check {
  const entry: LimitEntry = getLimit(id);
  const result = fitBytes(bytes, limitByteRange(id));
  const other = entry.conflicting?.[0];
  const disputed = other ? fitBytes(bytes, byteRange(other)) : undefined;
  return {
    label,
    limit: id,
    bytes,
    fit: result.fit,
    used: result.used,
    headroom: result.headroom,
    ...(disputed ? {disputed: {fit: disputed.fit, used: disputed.used}} : {}),
  };
}

const ORDER: Record<Fit, number> = {fits: 0, maybe: 1, over: 2};

function best(checks: Check[]): Fit {
  return checks.reduce<Fit>((acc, c) => (ORDER[c.fit] < ORDER[acc] ? c.fit : acc), 'over');
}

/** What the judges read: the checked input and the sizes it adds up to. */
interface Request {
  input: PayloadInput;
  /** Bytes of the whole request body. */
  total: number;
  /** Bytes of one item as it travels. */
  encodedItem: number;
}

type Judgement = Omit<OptionPayloadVerdict, 'option'>;

/** A size between the decimal and binary readings of a limit, then any advice. */
function eitherReading(limit: LimitId, advice = ''): Part[] {
  return [
    'Between the decimal and binary readings of ',
    cite(limit),
    `; AWS does not say which applies.${advice}`,
  ];
}

/** A judgement on one check, with what each outcome means. */
function judgeOne(body: Check, detail: Record<Fit, Part[]>): Judgement {
  return {fit: body.fit, checks: [body], detail: detail[body.fit]};
}

/** Batch Transform: a record (one item) must fit in a mini-batch; many records share one. */
function judgeBatch({input, encodedItem}: Request): Judgement {
  const record = input.encoding === 'binary' ? input.itemBytes : encodedItem;
  const atDefault = check('One record in a default mini-batch', 'batch.defaultMiniBatch', record);
  const atMax = check('One record in the largest mini-batch', 'batch.maxMiniBatch', record);
  const perMiniBatch = {
    atDefault: record > 0 ? Math.floor(limitByteRange('batch.defaultMiniBatch').low / record) : 0,
    atMax: record > 0 ? Math.floor(limitByteRange('batch.maxMiniBatch').low / record) : 0,
  };
  const detail: Part[] =
    atDefault.fit === 'fits'
      ? [
          `${formatDecimal(perMiniBatch.atDefault)} such records fit in one mini-batch ` +
            'at the default MaxPayloadInMB (',
          cite('batch.defaultMiniBatch'),
          `), ${formatDecimal(perMiniBatch.atMax)} at the largest (`,
          cite('batch.maxMiniBatch'),
          ').',
        ]
      : atMax.fit !== 'over'
        ? [
            'One record is larger than the default mini-batch (',
            cite('batch.defaultMiniBatch'),
            '): raise MaxPayloadInMB, up to ',
            cite('batch.maxMiniBatch'),
            '.',
          ]
        : [
            'One record is larger than the largest mini-batch (',
            cite('batch.maxMiniBatch'),
            '). Split records, or use Asynchronous Inference.',
          ];
  const fit = atMax.fit === 'over' ? 'over' : atDefault.fit === 'fits' ? 'fits' : atMax.fit;
  return {fit, checks: [atDefault, atMax], detail, perMiniBatch};
}

/** Real-time: the hosting FAQ's limit, with the API model's smaller value as the other reading. */
function judgeRealtime({total}: Request): Judgement {
  const body = check('Request body', 'realtime.maxPayload', total);
  if (body.disputed && body.disputed.fit !== 'fits' && body.fit !== 'over') {
    const detail: Part[] = [
      'Depends on a disputed limit: under the hosting FAQ’s ',
      cite('realtime.maxPayload'),
      ', over the ',
      {limit: 'realtime.maxPayload', which: 'conflicting'},
      ' that the API reference and most exam material give. ' +
        'Test against your endpoint, or send it asynchronously.',
    ];
    return {fit: 'disputed', checks: [body], detail};
  }
  return judgeOne(body, {
    fits: ['Fits under both values AWS pages give.'],
    maybe: eitherReading('realtime.maxPayload'),
    over: [
      'Too large for a real-time request. Asynchronous Inference takes inputs up to ',
      cite('async.maxPayload'),
      ' from S3.',
    ],
  });
}

function judgeServerless({total}: Request): Judgement {
  const limit = 'serverless.maxPayload';
  return judgeOne(check('Request body', limit, total), {
    fits: ['Within the limit of ', cite(limit), ' for requests and responses.'],
    maybe: eitherReading(limit, ' Leave more room.'),
    over: [
      'Over the limit of ',
      cite(limit),
      '. Use Asynchronous Inference, or Real-Time if the traffic is steady.',
    ],
  });
}

function judgeAsync({total}: Request): Judgement {
  const inline = check('Inline Body', 'async.maxInlineBody', total);
  const viaS3 = check('Input object in S3', 'async.maxPayload', total);
  const detail: Part[] =
    inline.fit === 'fits'
      ? [
          'Small enough to send inline in the request Body (up to ',
          cite('async.maxInlineBody'),
          ') with no S3 upload.',
        ]
      : viaS3.fit !== 'over'
        ? [
            'Too large to send inline (',
            cite('async.maxInlineBody'),
            '): upload it to S3 and pass InputLocation; inputs may be up to ',
            cite('async.maxPayload'),
            '.',
          ]
        : [
            'Over the largest input Asynchronous Inference takes (',
            cite('async.maxPayload'),
            '). Split the input.',
          ];
  return {fit: best([inline, viaS3]), checks: [inline, viaS3], detail};
}

/** Bedrock: images and documents travel in Converse with per-item limits. */
function judgeBedrock(request: Request): Judgement {
  const {input, total} = request;
  if (input.kind === 'image') return judgeBedrockImages(input);
  if (input.kind === 'file') {
    const document = check('Document (Converse)', 'bedrock.maxDocumentSize', input.itemBytes);
    const detail: Part[] =
      document.fit === 'fits'
        ? [
            'Within the Converse limit of ',
            cite('bedrock.maxDocumentSize'),
            ' per document (up to ',
            cite('bedrock.maxDocuments'),
            ' documents per message).',
          ]
        : [
            'A document in a Converse message may be at most ',
            cite('bedrock.maxDocumentSize'),
            '. Extract the text, or split the file.',
          ];
    return {fit: document.fit, checks: [document], detail};
  }
  // Other requests travel as an InvokeModel body.
  const body = check('InvokeModel body (Claude)', 'bedrock.claudeMaxPayload', total);
  const detail: Part[] =
    body.fit === 'fits'
      ? [
          'Within the InvokeModel limit of ',
          cite('bedrock.claudeMaxPayload'),
          ' for Anthropic Claude; other models have their own limits, ' +
            'and the context window (in tokens) usually binds first.',
        ]
      : [
          'Over the InvokeModel limit of ',
          cite('bedrock.claudeMaxPayload'),
          ' for Anthropic Claude. Use batch inference from S3, or split the input.',
        ];
  return {fit: body.fit, checks: [body], detail};
}

function judgeBedrockImages(input: PayloadInput): Judgement {
  const each = check('Each image (Converse)', 'bedrock.maxImageSize', input.itemBytes);
  const tooMany = input.items > getLimit('bedrock.maxImages').value;
  const tooWide = input.pixels
    ? Math.max(input.pixels.width, input.pixels.height) > getLimit('bedrock.maxImageSide').value
    : false;
  const detail: Part[] = tooMany
    ? [
        'A Converse message takes at most ',
        cite('bedrock.maxImages'),
        ' images; send them in several messages.',
      ]
    : tooWide
      ? [
          'Each side of an image may be at most ',
          cite('bedrock.maxImageSide'),
          '; resize it first.',
        ]
      : each.fit === 'fits'
        ? [
            'Each image is within ',
            cite('bedrock.maxImageSize'),
            '. Converse takes raw image bytes; the SDK encodes them.',
          ]
        : [
            'Each image may be at most ',
            cite('bedrock.maxImageSize'),
            ' in a Converse message; compress or resize it.',
          ];
  const checked = tooMany || tooWide ? {...each, fit: 'over' as const} : each;
  return {fit: checked.fit, checks: [checked], detail};
}

function judgeLambda({total}: Request): Judgement {
  const sync = check('Synchronous invocation', 'lambda.syncPayload', total);
  const asyncEvent = check('Asynchronous invocation (event)', 'lambda.asyncPayload', total);
  const detail: Part[] =
    asyncEvent.fit === 'fits'
      ? [
          'Fits both a synchronous call (',
          cite('lambda.syncPayload'),
          ') and an asynchronous event (',
          cite('lambda.asyncPayload'),
          ').',
        ]
      : sync.fit === 'fits'
        ? [
            'Fits a synchronous call (',
            cite('lambda.syncPayload'),
            ') but not an asynchronous event (',
            cite('lambda.asyncPayload'),
            '). Older material gives an even smaller event limit, ',
            {limit: 'lambda.asyncPayload', which: 'previous'},
            '.',
          ]
        : [
            'Over the synchronous limit of ',
            cite('lambda.syncPayload'),
            '. Put the data in S3 and pass its key in the event.',
          ];
  return {fit: best([sync, asyncEvent]), checks: [sync, asyncEvent], detail};
}

const JUDGES: Judges<Request, Judgement> = {
  batch: judgeBatch,
  realtime: judgeRealtime,
  serverless: judgeServerless,
  async: judgeAsync,
  bedrock: judgeBedrock,
  lambda: judgeLambda,
};

/** One bar of the chart: a limit, and the bytes compared with it (the request, a record, an image). */
export interface ChartRow {
  option: OptionId;
  title: string;
  limit: LimitId;
  /** `conflicting` draws the value another AWS page states, for a disputed limit. */
  which: 'current' | 'conflicting';
  limitBytes: number;
  comparedBytes: number;
  fit: Fit;
}

export interface PayloadResult {
  requestBytes: number;
  itemBytes: number;
  encodedItemBytes: number;
  items: number;
  options: OptionPayloadVerdict[];
  apiGateway: Check;
  chart: {axis: Axis; rows: ChartRow[]};
}

/** The chart draws exactly what the table compares, each bar against its own bytes. */
function chartRows(options: readonly OptionPayloadVerdict[]): ChartRow[] {
  return options.flatMap((verdict) =>
    verdict.checks.flatMap((c): ChartRow[] => {
      const row: ChartRow = {
        option: verdict.option,
        title: c.label,
        limit: c.limit,
        which: 'current',
        limitBytes: limitByteRange(c.limit).low,
        comparedBytes: c.bytes,
        fit: c.fit,
      };
      const other = getLimit(c.limit).conflicting?.[0];
      if (!other || !c.disputed) return [row];
      return [
        row,
        {...row, which: 'conflicting', limitBytes: byteRange(other).low, fit: c.disputed.fit},
      ];
    }),
  );
}

export function estimatePayload(input: PayloadInput): PayloadResult {
  const total = requestBytes(input);
  const encodedItem = encodedItemBytes(input);
  const options = judgeEach(JUDGES, {input, total, encodedItem});
  const rows = chartRows(options);
  return {
    requestBytes: total,
    itemBytes: input.itemBytes,
    encodedItemBytes: encodedItem,
    items: input.items,
    options,
    apiGateway: check('API Gateway request payload', 'apigateway.payload', total),
    chart: {axis: logAxis(rows.flatMap((row) => [row.limitBytes, row.comparedBytes])), rows},
  };
}
