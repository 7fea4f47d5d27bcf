import type {StatedValue, Unit} from '@site/src/data/types';

/*
 * Does AWS's quoted sentence state the entry's value? The data tests ask this of every quote, so
 * that a quote cannot drift away from the number it is meant to prove. The rules:
 *
 * - The value must appear as a number of its own: "16 GB" does not state 6 GB, "6.5 MB" does not
 *   state 6 MB, "21,600" does not state 600. Thousands separators are allowed ("10,240").
 * - Where AWS writes a unit right after the number, it must be the entry's unit. Time is the one
 *   kind of unit that converts: "15 minutes" states 900 s, and "1 minute" states 60 s. Byte units do
 *   not convert (a quote must say MB where the entry says MB).
 * - A bare number ("Maximum value of 3600.") states a value in whatever unit the entry has: AWS's
 *   API references give valid ranges without units.
 * - Numbers AWS spells out are read through NUMBER_WORDS, and "1 million" through MULTIPLIER_WORDS;
 *   nothing else is read from words.
 * - Prices (units that start with USD) need the dollar sign: "$0.20".
 */

/** Numbers that AWS pages spell out, and the only words this matcher reads as numbers. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
};

/** Words that multiply the number before them: "1 million requests". */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/** Time words, as seconds. */
const TIME_WORDS: Readonly<Record<string, number>> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
};

/** The guide's time units, as seconds. */
const TIME_UNIT_SECONDS: Partial<Record<Unit, number>> = {
  ms: 0.001,
  s: 1,
  min: 60,
  h: 3600,
  days: 86400,
};

/** Other unit words, by the guide unit they mean. KiB and friends are AWS's binary spellings. */
const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  byte: 'bytes',
  bytes: 'bytes',
  kb: 'KB',
  kib: 'KB',
  mb: 'MB',
  mib: 'MB',
  gb: 'GB',
  gib: 'GB',
  '%': 'percent',
  percent: 'percent',
  px: 'px',
  pixel: 'px',
  pixels: 'px',
  month: 'months',
  months: 'months',
};

/** One number in a quote, with the unit word AWS wrote right after it (if any). */
export interface QuotedNumber {
  /** The text as it appears: "10,240 MB", "$0.20", "one hour". */
  text: string;
  value: number;
  /** The word after the number, lower-cased, when there is one. */
  unitWord?: string;
  dollar: boolean;
}

const WORD_ALTERNATION = Object.keys(NUMBER_WORDS).join('|');
const MULTIPLIER_ALTERNATION = Object.keys(MULTIPLIER_WORDS).join('|');

// A number (digits with optional thousands separators and decimals, or a number word), an optional
// multiplier word, then an optional unit word after spaces or a hyphen ("24-hour", "1GB", "50%").
const NUMBER_PATTERN = new RegExp(
  String.raw`(\$)?(?:(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d]|[.,]\d)|\b(${WORD_ALTERNATION})\b)` +
    String.raw`(?:\s+(${MULTIPLIER_ALTERNATION})\b)?` +
    String.raw`(?:[ \t]*-?[ \t]*([A-Za-z]+(?:-[A-Za-z]+)*|%))?`,
  'gi',
);

/** Every number a quote states, in order. */
export function quotedNumbers(quote: string): QuotedNumber[] {
  const text = quote.replace(/\u00a0/g, ' ');
  const found: QuotedNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const [whole, dollar, digits, decimals, word, multiplier, unitWord] = match;
    let value: number;
    if (digits !== undefined) {
      value = Number(`${digits.replace(/,/g, '')}${decimals ? `.${decimals}` : ''}`);
    } else if (word !== undefined) {
      value = NUMBER_WORDS[word.toLowerCase()] ?? Number.NaN;
    } else {
      continue;
    }
    if (multiplier) value *= MULTIPLIER_WORDS[multiplier.toLowerCase()] ?? Number.NaN;
    if (!Number.isFinite(value)) continue;
    found.push({
      text: whole.trim(),
      value,
      unitWord: unitWord?.toLowerCase(),
      dollar: dollar !== undefined,
    });
  }
  return found;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether one number of a quote states the value. */
function states(number: QuotedNumber, stated: StatedValue): boolean {
  const word = number.unitWord;
  const timeFactor = word === undefined ? undefined : TIME_WORDS[word];
  const unitOfWord = word === undefined ? undefined : UNIT_WORDS[word];
  const recognized = timeFactor !== undefined || unitOfWord !== undefined;

  if (stated.unit.startsWith('USD')) return number.dollar && same(number.value, stated.value);

  const entrySeconds = TIME_UNIT_SECONDS[stated.unit];
  if (entrySeconds !== undefined) {
    if (timeFactor !== undefined)
      return same(number.value * timeFactor, stated.value * entrySeconds);
    return !recognized && same(number.value, stated.value);
  }

  if (!same(number.value, stated.value)) return false;
  if (!recognized) return true;
  return unitOfWord === stated.unit;
}

/** True when the quote states the value as AWS writes it (see the rules at the top of the file). */
export function quoteStatesValue(quote: string, stated: StatedValue): boolean {
  return quotedNumbers(quote).some((number) => states(number, stated));
}
