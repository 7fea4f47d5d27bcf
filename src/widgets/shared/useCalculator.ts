import type {FormReading} from '@site/src/widgets/shared/logic/parse';
import {UNIT_LABELS, type SizeUnit, type TimeUnit} from '@site/src/widgets/shared/logic/measure';
import {choiceTitle, type Schema, type Values} from '@site/src/widgets/shared/logic/query';
import type {Choice} from '@site/src/widgets/shared/Fields';
import {useQueryState} from './useQueryState';

/** The values a choice field of the schema allows. */
type ChoiceOf<S extends Schema, K extends keyof S> = S[K] extends {
  kind: 'choice';
  values: readonly (infer V extends string)[];
}
  ? V
  : never;

type ChoiceKey<S extends Schema> = {
  [K in keyof S]: S[K]['kind'] extends 'choice' ? K : never;
}[keyof S];

/** The choice fields whose values are size or time units. */
type UnitKey<S extends Schema> = {
  [K in ChoiceKey<S>]: ChoiceOf<S, K> extends SizeUnit | TimeUnit ? K : never;
}[ChoiceKey<S>];

/** What a field needs from the calculator: spread it into NumberField, SelectField or ChoiceField. */
export interface BoundField {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  notice?: string;
}

/**
 * A calculator's state: its inputs (kept in the page's query string), the checked input or a
 * message per bad field (`read`), and the result (`compute`, only when every field is right).
 * `bind(name)` wires a field; `bind(name, labels)` also lists a choice field's options, in the
 * order the logic declares them, with the words the view gives them.
 * `bindWithUnit(name, unitName)` wires a NumberField and its size or time unit select, which
 * lists the units in their own words and is labelled with the name the schema gives it.
 */
export function useCalculator<S extends Schema, I, R>(
  schema: S,
  read: (values: Values<S>) => FormReading<I, keyof S & string>,
  compute: (input: I) => R,
) {
  const [values, notices, set] = useQueryState(schema);
  const {input, errors} = read(values);
  const result = input === undefined ? undefined : compute(input);

  function bind(name: keyof S & string): BoundField;
  function bind<K extends ChoiceKey<S> & string>(
    name: K,
    labels: Record<ChoiceOf<S, K>, string>,
  ): BoundField & {options: Choice[]};
  function bind(name: keyof S & string, labels?: Record<string, string>) {
    const field: BoundField = {
      name,
      value: values[name],
      onChange: (value: string) => set(name, value),
      error: (errors as Record<string, string | undefined>)[name],
      notice: (notices as Record<string, string | undefined>)[name],
    };
    const spec = schema[name];
    if (!labels || spec?.kind !== 'choice') return field;
    return {
      ...field,
      options: spec.values.map((value) => ({value, label: labels[value] ?? value})),
    };
  }

  function bindWithUnit<K extends UnitKey<S> & string>(name: keyof S & string, unitName: K) {
    const unitLabels = UNIT_LABELS as Record<ChoiceOf<S, K>, string>;
    const spec = schema[unitName];
    const label = spec?.kind === 'choice' ? choiceTitle(spec.label) : unitName;
    return {...bind(name), unit: {label, ...bind(unitName, unitLabels)}};
  }

  return {values, errors, result, set, bind, bindWithUnit};
}
