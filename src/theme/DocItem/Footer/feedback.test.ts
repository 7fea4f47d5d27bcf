import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {FEEDBACK_TEMPLATE, feedbackUrl} from './feedback';

const base = {
  repositoryUrl: 'https://github.com/owner/repo',
  pageTitle: 'SageMaker Serverless Inference',
  pageUrl: 'https://owner.github.io/docs/serverless',
};

describe('the page-feedback link', () => {
  it('opens the feedback form of the repository with the page and a Yes prefilled', () => {
    const url = new URL(feedbackUrl({...base, useful: true}));
    assert.equal(url.origin + url.pathname, 'https://github.com/owner/repo/issues/new');
    assert.equal(url.searchParams.get('template'), FEEDBACK_TEMPLATE);
    assert.equal(url.searchParams.get('page'), base.pageUrl);
    assert.equal(url.searchParams.get('useful'), 'Yes');
    assert.equal(
      url.searchParams.get('title'),
      'Page feedback: “SageMaker Serverless Inference” was useful',
    );
  });

  it('says No and "not useful" for a No', () => {
    const url = new URL(
      feedbackUrl({...base, repositoryUrl: `${base.repositoryUrl}/`, useful: false}),
    );
    assert.equal(url.pathname, '/owner/repo/issues/new');
    assert.equal(url.searchParams.get('useful'), 'No');
    assert.match(url.searchParams.get('title') ?? '', /was not useful$/);
  });

  it('carries any title and address through unchanged, with nothing injected', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl(), fc.boolean(), (pageTitle, pageUrl, useful) => {
        const url = new URL(feedbackUrl({...base, pageTitle, pageUrl, useful}));
        assert.equal(url.host, 'github.com');
        assert.equal(url.searchParams.get('page'), pageUrl);
        assert.ok((url.searchParams.get('title') ?? '').includes(pageTitle));
        assert.deepEqual([...url.searchParams.keys()], ['template', 'title', 'page', 'useful']);
      }),
    );
  });
});
