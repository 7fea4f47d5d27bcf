import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {getLimit, limitsFor} from '@site/src/data';
import {formatDuration, formatStated, statedSeconds} from '@site/src/lib/units';
import {pageToMarkdown, type PageContext} from './markdown';

const docs = path.join(__dirname, '..', '..', '..', 'docs');
const context: PageContext = {
  file: path.join(docs, 'tools', 'page.mdx'),
  url: 'https://example.test/base/docs/tools/page',
  siteRoot: 'https://example.test/base',
  urlOfFile: (file) =>
    file === path.join(docs, 'serverless.mdx')
      ? 'https://example.test/base/docs/serverless'
      : undefined,
};

const md = (source: string): string => pageToMarkdown(source, context);

describe('a page as Markdown', () => {
  it('replaces <Limit> with the value the page shows, in each of its forms', () => {
    const timeout = getLimit('lambda.maxTimeout');
    assert.equal(md('Up to <Limit id="lambda.maxTimeout" />.'), `Up to ${formatStated(timeout)}.`);
    assert.equal(
      md('Up to <Limit id="lambda.maxTimeout" format="duration" />.'),
      `Up to ${formatDuration(statedSeconds(timeout))}.`,
    );
    const asyncPayload = getLimit('lambda.asyncPayload');
    const older = asyncPayload.previous?.[0];
    assert.ok(older && asyncPayload.since);
    assert.equal(
      md('Was <Limit id="lambda.asyncPayload" which="previous" />.'),
      `Was ${formatStated(older)}.`,
    );
    const since = md('Since <Limit id="lambda.asyncPayload" show="since" />.');
    assert.match(since, new RegExp(`^Since [A-Z][a-z]+ ${asyncPayload.since.slice(0, 4)}\\.$`));
  });

  it('keeps the dispute beside a disputed value unless the page says plain', () => {
    const payload = getLimit('realtime.maxPayload');
    const other = payload.conflicting?.[0];
    assert.ok(other && payload.status === 'disputed');
    assert.equal(
      md('<Limit id="realtime.maxPayload" />'),
      `${formatStated(payload)} (disputed: another AWS page says ${formatStated(other)})`,
    );
    assert.equal(md('<Limit id="realtime.maxPayload" plain />'), formatStated(payload));
    assert.equal(
      md('<Limit id="realtime.maxPayload" which="conflicting" plain />'),
      formatStated(other),
    );
  });

  it('turns a LimitsTable into a Markdown table of the same entries, in order', () => {
    const ids = ['serverless.maxPayload', 'lambda.maxTimeout'] as const;
    const lines = md(`<LimitsTable ids={['${ids.join("', '")}']} caption="Two limits" />`).split(
      '\n',
    );
    assert.equal(lines[0], '**Two limits**');
    assert.match(lines[2] ?? '', /^\| What is limited \| Value \| Source \| Notes \|$/);
    const rows = lines.slice(4);
    assert.equal(rows.length, ids.length);
    ids.forEach((id, i) => {
      const entry = getLimit(id);
      const cells = (rows[i] ?? '').split(' | ');
      assert.equal(cells[0], `| ${entry.quantity}`);
      assert.equal(cells[1], formatStated(entry));
      assert.ok(cells[2]?.includes(`(${entry.source})`), `${id} links its source`);
    });
    const subject = md('<LimitsTable subject="serverless" />').split('\n');
    assert.equal(subject.length, 2 + limitsFor('serverless').length);
  });

  it('writes a RequestFlow as a numbered list, with limits inside steps filled in', () => {
    const flow = md(
      [
        '<RequestFlow',
        '  title="How it flows"',
        "  steps={[{actor: 'Caller', action: 'Sends it'}, {actor: 'Lambda', action: <>Runs up to <Limit id=\"lambda.maxTimeout\" /></>}]}",
        '/>',
      ].join('\n'),
    );
    assert.equal(
      flow,
      [
        '**How it flows**',
        '',
        '1. **Caller**: Sends it',
        `2. **Lambda**: Runs up to ${formatStated(getLimit('lambda.maxTimeout'))}`,
      ].join('\n'),
    );
  });

  it('leaves a widget as one line pointing to its page, and drops imports and comments', () => {
    const page = [
      '---',
      'title: A page',
      '---',
      '',
      "import TimeoutChecker from '@site/src/widgets/TimeoutChecker';",
      '',
      '{/* A comment */}',
      '',
      '<TimeoutChecker headingLevel={3} />',
    ].join('\n');
    assert.equal(
      md(page),
      `The web page shows an interactive timeout checker here: <${context.url}>.`,
    );
  });

  it('makes links absolute and keeps code as it is', () => {
    const page = [
      'See [Serverless](../serverless.mdx#key-limits), [data](pathname:///limits.json),',
      '[this part](#part), [a page](/docs/overview) and [AWS](https://aws.amazon.com/).',
      '',
      '```python',
      'timeout = 900  # <Limit id="x" />',
      '```',
    ].join('\n');
    assert.equal(
      md(page),
      [
        'See [Serverless](https://example.test/base/docs/serverless#key-limits), [data](https://example.test/base/limits.json),',
        `[this part](${context.url}#part), [a page](https://example.test/base/docs/overview) and [AWS](https://aws.amazon.com/).`,
        '',
        '```python',
        'timeout = 900  # <Limit id="x" />',
        '```',
      ].join('\n'),
    );
  });

  it('writes admonitions as quoted notes with their title', () => {
    assert.equal(
      md([':::tip Keywords to look for', '', 'Scale to zero.', '', ':::'].join('\n')),
      ['> **Tip:** Keywords to look for', '>', '> Scale to zero.'].join('\n'),
    );
    assert.equal(
      md([':::note', '', 'Plain.', '', ':::'].join('\n')),
      ['> **Note.**', '>', '> Plain.'].join('\n'),
    );
  });

  it('refuses an unknown limit id, naming the file and line', () => {
    assert.throws(
      () => md('\n\n<Limit id="no.such" />'),
      /page\.mdx:3: unknown limit id "no\.such"/,
    );
  });
});
