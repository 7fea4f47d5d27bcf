import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {describedBy, Hint, Messages, type Choice, type FieldMessages} from './Messages';
import styles from './styles.module.css';

interface Props extends FieldMessages {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** A unit picker shown after the input. */
  unit?: {
    name: string;
    label: string;
    value: string;
    options: readonly Choice[];
    onChange: (value: string) => void;
    notice?: string;
  };
}

/** A number typed as text, so that whatever the reader types can be quoted in a message. */
export function NumberField({
  name,
  label,
  value,
  onChange,
  hint,
  unit,
  error,
  notice,
}: Props): ReactNode {
  const id = useId();
  const messages = {error, notice: notice ?? unit?.notice};
  const description = describedBy(hint ? `${id}-hint` : undefined, `${id}-msg`, messages);
  return (
    <div className={clsx(styles.field, unit && styles.withUnit, error && styles.invalid)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {unit ? (
        <label htmlFor={`${id}-unit`} className={clsx(styles.label, styles.unitLabel)}>
          {unit.label}
        </label>
      ) : null}
      <input
        id={id}
        name={name}
        className={styles.input}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={description}
        onChange={(event) => onChange(event.target.value)}
      />
      {unit ? (
        <select
          id={`${id}-unit`}
          name={unit.name}
          className={styles.select}
          value={unit.value}
          onChange={(event) => unit.onChange(event.target.value)}>
          {unit.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : null}
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <Messages id={`${id}-msg`} {...messages} />
    </div>
  );
}
