import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  limitReferences,
  proseFindings,
  spelledLimits,
  typedLimits,
  type LimitReference,
  type ProseFinding,
} from './prose';

const texts = (source: string): string[] => proseFindings(source).map((finding) => finding.text);

describe('the typed-number check', () => {
  it('finds numbers with units in text', () => {
    assert.deepEqual(typedLimits('The limit is 6 MB and 15 minutes, $0.20 or 50%.'), [
      '6 MB',
      '15 minutes',
      '$0.20',
      '50%',
    ]);
    assert.deepEqual(typedLimits('Up to 1,000 ms or 3.75MB.'), ['1,000 ms', '3.75MB']);
  });

  it('finds limits spelled out in words', () => {
    assert.deepEqual(spelledLimits('A one-month commitment, or fifteen minutes; one model.'), [
      'one-month',
      'fifteen minutes',
    ]);
  });

  const pages: {name: string; page: string[]; findings: ProseFinding[]}[] = [
    {
      name: 'finds them in the prose of a page, with the line',
      page: ['# Title', '', 'Some text.', 'The payload is 6 MB, for fifteen minutes.'],
      findings: [
        {line: 4, text: '6 MB', kind: 'typed', where: 'text'},
        {line: 4, text: 'fifteen minutes', kind: 'spelled', where: 'text'},
      ],
    },
    {
      name: 'ignores code, components, front matter, imports and words that merely contain digits',
      page: [
        '---',
        'title: 6 MB',
        'description: Up to 15 minutes',
        '---',
        '',
        "import Thing from '@site/src/components/Thing'; // 6 MB",
        '',
        'Use `read_timeout=60 s` and <Limit id="lambda.maxTimeout" />.',
        '',
        '```python',
        'timeout = 900  # 15 minutes',
        '```',
        '',
        '{/* Keep under 6 MB. */}',
        '',
        'Claude 3.7 Sonnet, S3, EC2 and p4d instances, step 2 of 6.',
        '',
        '<TimeoutChecker headingLevel={3} />',
        '',
        '[A page](https://aws.amazon.com/about-aws/whats-new/2025/10/payload-256-kb-1-mb/).',
        '<a href="https://example.com/?timeout=30s">link</a>',
      ],
      findings: [],
    },
    {
      name: 'fails on a number planted in a RequestFlow step, naming the line',
      page: [
        '# Flow',
        '',
        '<RequestFlow',
        '  title="How a request flows"',
        '  steps={[',
        "    {actor: 'Your application', action: 'Calls the endpoint'},",
        "    {actor: 'SageMaker AI', action: 'Answers within 60 seconds or fails'},",
        '  ]}',
        '/>',
      ],
      findings: [{line: 7, text: '60 seconds', kind: 'typed', where: '<RequestFlow steps>'}],
    },
    {
      name: 'fails on a number in an attribute string such as a caption or title',
      page: [
        'Intro.',
        '',
        '<LimitsTable subject="lambda" caption="Payloads up to 6 MB" />',
        '',
        '<RequestFlow title="A one-hour job" steps={[]} />',
      ],
      findings: [
        {line: 3, text: '6 MB', kind: 'typed', where: '<LimitsTable caption>'},
        {line: 5, text: 'one-hour', kind: 'spelled', where: '<RequestFlow title>'},
      ],
    },
  ];
  for (const {name, page, findings} of pages) {
    it(name, () => assert.deepEqual(proseFindings(page.join('\n')), findings));
  }

  it('reads template strings, JSX text inside attributes and text expressions', () => {
    const page = [
      "<RequestFlow title={`Up to ${'15 min'}`} steps={[{actor: 'A', action: <>Waits 900 s</>}]} />",
      '',
      "Text with an expression {'and 4 MB'} in it.",
      '',
      "<Note {...{label: '10 GB'}} />",
    ].join('\n');
    assert.deepEqual(texts(page), ['15 min', '900 s', '4 MB', '10 GB']);
  });

  it('does not count a link address inside an attribute expression as prose', () => {
    const page =
      '<RequestFlow title="t" steps={[{actor: \'A\', action: <a href="/x?t=30s">go</a>}]} />';
    assert.deepEqual(texts(page), []);
  });
});

describe('the limit-reference reader', () => {
  const pages: {name: string; page: string[]; references: LimitReference[]}[] = [
    {
      name: 'reads <Limit> ids, ids lists and LimitsTable subjects with their lines',
      page: [
        'A <Limit id="lambda.maxTimeout" /> limit.',
        '',
        '<LimitsTable',
        '  ids={[',
        "    'serverless.maxPayload',",
        "    'no.suchLimit',",
        '  ]}',
        '/>',
        '',
        '<LimitsTable subject="lambda" />',
      ],
      references: [
        {line: 1, kind: 'id', element: 'Limit', value: 'lambda.maxTimeout'},
        {line: 5, kind: 'ids', element: 'LimitsTable', value: 'serverless.maxPayload'},
        {line: 6, kind: 'ids', element: 'LimitsTable', value: 'no.suchLimit'},
        {line: 10, kind: 'subject', element: 'LimitsTable', value: 'lambda'},
      ],
    },
    {
      name: 'reports ids that are not literals, so the checks cannot be bypassed',
      page: ['<Limit id={someId} />', '', '<LimitsTable ids={list} />'],
      references: [
        {line: 1, kind: 'id', element: 'Limit', value: undefined},
        {line: 3, kind: 'ids', element: 'LimitsTable', value: undefined},
      ],
    },
  ];
  for (const {name, page, references} of pages) {
    it(name, () => assert.deepEqual(limitReferences(page.join('\n')), references));
  }
});
