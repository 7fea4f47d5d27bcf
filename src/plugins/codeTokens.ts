/**
 * Syntax highlighting at build time. Code blocks are tokenized once, in Node, with
 * prism-react-renderer's Prism; the page carries each token's type and length, and the browser
 * only cuts the block's own text into spans (src/theme/CodeBlock/Content). No tokenizer runs in
 * the reader's browser and none is downloaded.
 */
import {createRequire} from 'node:module';
import type {Code, Root} from 'mdast';
import type {Node} from 'unist';
import {normalizeTokens, Prism} from 'prism-react-renderer';
import {visit} from 'unist-util-visit';
import {encodeTokens, type TokenLine} from './codeTokensFormat';

export type {TokenLine} from './codeTokensFormat';

/** Languages the guide's code blocks use beyond those prism-react-renderer bundles. */
const EXTRA_LANGUAGES = ['bash'];

let extrasLoaded = false;
function loadExtraLanguages(): void {
  if (extrasLoaded) return;
  extrasLoaded = true;
  // Prism's language files register themselves on a global Prism; lend them ours.
  const scope = globalThis as {Prism?: unknown};
  const before = scope.Prism;
  scope.Prism = Prism;
  const require = createRequire(import.meta.url);
  for (const language of EXTRA_LANGUAGES) require(`prismjs/components/prism-${language}`);
  if (before === undefined) delete scope.Prism;
  else scope.Prism = before;
}

const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  py: 'python',
  js: 'javascript',
  ts: 'typescript',
};

export function tokenizeCode(code: string, language: string | undefined): TokenLine[] {
  loadExtraLanguages();
  const name = language ? (ALIASES[language] ?? language) : undefined;
  const grammar = name ? Prism.languages[name] : undefined;
  const text = code.replace(/\n$/, '');
  if (!grammar) return text.split('\n').map((line) => [['plain', line]]);
  const lines = normalizeTokens(Prism.tokenize(text, grammar));
  // An empty line comes back as a single newline token; the component adds its own newline.
  return lines.map((line) =>
    line.map((token): [string, string] => [
      token.types.join(' '),
      token.content === '\n' ? '' : token.content,
    ]),
  );
}

/** Remark plugin: gives every fenced code block a `tokens` property for the CodeBlock component. */
export default function remarkCodeTokens() {
  return (tree: Node): void => {
    visit(tree as Root, 'code', (node: Code) => {
      const tokens = tokenizeCode(node.value, node.lang ?? undefined);
      node.data = {
        ...node.data,
        hProperties: {...node.data?.hProperties, tokens: encodeTokens(tokens)},
      };
    });
  };
}
