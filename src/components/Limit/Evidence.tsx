import type {ReactNode} from 'react';
import {evidenceOf, shortUrl, type ShownValue} from '@site/src/lib/limitValue';
import {useReportUrl} from './useReportUrl';
import styles from './styles.module.css';

/**
 * AWS's own words for a value, quoted with a link to the page they are on; or, where the guide
 * has no quote, a visible "not re-checked" mark with the reason. Block-level, for tables.
 */
export function LimitQuote({
  value,
  cite = true,
}: {
  value: ShownValue;
  /** False where the page already links the value's source beside the quote (a table's row). */
  cite?: boolean;
}): ReactNode {
  const evidence = evidenceOf(value);
  if (evidence.kind === 'unchecked') {
    return (
      <p className={styles.unchecked} data-evidence="unchecked">
        <strong>Not re-checked:</strong> {evidence.reason}
      </p>
    );
  }
  const copy = value.quoteFrom;
  return (
    <figure className={styles.quote} data-evidence="quote">
      <blockquote cite={copy ?? value.source}>
        <p>{evidence.quote}</p>
      </blockquote>
      {copy ? (
        <figcaption>
          — read in another AWS copy of this text: <a href={copy}>{shortUrl(copy)}</a>
        </figcaption>
      ) : cite ? (
        <figcaption>
          — <cite>{<a href={value.source}>{value.sourceTitle ?? 'AWS'}</a>}</cite>
        </figcaption>
      ) : null}
    </figure>
  );
}

/** A link to the "fix a limit" issue form, prefilled with this value, its source and the page. */
export function ReportLink({
  id,
  value,
  label,
}: {
  id: string;
  value: ShownValue;
  label: string;
}): ReactNode {
  return (
    <a href={useReportUrl(id, value)} className={styles.report} data-report={id} data-print="hide">
      Report this number<span className="visually-hidden"> ({label})</span>
    </a>
  );
}
