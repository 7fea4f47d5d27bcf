import type {ReactNode} from 'react';
import {CopyLink} from '@site/src/widgets/shared/CopyLink';
import styles from './styles.module.css';

interface Props<R> {
  testId: string;
  title: string;
  intro: ReactNode;
  headingLevel?: 2 | 3;
  form: ReactNode;
  /** The result, or undefined while a field holds a bad value. */
  result: R | undefined;
  /** What the result shows, for the message while a field is wrong: "which options fit". */
  resultName: string;
  /** The result in a few sentences, announced politely whenever it changes. */
  summary: (result: R) => ReactNode;
  /** The details under the summary: tables and charts. */
  details: (result: R) => ReactNode;
}

/** The frame every calculator shares: title, inputs, announced summary, details, share link. */
export function Calculator<R>({
  testId,
  title,
  intro,
  headingLevel = 2,
  form,
  result,
  resultName,
  summary,
  details,
}: Props<R>): ReactNode {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.calculator} aria-label={title} data-testid={testId}>
      <Heading className={styles.title}>{title}</Heading>
      <p className={styles.intro}>{intro}</p>
      <noscript>
        <p className={styles.noScript}>
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
        {result === undefined ? (
          <p>Correct the field marked above to see {resultName}.</p>
        ) : (
          summary(result)
        )}
      </div>
      {result === undefined ? null : details(result)}
      <CopyLink />
    </section>
  );
}

/** A field with the field it reveals, kept together in the form's grid. */
export function FieldGroup({children}: {children: ReactNode}): ReactNode {
  return <div className={styles.group}>{children}</div>;
}

/** A small explanatory paragraph under a result. */
export function Note({children}: {children: ReactNode}): ReactNode {
  return <p className={styles.note}>{children}</p>;
}
