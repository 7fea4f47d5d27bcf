// Replaces @docusaurus/plugin-pwa's reload pop-up with a quiet banner. It appears when a new
// version of the guide has been downloaded in the background: nothing moves focus or blocks the
// page; a screen reader hears it once, politely; the reader reloads when it suits them, or not.
import React, {type ReactNode, useEffect, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/PwaReloadPopup';
import styles from './styles.module.css';

/** Delay before the message enters the live region, so assistive technology notices the change. */
const ANNOUNCE_DELAY_MS = 150;

export default function PwaReloadPopup({onReload}: Props): ReactNode {
  const [visible, setVisible] = useState(true);
  const [announced, setAnnounced] = useState(false);

  // A live region must exist before its text changes for the change to be announced.
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(true), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);

  if (!visible) return null;
  return (
    <div className={styles.banner} data-print="hide" data-testid="update-banner">
      <p role="status" className={styles.message}>
        {announced && (
          <Translate id="theme.PwaReloadPopup.info" description="The text of the PWA update banner">
            Updated content is available.
          </Translate>
        )}
      </p>
      <button
        type="button"
        className="button button--primary button--sm"
        onClick={() => {
          setVisible(false);
          onReload();
        }}>
        <Translate
          id="theme.PwaReloadPopup.refreshButtonText"
          description="The text of the PWA update banner's reload button">
          Reload
        </Translate>
      </button>
      <button
        type="button"
        className={styles.dismiss}
        aria-label={translate({
          id: 'theme.PwaReloadPopup.closeButtonAriaLabel',
          message: 'Dismiss',
          description: "The label of the PWA update banner's dismiss button",
        })}
        onClick={() => setVisible(false)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
