import type {ReactNode} from 'react';
import {getLimit, limitsFor, type LimitEntry, type LimitId, type Subject} from '@site/src/data';
import {exactBytes} from '@site/src/lib/units';
import Limit, {formatValue} from '@site/src/components/Limit';
import styles from './styles.module.css';

interface Props {
  /** Every limit of one option or service... */
  subject?: Subject;
  /** ...or these limits, in this order. */
  ids?: readonly LimitId[];
  caption?: string;
}

function when(date: string | undefined): string {
  return date ? ` until ${date}` : '';
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
  for (const [i, previous] of (entry.previous ?? []).entries()) {
    parts.push(
      <span key={`prev${i}`}>
        <strong>Older value:</strong>{' '}
        <a href={previous.source}>{formatValue(previous, 'stated')}</a>
        {when(previous.until)}. {previous.note}
      </span>,
    );
  }
  for (const [i, other] of (entry.conflicting ?? []).entries()) {
    parts.push(
      <span key={`conf${i}`}>
        <strong>Disputed:</strong> <a href={other.source}>{other.sourceTitle}</a> says{' '}
        {formatValue(other, 'stated')}. {other.note}
      </span>,
    );
  }
  return <div className={styles.notes}>{parts}</div>;
}

/** A table of limits, each value linked to its source with the date it was verified. */
export default function LimitsTable({subject, ids, caption}: Props): ReactNode {
  const entries: LimitEntry[] = ids
    ? ids.map((id) => getLimit(id))
    : subject
      ? limitsFor(subject)
      : [];
  if (entries.length === 0) throw new Error('LimitsTable needs a subject or ids with entries');
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
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
          {entries.map((entry) => (
            <tr key={entry.id} id={`limit-${entry.id.replace('.', '-')}`}>
              <th scope="row">{entry.quantity}</th>
              <td className={styles.value}>
                <Limit id={entry.id as LimitId} plain />
                {entry.status === 'disputed' ? (
                  <span className={styles.badge}>disputed</span>
                ) : null}
              </td>
              <td>
                <a href={entry.source}>{entry.sourceTitle}</a>
                <span className={styles.verified}>verified {entry.verifiedOn}</span>
              </td>
              <td>
                <LimitNotes entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
