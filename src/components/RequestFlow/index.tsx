import type {ReactNode} from 'react';
import styles from './styles.module.css';

export interface FlowStep {
  /** Who acts: "Your application", "SageMaker endpoint". */
  actor: string;
  /** What happens at this step. */
  action: ReactNode;
}

interface Props {
  title: string;
  steps: readonly FlowStep[];
}

/**
 * How a request travels, as a numbered list drawn as boxes and arrows. Being plain HTML it
 * reads without JavaScript, in a screen reader and on paper.
 */
export default function RequestFlow({title, steps}: Props): ReactNode {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <ol className={styles.flow}>
        {steps.map((step, i) => (
          <li key={i} className={styles.step}>
            <span className={styles.actor}>{step.actor}</span>
            <span className={styles.action}>{step.action}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
