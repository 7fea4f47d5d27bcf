/**
 * How build-time tokens travel to the page: each line as [token types, length] pairs. The text
 * itself is the code block's own (its children), so a block's text ships once. Pure, so both the
 * remark plugin (Node) and the CodeBlock (browser) use it.
 */

/** One line of code as the tokenizer gives it: [space-separated token types, text] pairs. */
export type TokenLine = [string, string][];

/** One line as it travels: [space-separated token types, length of the text] pairs. */
export type LineShape = [string, number][];

/** A token as the theme's CodeBlock/Line renders it (prism-react-renderer's shape). */
export interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

export function encodeTokens(lines: readonly TokenLine[]): string {
  return JSON.stringify(lines.map((line) => line.map(([types, text]) => [types, text.length])));
}

function decode(encoded: string | undefined): LineShape[] {
  if (!encoded) return [];
  try {
    const parsed: unknown = JSON.parse(encoded);
    return Array.isArray(parsed) ? (parsed as LineShape[]) : [];
  } catch {
    return [];
  }
}

function cut(text: string, shape: LineShape | undefined): Token[] {
  const total = shape?.reduce((sum, [, length]) => sum + length, 0);
  if (!shape || total !== text.length) return [{types: ['plain'], content: text}];
  let at = 0;
  return shape.map(([types, length]) => {
    const content = text.slice(at, (at += length));
    return {types: types.split(' '), content};
  });
}

/**
 * The lines of `code` as tokens. `code` is the block as the theme shows it: `raw` with magic
 * comment lines (`// highlight-next-line`) taken out, so each shown line is matched to its line in
 * `raw`, whose shape the tokens give. A line whose shape does not fit its text stays plain.
 */
export function tokensFor(code: string, raw: string, encoded: string | undefined): Token[][] {
  const shapes = decode(encoded);
  const rawLines = raw.replace(/\n$/, '').split('\n');
  let next = 0;
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      let at = next;
      while (at < rawLines.length && rawLines[at] !== line) at += 1;
      if (at === rawLines.length) return cut(line, undefined);
      next = at + 1;
      return cut(line, shapes[at]);
    });
}
