import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getLimit} from '@site/src/data';
import {formatDuration, formatStated, statedSeconds} from '@site/src/lib/units';
import {optionName} from './optionNames';
import {
  dur,
  formatMonth,
  lim,
  limitsIn,
  old,
  parseText,
  partProblem,
  renderParts,
  renderText,
  t,
  type GivenPart,
  type LimitPart,
  type Part,
} from './text';

/** Parts through the placeholders of the bank's data files. */
const part = (source: string): Part => {
  const parts = parseText(source);
  assert.ok(Array.isArray(parts) && parts.length === 1, source);
  return parts[0] as Part;
};
const other = (limit: string) => part(`{other:${limit}}`) as LimitPart;
const since = (limit: string) => part(`{since:${limit}}`) as LimitPart;
const given = (key: string) => part(`{given:${key}}`) as GivenPart;

describe('question text', () => {
  it('renders limits from the data module, in the unit AWS states them or as a duration', () => {
    const text = t`Up to ${lim('async.maxPayload')} and ${dur('async.maxProcessingTime')}.`;
    assert.equal(
      renderText(text),
      `Up to ${formatStated(getLimit('async.maxPayload'))} and ` +
        `${formatDuration(statedSeconds(getLimit('async.maxProcessingTime')))}.`,
    );
    assert.deepEqual(limitsIn(text), ['async.maxPayload', 'async.maxProcessingTime']);
  });

  it('renders the older value, the disputed value and the date of a change', () => {
    const lambda = getLimit('lambda.asyncPayload');
    const before = lambda.previous?.[0];
    const disputed = getLimit('realtime.maxPayload').conflicting?.[0];
    const launch = getLimit('async.maxProcessingTime').previous?.[0];
    assert.ok(before && disputed && launch && lambda.since);
    assert.equal(renderText([old('lambda.asyncPayload')]), formatStated(before));
    assert.equal(renderText([other('realtime.maxPayload')]), formatStated(disputed));
    assert.equal(renderText([since('lambda.asyncPayload')]), formatMonth(lambda.since));
    assert.equal(
      renderText([old('async.maxProcessingTime', 'duration')]),
      formatDuration(statedSeconds(launch)),
    );
  });

  it('keeps each value linked to its source', () => {
    const parts = renderParts(parseText('A {other:realtime.maxPayload} body'));
    assert.equal(parts.length, 3);
    const value = parts[1];
    assert.equal(value?.kind, 'limit');
    if (value?.kind === 'limit') {
      assert.equal(value.which, 'conflicting');
      assert.equal(value.source, getLimit('realtime.maxPayload').conflicting?.[0]?.source);
    }
  });

  it('renders scenario numbers from the workload, with their units', () => {
    const workload = {
      chooser: {payload: '1,500', payloadUnit: 'MB', duration: '1', durationUnit: 'h'},
      payload: {images: '30', bitrate: '128', audioLength: '90', audioUnit: 'min'},
    };
    assert.equal(
      renderText(
        parseText(
          '{given:payload}, {given:duration}, {given:images} images, {given:audioLength} at {given:bitrate}',
        ),
        workload,
      ),
      '1,500 MB, 1 hour, 30 images, 90 minutes at 128 kbit/s',
    );
  });

  it('says what is wrong with a reference, and renders a dash rather than a wrong number', () => {
    assert.equal(partProblem(given('payload'), {}), 'the workload has no chooser.payload');
    assert.equal(
      partProblem(given('payload'), {chooser: {payload: 'lots', payloadUnit: 'MB'}}),
      'chooser.payload is not a number',
    );
    assert.equal(
      partProblem(given('payload'), {chooser: {payload: '2'}}),
      'the workload has no chooser.payloadUnit',
    );
    assert.equal(
      partProblem(other('lambda.maxTimeout')),
      'lambda.maxTimeout has no conflicting value',
    );
    assert.equal(
      partProblem(dur('lambda.syncPayload')),
      'lambda.syncPayload is not a time, so it has no duration format',
    );
    assert.equal(partProblem(since('lambda.maxTimeout')), 'lambda.maxTimeout has no since date');
    assert.equal(partProblem({limit: 'nope.nothing' as never}), 'unknown limit id nope.nothing');
    assert.equal(renderText([given('payload')]), '–');
    assert.equal(renderText([other('lambda.maxTimeout')]), '–');
  });

  it('reads placeholders as the parts the helpers make', () => {
    assert.deepEqual(
      parseText('Up to {lim:async.maxPayload} and {dur:async.maxProcessingTime}.'),
      t`Up to ${lim('async.maxPayload')} and ${dur('async.maxProcessingTime')}.`,
    );
    assert.deepEqual(parseText('{old:lambda.asyncPayload}'), [old('lambda.asyncPayload')]);
    assert.deepEqual(parseText('{old-dur:async.maxProcessingTime}'), [
      old('async.maxProcessingTime', 'duration'),
    ]);
    assert.deepEqual(other('realtime.maxPayload'), {
      limit: 'realtime.maxPayload',
      which: 'conflicting',
    });
    assert.deepEqual(since('lambda.asyncPayload'), {limit: 'lambda.asyncPayload', show: 'since'});
    assert.deepEqual(given('payload'), {given: 'payload'});
  });

  it('reads option names as words, joined to the text around them', () => {
    assert.equal(parseText('{option:serverless}'), optionName('serverless'));
    assert.equal(parseText('Plain words stay a string.'), 'Plain words stay a string.');
    assert.deepEqual(parseText('Not {option:batch}: up to {lim:async.maxPayload}'), [
      `Not ${optionName('batch')}: up to `,
      lim('async.maxPayload'),
    ]);
  });

  it('rejects an unknown placeholder, limit, scenario value or option, and a stray brace', () => {
    assert.throws(() => parseText('{limit:async.maxPayload}'), /unknown placeholder \{limit:/);
    assert.throws(
      () => parseText('{lim:async.nothing}'),
      /unknown limit id in \{lim:async.nothing\}/,
    );
    assert.throws(() => parseText('{given:weight}'), /unknown scenario value in \{given:weight\}/);
    assert.throws(() => parseText('{option:ec2}'), /unknown option in \{option:ec2\}/);
    assert.throws(() => parseText('a {lim: b'), /a brace outside a placeholder/);
  });

  it('writes months as words', () => {
    assert.equal(formatMonth('2025-10-24'), 'October 2025');
    assert.equal(formatMonth('2024-06'), 'June 2024');
    assert.equal(formatMonth('soon'), 'soon');
  });
});
