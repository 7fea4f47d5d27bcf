import type {ReactNode} from 'react';
import {changedOrDisputed, getOption, OPTION_IDS, type OptionId} from '@site/src/data';
import {formatValue} from '@site/src/components/Limit';
import styles from '@site/src/components/LimitsTable/styles.module.css';

function subjectName(subject: string): string {
  if ((OPTION_IDS as readonly string[]).includes(subject))
    return getOption(subject as OptionId).shortName;
  return subject === 'apigateway' ? 'API Gateway' : 'AWS SDK';
}

/**
 * Limits that changed over time or that AWS pages disagree on. Exam questions and older
 * study material often carry the older value.
 */
export default function ChangedLimits(): ReactNode {
  const entries = changedOrDisputed();
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="changed-limits">
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
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                {subjectName(entry.subject)}: {entry.quantity}
              </th>
              <td className={styles.value}>
                <a href={entry.source}>{formatValue(entry, 'stated')}</a>
                <span className={styles.verified}>
                  {entry.since ? `since ${entry.since}, ` : ''}verified {entry.verifiedOn}
                </span>
              </td>
              <td className={styles.value}>
                {(entry.previous ?? []).map((previous) => (
                  <span key={previous.source + String(previous.value)} className={styles.verified}>
                    <a href={previous.source}>{formatValue(previous, 'stated')}</a>
                    {previous.until ? ` until ${previous.until}` : ' (older pages)'}
                  </span>
                ))}
                {(entry.conflicting ?? []).map((other) => (
                  <span key={other.source} className={styles.verified}>
                    <a href={other.source}>{formatValue(other, 'stated')}</a> (stated today by
                    another page)
                  </span>
                ))}
              </td>
              <td>
                <div className={styles.notes}>
                  {entry.note ? <span>{entry.note}</span> : null}
                  {(entry.previous ?? []).map((previous) => (
                    <span key={previous.source}>{previous.note}</span>
                  ))}
                  {(entry.conflicting ?? []).map((other) => (
                    <span key={other.source}>{other.note}</span>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
