import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * A table generated from the data module: caption, column headings and rows, the frame that the
 * summary and keyword tables share. `className` adds the table's own column rules.
 */
export default function DataTable({
  testId,
  caption,
  columns,
  className,
  children,
}: {
  testId: string;
  caption: string;
  columns: readonly string[];
  className?: string;
  /** The rows. */
  children: ReactNode;
}): ReactNode {
  return (
    <div className={styles.wrap}>
      <table className={clsx(styles.table, className)} data-testid={testId}>
        <caption>{caption}</caption>
        <ColumnHeads columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A table's head: one row of column headings. */
export function ColumnHeads({columns}: {columns: readonly string[]}): ReactNode {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
