import type {ReactNode} from 'react';
import {getLimit, isLimitId, type LimitId} from '@site/src/data';
import InfoPopover from '@site/src/components/InfoPopover';
import {
  evidenceOf,
  type ShownValue,
  formatMonth,
  formatValue,
  pickValue,
  type LimitFormat,
  type Which,
} from '@site/src/lib/limitValue';
import {useReportUrl} from './useReportUrl';
import styles from './styles.module.css';

interface Props {
  id: LimitId;
  /** Which value to show: the current one (default), the older one, or the one another page states. */
  which?: Which;
  /** `duration` prints a time limit as "1 h" rather than "3600 s". */
  format?: LimitFormat;
  /** Leave out the "also stated" note of a disputed limit, where the prose already explains it. */
  plain?: boolean;
  /** Leave out the button that opens AWS's words and the report link, where a table shows them. */
  details?: boolean;
  /** `since` prints the month from which the current value applies ("October 2025"), linked to the announcement. */
  show?: 'value' | 'since';
}

/**
 * One AWS number, linked to the page it comes from. The link's description (its title) carries
 * AWS's words for the value; a small button opens them with a "report this number" link, in a
 * native popover: no script, keyboard and Escape work, and without support the link remains.
 */
export default function Limit({
  id,
  which = 'current',
  format = 'stated',
  plain = false,
  details = true,
  show = 'value',
}: Props): ReactNode {
  if (!isLimitId(id)) throw new Error(`Unknown limit id in a page: ${String(id)}`);
  const entry = getLimit(id);
  const shown = pickValue(entry, which);
  if (!shown) throw new Error(`Limit ${id} has no ${which} value`);
  if (show === 'since') {
    if (!entry.since) throw new Error(`Limit ${id} has no date from which it applies`);
    const source = entry.previous?.[0]?.source ?? entry.source;
    return (
      <a href={source} data-limit-id={id} data-which="since">
        {formatMonth(entry.since)}
      </a>
    );
  }
  const text = formatValue(shown, format);
  const evidence = evidenceOf(shown);
  const other = entry.conflicting?.[0];
  return (
    <span className={styles.limit}>
      <a
        href={shown.source}
        title={evidence.kind === 'quote' ? `“${evidence.quote}” ${shown.about}` : shown.about}
        data-limit-id={id}
        data-which={which}>
        {text}
      </a>
      {details ? <About id={id} text={text} value={shown} /> : null}
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

/** The button after a value and the popover it opens: AWS's words, the source, a report link. */
function About({id, text, value}: {id: LimitId; text: string; value: ShownValue}): ReactNode {
  const report = useReportUrl(id, value);
  const evidence = evidenceOf(value);
  return (
    <InfoPopover label={`About ${text}: AWS’s words and the source`}>
      {evidence.kind === 'quote' ? (
        <q cite={value.source} className={styles.words}>
          {evidence.quote}
        </q>
      ) : (
        <span className={styles.words}>
          <strong>Not re-checked:</strong> {evidence.reason}
        </span>
      )}
      <a href={value.source}>{value.sourceTitle ?? 'The AWS page that states it'}</a>
      <a href={report} data-report={id}>
        Report this number
      </a>
    </InfoPopover>
  );
}
