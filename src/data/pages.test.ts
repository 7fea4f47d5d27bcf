import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {isLimitId, LIMITS} from '@site/src/data';
import {limitReferences, proseFindings} from '@site/test/support/prose';

// The pages may only show AWS numbers through the data module; these checks read the parsed MDX.

const root = path.join(__dirname, '..', '..');
const docsDir = path.join(root, 'docs');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

const files = mdxFiles(docsDir);
const subjects = new Set<string>(LIMITS.map((entry) => entry.subject));

describe('the guide pages', () => {
  it('are found', () => {
    assert.ok(files.length >= 8, `found ${files.length} pages`);
  });

  for (const file of files) {
    const name = path.relative(root, file);
    const source = readFileSync(file, 'utf8');

    it(`${name}: every <Limit>, ids list and subject names a known limit`, () => {
      const problems = limitReferences(source).flatMap((reference) => {
        const at = `${name}:${reference.line}: <${reference.element}>`;
        if (reference.value === undefined) return [`${at} ${reference.kind} is not a literal`];
        const known =
          reference.kind === 'subject' ? subjects.has(reference.value) : isLimitId(reference.value);
        return known ? [] : [`${at} unknown ${reference.kind} "${reference.value}"`];
      });
      assert.deepEqual(problems, []);
    });

    it(`${name}: types no AWS number into prose or component attributes`, () => {
      const typed = proseFindings(source).map(
        (finding) =>
          `${name}:${finding.line}: "${finding.text}"${finding.kind === 'spelled' ? ' (spelled out)' : ''} in ${finding.where}`,
      );
      assert.deepEqual(typed, [], 'show these with <Limit id="..." /> from the data module');
    });
  }
});
