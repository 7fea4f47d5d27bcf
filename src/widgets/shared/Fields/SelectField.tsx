import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {describedBy, Hint, Messages, type Choice, type FieldMessages} from './Messages';
import styles from './styles.module.css';

interface Props extends FieldMessages {
  name: string;
  label: string;
  value: string;
  options: readonly Choice[];
  onChange: (value: string) => void;
  hint?: string;
}

/** A drop-down list of choices. */
export function SelectField({
  name,
  label,
  value,
  options,
  onChange,
  hint,
  error,
  notice,
}: Props): ReactNode {
  const id = useId();
  const description = describedBy(hint ? `${id}-hint` : undefined, `${id}-msg`, {error, notice});
  return (
    <div className={clsx(styles.field, error && styles.invalid)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className={styles.select}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={description}
        onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <Messages id={`${id}-msg`} error={error} notice={notice} />
    </div>
  );
}
