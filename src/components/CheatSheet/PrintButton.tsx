import type {MouseEvent, ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Opens the browser's print dialog, where "Save as PDF" is one of the printers. The server writes
 * it hidden, and the stylesheet shows it once the page runs its script: without JavaScript the
 * button could do nothing, and the browser's own Print command gives the same page. The sheet is an
 * island that the browser never hydrates, so the click is handled by `printOnClick` around it.
 */
export default function PrintButton(): ReactNode {
  return (
    <button
      type="button"
      className={`button button--primary button--sm ${styles.noPrint} ${styles.printButton}`}
      data-action="print">
      Print or save as PDF
    </button>
  );
}

export function printOnClick(event: MouseEvent): void {
  if (event.target instanceof Element && event.target.closest('[data-action="print"]'))
    window.print();
}
