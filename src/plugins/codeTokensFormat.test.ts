import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tokenizeCode} from './codeTokens';
import {encodeTokens, tokensFor, type Token} from './codeTokensFormat';

const PYTHON =
  'import boto3\n\n# highlight-next-line\nclient = boto3.client("sagemaker-runtime")\n';

function textOf(lines: Token[][]): string {
  return lines.map((line) => line.map((token) => token.content).join('')).join('\n');
}

describe('build-time tokens on the page', () => {
  it('carries types and lengths, not the text', () => {
    const encoded = encodeTokens(tokenizeCode(PYTHON, 'python'));
    assert.doesNotMatch(encoded, /sagemaker-runtime|boto3/);
    assert.match(encoded, /"keyword",6/);
  });

  it('cuts the block’s own text back into the same tokens', () => {
    const tokenized = tokenizeCode(PYTHON, 'python');
    const lines = tokensFor(PYTHON, PYTHON, encodeTokens(tokenized));
    assert.equal(textOf(lines), PYTHON.replace(/\n$/, ''));
    assert.deepEqual(
      lines.map((line) => line.map((token) => [token.types.join(' '), token.content])),
      tokenized,
    );
  });

  it('matches each shown line to its line in the source when magic comments are taken out', () => {
    const shown = 'import boto3\n\nclient = boto3.client("sagemaker-runtime")';
    const lines = tokensFor(shown, PYTHON, encodeTokens(tokenizeCode(PYTHON, 'python')));
    assert.equal(textOf(lines), shown);
    assert.ok(lines[2]?.some((token) => token.types.includes('string')));
  });

  it('leaves a line plain when the tokens do not fit it, and survives bad or missing tokens', () => {
    assert.deepEqual(tokensFor('abc', 'abc', '[[["keyword",2]]]'), [
      [{types: ['plain'], content: 'abc'}],
    ]);
    for (const bad of [undefined, '', 'not json', '{"a":1}']) {
      assert.deepEqual(tokensFor('a\nb', 'a\nb', bad), [
        [{types: ['plain'], content: 'a'}],
        [{types: ['plain'], content: 'b'}],
      ]);
    }
  });
});
