import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Message {
  error?: string;
  notice?: string;
}

function Messages({id, error, notice}: Message & {id: string}): ReactNode {
  if (!error && !notice) return null;
  return (
    <span id={id} className={styles.messages}>
      {error ? <span className={styles.error}>{error}</span> : null}
      {notice ? <span className={styles.notice}>{notice}</span> : null}
    </span>
  );
}

/** The ids that describe a field: its hint, then its message when it has one. */
function describedBy(
  hintId: string | undefined,
  messageId: string,
  message: Message,
): string | undefined {
  return (
    [hintId ?? '', message.error || message.notice ? messageId : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

interface NumberFieldProps extends Message {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** A unit picker shown after the input. */
  unit?: {
    label: string;
    value: string;
    options: readonly {value: string; label: string}[];
    onChange: (value: string) => void;
    notice?: string;
  };
  name: string;
}

/** A number typed as text, so that whatever the reader types can be quoted in a message. */
export function NumberField({
  label,
  value,
  onChange,
  hint,
  unit,
  error,
  notice,
  name,
}: NumberFieldProps): ReactNode {
  const id = useId();
  const messageId = `${id}-msg`;
  const hintId = `${id}-hint`;
  const description = describedBy(hint ? hintId : undefined, messageId, {
    error,
    notice: notice ?? unit?.notice,
  });
  const unitId = `${id}-unit`;
  return (
    <div className={clsx(styles.field, unit && styles.withUnit, error && styles.invalid)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {unit ? (
        <label htmlFor={unitId} className={clsx(styles.label, styles.unitLabel)}>
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
          id={unitId}
          name={`${name}Unit`}
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
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      <Messages id={messageId} error={error} notice={notice ?? unit?.notice} />
    </div>
  );
}

interface SelectFieldProps extends Message {
  label: string;
  value: string;
  options: readonly {value: string; label: string}[];
  onChange: (value: string) => void;
  name: string;
  hint?: string;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  name,
  hint,
  error,
  notice,
}: SelectFieldProps): ReactNode {
  const id = useId();
  const messageId = `${id}-msg`;
  const hintId = `${id}-hint`;
  const description = describedBy(hint ? hintId : undefined, messageId, {error, notice});
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
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      <Messages id={messageId} error={error} notice={notice} />
    </div>
  );
}

interface ChoiceFieldProps extends Message {
  legend: string;
  value: string;
  options: readonly {value: string; label: string}[];
  onChange: (value: string) => void;
  name: string;
}

/** A set of radio buttons: every choice visible at once, arrow keys move between them. */
export function ChoiceField({
  legend,
  value,
  options,
  onChange,
  name,
  error,
  notice,
}: ChoiceFieldProps): ReactNode {
  const id = useId();
  const messageId = `${id}-msg`;
  return (
    <fieldset
      className={clsx(styles.field, styles.fieldset)}
      aria-describedby={error || notice ? messageId : undefined}>
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
      <Messages id={messageId} error={error} notice={notice} />
    </fieldset>
  );
}
