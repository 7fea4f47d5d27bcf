import type {ReactNode} from 'react';
import {getOption} from '@site/src/data';
import {usd} from '@site/src/lib/priceText';
import {formatCompact, formatDecimal} from '@site/src/lib/units';
import {chartGeometry, roughly, type CostCurve, type Workload} from './logic';
import styles from './styles.module.css';

const WIDTH = 640;
const HEIGHT = 320;
const PAD = {left: 64, right: 16, top: 12, bottom: 40};
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
/** One dash pattern per line, so the lines differ without colour. */
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4', '1 2'];

const x = (fraction: number) => PAD.left + fraction * PLOT_W;
const y = (fraction: number) => PAD.top + (1 - fraction) * PLOT_H;

/** Monthly cost of each option that fits, against requests a month, on log scales. */
export function CostChart({curve, workload}: {curve: CostCurve; workload: Workload}): ReactNode {
  const chart = chartGeometry(curve, workload.requestsPerMonth);
  const decades = curve.requests.filter((count) => Number.isInteger(Math.log10(count)));
  return (
    <figure className={styles.chart} data-testid="cost-chart">
      <figcaption>
        Monthly cost against requests a month, both on logarithmic scales, for the options that fit;
        the vertical line is your volume.
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={
          `Chart of monthly cost from ${roughly(chart.requestAxis.min)} to ` +
          `${roughly(chart.requestAxis.max)} requests a month; the table below gives the same ` +
          `values.`
        }>
        {chart.costTicks.map(({value: tick, at: place}) => {
          const at = y(place);
          return (
            <g key={`c${tick}`}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={at} y2={at} className={styles.grid} />
              <text x={PAD.left - 6} y={at} className={styles.tickY}>
                {tick < 1 ? `$${tick}` : `$${formatCompact(tick)}`}
              </text>
            </g>
          );
        })}
        {chart.requestTicks.map(({value: tick, at: place}) => {
          const at = x(place);
          return (
            <g key={`r${tick}`}>
              <line x1={at} x2={at} y1={PAD.top} y2={HEIGHT - PAD.bottom} className={styles.grid} />
              <text x={at} y={HEIGHT - PAD.bottom + 16} className={styles.tickX}>
                {formatCompact(tick)}
              </text>
            </g>
          );
        })}
        <text x={PAD.left + PLOT_W / 2} y={HEIGHT - 4} className={styles.axisLabel}>
          Requests a month
        </text>
        <line
          x1={x(chart.marker)}
          x2={x(chart.marker)}
          y1={PAD.top}
          y2={HEIGHT - PAD.bottom}
          className={styles.marker}
        />
        {chart.lines.map((line, i) => (
          <polyline
            key={line.option}
            data-option={line.option}
            points={line.points
              .map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`)
              .join(' ')}
            className={styles.line}
            data-series={i % DASHES.length}
            strokeDasharray={DASHES[i % DASHES.length] || undefined}
          />
        ))}
      </svg>
      <ul className={styles.legend}>
        {chart.lines.map((line, i) => (
          <li key={line.option}>
            <svg width="32" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="32"
                y1="5"
                y2="5"
                className={styles.line}
                data-series={i % DASHES.length}
                strokeDasharray={DASHES[i % DASHES.length] || undefined}
              />
            </svg>{' '}
            {getOption(line.option).shortName}
            {line.endsAtCapacity ? ' (line ends where its instances run out of time)' : ''}
          </li>
        ))}
      </ul>
      <details>
        <summary>The chart’s values as a table</summary>
        <div className={styles.scroll}>
          <table className={styles.values}>
            <caption className="visually-hidden">Monthly cost at each power of ten</caption>
            <thead>
              <tr>
                <th scope="col">Requests a month</th>
                {curve.series.map((series) => (
                  <th key={series.option} scope="col">
                    {getOption(series.option).shortName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {decades.map((count) => {
                const i = curve.requests.indexOf(count);
                return (
                  <tr key={count}>
                    <th scope="row">{formatDecimal(count)}</th>
                    {curve.series.map((series) => (
                      <td key={series.option}>
                        {series.full[i] ? 'over capacity' : usd(series.usd[i] ?? 0)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
