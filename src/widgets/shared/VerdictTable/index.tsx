import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getOption, type OptionId} from '@site/src/data';
import type {VerdictKind} from '@site/src/widgets/shared/logic/verdict';
import {ResultTable} from '@site/src/widgets/shared/ResultTable';
import {VerdictBadge} from '@site/src/widgets/shared/VerdictBadge';

export interface VerdictRow {
  option: OptionId;
  verdict: VerdictKind;
  /** The two cells after the verdict, in the order of `columns`. */
  cells: readonly [ReactNode, ReactNode];
}

/** One row per option: its name linked to its page, a verdict badge, then two cells of detail. */
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
    <ResultTable caption={caption} hideCaption columns={['Option', 'Verdict', ...columns]}>
      {rows.map((row) => {
        const {path, shortName} = getOption(row.option);
        return (
          <tr key={row.option} data-option={row.option} data-fit={row.verdict}>
            <th scope="row">
              <Link to={path}>{shortName}</Link>
            </th>
            <td data-label="Verdict">
              <VerdictBadge verdict={row.verdict} />
            </td>
            <td data-label={columns[0]}>{row.cells[0]}</td>
            <td data-label={columns[1]}>{row.cells[1]}</td>
          </tr>
        );
      })}
    </ResultTable>
  );
}
