import type {ReactNode} from 'react';
import InfoPopover from '@site/src/components/InfoPopover';
import {
  getPrice,
  isPriceId,
  pricesFor,
  REGION_NAMES,
  type PriceEntry,
  type PriceId,
  type PriceSubject,
} from '@site/src/data/prices';
import {dateText} from '@site/src/lib/limitText';
import {priceText, seenAsText, unconfirmedReason} from '@site/src/lib/priceText';
import styles from './styles.module.css';

/** What a price rests on: AWS's words, or the reason it is not confirmed at AWS. */
function Evidence({entry}: {entry: PriceEntry}): ReactNode {
  const reason = unconfirmedReason(entry);
  if (reason)
    return (
      <span className={styles.words}>
        <strong>Not confirmed at AWS:</strong> {reason}
      </span>
    );
  return entry.quote ? (
    <q cite={entry.quoteFrom ?? entry.source} className={styles.words}>
      {entry.quote}
    </q>
  ) : (
    <span className={styles.words}>{seenAsText(entry)}.</span>
  );
}

/**
 * One AWS price, linked to the page that states it (or would), with the button that opens
 * AWS's words, the source and the date it was read. A price not confirmed at AWS carries a
 * visible mark; its reason is in the popover and in the mark's description.
 */
export default function Price({id}: {id: PriceId}): ReactNode {
  if (!isPriceId(id)) throw new Error(`Unknown price id in a page: ${String(id)}`);
  const entry = getPrice(id);
  const text = priceText(entry);
  const reason = unconfirmedReason(entry);
  return (
    <span className={styles.price} data-price-id={id} data-confirmed={String(!reason)}>
      <a href={entry.source} title={`${entry.item}, ${REGION_NAMES[entry.region]}`}>
        {text}
      </a>
      <InfoPopover label={`About ${text}: the source and how it was read`}>
        <span>
          {entry.item}, {REGION_NAMES[entry.region]}
        </span>
        <Evidence entry={entry} />
        <a href={entry.source}>{entry.sourceTitle}</a>
        <span>Read on {dateText(entry.verifiedOn)}.</span>
      </InfoPopover>
      {reason ? (
        <span className={styles.unconfirmed} title={reason}>
          {' '}
          (not confirmed at AWS)
        </span>
      ) : null}
    </span>
  );
}

/** Every price of one option or service: value, source, date and how it was confirmed. */
export function PriceTable({subject, caption}: {subject: PriceSubject; caption?: string}) {
  const entries = pricesFor(subject);
  if (entries.length === 0) throw new Error(`PriceTable: no prices for ${subject}`);
  return (
    <table className="limits-table" data-price-table={subject}>
      <caption>{caption ?? `Prices in ${REGION_NAMES[entries[0]?.region ?? 'us-east-1']}`}</caption>
      <thead>
        <tr>
          <th scope="col">What is priced</th>
          <th scope="col">Price</th>
          <th scope="col">Source and how it was confirmed</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const reason = unconfirmedReason(entry);
          return (
            <tr key={entry.id} data-price-id={entry.id} data-confirmed={String(!reason)}>
              <th scope="row">{entry.item}</th>
              <td className={styles.value}>{priceText(entry)}</td>
              <td>
                <a href={entry.source}>{entry.sourceTitle}</a>, read on {dateText(entry.verifiedOn)}
                .{' '}
                {reason ? (
                  <span className={styles.mark}>
                    <strong>Not confirmed at AWS:</strong> {reason}
                  </span>
                ) : (
                  <span>
                    {seenAsText(entry)}
                    {entry.quote ? (
                      <>
                        : <q cite={entry.quoteFrom ?? entry.source}>{entry.quote}</q>
                      </>
                    ) : (
                      '.'
                    )}
                  </span>
                )}
                {entry.status === 'disputed' && entry.conflicting
                  ? entry.conflicting.map((other, i) => (
                      <span key={i} className={styles.dispute}>
                        {' '}
                        <strong>Disputed:</strong> {priceText(other)} in {other.where}. {other.note}
                      </span>
                    ))
                  : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
