import type {ReactNode} from 'react';
import {changedOrDisputed, subjectName} from '@site/src/data';
import {formatValue, otherValues, pickValue, type ShownValue} from '@site/src/lib/limitValue';
import {LimitQuote, ReportLink} from '@site/src/components/Limit/Evidence';
import styles from './styles.module.css';

/**
 * Limits that changed over time or that AWS pages disagree on. Exam questions and older
 * study material often carry the older value.
 */
export default function ChangedLimits(): ReactNode {
  return (
    <table className="limits-table" data-testid="changed-limits">
      <caption>Limits with an older or a conflicting value</caption>
      <thead>
        <tr>
          <th scope="col">Limit</th>
          <th scope="col">Current value</th>
          <th scope="col">Older or conflicting value</th>
          <th scope="col">What to know</th>
        </tr>
      </thead>
      <tbody>
        {changedOrDisputed().map((entry) => {
          const current = pickValue(entry, 'current') as ShownValue;
          const others = otherValues(entry);
          return (
            <tr key={entry.id}>
              <th scope="row">
                {subjectName(entry.subject)}: {entry.quantity}
              </th>
              <td className={styles.value}>
                <a href={entry.source}>{formatValue(entry)}</a>
                <span className={styles.detail}>
                  {entry.since ? `since ${entry.since}, ` : ''}verified {entry.verifiedOn}
                </span>
                <LimitQuote value={current} />
                <ReportLink id={entry.id} value={current} label={entry.quantity} />
              </td>
              <td className={styles.value}>
                {others.map((other) => (
                  <span key={other.which + other.source} className={styles.other}>
                    <a href={other.source}>{formatValue(other)}</a>
                    {other.which === 'conflicting'
                      ? ' (stated today by another page)'
                      : other.until
                        ? ` until ${other.until}`
                        : ' (older pages)'}
                    <LimitQuote value={other} />
                    <ReportLink
                      id={entry.id}
                      value={other}
                      label={`${entry.quantity}, ${formatValue(other)}`}
                    />
                  </span>
                ))}
              </td>
              <td>
                <div className="limits-table-notes">
                  {[entry.note, ...others.map((other) => other.note)]
                    .filter(Boolean)
                    .map((note, i) => (
                      <span key={i}>{note}</span>
                    ))}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
