import type {ReactNode} from 'react';
import {getOption} from '@site/src/data';
import {limitText} from '@site/src/lib/limitValue';
import {formatBytes, formatNumber} from '@site/src/lib/units';
import {Calculator, Note} from '@site/src/widgets/shared/Calculator';
import {ChoiceField, FileField, NumberField, SelectField} from '@site/src/widgets/shared/Fields';
import {LogChart} from '@site/src/widgets/shared/LogChart';
import {SourcedText} from '@site/src/widgets/shared/SourcedText';
import {useCalculator} from '@site/src/widgets/shared/useCalculator';
import {VerdictTable} from '@site/src/widgets/shared/VerdictTable';
import {formatShare} from '@site/src/widgets/shared/logic/measure';
import {VERDICTS} from '@site/src/widgets/shared/logic/verdict';
import {
  estimatePayload,
  PAYLOAD_SCHEMA,
  readPayloadForm,
  type Check,
  type PayloadResult,
} from './logic';
import styles from './styles.module.css';

const KIND_LABELS = {
  bytes: 'A size I know',
  text: 'Text',
  json: 'JSON records',
  image: 'Images',
  audio: 'Audio',
  file: 'A file on this device',
};
const ENCODING_LABELS = {
  binary: 'Binary body (raw bytes)',
  'base64-json': 'Base64 inside JSON',
  'json-text': 'Plain JSON text',
};
const SCRIPT_LABELS = {
  ascii: 'English and code (1 byte a character)',
  latin: 'Accented, Greek, Cyrillic, Arabic (about 2)',
  cjk: 'Chinese, Japanese, Korean (about 3)',
  emoji: 'Mostly emoji (4)',
};
const FORMAT_LABELS = {
  jpeg: 'JPEG photo (about 0.35 bytes a pixel)',
  png: 'PNG photo (about 2 bytes a pixel)',
  rgb: 'Uncompressed RGB (3 bytes a pixel)',
  rgba: 'Uncompressed RGBA (4 bytes a pixel)',
};
const IMAGE_BY_LABELS = {size: 'By file size', pixels: 'By width and height'};

/** A verdict's word inside a sentence: "fits", "may not fit". */
const inSentence = (fit: Check['fit']) => VERDICTS[fit].word.toLowerCase();

function CheckLine({check}: {check: Check}): ReactNode {
  return (
    <li>
      {check.label}: <SourcedText parts={[{limit: check.limit}]} /> — {inSentence(check.fit)}, uses{' '}
      {formatShare(check.used)}
      {check.headroom >= 0 ? `, ${formatBytes(check.headroom)} to spare` : ''}
    </li>
  );
}

function Summary({result, base64}: {result: PayloadResult; base64: boolean}): ReactNode {
  const fitting = result.options.filter((o) => o.fit === 'fits').length;
  return (
    <>
      <p>
        One request is about <strong>{formatBytes(result.requestBytes)}</strong> (
        {formatNumber(result.requestBytes)} bytes){base64 ? ', after base64 encoding' : ''}. It fits{' '}
        <strong>
          {fitting} of {result.options.length}
        </strong>{' '}
        options without doubt.
      </p>
      {result.items > 1 ? (
        <p>
          {formatNumber(result.items)} items of {formatBytes(result.itemBytes)} each
          {base64 ? `, ${formatBytes(result.encodedItemBytes)} each once encoded` : ''}.
        </p>
      ) : null}
    </>
  );
}

function Details({result}: {result: PayloadResult}): ReactNode {
  return (
    <>
      <VerdictTable
        caption="Each option against the request size"
        columns={['Limits compared', 'What it means']}
        verdicts={result.options}
        measured={(verdict) => (
          <ul className={styles.checks}>
            {verdict.checks.map((check) => (
              <CheckLine key={check.label} check={check} />
            ))}
          </ul>
        )}
      />
      <p>
        With API Gateway in front, the request must also fit its payload limit of{' '}
        <SourcedText parts={[{limit: 'apigateway.payload'}]} />: {inSentence(result.apiGateway.fit)}
        .
      </p>
      <Note>
        KB, MB and GB in the inputs are decimal (a megabyte is a million bytes); KiB, MiB and GiB
        are binary. Each AWS limit is read as AWS states it. Where AWS does not say which it means,
        a size between the two readings shows as “may not fit”.
      </Note>
      <LogChart
        caption="Each limit against what it is compared with (logarithmic size axis)"
        axis={result.chart.axis}
        marker={{label: 'Your request', value: result.requestBytes}}
        legend={
          'The line marks what each limit is compared with: the whole request, ' +
          'or one record, image or document where the limit is per item.'
        }
        rows={result.chart.rows.map((row) => ({
          label:
            `${getOption(row.option).shortName}: ${row.title}` +
            (row.which === 'conflicting' ? ' (API reference)' : ''),
          value: row.limitBytes,
          valueText: `${limitText(row.limit, row.which)}, compared with ${formatBytes(row.comparedBytes)}`,
          tone: VERDICTS[row.fit].tone,
          compared: row.comparedBytes,
        }))}
        format={(bytes) => formatBytes(bytes)}
      />
    </>
  );
}

export default function PayloadEstimator({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const {values, result, bind, set, bindWithUnit} = useCalculator(
    PAYLOAD_SCHEMA,
    readPayloadForm,
    estimatePayload,
  );
  const kind = values.kind;
  return (
    <Calculator
      testId="payload-estimator"
      title="Payload-size estimator"
      headingLevel={headingLevel}
      intro={
        'What does one request carry, and how is it sent? ' +
        "See its size, and whether it fits each option's request limits."
      }
      result={result}
      resultName="the estimate"
      summary={(r) => <Summary result={r} base64={values.encoding === 'base64-json'} />}
      details={(r) => <Details result={r} />}
      form={
        <>
          <SelectField {...bind('kind', KIND_LABELS)} label="What one request carries" />
          {kind === 'file' ? (
            <FileField
              label="Choose a file (it is measured here and never uploaded)"
              onSize={(bytes) => {
                set('size', String(bytes));
                set('sizeUnit', 'bytes');
              }}
            />
          ) : null}
          {kind === 'bytes' || kind === 'file' ? (
            <NumberField
              {...bindWithUnit('size', 'sizeUnit')}
              label={kind === 'file' ? 'File size' : 'Request size'}
            />
          ) : null}
          {kind === 'text' ? (
            <>
              <NumberField {...bind('chars')} label="Characters of text" />
              <SelectField
                {...bind('script', SCRIPT_LABELS)}
                label="Mostly written in"
                hint="UTF-8 bytes per character."
              />
            </>
          ) : null}
          {kind === 'json' ? (
            <>
              <NumberField {...bind('records')} label="Records per request" />
              <NumberField
                {...bindWithUnit('recordSize', 'recordUnit')}
                label="Size of one record"
              />
            </>
          ) : null}
          {kind === 'image' ? (
            <>
              <NumberField {...bind('images')} label="Images per request" />
              <ChoiceField {...bind('imageBy', IMAGE_BY_LABELS)} legend="Describe each image" />
              {values.imageBy === 'pixels' ? (
                <>
                  <NumberField {...bind('width')} label="Width in pixels" />
                  <NumberField {...bind('height')} label="Height in pixels" />
                  <SelectField
                    {...bind('format', FORMAT_LABELS)}
                    label="Image format"
                    hint="Compressed sizes vary with the picture; these are typical for photos."
                  />
                </>
              ) : (
                <NumberField
                  {...bindWithUnit('imageSize', 'imageUnit')}
                  label="Size of one image"
                />
              )}
            </>
          ) : null}
          {kind === 'audio' ? (
            <>
              <NumberField
                {...bindWithUnit('audioLength', 'audioUnit')}
                label="Length of the recording"
              />
              <NumberField
                {...bind('bitrate')}
                label="Bitrate in kbit/s"
                hint="MP3 is often 128; 16 kHz 16-bit mono WAV is 256; CD-quality WAV is 1,411."
              />
            </>
          ) : null}
          <SelectField {...bind('encoding', ENCODING_LABELS)} label="How it is sent" />
          {values.encoding !== 'binary' ? (
            <NumberField
              {...bind('envelope')}
              label="JSON around the data, in bytes"
              hint="Keys, brackets and any other fields in the request."
            />
          ) : null}
        </>
      }
    />
  );
}
