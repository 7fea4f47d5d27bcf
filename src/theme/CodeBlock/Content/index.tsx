import {useContext, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import type {Props as LineProps} from '@theme/CodeBlock/Line';
import {tokensFor} from '@site/src/plugins/codeTokensFormat';
import {TokensContext} from '@site/src/theme/CodeBlock/TokensContext';
import styles from './styles.module.css';

// What prism-react-renderer's Highlight gives the theme's Line, for class-only colours.
const getLineProps: LineProps['getLineProps'] = ({className, style}) => ({
  className: clsx('token-line', className),
  style,
});

const getTokenProps: LineProps['getTokenProps'] = ({token, className}) => ({
  className: clsx('token', ...token.types, className),
  children: token.content,
});

/**
 * The theme's CodeBlock/Content, swizzled. Change: the lines come from build-time tokens
 * (TokensContext) instead of prism-react-renderer's Highlight, so no tokenizer ships to the
 * browser. The markup is the theme's: the same classes, and its own Line component.
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const {codeBlockRef} = wordWrap;
  const tokens = useContext(TokensContext);
  const lines = tokensFor(metadata.code, metadata.codeInput, tokens);
  const numbered = metadata.lineNumbersStart !== undefined;
  return (
    <pre
      ref={codeBlockRef}
      tabIndex={0}
      className={clsx(
        className,
        'prism-code',
        `language-${metadata.language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}>
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={
          numbered
            ? {counterReset: `line-count ${Number(metadata.lineNumbersStart) - 1}`}
            : undefined
        }>
        {lines.map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={metadata.lineClassNames[i]}
            showLineNumbers={numbered}
          />
        ))}
      </code>
    </pre>
  );
}
