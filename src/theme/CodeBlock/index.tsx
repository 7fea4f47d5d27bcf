import {Children, isValidElement, type ReactNode} from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';
import {TokensContext} from './TokensContext';

/**
 * The theme's CodeBlock entry, swizzled. Everything below it is the theme's own (title, line
 * highlighting, magic comments, line numbers, copy and wrap buttons) except Content, which uses
 * the tokens the MDX pipeline computed at build time (src/plugins/codeTokens.ts).
 *
 * Change: no re-mount after hydration. The theme re-renders every block once the page is live so
 * that inline Prism theme colours follow the colour mode; here colours are CSS classes
 * (src/theme-config/prism.ts), so the server's markup is already right in both modes.
 * Change: passes the block's `tokens` to Content through TokensContext.
 */
export default function CodeBlock({
  children,
  tokens,
  ...props
}: Props & {tokens?: string}): ReactNode {
  const text = Children.toArray(children).some((child) => isValidElement(child))
    ? undefined
    : Array.isArray(children)
      ? children.join('')
      : (children as string);
  if (text === undefined) return <ElementContent {...props}>{children}</ElementContent>;
  return (
    <TokensContext value={tokens}>
      <StringContent {...props}>{text}</StringContent>
    </TokensContext>
  );
}
