import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getOption, type OptionId} from '@site/src/data';

/** The first cell of a result row: the option's short name, linked to its page. */
export function OptionRowHeader({option}: {option: OptionId}): ReactNode {
  const {path, shortName} = getOption(option);
  return (
    <th scope="row">
      <Link to={path}>{shortName}</Link>
    </th>
  );
}
