import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  BYTE_UNITS,
  changedOrDisputed,
  getLimit,
  getOption,
  isLimitId,
  LIMITS,
  limitsFor,
  OPTION_IDS,
  OPTIONS,
  UNITS,
  type LimitEntry,
} from './index';

const AWS_HOSTS = ['docs.aws.amazon.com', 'aws.amazon.com'];
const today = new Date();
const entries: readonly LimitEntry[] = LIMITS;

function assertAwsSource(url: string, where: string): void {
  const parsed = new URL(url);
  assert.equal(parsed.protocol, 'https:', `${where}: source must use https`);
  assert.ok(
    AWS_HOSTS.includes(parsed.hostname),
    `${where}: ${parsed.hostname} is not an AWS documentation host`,
  );
}

function assertPastDate(value: string, where: string): void {
  assert.match(value, /^\d{4}-\d{2}(-\d{2})?$/, `${where}: ${value} is not an ISO date`);
  const date = new Date(value);
  assert.ok(!Number.isNaN(date.getTime()), `${where}: ${value} does not parse`);
  const [year, month, day] = value.split('-').map(Number);
  assert.equal(date.getUTCFullYear(), year, `${where}: ${value} is not a real date`);
  assert.equal(date.getUTCMonth() + 1, month, `${where}: ${value} is not a real date`);
  if (day !== undefined)
    assert.equal(date.getUTCDate(), day, `${where}: ${value} is not a real date`);
  assert.ok(date.getTime() <= today.getTime(), `${where}: ${value} is in the future`);
}

describe('the limits data module', () => {
  it('has entries for every option and for the services in front of a model', () => {
    for (const subject of [...OPTION_IDS, 'apigateway', 'sdk'] as const) {
      assert.ok(limitsFor(subject).length > 0, `no limits for ${subject}`);
    }
  });

  it('gives every entry a unique id of the form subject.name', () => {
    const ids = entries.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const entry of entries) {
      assert.match(entry.id, /^[a-z]+\.[a-zA-Z]+$/, entry.id);
      assert.ok(
        entry.id.startsWith(`${entry.subject}.`),
        `${entry.id} does not start with its subject`,
      );
    }
  });

  for (const entry of entries) {
    describe(entry.id, () => {
      it('has an https source on an AWS documentation host', () => {
        assertAwsSource(entry.source, entry.id);
        assert.ok(entry.sourceTitle.trim().length > 0);
      });

      it('has a verified-on date that parses and is not in the future', () => {
        assert.match(entry.verifiedOn, /^\d{4}-\d{2}-\d{2}$/);
        assertPastDate(entry.verifiedOn, entry.id);
        if (entry.since) assertPastDate(entry.since, `${entry.id} since`);
      });

      it('has a positive finite value in a known unit', () => {
        assert.ok(Number.isFinite(entry.value) && entry.value > 0, `${entry.id}: ${entry.value}`);
        assert.ok(
          (UNITS as readonly string[]).includes(entry.unit),
          `${entry.id}: unit ${entry.unit}`,
        );
        assert.ok(entry.quantity.trim().length > 0);
      });

      it('says how to read its megabytes when it is a size', () => {
        const isSize =
          (BYTE_UNITS as readonly string[]).includes(entry.unit) && entry.unit !== 'bytes';
        if (isSize) assert.ok(entry.byteBase, `${entry.id} needs a byteBase`);
        else assert.equal(entry.byteBase, undefined, `${entry.id} is not a size`);
      });

      it('explains and sources every older or conflicting value', () => {
        for (const previous of entry.previous ?? []) {
          assert.ok(previous.note.trim().length > 0, `${entry.id}: previous value without a note`);
          assertAwsSource(previous.source, `${entry.id} previous`);
          assert.ok(Number.isFinite(previous.value) && previous.value >= 0);
          assert.ok((UNITS as readonly string[]).includes(previous.unit));
          if (previous.until) assertPastDate(previous.until, `${entry.id} until`);
        }
        for (const other of entry.conflicting ?? []) {
          assert.ok(other.note.trim().length > 0, `${entry.id}: conflicting value without a note`);
          assertAwsSource(other.source, `${entry.id} conflicting`);
          assert.ok(Number.isFinite(other.value) && other.value > 0);
        }
        assert.equal(
          entry.status === 'disputed',
          (entry.conflicting?.length ?? 0) > 0,
          `${entry.id}: a disputed entry, and only a disputed one, lists conflicting values`,
        );
      });
    });
  }

  it('finds entries by id and rejects unknown ids', () => {
    assert.equal(getLimit('lambda.maxTimeout').value, 900);
    assert.ok(isLimitId('serverless.maxPayload'));
    assert.ok(!isLimitId('serverless.noSuchLimit'));
    assert.throws(() => getLimit('nope.nope' as never), /Unknown limit id/);
  });

  it('lists the changed and disputed limits the guide must teach', () => {
    const ids = changedOrDisputed().map((entry) => entry.id);
    for (const id of [
      'realtime.maxPayload',
      'async.maxProcessingTime',
      'lambda.asyncPayload',
      'lambda.streamedResponse',
    ]) {
      assert.ok(ids.includes(id), `${id} should be listed as changed or disputed`);
    }
  });
});

describe('the options data module', () => {
  it('describes the six options once each, in order', () => {
    assert.deepEqual(
      OPTIONS.map((option) => option.id),
      [...OPTION_IDS],
    );
  });

  for (const option of OPTIONS) {
    it(`${option.id}: links its facts to AWS and its limits to the limits module`, () => {
      for (const fact of [
        option.scalesToZero,
        option.gpu,
        option.pricing,
        option.answers,
        option.runs,
      ]) {
        assertAwsSource(fact.source, option.id);
        assertPastDate(fact.verifiedOn, option.id);
        assert.ok(fact.text.length > 0);
      }
      assert.ok(isLimitId(option.maxPayload));
      assert.ok(isLimitId(option.maxProcessing));
      assert.equal(getLimit(option.maxPayload).subject, option.id);
      assert.equal(getLimit(option.maxProcessing).subject, option.id);
      assert.match(option.path, /^\/docs\/[a-z-]+$/);
      assert.equal(getOption(option.id), option);
    });
  }

  it('rejects an unknown option', () => {
    assert.throws(() => getOption('ec2' as never), /Unknown option/);
  });
});
