import type {ReactNode} from 'react';
import {CopyLink} from './CopyLink';
import styles from './styles.module.css';

interface Props {
  title: string;
  intro: ReactNode;
  headingLevel?: 2 | 3;
  form: ReactNode;
  /** The result, announced politely whenever it changes. */
  summary: ReactNode;
  children?: ReactNode;
  testId: string;
}

/** The frame every calculator shares: title, inputs, announced summary, details, share link. */
export function Widget({
  title,
  intro,
  headingLevel = 2,
  form,
  summary,
  children,
  testId,
}: Props): ReactNode {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.widget} aria-label={title} data-testid={testId}>
      <Heading className={styles.widgetTitle}>{title}</Heading>
      <p className={styles.intro}>{intro}</p>
      <noscript>
        <p className={styles.notice}>
          This calculator needs JavaScript to react to your inputs. Without it, the result below is
          the one for the inputs shown.
        </p>
      </noscript>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} data-print="hide">
        {form}
      </form>
      <div
        className={styles.summary}
        aria-live="polite"
        aria-atomic="true"
        data-testid={`${testId}-summary`}>
        {summary}
      </div>
      {children}
      <CopyLink />
    </section>
  );
}

export function optionsOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): {value: T; label: string}[] {
  return values.map((value) => ({value, label: labels[value]}));
}
