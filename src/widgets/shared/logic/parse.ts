/**
 * Reading numbers that a reader typed (or that a shared link carried). Every function here
 * returns a value or a message for the reader; none throws.
 */

/** A message per form field that holds a bad value. */
export type FormErrors<F extends string> = Partial<Record<F, string>>;

/** What a calculator's `read` gives: the checked input, or (without it) a message per bad field. */
export interface FormReading<I, F extends string> {
  input?: I;
  errors: FormErrors<F>;
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; error: string};

export interface NumberRules {
  /** Lowest accepted value; 0 by default. Zero itself is refused unless `allowZero`. */
  min?: number;
  /** Highest accepted value, with the words shown when it is exceeded. */
  max: number;
  maxText: string;
  allowZero?: boolean;
  integer?: boolean;
  /** What the field holds, for messages: "a processing time". */
  noun: string;
}

/** Longest raw input kept from a field or a link; anything longer is not a number anyway. */
export const MAX_RAW_LENGTH = 40;

// Digits with optional thousands separators and an optional fraction: 1,000.5 or 0.25 or .5
const NUMBER_PATTERN = /^[+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

export function parseAmount(raw: string, rules: NumberRules): Parsed<number> {
  const text = raw.trim();
  if (text === '') return {ok: false, error: `Enter ${rules.noun}.`};
  const notANumber = `“${shorten(text)}” is not a number. Enter ${rules.noun} in digits, such as 12 or 2.5.`;
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1).trim() : text;
  if (!NUMBER_PATTERN.test(digits) || !/\d/.test(digits)) return {ok: false, error: notANumber};
  if (negative)
    return {ok: false, error: `Enter a positive number; ${rules.noun} cannot be negative.`};
  // A well-formed number too long to be sensible is simply too large.
  if (text.length > MAX_RAW_LENGTH) return {ok: false, error: rules.maxText};
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return {ok: false, error: rules.maxText};
  if (value === 0 && !rules.allowZero) {
    return {ok: false, error: `Enter a number above zero for ${rules.noun}.`};
  }
  if (value < (rules.min ?? 0)) return {ok: false, error: `Enter at least ${rules.min}.`};
  if (value > rules.max) return {ok: false, error: rules.maxText};
  if (rules.integer && !Number.isInteger(value)) {
    return {ok: false, error: `Enter a whole number for ${rules.noun}.`};
  }
  return {ok: true, value};
}

/** Cuts a long input for quoting in a message. */
export function shorten(text: string, length = 24): string {
  const characters = Array.from(text);
  return characters.length > length ? `${characters.slice(0, length).join('')}…` : text;
}

/** Picks `value` if it is one of `allowed`, otherwise undefined. */
export function pickEnum<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
