import {useId, type ReactNode} from 'react';
import {getLimit, getOption} from '@site/src/data';
import {formatBytes, formatNumber, formatStated} from '@site/src/lib/units';
import type {Tone} from '@site/src/widgets/shared/FitBadge';
import {VerdictTable} from '@site/src/widgets/shared/VerdictTable';
import {ChoiceField, NumberField, SelectField} from '@site/src/widgets/shared/Fields';
import {LogChart} from '@site/src/widgets/shared/LogChart';
import {Parts} from '@site/src/widgets/shared/Parts';
import {
  formatShare,
  SIZE_UNIT_LABELS,
  SIZE_UNITS,
  TIME_UNIT_LABELS,
  TIME_UNITS,
  type Fit,
} from '@site/src/widgets/shared/logic/measure';
import {useQueryState} from '@site/src/widgets/shared/useQueryState';
import {optionsOf, Widget} from '@site/src/widgets/shared/Widget';
import styles from '@site/src/widgets/shared/styles.module.css';
import {
  ENCODINGS,
  estimatePayload,
  IMAGE_FORMATS,
  KINDS,
  PAYLOAD_SCHEMA,
  readPayloadForm,
  SCRIPTS,
  type Check,
  type OptionPayloadVerdict,
} from './logic';

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

const TONE: Record<OptionPayloadVerdict['fit'], Tone> = {
  fits: 'ok',
  maybe: 'warn',
  disputed: 'warn',
  over: 'fail',
};
const WORD: Record<OptionPayloadVerdict['fit'], string> = {
  fits: 'Fits',
  maybe: 'May not fit',
  disputed: 'Disputed',
  over: 'Too large',
};
const FIT_TONE: Record<Fit, Tone> = {fits: 'ok', maybe: 'warn', over: 'fail'};
const CHECK_WORD: Record<Fit, string> = {fits: 'fits', maybe: 'may not fit', over: 'too large'};

function CheckLine({check}: {check: Check}): ReactNode {
  return (
    <li>
      {check.label}: <Parts parts={[{limit: check.limit}]} /> — {CHECK_WORD[check.fit]}, uses{' '}
      {formatShare(check.used)}
      {check.headroom >= 0 ? `, ${formatBytes(check.headroom)} to spare` : ''}
    </li>
  );
}

function FilePicker({onSize}: {onSize: (bytes: number) => void}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Choose a file (it is measured here and never uploaded)
      </label>
      <input
        id={id}
        type="file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onSize(file.size);
        }}
      />
    </div>
  );
}

export default function PayloadEstimator({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const [values, notices, set] = useQueryState(PAYLOAD_SCHEMA);
  const {input, errors} = readPayloadForm(values);
  const result = input ? estimatePayload(input) : undefined;
  const sizeUnit = (key: 'sizeUnit' | 'recordUnit' | 'imageUnit') => ({
    label: 'Size unit',
    value: values[key],
    options: optionsOf(SIZE_UNITS, SIZE_UNIT_LABELS),
    onChange: (v: string) => set(key, v),
    notice: notices[key],
  });

  const kind = values.kind;
  const form = (
    <>
      <SelectField
        name="kind"
        label="What one request carries"
        value={kind}
        options={optionsOf(KINDS, KIND_LABELS)}
        onChange={(v) => set('kind', v)}
        notice={notices.kind}
      />
      {kind === 'bytes' || kind === 'file' ? (
        <>
          {kind === 'file' ? (
            <FilePicker
              onSize={(size) => {
                set('size', String(size));
                set('sizeUnit', 'bytes');
              }}
            />
          ) : null}
          <NumberField
            name="size"
            label={kind === 'file' ? 'File size' : 'Request size'}
            value={values.size}
            onChange={(v) => set('size', v)}
            error={errors.size}
            unit={sizeUnit('sizeUnit')}
          />
        </>
      ) : null}
      {kind === 'text' ? (
        <>
          <NumberField
            name="chars"
            label="Characters of text"
            value={values.chars}
            onChange={(v) => set('chars', v)}
            error={errors.chars}
          />
          <SelectField
            name="script"
            label="Mostly written in"
            value={values.script}
            options={optionsOf(SCRIPTS, SCRIPT_LABELS)}
            onChange={(v) => set('script', v)}
            notice={notices.script}
            hint="UTF-8 bytes per character."
          />
        </>
      ) : null}
      {kind === 'json' ? (
        <>
          <NumberField
            name="records"
            label="Records per request"
            value={values.records}
            onChange={(v) => set('records', v)}
            error={errors.records}
          />
          <NumberField
            name="recordSize"
            label="Size of one record"
            value={values.recordSize}
            onChange={(v) => set('recordSize', v)}
            error={errors.recordSize}
            unit={sizeUnit('recordUnit')}
          />
        </>
      ) : null}
      {kind === 'image' ? (
        <>
          <NumberField
            name="images"
            label="Images per request"
            value={values.images}
            onChange={(v) => set('images', v)}
            error={errors.images}
          />
          <ChoiceField
            name="imageBy"
            legend="Describe each image"
            value={values.imageBy}
            options={optionsOf(['size', 'pixels'] as const, IMAGE_BY_LABELS)}
            onChange={(v) => set('imageBy', v)}
            notice={notices.imageBy}
          />
          {values.imageBy === 'pixels' ? (
            <>
              <NumberField
                name="width"
                label="Width in pixels"
                value={values.width}
                onChange={(v) => set('width', v)}
                error={errors.width}
              />
              <NumberField
                name="height"
                label="Height in pixels"
                value={values.height}
                onChange={(v) => set('height', v)}
                error={errors.height}
              />
              <SelectField
                name="format"
                label="Image format"
                value={values.format}
                options={optionsOf(IMAGE_FORMATS, FORMAT_LABELS)}
                onChange={(v) => set('format', v)}
                notice={notices.format}
                hint="Compressed sizes vary with the picture; these are typical for photos."
              />
            </>
          ) : (
            <NumberField
              name="imageSize"
              label="Size of one image"
              value={values.imageSize}
              onChange={(v) => set('imageSize', v)}
              error={errors.imageSize}
              unit={sizeUnit('imageUnit')}
            />
          )}
        </>
      ) : null}
      {kind === 'audio' ? (
        <>
          <NumberField
            name="audioLength"
            label="Length of the recording"
            value={values.audioLength}
            onChange={(v) => set('audioLength', v)}
            error={errors.audioLength}
            unit={{
              label: 'Length unit',
              value: values.audioUnit,
              options: optionsOf(TIME_UNITS, TIME_UNIT_LABELS),
              onChange: (v) => set('audioUnit', v),
              notice: notices.audioUnit,
            }}
          />
          <NumberField
            name="bitrate"
            label="Bitrate in kbit/s"
            value={values.bitrate}
            onChange={(v) => set('bitrate', v)}
            error={errors.bitrate}
            hint="MP3 is often 128; 16 kHz 16-bit mono WAV is 256; CD-quality WAV is 1,411."
          />
        </>
      ) : null}
      <SelectField
        name="encoding"
        label="How it is sent"
        value={values.encoding}
        options={optionsOf(ENCODINGS, ENCODING_LABELS)}
        onChange={(v) => set('encoding', v)}
        error={errors.encoding}
        notice={notices.encoding}
      />
      {values.encoding !== 'binary' ? (
        <NumberField
          name="envelope"
          label="JSON around the data, in bytes"
          value={values.envelope}
          onChange={(v) => set('envelope', v)}
          error={errors.envelope}
          hint="Keys, brackets and any other fields in the request."
        />
      ) : null}
    </>
  );

  let summary: ReactNode;
  if (!result || !input) {
    summary = <p>Correct the field marked above to see the estimate.</p>;
  } else {
    const fitting = result.options.filter((o) => o.fit === 'fits').length;
    summary = (
      <>
        <p>
          One request is about <strong>{formatBytes(result.requestBytes)}</strong> (
          {formatNumber(result.requestBytes)} bytes)
          {input.encoding === 'base64-json' ? ', after base64 encoding' : ''}. It fits{' '}
          <strong>
            {fitting} of {result.options.length}
          </strong>{' '}
          options without doubt.
        </p>
        {result.items > 1 ? (
          <p>
            {formatNumber(result.items)} items of {formatBytes(result.itemBytes)} each
            {input.encoding === 'base64-json'
              ? `, ${formatBytes(result.encodedItemBytes)} each once encoded`
              : ''}
            .
          </p>
        ) : null}
      </>
    );
  }

  return (
    <Widget
      testId="payload-estimator"
      title="Payload-size estimator"
      headingLevel={headingLevel}
      intro="What does one request carry, and how is it sent? See its size, and whether it fits each option's request limits."
      form={form}
      summary={summary}>
      {result ? (
        <>
          <VerdictTable
            caption="Each option against the request size"
            columns={['Limits compared', 'What it means']}
            rows={result.options.map((verdict) => ({
              option: verdict.option,
              fit: verdict.fit,
              tone: TONE[verdict.fit],
              word: WORD[verdict.fit],
              cells: [
                <ul key="checks" className={styles.checks}>
                  {verdict.checks.map((check) => (
                    <CheckLine key={check.label} check={check} />
                  ))}
                </ul>,
                <Parts key="detail" parts={verdict.detail} />,
              ],
            }))}
          />
          <p>
            With API Gateway in front, the request must also fit its payload limit of{' '}
            <Parts parts={[{limit: 'apigateway.payload'}]} />: {CHECK_WORD[result.apiGateway.fit]}.
          </p>
          <p className={styles.hint}>
            KB, MB and GB in the inputs are decimal (a megabyte is a million bytes); KiB, MiB and
            GiB are binary. Each AWS limit is read as AWS states it. Where AWS does not say which it
            means, a size between the two readings shows as “may not fit”.
          </p>
          <LogChart
            caption="Each limit against what it is compared with (logarithmic size axis)"
            axis={result.chart.axis}
            marker={{label: 'Your request', value: result.requestBytes}}
            legend="The line marks what each limit is compared with: the whole request, or one record, image or document where the limit is per item."
            rows={result.chart.rows.map((row) => {
              const entry = getLimit(row.limit);
              const stated =
                row.which === 'conflicting' ? (entry.conflicting?.[0] ?? entry) : entry;
              return {
                label: `${getOption(row.option).shortName}: ${row.title}${row.which === 'conflicting' ? ' (API reference)' : ''}`,
                value: row.limitBytes,
                valueText: `${formatStated(stated)}, compared with ${formatBytes(row.comparedBytes)}`,
                tone: FIT_TONE[row.fit],
                compared: row.comparedBytes,
              };
            })}
            format={(bytes) => formatBytes(bytes)}
          />
        </>
      ) : null}
    </Widget>
  );
}
