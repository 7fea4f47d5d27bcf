import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {assertCalls} from '@site/test/support/callCases';
import {nearestPassage, wordDiff} from './nearest';
import {htmlBlocks, markdownBlocks, markdownUrl, normalise} from './text';

describe('page text for quotes', () => {
  it('evens out quotes, dashes, spaces, entities and case', () => {
    assert.equal(
      normalise('It’s “up to”\u00a0900 seconds – or\n  less'),
      'it\'s "up to" 900 seconds - or less',
    );
    assert.equal(
      normalise(htmlBlocks('<p>3&nbsp;seconds &ndash; it&rsquo;s</p>').join(' ')),
      "3 seconds - it's",
    );
  });

  it('reads HTML as a reader sees it: block by block, no scripts or styles', () => {
    const blocks = htmlBlocks(
      '<html><head><script>var a = "6 ' +
        'MB";</script><style>p{}</style></head><body><h1>Quotas</h1><p>Up to ' +
        '<code>900</code>\n seconds.</p><table><tr><td>Timeout</td><td>900 ' +
        'seconds</td></tr></table></body></html>',
    );
    assert.deepEqual(blocks, ['Quotas', 'Up to 900 seconds.', 'Timeout 900 seconds']);
  });

  it('reads Markdown without its markup, anchors or link targets', () => {
    const blocks = markdownBlocks(
      '# Title\n<a name="title"></a>\n\nRespond to `/ping` within **3 minutes**, see [the ' +
        'guide](https://x).\n+ one\n+ two\n\n| Resource | Quota |\n| --- | --- |\n| Timeout | ' +
        '900 seconds (15 minutes) |\n',
    );
    assert.deepEqual(blocks, [
      'Title',
      'Respond to /ping within 3 minutes, see the guide.',
      'one',
      'two',
      'Resource Quota',
      'Timeout 900 seconds (15 minutes)',
    ]);
  });

  it('knows where AWS keeps the Markdown version of a documentation page', () => {
    assertCalls(markdownUrl, [
      [
        ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#x'],
        'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.md',
      ],
      [['https://aws.amazon.com/lambda/pricing/'], undefined],
      [['https://docs.aws.amazon.com/lambda/latest/dg/'], undefined],
    ]);
  });
});

describe('the passage nearest to a quote', () => {
  const blocks = [
    'Lambda quotas',
    'Lambda runs your code for a set time. The default is 3 seconds, up to a maximum of ' +
      '1,800 seconds (30 minutes). This page describes how.',
    'Timeout 900 seconds (15 minutes)',
  ];

  for (const [name, quote, passage] of [
    [
      'is the sentence that reads most like the quote',
      'The default is 3 seconds, up to a maximum of 900 seconds (15 minutes).',
      'The default is 3 seconds, up to a maximum of 1,800 seconds (30 minutes).',
    ],
    [
      'can span sentences when the quote does',
      'Lambda runs your code for a set time. The default is 3 seconds, up to a maximum of 900 seconds (15 minutes).',
      'Lambda runs your code for a set time. The default is 3 seconds, up to a maximum of 1,800 seconds (30 minutes).',
    ],
  ] as const) {
    it(name, () => assert.equal(nearestPassage(quote, blocks)?.passage, passage));
  }

  it('is 1 alike for an exact match and absent for an empty page', () => {
    assert.equal(nearestPassage('Lambda quotas', blocks)?.similarity, 1);
    assert.equal(nearestPassage('anything', []), undefined);
  });

  it('marks what changed, word by word', () => {
    assert.equal(
      wordDiff('up to 900 seconds', 'up to 1,800 seconds'),
      'up to [-900-]{+1,800+} seconds',
    );
  });
});
