import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {guideHeadings, headingsOf} from '@site/test/support/mdxHeadings';
import {QUESTIONS, type GuideLink} from './index';

const pages = guideHeadings();

/** What is wrong with a link into the guide, if anything. */
function linkProblem(link: GuideLink): string | undefined {
  const headings = pages.get(link.path);
  if (!headings) return `no page at ${link.path}`;
  const heading = headings.find((h) => h.id === link.anchor);
  if (!heading) return `${link.path} has no heading with the id #${link.anchor}`;
  if (heading.text !== link.title)
    return `${link.path}#${link.anchor} is titled "${heading.text}", not "${link.title}"`;
  return undefined;
}

describe('links from questions into the guide', () => {
  it('finds the guide’s pages and their headings', () => {
    assert.ok(pages.size >= 8, `${pages.size} pages`);
    assert.ok(pages.get('/docs/real-time')?.some((h) => h.id === 'exam-traps'));
  });

  it('point at headings that exist, with their current titles', () => {
    const problems = QUESTIONS.flatMap((q) =>
      q.links.flatMap((link) => {
        const problem = linkProblem(link);
        return problem ? [`${q.id}: ${problem}`] : [];
      }),
    );
    assert.deepEqual(problems, []);
  });

  it('fail for a missing page, a missing anchor or a stale title', () => {
    assert.match(
      linkProblem({path: '/docs/nowhere' as never, anchor: 'x', title: 'x'}) ?? '',
      /no page/,
    );
    assert.match(
      linkProblem({path: '/docs/real-time', anchor: 'exam-trap', title: 'Exam traps'}) ?? '',
      /no heading/,
    );
    assert.match(
      linkProblem({path: '/docs/real-time', anchor: 'exam-traps', title: 'Exam tips'}) ?? '',
      /is titled "Exam traps"/,
    );
  });
});

describe('reading MDX headings the way Docusaurus does', () => {
  it('slugs text, inline code and links, skips code blocks, and numbers repeats', () => {
    const headings = headingsOf(
      [
        '---',
        'title: A page',
        '---',
        '',
        '# The page',
        '',
        '## Input: Amazon S3 or inline',
        '',
        '```python',
        '# not a heading',
        '```',
        '',
        '### The `InvokeEndpoint` [API](./x.mdx)',
        '',
        '## Pricing',
        '',
        '## Pricing',
        '',
        '## Custom {#my-id}',
      ].join('\n'),
    );
    assert.deepEqual(
      headings.map((h) => [h.depth, h.id, h.text]),
      [
        [1, 'the-page', 'The page'],
        [2, 'input-amazon-s3-or-inline', 'Input: Amazon S3 or inline'],
        [3, 'the-invokeendpoint-api', 'The InvokeEndpoint API'],
        [2, 'pricing', 'Pricing'],
        [2, 'pricing-1', 'Pricing'],
        [2, 'my-id', 'Custom'],
      ],
    );
  });
});
