import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import remarkCodeTokens, {tokenizeCode} from './codeTokens';

describe('build-time code tokens', () => {
  it('tokenizes Python into typed tokens, one entry per line', () => {
    const lines = tokenizeCode(
      'import boto3\n\nclient = boto3.client("sagemaker-runtime")  # why\n',
      'python',
    );
    assert.equal(lines.length, 3);
    assert.deepEqual(lines[0]?.[0], ['keyword', 'import']);
    assert.deepEqual(lines[1], [['plain', '']]);
    const types = lines[2]?.map(([type]) => type) ?? [];
    assert.ok(types.includes('string'));
    assert.ok(types.includes('comment'));
    // Nothing is lost: the text of the tokens is the code.
    assert.equal(
      lines.map((line) => line.map(([, text]) => text).join('')).join('\n'),
      'import boto3\n\nclient = boto3.client("sagemaker-runtime")  # why',
    );
  });

  it('knows bash, which prism-react-renderer does not bundle', () => {
    const lines = tokenizeCode('npm test # every check', 'bash');
    assert.ok(lines[0]?.some(([type]) => type.includes('comment')));
    assert.deepEqual(tokenizeCode('echo hi', 'sh'), tokenizeCode('echo hi', 'bash'));
  });

  it('leaves an unknown or missing language as plain lines', () => {
    assert.deepEqual(tokenizeCode('a < b\nc', 'klingon'), [[['plain', 'a < b']], [['plain', 'c']]]);
    assert.deepEqual(tokenizeCode('x', undefined), [[['plain', 'x']]]);
  });

  it('attaches the tokens to every fenced code node', () => {
    const tree = {
      type: 'root',
      children: [
        {type: 'paragraph', children: [{type: 'inlineCode', value: 'x'}]},
        {
          type: 'code',
          lang: 'json',
          value: '{"a": 1}',
          data: {hProperties: {metastring: 'title="a.json"'}},
        },
      ],
    };
    remarkCodeTokens()(tree);
    const code = tree.children[1] as {data: {hProperties: Record<string, string>}};
    assert.equal(code.data.hProperties.metastring, 'title="a.json"');
    const tokens = JSON.parse(code.data.hProperties.tokens ?? '[]') as [string, string][][];
    assert.ok(tokens[0]?.some(([type]) => type.includes('property')));
  });
});
