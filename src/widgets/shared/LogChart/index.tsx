import type {ReactNode} from 'react';
import {logPosition, logTicks, type Axis} from '@site/src/widgets/shared/logic/chart';
import type {Tone} from '@site/src/widgets/shared/logic/verdict';
import styles from './styles.module.css';

export interface ChartRow {
  label: string;
  value: number;
  /** The value as AWS states it, when that reads better than `format(value)`. */
  valueText?: string;
  tone: Tone;
  /** What this row compares, when it is not the chart's marker (one image against a per-image limit). */
  compared?: number;
}

interface Props {
  caption: string;
  axis: Axis;
  /** The reader's value, drawn as a line across every row. */
  marker: {label: string; value: number};
  rows: readonly ChartRow[];
  format: (value: number) => string;
  /** Tick values; powers of ten when not given. */
  ticks?: readonly number[];
  /** Words for the line, when rows compare different things. */
  legend?: string;
}

/**
 * Bars for limits on a logarithmic axis, with the reader's value as a line across them.
 * Plain HTML and CSS, so it reflows on a phone and prints; the numbers are also in the table.
 */
export function LogChart({caption, axis, marker, rows, format, ticks, legend}: Props): ReactNode {
  const at = (value: number) => `${(logPosition(value, axis) * 100).toFixed(2)}%`;
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartCaption}>{caption}</figcaption>
      <div className={styles.chartBody} aria-hidden="true">
        {rows.map((row) => (
          <div key={row.label} className={styles.chartRow}>
            <span className={styles.chartLabel}>
              {row.label}: {row.valueText ?? format(row.value)}
            </span>
            <span className={styles.chartTrack}>
              <span
                className={styles.chartBar}
                data-tone={row.tone}
                style={{width: at(row.value)}}
              />
              <span
                className={styles.chartMarker}
                style={{left: at(row.compared ?? marker.value)}}
              />
            </span>
          </div>
        ))}
        <div className={styles.chartRow}>
          <span />
          <span className={styles.chartAxis}>
            {(ticks ?? logTicks(axis))
              .filter((_, i, ticks) => ticks.length <= 6 || i % 2 === 0)
              .map((tick) => (
                <span key={tick} className={styles.chartTick} style={{left: at(tick)}}>
                  {format(tick)}
                </span>
              ))}
          </span>
        </div>
        <p className={styles.chartLegend}>
          <span className={styles.chartLegendMarker} />{' '}
          {legend ?? `${marker.label}: ${format(marker.value)}`}
        </p>
      </div>
    </figure>
  );
}
