/**
 * The headings of the guide's MDX pages with the ids Docusaurus gives them: the parser the
 * other page checks use (MDX 3, as the build reads it), the same text extraction
 * (mdast-util-to-string, without raw HTML) and the same slugger (`createSlugger` from
 * @docusaurus/utils, which wraps github-slugger), one slugger per page so repeated headings get
 * -1, -2 suffixes as they do on the site.
 * Explicit ids ({#my-id}) are honoured. Used by tests only.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createSlugger, escapeMarkdownHeadingIds, parseMarkdownHeadingId} from '@docusaurus/utils';
import {toString} from 'mdast-util-to-string';
import {parseMdx} from '@site/src/plugins/openData/parseMdx';

export interface PageHeading {
  depth: number;
  text: string;
  id: string;
}

interface Node {
  type: string;
  depth?: number;
  children?: Node[];
}

function headingNodes(node: Node): Node[] {
  if (node.type === 'heading') return [node];
  return (node.children ?? []).flatMap(headingNodes);
}

export function headingsOf(source: string): PageHeading[] {
  // Docusaurus escapes {#id} heading ids so that MDX does not read them as expressions.
  const tree = parseMdx(escapeMarkdownHeadingIds(source)) as Node;
  const slugger = createSlugger();
  return headingNodes(tree).map((heading) => {
    const shown = (heading.children ?? []).filter((child) => child.type !== 'html');
    const raw = toString(shown.length > 0 ? shown : heading);
    const parsed = parseMarkdownHeadingId(raw);
    return {
      depth: heading.depth ?? 0,
      text: parsed.text,
      id: parsed.id ?? slugger.slug(raw),
    };
  });
}

const docsDir = path.join(__dirname, '..', '..', 'docs');

/** Headings of every page under docs/, by the page's URL path (/docs/real-time). */
export function guideHeadings(): Map<string, PageHeading[]> {
  const pages = new Map<string, PageHeading[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) {
        const route = path
          .relative(docsDir, full)
          .replace(/\.mdx?$/, '')
          .replace(/(^|\/)index$/, '')
          .split(path.sep)
          .join('/');
        pages.set(`/docs${route ? `/${route}` : ''}`, headingsOf(readFileSync(full, 'utf8')));
      }
    }
  };
  walk(docsDir);
  return pages;
}
