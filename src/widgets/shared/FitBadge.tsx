import type {ReactNode} from 'react';
import styles from './styles.module.css';

export type Tone = 'ok' | 'warn' | 'fail';

/** A verdict word with its colour; the word alone carries the meaning. */
export function FitBadge({tone, children}: {tone: Tone; children: ReactNode}): ReactNode {
  return (
    <span className={styles.badge} data-tone={tone}>
      {children}
    </span>
  );
}
