import type {ReactNode} from 'react';
import type {OptionId} from '@site/src/data';
import {FitBadge, type Tone} from './FitBadge';
import {OptionRowHeader} from './OptionRowHeader';
import styles from './styles.module.css';

export interface VerdictRow {
  option: OptionId;
  /** Machine-readable verdict, for tests and styling. */
  fit: string;
  tone: Tone;
  word: string;
  /** The two cells after the verdict, in the order of `columns`. */
  cells: readonly [ReactNode, ReactNode];
}

/** One row per option: its name, a verdict badge, then two cells of detail. */
export function VerdictTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly [string, string];
  rows: readonly VerdictRow[];
}): ReactNode {
  return (
    <table className={styles.results}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Option</th>
          <th scope="col">Verdict</th>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.option} data-option={row.option} data-fit={row.fit}>
            <OptionRowHeader option={row.option} />
            <td data-label="Verdict">
              <FitBadge tone={row.tone}>{row.word}</FitBadge>
            </td>
            <td data-label={columns[0]}>{row.cells[0]}</td>
            <td data-label={columns[1]}>{row.cells[1]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
