/**
 * Syntax highlighting at build time. Code blocks are tokenized once, in Node, with
 * prism-react-renderer's Prism; the page carries the tokens, and the browser only turns them into
 * spans. No tokenizer runs in the reader's browser and none is downloaded.
 */
import {createRequire} from 'node:module';
import {normalizeTokens, Prism} from 'prism-react-renderer';

/** One line of code: [space-separated token types, text] pairs. */
export type TokenLine = [string, string][];

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

interface CodeNode {
  type: 'code';
  lang?: string | null;
  value: string;
  data?: {hProperties?: Record<string, unknown>};
}

interface Node {
  type: string;
  children?: Node[];
}

function walk(node: Node, visit: (node: CodeNode) => void): void {
  if (node.type === 'code') visit(node as unknown as CodeNode);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Remark plugin: gives every fenced code block a `tokens` property for the CodeBlock component. */
export default function remarkCodeTokens() {
  return (tree: Node): void => {
    walk(tree, (node) => {
      const tokens = tokenizeCode(node.value, node.lang ?? undefined);
      node.data = {
        ...node.data,
        hProperties: {...node.data?.hProperties, tokens: JSON.stringify(tokens)},
      };
    });
  };
}
