/** What the cheat sheet tests (logic and print) both read from a sheet. Used only by tests. */
import type {CheatSheet, SheetValue} from '@site/src/lib/cheatSheet';

/** Every value a sheet shows: each option's payload and time, the limits, then the traps' values. */
export function sheetValues(sheet: CheatSheet): SheetValue[] {
  return [
    ...sheet.options.map((o) => o.payload),
    ...sheet.options.map((o) => o.time),
    ...sheet.limits,
  ]
    .flatMap((limit) => [limit.current, ...limit.others])
    .concat(
      sheet.traps.flatMap((trap) =>
        trap.parts.flatMap((part) => (part.kind === 'value' ? [part.value] : [])),
      ),
    );
}
