import type {ReactNode} from 'react';
import {getLimit, isLimitId, type LimitEntry, type LimitId, type StatedValue} from '@site/src/data';
import {formatDuration, formatStated, isTimeUnit, statedSeconds} from '@site/src/lib/units';
import styles from './styles.module.css';

type Which = 'current' | 'previous' | 'conflicting';

interface Props {
  id: LimitId;
  /** Which value to show: the current one (default), the older one, or the one another page states. */
  which?: Which;
  /** `duration` prints a time limit as "1 h" rather than "3600 s". */
  format?: 'stated' | 'duration';
  /** Leave out the "also stated" note of a disputed limit, where the prose already explains it. */
  plain?: boolean;
  /** `since` prints the month from which the current value applies ("October 2025"), linked to the announcement. */
  show?: 'value' | 'since';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-10-24" or "2025-10" as "October 2025". */
export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  return name && year ? `${name} ${year}` : isoDate;
}

export function formatValue(value: StatedValue, format: 'stated' | 'duration'): string {
  if (format === 'duration' && isTimeUnit(value.unit)) return formatDuration(statedSeconds(value));
  return formatStated(value);
}

function pick(
  entry: LimitEntry,
  which: Which,
): {value: StatedValue; source: string; title: string} {
  if (which === 'previous') {
    const previous = entry.previous?.[0];
    if (!previous) throw new Error(`Limit ${entry.id} has no previous value`);
    return {value: previous, source: previous.source, title: previous.note};
  }
  if (which === 'conflicting') {
    const other = entry.conflicting?.[0];
    if (!other) throw new Error(`Limit ${entry.id} has no conflicting value`);
    return {value: other, source: other.source, title: `${other.sourceTitle}: ${other.note}`};
  }
  return {
    value: entry,
    source: entry.source,
    title: `${entry.sourceTitle} (verified ${entry.verifiedOn})`,
  };
}

/** One AWS number, linked to the page it comes from. */
export default function Limit({
  id,
  which = 'current',
  format = 'stated',
  plain = false,
  show = 'value',
}: Props): ReactNode {
  if (!isLimitId(id)) throw new Error(`Unknown limit id in a page: ${String(id)}`);
  const entry = getLimit(id);
  if (show === 'since') {
    if (!entry.since) throw new Error(`Limit ${id} has no date from which it applies`);
    const source = entry.previous?.[0]?.source ?? entry.source;
    return (
      <a href={source} data-limit-id={id} data-which="since">
        {formatMonth(entry.since)}
      </a>
    );
  }
  const shown = pick(entry, which);
  const other = entry.conflicting?.[0];
  return (
    <span className={styles.limit}>
      <a href={shown.source} title={shown.title} data-limit-id={id} data-which={which}>
        {formatValue(shown.value, format)}
      </a>
      {which === 'current' && entry.status === 'disputed' && other && !plain ? (
        <span className={styles.dispute}>
          {' '}
          (disputed: another AWS page says{' '}
          <a href={other.source} title={`${other.sourceTitle}: ${other.note}`}>
            {formatValue(other, format)}
          </a>
          )
        </span>
      ) : null}
    </span>
  );
}
