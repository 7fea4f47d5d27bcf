/*
 * Dates for reading, in English and in UTC, without `Intl` (see units.ts for why).
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-10-24" or "2025-10" as "October 2025". */
export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  return name && year ? `${name} ${year}` : isoDate;
}

/** "2025-10-24" as "October 24, 2025"; "2025-10" as "October 2025". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  if (!name || !year) return isoDate;
  return day ? `${name} ${day}, ${year}` : `${name} ${year}`;
}

/** A moment as its UTC day with a short month, "Nov 29, 2026", as the theme prints page dates. */
export function formatShortDate(date: Date): string {
  const name = MONTHS[date.getUTCMonth()];
  if (!name) return '';
  return `${name.slice(0, 3)} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** A moment as its day where the reader is, "29 November 2026" (for dates the browser keeps). */
export function formatLocalDay(date: Date): string {
  const name = MONTHS[date.getMonth()];
  if (!name) return '';
  return `${date.getDate()} ${name} ${date.getFullYear()}`;
}
