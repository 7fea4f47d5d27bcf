import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {changedOrDisputed, getLimit, LIMITS, type LimitEntry} from '@site/src/data';
import {EXAM_KEYWORDS} from '@site/src/data/keywords';
import {formatMonth} from '@site/src/data/questions';
import {buildFlashcards, slug, valueText} from './flashcards';

const cards = buildFlashcards();
const byId = new Map(cards.map((card) => [card.id, card]));

describe('flashcards generated from the data', () => {
  it('have unique ids, and a front and a back', () => {
    assert.equal(byId.size, cards.length);
    for (const card of cards) {
      assert.ok(card.front.trim().length > 10, card.id);
      assert.ok(card.back.trim().length > 0, card.id);
    }
  });

  it('make one card per limit, with its value, AWS’s words when the data has them, and its source', () => {
    for (const entry of LIMITS as readonly LimitEntry[]) {
      const card = byId.get(`limit:${entry.id}`);
      assert.ok(card, entry.id);
      assert.equal(card.back, valueText(entry));
      assert.ok(card.front.includes(entry.quantity));
      assert.equal(card.source, entry.source);
      assert.equal(card.quote, entry.quote);
    }
  });

  it('write a time both as AWS states it and as a duration', () => {
    assert.equal(
      byId.get('limit:lambda.maxTimeout')?.back,
      `${valueText(getLimit('lambda.maxTimeout'))}`,
    );
    assert.match(byId.get('limit:lambda.maxTimeout')?.back ?? '', /^\d[\d,]* s \(\d+ min\)$/);
    // A time that reads the same both ways is written once.
    assert.doesNotMatch(byId.get('limit:lambda.defaultTimeout')?.back ?? '', /\(/);
  });

  it('show the other value of a disputed limit on its card', () => {
    const entry = getLimit('realtime.maxPayload');
    const other = entry.conflicting?.[0];
    assert.ok(other);
    const card = byId.get('limit:realtime.maxPayload');
    assert.ok(card?.details.some((d) => d.includes(valueText(other))));
    const dispute = byId.get('dispute:realtime.maxPayload');
    assert.ok(dispute);
    assert.ok(dispute.back.includes(valueText(entry)) && dispute.back.includes(valueText(other)));
  });

  it('make a card for every changed limit, with the old value, the new one and the date', () => {
    const changed = changedOrDisputed().filter((e) => (e.previous?.length ?? 0) > 0);
    assert.ok(changed.length >= 4);
    for (const entry of changed) {
      const card = byId.get(`change:${entry.id}`);
      const before = entry.previous?.[0];
      assert.ok(card && before, entry.id);
      assert.ok(card.back.includes(valueText(entry)), entry.id);
      assert.ok(card.back.includes(valueText(before)), entry.id);
      const date = entry.since ?? before.until;
      assert.ok(
        date ? card.back.includes(formatMonth(date)) : card.back.includes('no date'),
        `${entry.id}: ${card.back}`,
      );
    }
    assert.match(byId.get('change:lambda.asyncPayload')?.back ?? '', /since [A-Z][a-z]+ \d{4}/);
  });

  it('make a card for every exam keyword, answered with its option', () => {
    const phrases = EXAM_KEYWORDS.flatMap((row) =>
      row.phrases.map((p) => ({option: row.option, p})),
    );
    const keywordCards = cards.filter((c) => c.kind === 'keyword');
    assert.equal(keywordCards.length, phrases.length);
    for (const {option, p} of phrases) {
      const card = byId.get(`keyword:${option}:${slug(p)}`);
      assert.ok(card, p);
      assert.ok(card.front.includes(p), p);
      assert.equal(card.subject, option);
    }
  });

  it('cite AWS pages only', () => {
    for (const card of cards) {
      if (card.source === undefined) continue;
      const host = new URL(card.source).hostname;
      assert.ok(['docs.aws.amazon.com', 'aws.amazon.com'].includes(host), `${card.id}: ${host}`);
    }
  });

  it('are the same on every build, so saved boxes keep their cards', () => {
    assert.deepEqual(
      buildFlashcards().map((c) => c.id),
      cards.map((c) => c.id),
    );
    assert.equal(slug('Claude, Llama, Titan or Nova'), 'claude-llama-titan-or-nova');
  });
});
