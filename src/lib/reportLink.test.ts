import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {REPORT_FIELDS, REPORT_FORM, reportLimitUrl, repositoryUrl} from './reportLink';

const REPORT = {
  repository: 'https://github.com/owner/guide',
  id: 'serverless.maxPayload',
  shown: '4 MB',
  source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html',
  page: 'https://owner.github.io/docs/serverless',
};

function paramsOf(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe('reportLimitUrl', () => {
  it('opens the fix-a-limit form of the repository', () => {
    const url = new URL(reportLimitUrl(REPORT));
    assert.equal(url.origin + url.pathname, 'https://github.com/owner/guide/issues/new');
    assert.equal(url.searchParams.get('template'), REPORT_FORM);
  });

  it('prefills the page, the entry id, the value shown and the source cited', () => {
    const params = paramsOf(reportLimitUrl(REPORT));
    assert.equal(params.get('title'), 'Limit: serverless.maxPayload');
    assert.equal(params.get('page'), REPORT.page);
    assert.equal(params.get('limit'), 'serverless.maxPayload');
    assert.equal(params.get('shown'), '4 MB');
    assert.equal(params.get('cited'), REPORT.source);
  });

  it('says which value is meant when it is not the current one', () => {
    const older = paramsOf(reportLimitUrl({...REPORT, which: 'previous', shown: '2 MB'}));
    assert.equal(older.get('limit'), 'serverless.maxPayload (older value)');
    assert.equal(older.get('shown'), '2 MB');
    const other = paramsOf(reportLimitUrl({...REPORT, which: 'conflicting'}));
    assert.equal(other.get('limit'), 'serverless.maxPayload (value another AWS page states)');
    assert.equal(paramsOf(reportLimitUrl({...REPORT, which: 'current'})).get('limit'), REPORT.id);
  });

  it('keeps odd characters intact and tolerates a trailing slash', () => {
    const shown = '$0.20 per 1M requests & more #1 “quoted”';
    const url = reportLimitUrl({...REPORT, repository: 'https://github.com/owner/guide/', shown});
    assert.ok(url.startsWith('https://github.com/owner/guide/issues/new?'));
    assert.equal(paramsOf(url).get('shown'), shown);
  });

  it('fills only fields that the issue form has', () => {
    const form = readFileSync(
      path.join(__dirname, '..', '..', '.github', 'ISSUE_TEMPLATE', REPORT_FORM),
      'utf8',
    );
    const ids = [...form.matchAll(/^\s+id: ([\w-]+)$/gm)].map((match) => match[1]);
    for (const field of REPORT_FIELDS) assert.ok(ids.includes(field), `${field} not in the form`);
    const filled = [...paramsOf(reportLimitUrl(REPORT)).keys()].filter(
      (key) => key !== 'template' && key !== 'title',
    );
    assert.deepEqual(filled, [...REPORT_FIELDS]);
  });
});

describe('repositoryUrl', () => {
  it('builds the GitHub address from the organisation and project names', () => {
    assert.equal(repositoryUrl('owner', 'guide'), 'https://github.com/owner/guide');
  });
});
