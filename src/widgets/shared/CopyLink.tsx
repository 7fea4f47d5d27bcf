import {useState, type ReactNode} from 'react';
import styles from './styles.module.css';

/** Copies the page address (which holds the widget's inputs) and confirms it politely. */
export function CopyLink(): ReactNode {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');

  async function copy(): Promise<void> {
    const href = window.location.href;
    setUrl(href);
    try {
      await navigator.clipboard.writeText(href);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <div className={styles.copy} data-print="hide">
      <button type="button" className="button button--secondary button--sm" onClick={() => void copy()}>
        Copy link to this result
      </button>
      <span role="status" className={styles.copyStatus}>
        {status === 'copied' ? 'Link copied.' : status === 'manual' ? 'Copying was blocked; select the link below and copy it.' : ''}
      </span>
      {status === 'manual' ? (
        <input className={styles.input} readOnly value={url} aria-label="Link to this result" onFocus={(event) => event.target.select()} />
      ) : null}
    </div>
  );
}
