import type {ReactNode} from 'react';
import {CHANGELOG, type ChangelogItem} from '@site/src/lib/changelog';
import styles from './styles.module.css';

const KIND: Record<ChangelogItem['kind'], string> = {
  guide: 'Guide updated',
  'aws-change': 'AWS changed a limit',
  dispute: 'AWS pages disagree',
};

interface Props {
  /** `dated` (default): changes with a date, newest first; `undated`: changes AWS gives no date for. */
  which?: 'dated' | 'undated';
}

/** The changelog, generated from the data module; the Atom feed prints the same items. */
export default function ChangeLog({which = 'dated'}: Props): ReactNode {
  const items = CHANGELOG.filter((item) => item.dated === (which === 'dated'));
  return (
    <ol className={styles.log} data-testid={`changelog-${which}`}>
      {items.map((item) => (
        <li key={item.anchor} id={item.anchor} className={styles.item}>
          <p className={styles.meta}>
            <span className={styles.kind}>{KIND[item.kind]}</span>{' '}
            <time dateTime={item.date}>{item.dateLabel}</time>
          </p>
          <h3 className={styles.title}>{item.title}</h3>
          <p>{item.summary}</p>
          <ul className={styles.values}>
            {item.values.map((value) => (
              <li key={value}>{value}</li>
            ))}
          </ul>
          <p className={styles.links}>
            Sources:{' '}
            {item.links.map((link, i) => (
              <span key={link.href + link.label}>
                {i > 0 ? '; ' : ''}
                <a href={link.href}>{link.label}</a>
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
