import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  assertAwsSource,
  assertOlderAndConflictingValues,
  assertPastDate,
} from '@site/test/support/registryChecks';
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
  type Quoted,
  type StatedValue,
} from './index';
import {quotedNumbers, quoteStatesValue} from './limits/quoteMatch';

const AWS_HOSTS = ['docs.aws.amazon.com', 'aws.amazon.com'];
// Where a quote may have been read: AWS's documentation hosts, including its China-Region mirror.
const QUOTE_COPY_HOSTS = [...AWS_HOSTS, 'docs.amazonaws.cn'];
const LONGEST_QUOTE = 200;
const entries: readonly LimitEntry[] = LIMITS;

/** Every value an entry states: the current one, older ones and the ones other pages state. */
function statedValues(
  entry: LimitEntry,
): {label: string; value: StatedValue & Quoted; source: string}[] {
  return [
    {label: entry.id, value: entry, source: entry.source},
    ...(entry.previous ?? []).map((previous, i) => ({
      label: `${entry.id} previous[${i}]`,
      value: previous,
      source: previous.source,
    })),
    ...(entry.conflicting ?? []).map((other, i) => ({
      label: `${entry.id} conflicting[${i}]`,
      value: other,
      source: other.source,
    })),
  ];
}

function assertQuotedOrExplained(label: string, value: StatedValue & Quoted, source: string): void {
  const hasQuote = value.quote !== undefined;
  const hasReason = value.unquoted !== undefined;
  assert.ok(hasQuote !== hasReason, `${label}: set exactly one of quote and unquoted`);
  if (value.quote !== undefined) {
    const quote = value.quote;
    assert.equal(quote, quote.trim(), `${label}: quote has stray spaces`);
    assert.ok(quote.length > 0 && quote.length <= LONGEST_QUOTE, `${label}: quote length`);
    assert.ok(!/[\n\r]/.test(quote), `${label}: quote spans lines`);
    assert.ok(
      quoteStatesValue(quote, value),
      `${label}: the quote does not state ${value.value} ${value.unit}; it states ${JSON.stringify(
        quotedNumbers(quote).map((n) => n.text),
      )}`,
    );
  }
  if (value.unquoted !== undefined) {
    assert.ok(value.unquoted.trim().length > 20, `${label}: say why there is no quote`);
  }
  if (value.quoteFrom !== undefined) {
    assert.ok(hasQuote, `${label}: quoteFrom without a quote`);
    const copy = new URL(value.quoteFrom);
    assert.equal(copy.protocol, 'https:', `${label}: quoteFrom must use https`);
    assert.ok(QUOTE_COPY_HOSTS.includes(copy.hostname), `${label}: quoteFrom on ${copy.hostname}`);
    assert.notEqual(value.quoteFrom, source, `${label}: quoteFrom repeats the source`);
  }
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

      it("gives AWS's own words for every value it states, or says why it cannot", () => {
        for (const {label, value, source} of statedValues(entry)) {
          assertQuotedOrExplained(label, value, source);
        }
      });

      it('explains and sources every older or conflicting value', () => {
        assertOlderAndConflictingValues(entry, UNITS, {
          conflicting: (other) => assertAwsSource(other.source, `${entry.id} conflicting`),
        });
      });
    });
  }

  it('lists the changed and disputed limits the guide must teach', () => {
    const ids = changedOrDisputed().map((entry) => entry.id);
    for (const id of [
      'realtime.maxPayload',
      'async.maxProcessingTime',
      'lambda.asyncPayload',
      'lambda.streamedResponse',
      'bedrock.reservedLongTerm',
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
        option.ownModel,
        option.monitoring,
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

  it('says where Bedrock can serve a model of yours and where it cannot', () => {
    const bedrock = getOption('bedrock');
    assert.equal(bedrock.ownModel.value, 'partly');
    assert.match(bedrock.ownModel.text, /Custom Model Import/);
    assert.match(bedrock.ownModel.text, /XGBoost or scikit-learn cannot/);
  });

  it('gives the summary table a sourced monitoring fact for every option', () => {
    assert.deepEqual(
      OPTIONS.map((option) => option.monitoring.value),
      ['yes', 'yes', 'no', 'unstated', 'partly', 'no'],
    );
  });

  it('rejects an unknown option', () => {
    assert.throws(() => getOption('ec2' as never), /Unknown option/);
  });
});

describe('the quote matcher', () => {
  const mb = (value: number): StatedValue => ({value, unit: 'MB', byteBase: 'unstated'});
  const seconds = (value: number): StatedValue => ({value, unit: 's'});
  const count = (value: number): StatedValue => ({value, unit: 'count'});

  it('finds the value written in digits, with or without thousands separators', () => {
    assert.ok(quoteStatesValue('payload size for serverless invocations is 4 MB.', mb(4)));
    assert.ok(quoteStatesValue('between 128 MB and 10,240 MB in 1-MB increments', mb(10240)));
    assert.ok(quoteStatesValue('between 128 MB and 10240 MB', mb(10240)));
    assert.ok(quoteStatesValue('a maximum length of 6,291,456', {value: 6291456, unit: 'bytes'}));
    assert.ok(
      quoteStatesValue('payload sizes (up to 1GB)', {value: 1, unit: 'GB', byteBase: 'unstated'}),
    );
    assert.ok(quoteStatesValue('no more than 3.75 MB, 8000 px', mb(3.75)));
    assert.ok(quoteStatesValue('Maximum value of 3600.', seconds(3600)));
  });

  it('rejects a quote that does not contain the value', () => {
    assert.ok(!quoteStatesValue('payload size for serverless invocations is 4 MB.', mb(6)));
    assert.ok(!quoteStatesValue('The real-time endpoint limit is large.', mb(25)));
    assert.ok(!quoteStatesValue('', count(1)));
  });

  it('does not find a value inside a longer number', () => {
    assert.ok(
      !quoteStatesValue('up to 16 GB of memory', {value: 6, unit: 'GB', byteBase: 'unstated'}),
    );
    assert.ok(!quoteStatesValue('about 6.5 MB', mb(6)));
    assert.ok(!quoteStatesValue('The default is 6 hours, or 21,600 seconds.', seconds(600)));
    assert.ok(!quoteStatesValue('1,000 concurrent executions', count(100)));
    assert.ok(!quoteStatesValue('10,240 MB', mb(240)));
    assert.ok(!quoteStatesValue('x86_64 container images', count(64)));
  });

  it('requires the unit AWS writes to be the unit of the value', () => {
    assert.ok(!quoteStatesValue('is 4 MB', {value: 4, unit: 'GB', byteBase: 'unstated'}));
    assert.ok(!quoteStatesValue('within 60 seconds', mb(60)));
    assert.ok(!quoteStatesValue('50% cost savings vs on-demand', mb(50)));
    assert.ok(!quoteStatesValue('24-hour processing window', seconds(24)));
    assert.ok(quoteStatesValue('24-hour processing window', {value: 24, unit: 'h'}));
    assert.ok(quoteStatesValue('50% cost savings vs on-demand', {value: 50, unit: 'percent'}));
  });

  it('converts time units, and only time units', () => {
    assert.ok(quoteStatesValue('900 seconds (15 minutes)', seconds(900)));
    assert.ok(quoteStatesValue('900 seconds (15 minutes)', {value: 15, unit: 'min'}));
    assert.ok(!quoteStatesValue('900 seconds (15 minutes)', seconds(15)));
    assert.ok(quoteStatesValue('requests to /invocations is 1 minute.', seconds(60)));
    assert.ok(quoteStatesValue('up to 90 minutes for Lambda Managed Instances', seconds(5400)));
    assert.ok(
      quoteStatesValue('The default is 6 hours, or 21,600 seconds.', {value: 6, unit: 'h'}),
    );
    assert.ok(quoteStatesValue('The default duration is 7 days', {value: 7, unit: 'days'}));
    assert.ok(!quoteStatesValue('6,291,456 bytes', mb(6)));
  });

  it('reads only the number words and multipliers it lists', () => {
    assert.ok(quoteStatesValue('You can include up to five documents.', count(5)));
    assert.ok(quoteStatesValue('a maximum of one shadow variant per endpoint', count(1)));
    assert.ok(quoteStatesValue('3600 seconds (one hour)', {value: 1, unit: 'h'}));
    assert.ok(
      quoteStatesValue('Free Tier: 1 million requests per month.', {
        value: 1000000,
        unit: 'requests per month',
      }),
    );
    assert.ok(!quoteStatesValue('none of the documents', count(1)));
    assert.ok(!quoteStatesValue('a handful of documents', count(5)));
    assert.ok(!quoteStatesValue('up to five documents', count(6)));
  });

  it('needs the dollar sign for a price', () => {
    const price: StatedValue = {value: 0.2, unit: 'USD per 1M requests'};
    assert.ok(quoteStatesValue('$0.20 per 1 million requests thereafter', price));
    assert.ok(!quoteStatesValue('0.20 per 1 million requests', price));
    assert.ok(!quoteStatesValue('$0.25 per 1 million requests', price));
  });

  it('accepts a bare number, as API references give ranges without units', () => {
    assert.ok(
      quoteStatesValue('Valid Range: Minimum value of 1. Maximum value of 200.', count(200)),
    );
    assert.ok(quoteStatesValue('between 10-50% of the green fleet', {value: 10, unit: 'percent'}));
    assert.ok(quoteStatesValue('1 or 6 month commitments', {value: 1, unit: 'months'}));
    assert.ok(quoteStatesValue('1 or 6 month commitments', {value: 6, unit: 'months'}));
    assert.ok(!quoteStatesValue('1 or 6 month commitments', {value: 3, unit: 'months'}));
  });
});
