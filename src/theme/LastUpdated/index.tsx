import type {ReactNode} from 'react';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type {Props} from '@theme/LastUpdated';
import {formatShortDate} from '@site/src/lib/dates';

/**
 * The theme's "Last updated on …" line, swizzled for one change: the date is formatted without
 * `Intl.DateTimeFormat`, whose first use on a page loads the browser's locale data in one long task
 * while the page hydrates (see src/lib/units.ts). The site is in English only, so the words are
 * written here rather than translated; the markup is the theme's.
 */
export default function LastUpdated({lastUpdatedAt, lastUpdatedBy}: Props): ReactNode {
  const at = lastUpdatedAt ? new Date(lastUpdatedAt) : undefined;
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      Last updated
      {at ? (
        <>
          {' on '}
          <b>
            <time dateTime={at.toISOString()} itemProp="dateModified">
              {formatShortDate(at)}
            </time>
          </b>
        </>
      ) : null}
      {lastUpdatedBy ? (
        <>
          {' by '}
          <b>{lastUpdatedBy}</b>
        </>
      ) : null}
    </span>
  );
}
