import {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * The small "i" button after a value and the native popover it opens: no script, keyboard and
 * Escape work, and where the browser has no popovers the button stays hidden and the value's
 * link remains. `label` names the button for screen readers; `children` fill the popover.
 */
export default function InfoPopover({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}): ReactNode {
  const popover = useId();
  return (
    <>
      <button type="button" className={styles.about} popoverTarget={popover} data-print="hide">
        <span aria-hidden="true">i</span>
        <span className="visually-hidden">{label}</span>
      </button>
      <span id={popover} popover="auto" className={styles.popover}>
        {children}
      </span>
    </>
  );
}
