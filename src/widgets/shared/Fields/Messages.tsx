import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** What a field may say about its value: an error to correct, or a notice about a shared link. */
export interface FieldMessages {
  error?: string;
  notice?: string;
}

/** A field's messages, read out as its description. */
export function Messages({id, error, notice}: FieldMessages & {id: string}): ReactNode {
  if (!error && !notice) return null;
  return (
    <span id={id} className={styles.messages}>
      {error ? <span className={styles.error}>{error}</span> : null}
      {notice ? <span className={styles.notice}>{notice}</span> : null}
    </span>
  );
}

/** The ids that describe a field: its hint, then its messages when it has any. */
export function describedBy(
  hintId: string | undefined,
  messageId: string,
  message: FieldMessages,
): string | undefined {
  return (
    [hintId ?? '', message.error || message.notice ? messageId : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

/** A hint under a field. */
export function Hint({id, children}: {id: string; children?: ReactNode}): ReactNode {
  if (!children) return null;
  return (
    <span id={id} className={styles.hint}>
      {children}
    </span>
  );
}

/** One choice of a select or a set of radio buttons. */
export interface Choice {
  value: string;
  label: string;
}
