import type {ReactNode} from 'react';
import styles from './styles.module.css';

export interface Choice {
  value: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * A fieldset of radio buttons or checkboxes, each with its label, and under them any message
 * (`children`) about the choice.
 */
export function ChoiceGroup({
  legend,
  type,
  name,
  choices,
  children,
}: {
  legend: string;
  type: 'radio' | 'checkbox';
  name: string;
  choices: readonly Choice[];
  children?: ReactNode;
}): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={styles.choice}>
          <input
            type={type}
            name={name}
            value={choice.value}
            checked={choice.checked}
            onChange={(event) => choice.onChange(event.currentTarget.checked)}
          />{' '}
          {choice.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/** A group of radio buttons, one per value, with the current value checked. */
export function RadioGroup<T extends string>({
  legend,
  name,
  values,
  labelOf,
  value,
  onChange,
  children,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  labelOf: (value: T) => ReactNode;
  value: T;
  onChange: (value: T) => void;
  children?: ReactNode;
}): ReactNode {
  const choices = values.map((each) => ({
    value: each,
    label: labelOf(each),
    checked: each === value,
    onChange: () => onChange(each),
  }));
  return (
    <ChoiceGroup legend={legend} type="radio" name={name} choices={choices}>
      {children}
    </ChoiceGroup>
  );
}

/** A message beside a setting; nothing when there is none. */
export function Warning({children}: {children?: ReactNode}): ReactNode {
  return children ? <p className={styles.warning}>{children}</p> : null;
}
