import type {ReactNode} from 'react';
import {VERDICTS, type VerdictKind} from '@site/src/widgets/shared/logic/verdict';
import styles from './styles.module.css';

/**
 * A verdict's word with its colour; the word alone carries the meaning. `word` replaces the
 * usual word where the question is a different one ("Times out" for a hop on the path).
 */
export function VerdictBadge({verdict, word}: {verdict: VerdictKind; word?: string}): ReactNode {
  return (
    <span className={styles.badge} data-tone={VERDICTS[verdict].tone}>
      {word ?? VERDICTS[verdict].word}
    </span>
  );
}
