import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getOption, type OptionId} from '@site/src/data';
import type {Part} from '@site/src/widgets/shared/logic/sourced';
import type {VerdictKind} from '@site/src/widgets/shared/logic/verdict';
import {ResultTable} from '@site/src/widgets/shared/ResultTable';
import {SourcedText} from '@site/src/widgets/shared/SourcedText';
import {VerdictBadge} from '@site/src/widgets/shared/VerdictBadge';

/** What the logic says of one option: its verdict and why, in sourced parts. */
export interface OptionVerdict {
  option: OptionId;
  fit: VerdictKind;
  detail: readonly Part[];
}

/**
 * One row per option: its name linked to its page, a verdict badge, what was measured
 * (`measured`, the first of `columns`), then the logic's detail (the second).
 */
export function VerdictTable<V extends OptionVerdict>({
  caption,
  columns,
  verdicts,
  measured,
}: {
  caption: string;
  columns: readonly [string, string];
  verdicts: readonly V[];
  measured: (verdict: V) => ReactNode;
}): ReactNode {
  return (
    <ResultTable caption={caption} hideCaption columns={['Option', 'Verdict', ...columns]}>
      {verdicts.map((verdict) => {
        const {path, shortName} = getOption(verdict.option);
        return (
          <tr key={verdict.option} data-option={verdict.option} data-fit={verdict.fit}>
            <th scope="row">
              <Link to={path}>{shortName}</Link>
            </th>
            <td data-label="Verdict">
              <VerdictBadge verdict={verdict.fit} />
            </td>
            <td data-label={columns[0]}>{measured(verdict)}</td>
            <td data-label={columns[1]}>
              <SourcedText parts={verdict.detail} />
            </td>
          </tr>
        );
      })}
    </ResultTable>
  );
}
