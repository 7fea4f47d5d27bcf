import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {OPTION_IDS} from './index';
import {EXAM_KEYWORDS} from './keywords';
import {spelledLimits, typedLimits} from '@site/test/support/prose';

describe('the exam keyword table', () => {
  it('has one row per option, in the guide’s order', () => {
    assert.deepEqual(
      EXAM_KEYWORDS.map((row) => row.option),
      [...OPTION_IDS],
    );
  });

  it('gives each option phrases that no other option shares', () => {
    const all = EXAM_KEYWORDS.flatMap((row) => row.phrases.map((p) => p.toLowerCase().trim()));
    assert.equal(new Set(all).size, all.length);
    for (const row of EXAM_KEYWORDS) {
      assert.ok(row.phrases.length >= 3, `${row.option}: ${row.phrases.length} phrases`);
      for (const phrase of row.phrases) assert.ok(phrase.trim() !== '' && phrase === phrase.trim());
    }
  });

  it('cites AWS for the guidance it gives as AWS’s, with a real date', () => {
    const sourced = EXAM_KEYWORDS.filter((row) => row.basis);
    assert.ok(sourced.length >= 4);
    for (const row of sourced) {
      const basis = row.basis;
      assert.ok(basis);
      const url = new URL(basis.source);
      assert.equal(url.protocol, 'https:');
      assert.ok(['docs.aws.amazon.com', 'aws.amazon.com'].includes(url.hostname), url.hostname);
      assert.match(basis.verifiedOn, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(new Date(basis.verifiedOn).getTime() <= Date.now());
      assert.ok(basis.text.length > 20 && basis.sourceTitle.length > 5);
    }
  });

  it('types no AWS number into phrases or guidance', () => {
    const texts = EXAM_KEYWORDS.flatMap((row) => [
      ...row.phrases,
      row.basis?.text ?? '',
      row.basis?.quote ?? '',
    ]);
    assert.deepEqual(texts.flatMap(typedLimits), []);
    assert.deepEqual(texts.flatMap(spelledLimits), []);
  });
});
