import type {ReactNode} from 'react';
import {getLimit, limitsFor, type LimitEntry, type LimitId, type Subject} from '@site/src/data';
import {formatValue, otherValues, pickValue, type ShownValue} from '@site/src/lib/limitValue';
import {exactBytes} from '@site/src/lib/units';
import Limit from '@site/src/components/Limit/Limit';
import {LimitQuote, ReportLink} from '@site/src/components/Limit/Evidence';
import styles from './styles.module.css';

interface Props {
  /** Every limit of one option or service... */
  subject?: Subject;
  /** ...or these limits, in this order. */
  ids?: readonly LimitId[];
  caption?: string;
  /**
   * Shows the table inside a closed `<details>` with this summary, for a page where the table
   * backs up the content rather than being it. The browser opens it to show a match of find in
   * page or a link to one of its rows, and print opens it.
   */
  summary?: string;
}

function when(date: string | undefined): string {
  return date ? ` until ${date}` : '';
}

/** An older or conflicting value: linked to its source, with AWS's words and a report link. */
function OtherValue({entry, value}: {entry: LimitEntry; value: ShownValue}): ReactNode {
  return (
    <span>
      {value.which === 'previous' ? (
        <>
          <strong>Older value:</strong> <a href={value.source}>{formatValue(value)}</a>
          {when(value.until)}. {value.note}
        </>
      ) : (
        <>
          <strong>Disputed:</strong> <a href={value.source}>{value.sourceTitle}</a> says{' '}
          {formatValue(value)}. {value.note}
        </>
      )}
      <LimitQuote value={value} />
      <ReportLink id={entry.id} value={value} label={`${entry.quantity}, ${formatValue(value)}`} />
    </span>
  );
}

/** What a reader should know beside the value: older values, disputes, adjustability. */
export function LimitNotes({entry}: {entry: LimitEntry}): ReactNode {
  const exact = exactBytes(entry);
  const parts: ReactNode[] = [];
  if (entry.note) parts.push(<span key="note">{entry.note}</span>);
  if (exact) parts.push(<span key="exact">Exactly {exact}.</span>);
  if (entry.byteBase === 'unstated') {
    parts.push(<span key="base">AWS does not say whether MB here means 10⁶ or 2²⁰ bytes.</span>);
  }
  if (entry.adjustable) parts.push(<span key="adj">A default you can change.</span>);
  if (entry.since) parts.push(<span key="since">Current since {entry.since}.</span>);
  for (const [i, value] of otherValues(entry).entries()) {
    parts.push(<OtherValue key={i} entry={entry} value={value} />);
  }
  return <div className="limits-table-notes">{parts}</div>;
}

/** A table of limits, each value linked to its source with the date it was verified. */
export default function LimitsTable({subject, ids, caption, summary}: Props): ReactNode {
  const entries: LimitEntry[] = ids
    ? ids.map((id) => getLimit(id))
    : subject
      ? limitsFor(subject)
      : [];
  if (entries.length === 0) throw new Error('LimitsTable needs a subject or ids with entries');
  const table = (
    <table className="limits-table">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">What is limited</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const current = pickValue(entry, 'current') as ShownValue;
          return (
            <tr key={entry.id} id={`limit-${entry.id.replace('.', '-')}`}>
              <th scope="row">{entry.quantity}</th>
              <td className={styles.value}>
                <Limit id={entry.id as LimitId} plain details={false} />
                {entry.status === 'disputed' ? (
                  <span className={styles.badge}>disputed</span>
                ) : null}
                <LimitQuote value={current} cite={false} />
                <ReportLink id={entry.id} value={current} label={entry.quantity} />
              </td>
              <td>
                <a href={entry.source}>{entry.sourceTitle}</a>
                <span className={styles.verified}>verified {entry.verifiedOn}</span>
              </td>
              <td>
                <LimitNotes entry={entry} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  if (summary === undefined) return table;
  return (
    <details className={styles.collapsed}>
      <summary>{summary}</summary>
      {table}
    </details>
  );
}
