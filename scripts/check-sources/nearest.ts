import {diffWords} from 'diff';
import {distance} from 'fastest-levenshtein';
import {normalise} from './text';

/** The passage of a page that reads most like a quote, and how alike they are (0 to 1). */
export interface Nearest {
  passage: string;
  similarity: number;
}

/** A block split into sentences, keeping their punctuation. */
function sentences(block: string): string[] {
  return block.split(/(?<=[.!?:;])\s+(?=\S)/).filter(Boolean);
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * Finds the passage now nearest to a quote that is no longer on its page: every run of up to one
 * sentence more than the quote has, within each block, scored by edit distance on normalised text.
 */
export function nearestPassage(quote: string, blocks: readonly string[]): Nearest | undefined {
  const target = normalise(quote);
  const span = sentences(quote).length + 1;
  let best: Nearest | undefined;
  for (const block of blocks) {
    const parts = sentences(block);
    for (let start = 0; start < parts.length; start += 1) {
      for (let length = 1; length <= span && start + length <= parts.length; length += 1) {
        const passage = parts.slice(start, start + length).join(' ');
        if (passage.length > target.length * 3 + 40) break;
        const score = similarity(target, normalise(passage));
        if (!best || score > best.similarity) best = {passage, similarity: score};
      }
    }
  }
  return best;
}

/** A word diff from the quote to the passage, as `[-removed-]{+added+}` text. */
export function wordDiff(quote: string, passage: string): string {
  return diffWords(quote, passage)
    .map((part) =>
      part.removed ? `[-${part.value}-]` : part.added ? `{+${part.value}+}` : part.value,
    )
    .join('');
}
