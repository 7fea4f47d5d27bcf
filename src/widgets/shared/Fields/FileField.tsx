import {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

/** Measures a file the reader picks; the file never leaves the page. */
export function FileField({
  label,
  onSize,
}: {
  label: string;
  onSize: (bytes: number) => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onSize(file.size);
        }}
      />
    </div>
  );
}
