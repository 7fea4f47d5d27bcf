/**
 * Geometry of the widgets' charts: a value placed on a logarithmic axis, so that a millisecond
 * and an hour, or a kilobyte and a gigabyte, fit on one line.
 */

export interface Axis {
  min: number;
  max: number;
}

/** An axis from a power of ten below the smallest value to one above the largest. */
export function logAxis(values: readonly number[]): Axis {
  const positive = values.filter((value) => Number.isFinite(value) && value > 0);
  if (positive.length === 0) return {min: 1, max: 10};
  const low = Math.min(...positive);
  const high = Math.max(...positive);
  const min = 10 ** Math.floor(Math.log10(low));
  let max = 10 ** Math.ceil(Math.log10(high));
  if (max <= min) max = min * 10;
  return {min, max};
}

/** Where a value sits on the axis, from 0 (left) to 1 (right), clamped. */
export function logPosition(value: number, axis: Axis): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  const span = Math.log10(axis.max) - Math.log10(axis.min);
  const position = (Math.log10(value) - Math.log10(axis.min)) / span;
  return Math.min(1, Math.max(0, position));
}

/** Tick values at each power of ten on the axis. */
export function logTicks(axis: Axis): number[] {
  const ticks: number[] = [];
  for (
    let exponent = Math.round(Math.log10(axis.min));
    10 ** exponent <= axis.max * 1.0001;
    exponent += 1
  ) {
    ticks.push(10 ** exponent);
  }
  return ticks;
}

/** Round durations, in seconds, that read well as tick labels: 1 ms … 30 days. */
const TIME_TICKS = [0.001, 0.01, 0.1, 1, 10, 60, 600, 3600, 36_000, 86_400, 864_000, 2_592_000];

/** Time ticks within the axis, widening the axis to the nearest round durations. */
export function timeAxis(values: readonly number[]): {axis: Axis; ticks: number[]} {
  const decades = logAxis(values);
  const below =
    [...TIME_TICKS].reverse().find((tick) => tick <= decades.min) ?? (TIME_TICKS[0] as number);
  const above =
    TIME_TICKS.find((tick) => tick >= decades.max) ?? (TIME_TICKS[TIME_TICKS.length - 1] as number);
  const axis = {min: below, max: Math.max(above, below * 10)};
  return {axis, ticks: TIME_TICKS.filter((tick) => tick >= axis.min && tick <= axis.max)};
}
