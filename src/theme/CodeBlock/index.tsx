import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props as ClassicProps} from '@theme/CodeBlock';
import type {TokenLine} from '@site/src/plugins/codeTokens';
import styles from './styles.module.css';

/**
 * Code blocks, highlighted at build time. The MDX pipeline attaches each block's tokens
 * (src/plugins/codeTokens.ts), so the browser only turns them into spans: no tokenizer is
 * downloaded or run, and the same markup serves both colour modes (colours are CSS classes).
 */
type Props = ClassicProps & {tokens?: string};

function textOf(children: ReactNode): string {
  if (typeof children === 'string') return children;
  if (Array.isArray(children)) return children.map(textOf).join('');
  return '';
}

function readLines(tokens: string | undefined, code: string): TokenLine[] {
  if (tokens) {
    try {
      return JSON.parse(tokens) as TokenLine[];
    } catch {
      // Fall through to plain text.
    }
  }
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => [['plain', line]]);
}

function titleFrom(metastring: string | undefined): string | undefined {
  return metastring
    ? /title=(?:"([^"]*)"|'([^']*)')/.exec(metastring)?.slice(1).find(Boolean)
    : undefined;
}

function CopyButton({code}: {code: string}): ReactNode {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={clsx('clean-btn', styles.copy)}
      aria-label={copied ? 'Copied' : 'Copy code to clipboard'}
      onClick={() => {
        navigator.clipboard.writeText(code).then(
          () => {
            setCopied(true);
            window.setTimeout(() => setCopied(false), 2000);
          },
          () => setCopied(false),
        );
      }}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

export default function CodeBlock({
  children,
  className,
  metastring,
  title,
  tokens,
}: Props): ReactNode {
  const code = textOf(children);
  const language = /language-([\w-]+)/.exec(className ?? '')?.[1];
  const lines = readLines(tokens, code);
  const heading = title ?? titleFrom(metastring);
  return (
    <div className={clsx('theme-code-block', styles.block, language && `language-${language}`)}>
      {heading ? <div className={styles.title}>{heading}</div> : null}
      <div className={styles.body}>
        <pre className={clsx('prism-code', styles.pre)} tabIndex={0}>
          <code className={styles.code}>
            {lines.map((line, i) => (
              <span key={i} className="token-line">
                {line.map(([types, content], j) => (
                  <span key={j} className={types === 'plain' ? undefined : `token ${types}`}>
                    {content}
                  </span>
                ))}
                {'\n'}
              </span>
            ))}
          </code>
        </pre>
        <CopyButton code={code.replace(/\n$/, '')} />
      </div>
    </div>
  );
}
