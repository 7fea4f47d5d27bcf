import type {ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

/**
 * Opens the browser's print dialog, where "Save as PDF" is one of the printers. Rendered only
 * once the page runs its script: without JavaScript the button could do nothing, and the
 * browser's own Print command gives the same page.
 */
export default function PrintButton(): ReactNode {
  const isBrowser = useIsBrowser();
  if (!isBrowser) return null;
  return (
    <button
      type="button"
      className={`button button--primary button--sm ${styles.noPrint}`}
      onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
