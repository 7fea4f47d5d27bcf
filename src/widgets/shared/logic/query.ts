/**
 * A widget's inputs as a URL query, so a result can be shared. Fields are kept as the raw text
 * the reader typed: a bad value in a link reaches its field and gets a message there, instead of
 * vanishing. Defaults are left out of the query to keep links short.
 */
import {MAX_RAW_LENGTH, shorten} from './parse';

export type FieldSpec =
  | {kind: 'text'; default: string}
  | {kind: 'choice'; default: string; values: readonly string[]; label: string};

export type Schema = Record<string, FieldSpec>;

export type Values<S extends Schema> = {[K in keyof S]: string};

/** A field the reader types into, kept as typed; `value` is its default. */
export function textField(value: number | string) {
  return {kind: 'text', default: String(value)} as const;
}

/**
 * A field with a fixed list of values (the logic's own `const` array, which the view lists too),
 * its default among them, and what messages call it: "the processing time unit".
 */
export function choiceField<T extends string>(
  values: readonly T[],
  value: NoInfer<T>,
  label: string,
) {
  return {kind: 'choice', default: value, values, label} as const;
}

/**
 * What a form shows as a choice field's label: the name messages use, without its "the" and
 * with a capital ("the processing time unit" → "Processing time unit"), so that the form and
 * the messages about it say the same thing.
 */
export function choiceTitle(label: string): string {
  const bare = label.replace(/^the\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** The values of a yes-or-no choice. */
export const YES_NO = ['no', 'yes'] as const;

export interface ParsedQuery<S extends Schema> {
  values: Values<S>;
  /** A message per field whose value in the link was not usable. */
  notices: Partial<Record<keyof S, string>>;
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const values = {} as Values<S>;
  for (const [key, spec] of Object.entries(schema) as [keyof S, FieldSpec][])
    values[key] = spec.default;
  return values;
}

/** Reads a query string ("?a=1&b=2" or "a=1&b=2"); unknown parameters are ignored. */
export function parseQuery<S extends Schema>(search: string, schema: S): ParsedQuery<S> {
  const values = defaults(schema);
  const notices: Partial<Record<keyof S, string>> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {values, notices};
  }
  for (const [key, spec] of Object.entries(schema) as [keyof S & string, FieldSpec][]) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (spec.kind === 'text') {
      values[key] = raw.slice(0, MAX_RAW_LENGTH + 1);
    } else if (spec.values.includes(raw)) {
      values[key] = raw;
    } else {
      notices[key] =
        `The link gave “${shorten(raw)}” for ${spec.label}, which is not one of the choices; showing the default.`;
    }
  }
  return {values, notices};
}

/** Writes the values that differ from their defaults, in schema order; "" when all are defaults. */
export function serializeQuery<S extends Schema>(values: Values<S>, schema: S): string {
  const params = new URLSearchParams();
  for (const [key, spec] of Object.entries(schema) as [keyof S & string, FieldSpec][]) {
    const value = values[key];
    if (value !== undefined && value !== spec.default) params.set(key, value);
  }
  return params.toString();
}

/**
 * The query of a page URL with this widget's parameters replaced, other parameters kept,
 * for `history.replace`.
 */
export function mergeQuery<S extends Schema>(
  currentSearch: string,
  values: Values<S>,
  schema: S,
): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of Object.keys(schema)) params.delete(key);
  const own = new URLSearchParams(serializeQuery(values, schema));
  for (const [key, value] of own) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether two readings of a widget's query show the same thing: the same value in every field
 * and the same messages. A widget whose own parameters did not change (another widget wrote its
 * own) keeps its state instead of re-rendering.
 */
export function sameQuery<S extends Schema>(a: ParsedQuery<S>, b: ParsedQuery<S>): boolean {
  const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
  for (const key of keys) if (a.values[key] !== b.values[key]) return false;
  const messages = new Set([...Object.keys(a.notices), ...Object.keys(b.notices)]);
  for (const key of messages) if (a.notices[key] !== b.notices[key]) return false;
  return true;
}
