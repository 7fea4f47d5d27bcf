import type {ReactNode} from 'react';
import {ColumnHeads} from '@site/src/components/DataTable';
import styles from './styles.module.css';

/**
 * A table of results that becomes one labelled card per row on a phone: give each cell after
 * the row header a `data-label` with its column's name.
 */
export function ResultTable({
  caption,
  hideCaption = false,
  columns,
  testId,
  children,
}: {
  caption: string;
  /** Keep the caption for screen readers only, where a heading above already says it. */
  hideCaption?: boolean;
  columns: readonly string[];
  testId?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <table className={styles.table} data-testid={testId}>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <ColumnHeads columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
}
