import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {Messages, type Choice, type FieldMessages} from './Messages';
import styles from './styles.module.css';

interface Props extends FieldMessages {
  name: string;
  legend: string;
  value: string;
  options: readonly Choice[];
  onChange: (value: string) => void;
}

/** A set of radio buttons: every choice visible at once, arrow keys move between them. */
export function ChoiceField({
  name,
  legend,
  value,
  options,
  onChange,
  error,
  notice,
}: Props): ReactNode {
  const id = useId();
  return (
    <fieldset
      className={clsx(styles.field, styles.fieldset)}
      aria-describedby={error || notice ? `${id}-msg` : undefined}>
      <legend className={styles.label}>{legend}</legend>
      <span className={styles.choices}>
        {options.map((option) => (
          <label key={option.value} className={styles.choice}>
            <input
              type="radio"
              name={`${name}-${id}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </span>
      <Messages id={`${id}-msg`} error={error} notice={notice} />
    </fieldset>
  );
}
