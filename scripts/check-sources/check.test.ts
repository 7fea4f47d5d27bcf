import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {recordedFetch} from '@site/test/support/recordedFetch';
import {checkSources, type CheckResult} from './check';
import type {QuotedValue} from './entries';
import {exitCode, markdownReport, textReport} from './report';

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures', 'sources');
const DOCS = 'https://docs.aws.amazon.com';

function value(id: string, source: string, quote?: string, unquoted?: string): QuotedValue {
  return {id, kind: 'limit', role: 'current', label: id, shown: '1 MB', source, quote, unquoted};
}

const values: QuotedValue[] = [
  value(
    'serverless.maxPayload',
    `${DOCS}/sagemaker/latest/dg/serverless-endpoints-invoke.html`,
    'The maximum request and response payload size for serverless invocations is 4 MB.',
  ),
  value(
    'serverless.maxStartupTime',
    `${DOCS}/sagemaker/latest/dg/serverless-endpoints-invoke.html`,
    'The model must download and the server must respond successfully to /ping within 3 minutes.',
  ),
  value(
    'lambda.maxTimeout',
    `${DOCS}/lambda/latest/dg/configuration-timeout.html`,
    'The default value for this setting is 3 seconds, but you can adjust this in increments of 1 second up to a maximum value of 900 seconds (15 minutes).',
  ),
  value(
    'sagemaker.retired',
    `${DOCS}/sagemaker/latest/dg/a-retired-page.html`,
    'A sentence on a page that is gone.',
  ),
  value(
    'lambda.runTime',
    `${DOCS}/lambda/latest/dg/limits.html`,
    'Code can run for up to 15 minutes in a single invocation',
  ),
  value('lambda.requestPrice', 'https://aws.amazon.com/lambda/pricing/', '$0.20 per 1M requests'),
  value(
    'lambda.noQuote',
    `${DOCS}/lambda/latest/dg/never-fetched.html`,
    undefined,
    'No stored copy.',
  ),
];

async function run(): Promise<{results: CheckResult[]; requests: string[]}> {
  const {fetcher, requests} = recordedFetch(fixtures);
  const results = await checkSources(values, fetcher);
  return {results, requests};
}

function byId(results: readonly CheckResult[], id: string): CheckResult {
  const found = results.find((result) => result.value.id === id);
  assert.ok(found, id);
  return found;
}

describe('the source check, against recorded pages', () => {
  it('finds quotes that are still there, reading the Markdown version first', async () => {
    const {results} = await run();
    for (const id of ['serverless.maxPayload', 'serverless.maxStartupTime']) {
      assert.equal(byId(results, id).status, 'found', id);
      assert.equal(byId(results, id).detail, 'Markdown version');
    }
  });

  it('reports a changed quote with the passage now nearest to it', async () => {
    const {results} = await run();
    const changed = byId(results, 'lambda.maxTimeout');
    assert.equal(changed.status, 'changed');
    assert.equal(
      changed.nearest?.passage,
      'The default value for this setting is 3 seconds, but you can adjust this in increments of 1 second up to a maximum value of 1,800 seconds (30 minutes).',
    );
    assert.ok((changed.nearest?.similarity ?? 0) > 0.9);
    assert.ok((changed.nearest?.similarity ?? 1) < 1);
  });

  it('reports a page that answers 404 as gone', async () => {
    const gone = byId((await run()).results, 'sagemaker.retired');
    assert.equal(gone.status, 'gone');
    assert.equal(gone.detail, 'HTTP 404');
  });

  it('follows a redirect and reports the quote as moved, with the new address', async () => {
    const moved = byId((await run()).results, 'lambda.runTime');
    assert.equal(moved.status, 'moved');
    assert.equal(moved.finalUrl, `${DOCS}/lambda/latest/dg/gettingstarted-limits.md`);
  });

  it('reports a page it could not reach as not checked, not as changed', async () => {
    const unreachable = byId((await run()).results, 'lambda.requestPrice');
    assert.equal(unreachable.status, 'unreachable');
    assert.match(unreachable.detail ?? '', /ENOTFOUND/);
  });

  it('reports an entry without a quote as such, with its reason, and fetches nothing for it', async () => {
    const {results, requests} = await run();
    const unquoted = byId(results, 'lambda.noQuote');
    assert.equal(unquoted.status, 'unquoted');
    assert.equal(unquoted.detail, 'No stored copy.');
    assert.ok(!requests.some((url) => url.includes('never-fetched')));
  });

  it('fetches each source once, and HTML only when the Markdown version lacks a quote', async () => {
    const {requests} = await run();
    assert.deepEqual(requests, [
      `${DOCS}/sagemaker/latest/dg/serverless-endpoints-invoke.md`,
      `${DOCS}/lambda/latest/dg/configuration-timeout.md`,
      `${DOCS}/lambda/latest/dg/configuration-timeout.html`,
      `${DOCS}/sagemaker/latest/dg/a-retired-page.md`,
      `${DOCS}/sagemaker/latest/dg/a-retired-page.html`,
      `${DOCS}/lambda/latest/dg/limits.md`,
      `${DOCS}/lambda/latest/dg/gettingstarted-limits.md`,
      'https://aws.amazon.com/lambda/pricing/',
    ]);
  });

  it('does not find a quote in a page script, only in the text a reader sees', async () => {
    const {fetcher} = recordedFetch(fixtures);
    const [result] = await checkSources(
      [
        value(
          'x',
          `${DOCS}/lambda/latest/dg/configuration-timeout.html`,
          '"maxTimeout": "900 seconds"',
        ),
      ],
      fetcher,
    );
    assert.equal(result?.status, 'changed');
  });
});

describe('the source-check report', () => {
  it('exits non-zero on drift, and zero when every quote is found or absent on purpose', async () => {
    const {results} = await run();
    assert.equal(exitCode(results), 1);
    const calm = results.filter((result) => ['found', 'unquoted'].includes(result.status));
    assert.equal(exitCode(calm), 0);
  });

  it('lists drift first, with the quote, the nearest passage and a word diff', async () => {
    const text = textReport((await run()).results);
    const lines = text.split('\n');
    assert.match(lines[0] ?? '', /^changed\s+lambda\.maxTimeout/);
    assert.ok(
      text.includes(
        'diff:    The default value for this setting is 3 seconds, but you can adjust this in increments of 1 second up to a maximum value of [-900-]{+1,800+} seconds ([-15-]{+30+} minutes).',
      ),
    );
    assert.match(
      lines.at(-1) ?? '',
      /^7 values: 1 changed, 1 page gone, 1 moved, 1 not checked, 2 still there, 1 no quote\.$/,
    );
  });

  it('writes an issue body that links each drifted source and lists unquoted values apart', async () => {
    const body = markdownReport((await run()).results, {
      date: '2026-12-07',
      runUrl: 'https://example.test/run/1',
    });
    assert.match(body, /^The weekly source check on 2026-12-07/);
    assert.ok(body.includes('### lambda.maxTimeout: changed'));
    assert.ok(
      body.includes(
        `- Source: ${DOCS}/lambda/latest/dg/configuration-timeout.html (the guide shows 1 MB)`,
      ),
    );
    assert.ok(body.includes('~~900~~ **1,800**'));
    assert.ok(body.includes(`- Now at: ${DOCS}/lambda/latest/dg/gettingstarted-limits.md`));
    assert.ok(body.includes('| lambda.noQuote | No stored copy. |'));
    assert.ok(!body.includes('### serverless.maxPayload'));
    assert.ok(body.endsWith('Run log: https://example.test/run/1\n'));
  });

  it('says so when nothing drifted, or when there was nothing to check', async () => {
    const found = (await run()).results.filter((result) => result.status === 'found');
    const body = markdownReport(found, {date: '2026-12-07'});
    assert.ok(body.includes('Every quote was found where the guide cites it.'));
    assert.ok(
      markdownReport([], {date: '2026-12-07'}).includes('No value has a quote to check yet.'),
    );
  });
});
