import {admonitionTitleToDirectiveLabel} from '@docusaurus/utils';
import type {Root} from 'mdast';
import {directiveFromMarkdown} from 'mdast-util-directive';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {mdxFromMarkdown} from 'mdast-util-mdx';
import {directive} from 'micromark-extension-directive';
import {frontmatter} from 'micromark-extension-frontmatter';
import {gfm} from 'micromark-extension-gfm';
import {mdxjs} from 'micromark-extension-mdxjs';

/** The admonitions the classic theme knows, whose ":::note Title" form Docusaurus rewrites. */
const ADMONITIONS = ['note', 'tip', 'info', 'warning', 'danger', 'caution'];

/**
 * A page's MDX as a syntax tree, read the way the site's build reads it: MDX 3 with JavaScript
 * expressions, GitHub-flavoured Markdown, front matter and admonition directives.
 */
export function parseMdx(source: string): Root {
  return fromMarkdown(admonitionTitleToDirectiveLabel(source, ADMONITIONS), {
    extensions: [mdxjs(), gfm(), frontmatter(), directive()],
    mdastExtensions: [
      mdxFromMarkdown(),
      gfmFromMarkdown(),
      frontmatterFromMarkdown(),
      directiveFromMarkdown(),
    ],
  });
}
