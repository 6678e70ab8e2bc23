import { ChartEmpty } from './ChartEmpty';
import { ChartLegend } from './ChartLegend';
import { useChartLabel } from './chart-label';
import {
  axisTitle,
  categoryOf,
  formatNumber,
  isEmptyChart,
  numberAt,
  seriesColor,
  type ChartData,
} from './types';
import './analytics.css';

export interface BarListChartProps {
  /** A row per category (channel, agent, topic), in the order to draw them, top first. */
  data: ChartData;
}

/**
 * Horizontal bars, one per category, each as long as its share of the largest value and
 * with the value written at its end; several series make a group of bars per category
 * and a legend. Plain HTML: a figure named by the summary, holding a list that screen
 * readers read as it is ("X, 120 cases"), so it needs no keyboard walking of its own.
 */
export function BarListChart({ data }: BarListChartProps) {
  const label = useChartLabel(data, { range: false });
  if (isEmptyChart(data)) return <ChartEmpty />;
  const several = data.series.length > 1;
  let max = 0;
  for (const row of data.rows)
    for (const series of data.series) max = Math.max(max, numberAt(row, series.key) ?? 0);
  const share = (value: number) => (max > 0 ? (Math.max(0, value) / max) * 100 : 0);

  return (
    <figure className="analytics-chart bar-list" aria-label={label}>
      {several && (
        <ChartLegend
          items={data.series.map((series, index) => ({
            label: series.label,
            color: seriesColor(series, index),
            mark: 'bar',
          }))}
        />
      )}
      <div className="bar-list-head">
        <span>{data.xLabel}</span>
        <span>{axisTitle(data.yLabel, data.unit)}</span>
      </div>
      <ul className="bar-list-rows">
        {data.rows.map((row) => {
          const category = categoryOf(row, data.xKey);
          return (
            <li key={category}>
              <span className="bar-list-name">{category}</span>
              <span className="bar-list-bars">
                {data.series.map((series, index) => {
                  const value = numberAt(row, series.key);
                  return (
                    <span key={series.key} className="bar-list-bar">
                      {several && <span className="visually-hidden">{series.label}: </span>}
                      {value !== null && (
                        <span
                          className="bar-list-fill"
                          style={{
                            width: `${share(value)}%`,
                            background: seriesColor(series, index),
                          }}
                        />
                      )}
                      <span className="bar-list-value">
                        {value === null ? 'no data' : formatNumber(value)}
                        {value !== null && data.unit && (
                          <span className="visually-hidden"> {data.unit}</span>
                        )}
                      </span>
                    </span>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
