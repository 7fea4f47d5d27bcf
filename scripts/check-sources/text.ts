import type {Root as HtmlRoot} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toText} from 'hast-util-to-text';
import type {Root as MarkdownRoot, RootContent} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {toString} from 'mdast-util-to-string';
import {gfm} from 'micromark-extension-gfm';

/*
 * Page text for comparing quotes. A page becomes a list of blocks (paragraphs, headings, list
 * items, table rows), each with its whitespace collapsed; a quote is compared after `normalise`,
 * which also evens out curly quotes, dashes, non-breaking spaces and letter case.
 */

/** Text for display: Unicode compatibility forms, one space between words. */
export function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text for comparing: `tidy`, straight quotes, plain hyphens, lower case. */
export function normalise(text: string): string {
  return tidy(text)
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .toLowerCase();
}

/** The blocks of an HTML page as a browser would lay its text out (scripts and styles left out). */
export function htmlBlocks(html: string): string[] {
  const tree: HtmlRoot = fromHtml(html);
  return toText(tree)
    .split('\n')
    .map((line) => tidy(line.replace(/\t/g, ' ')))
    .filter(Boolean);
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableRow', 'code', 'html']);

/** The blocks of a Markdown page: paragraphs, headings, table rows and code, without markup. */
export function markdownBlocks(markdown: string): string[] {
  const tree: MarkdownRoot = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const blocks: string[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'html') continue; // anchors such as <a name="..."></a>
      if (node.type === 'tableRow') {
        blocks.push(
          tidy(node.children.map((cell) => toString(cell, {includeHtml: false})).join(' ')),
        );
      } else if (BLOCKS.has(node.type)) {
        blocks.push(tidy(toString(node, {includeHtml: false})));
      } else if ('children' in node) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return blocks.filter(Boolean);
}

/**
 * The Markdown version AWS publishes beside a documentation page ("page.md" beside
 * "page.html"), or undefined for pages that have none.
 */
export function markdownUrl(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.hostname !== 'docs.aws.amazon.com' || !parsed.pathname.endsWith('.html')) {
    return undefined;
  }
  parsed.pathname = parsed.pathname.replace(/\.html$/, '.md');
  parsed.hash = '';
  return parsed.href;
}
