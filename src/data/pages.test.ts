import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {isLimitId, OPTION_IDS} from './index';
import {spelledLimits, typedLimits} from './prose';

// The pages may only show AWS numbers through the data module; these checks read the MDX sources.

const docsDir = path.join(__dirname, '..', '..', 'docs');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

const files = mdxFiles(docsDir);

describe('the guide pages', () => {
  it('are found', () => {
    assert.ok(files.length >= 8, `found ${files.length} pages`);
  });

  for (const file of files) {
    const name = path.relative(docsDir, file);
    const source = readFileSync(file, 'utf8');

    it(`${name}: every <Limit>, ids list and subject names a known limit`, () => {
      for (const match of source.matchAll(/<Limit\b[^>]*\bid="([^"]+)"/g)) {
        assert.ok(isLimitId(match[1] ?? ''), `${name}: unknown limit id "${match[1]}"`);
      }
      for (const list of source.matchAll(/\bids=\{\[([^\]]*)\]\}/g)) {
        for (const id of (list[1] ?? '').matchAll(/['"]([^'"]+)['"]/g)) {
          assert.ok(isLimitId(id[1] ?? ''), `${name}: unknown limit id "${id[1]}" in ids`);
        }
      }
      for (const match of source.matchAll(/<LimitsTable\b[^>]*\bsubject="([^"]+)"/g)) {
        assert.ok(
          [...OPTION_IDS, 'apigateway', 'sdk'].includes(match[1] ?? ''),
          `${name}: unknown subject "${match[1]}"`,
        );
      }
    });

    it(`${name}: types no AWS number into prose`, () => {
      assert.deepEqual(typedLimits(source), [], `${name}: use <Limit id="..."/> for these`);
      assert.deepEqual(
        spelledLimits(source),
        [],
        `${name}: use <Limit id="..."/> for these, even spelled out`,
      );
    });
  }
});

describe('the typed-number check itself', () => {
  it('finds numbers with units in prose', () => {
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

  it('ignores code, components, front matter and words that merely contain digits', () => {
    const page = [
      '---',
      'title: 6 MB',
      '---',
      'Use `read_timeout=60 s` and <Limit id="lambda.maxTimeout" />.',
      '```python',
      'timeout = 900  # 15 minutes',
      '```',
      'Claude 3.7 Sonnet, S3, EC2 and p4d instances, step 2 of 6.',
    ].join('\n');
    assert.deepEqual(typedLimits(page), []);
  });
});
