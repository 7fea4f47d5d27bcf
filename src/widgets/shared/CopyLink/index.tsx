import {useState, type ReactNode} from 'react';
import {useHistorySelector} from '@docusaurus/theme-common';
import styles from './styles.module.css';

/**
 * Copies the page address (which holds the widget's inputs) and confirms it politely. The
 * confirmation lasts until the inputs change, since the copied link no longer matches them.
 */
export function CopyLink(): ReactNode {
  const search = useHistorySelector((h) => h.location.search);
  const [result, setResult] = useState<{
    status: 'copied' | 'manual';
    search: string;
    url: string;
  } | null>(null);
  const shown = result && result.search === search ? result : null;

  async function copy(): Promise<void> {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setResult({status: 'copied', search, url});
    } catch {
      setResult({status: 'manual', search, url});
    }
  }

  return (
    <div className={styles.copy} data-print="hide">
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => void copy()}>
        Copy link to this result
      </button>
      <span role="status" className={styles.status}>
        {shown?.status === 'copied'
          ? 'Link copied.'
          : shown?.status === 'manual'
            ? 'Copying was blocked; select the link below and copy it.'
            : ''}
      </span>
      {shown?.status === 'manual' ? (
        <input
          className={styles.address}
          readOnly
          value={shown.url}
          aria-label="Link to this result"
          onFocus={(event) => event.target.select()}
        />
      ) : null}
    </div>
  );
}
