import { Area, Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartEmpty } from './ChartEmpty';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { useChartLabel } from './chart-label';
import {
  AXIS_LINE,
  AXIS_TITLE,
  BAR_CURSOR,
  GRID_STROKE,
  LINE_DASHES,
  TICK,
  tooltipProps,
  verticalAxisTitle,
} from './chart-style';
import {
  axisTitle,
  formatNumber,
  isEmptyChart,
  numberAt,
  seriesColor,
  type ChartData,
  type ChartRow,
} from './types';
import './analytics.css';

/** Day labels along the x axis, at most (a 30-day month: every fifth day), so they never overlap in a half-width card. */
const X_LABELS = 6;

/**
 * Labels skipped between two shown: a number, not recharts' "preserveStartEnd", which
 * measures every label's text in the page (a forced layout per label) before drawing.
 */
const tickInterval = (rows: number) => Math.max(0, Math.ceil(rows / X_LABELS) - 1);

export interface TimeSeriesChartProps {
  /** Rows in x order (days); `data.band` adds a shaded low-high area behind its series. */
  data: ChartData;
  /** Lines (default) or bars. */
  kind?: 'line' | 'bar';
  /** Bars stacked into one column per x, the column's height the sum (bars only). */
  stacked?: boolean;
  /** Fixed width in px (tests); by default the chart fills its container's width. */
  width?: number;
  /** Height in px; default 260. */
  height?: number;
}

/**
 * Series over a categorical x axis (day labels), with a legend, axis titles and the unit.
 * Keyboard: the chart is one tab stop; arrow keys move its tooltip from day to day
 * (recharts' accessibility layer). Its accessible name is the summary (role="img").
 */
export function TimeSeriesChart({
  data,
  kind = 'line',
  stacked = false,
  width,
  height = 260,
}: TimeSeriesChartProps) {
  const label = useChartLabel(data);
  if (isEmptyChart(data)) return <ChartEmpty />;
  const { band } = data;
  const bandIndex = band ? data.series.findIndex((s) => s.key === band.seriesKey) : -1;
  const bandSeries = data.series[bandIndex];
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  const legend: LegendItem[] = [
    ...(band && bandSeries
      ? [{ label: band.label, color: seriesColor(bandSeries, bandIndex), mark: 'band' as const }]
      : []),
    ...data.series.map((series, index) => ({
      label: series.label,
      color: seriesColor(series, index),
      mark: kind,
      dash: LINE_DASHES[index % LINE_DASHES.length],
    })),
  ];
  return (
    <div className="analytics-chart">
      <ChartLegend items={legend} />
      <ComposedChart
        {...size}
        data={data.rows as ChartRow[]}
        role="img"
        aria-label={label}
        margin={{ top: 8, right: 16, bottom: 24, left: 16 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis
          dataKey={data.xKey}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          interval={tickInterval(data.rows.length)}
          label={{ value: data.xLabel, position: 'bottom', offset: 4, ...AXIS_TITLE }}
        />
        <YAxis
          interval={0}
          allowDecimals={!data.whole}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          tickFormatter={(value: number) => formatNumber(value)}
          label={verticalAxisTitle(axisTitle(data.yLabel, data.unit))}
        />
        <Tooltip
          {...tooltipProps(
            data.unit,
            data.series.map((s) => s.key),
          )}
          cursor={kind === 'bar' ? BAR_CURSOR : { stroke: 'var(--fg-soft)' }}
        />
        {band && bandSeries && (
          <Area
            dataKey={(row: ChartRow) => {
              const low = numberAt(row, band.lowKey);
              const high = numberAt(row, band.highKey);
              return low === null || high === null ? null : [low, high];
            }}
            name={band.label}
            fill={seriesColor(bandSeries, bandIndex)}
            fillOpacity={0.18}
            stroke="none"
            legendType="square"
            isAnimationActive={false}
          />
        )}
        {data.series.map((series, index) =>
          kind === 'bar' ? (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.label}
              fill={seriesColor(series, index)}
              stackId={stacked ? 'stack' : undefined}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.label}
              stroke={seriesColor(series, index)}
              strokeWidth={2}
              strokeDasharray={LINE_DASHES[index % LINE_DASHES.length]}
              dot={data.rows.length <= 31 ? { r: 2 } : false}
              legendType="plainline"
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
    </div>
  );
}
