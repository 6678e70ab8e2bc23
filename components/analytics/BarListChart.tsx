import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartEmpty } from './ChartEmpty';
import { useChartLabel } from './chart-label';
import {
  AXIS_LINE,
  AXIS_TITLE,
  BAR_CURSOR,
  GRID_STROKE,
  TICK,
  tooltipProps,
  verticalAxisTitle,
} from './chart-style';
import {
  axisTitle,
  formatNumber,
  isEmptyChart,
  seriesColor,
  type ChartData,
  type ChartRow,
} from './types';
import { ChartLegend } from './ChartLegend';
import './analytics.css';

export interface BarListChartProps {
  /** A row per category (channel, agent, topic), in the order to draw them, top first. */
  data: ChartData;
  /** Fixed width in px (tests); by default the chart fills its container's width. */
  width?: number;
  /** Height of one category, px (default 32): the chart grows with the list. */
  rowHeight?: number;
  /** Width kept for the category names, px (default 120). */
  labelWidth?: number;
}

const EXTRA_HEIGHT = 56; // the value axis and its title

/**
 * Horizontal bars, one per category, each with its value written at its end. Several
 * series make grouped bars and a legend. Keyboard: one tab stop; arrow keys move the
 * tooltip from bar to bar. Its accessible name is the summary (role="img").
 */
export function BarListChart({ data, width, rowHeight = 32, labelWidth = 120 }: BarListChartProps) {
  const label = useChartLabel(data, { range: false });
  if (isEmptyChart(data)) return <ChartEmpty />;
  const several = data.series.length > 1;
  const height =
    data.rows.length * rowHeight * Math.max(1, data.series.length * 0.6) + EXTRA_HEIGHT;
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <div className="analytics-chart">
      {several && (
        <ChartLegend
          items={data.series.map((series, index) => ({
            label: series.label,
            color: seriesColor(series, index),
            mark: 'bar',
          }))}
        />
      )}
      <BarChart
        {...size}
        layout="vertical"
        data={data.rows as ChartRow[]}
        role="img"
        aria-label={label}
        margin={{ top: 4, right: 48, bottom: 24, left: 8 }}
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={!data.whole}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          tickFormatter={(value: number) => formatNumber(value)}
          label={{ value: axisTitle(data.yLabel, data.unit), position: 'bottom', ...AXIS_TITLE }}
        />
        <YAxis
          type="category"
          dataKey={data.xKey}
          width={labelWidth}
          tick={TICK}
          axisLine={AXIS_LINE}
          tickLine={false}
          label={verticalAxisTitle(data.xLabel)}
        />
        <Tooltip
          {...tooltipProps(
            data.unit,
            data.series.map((s) => s.key),
          )}
          cursor={BAR_CURSOR}
        />
        {data.series.map((series, index) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            fill={seriesColor(series, index)}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={series.key}
              position="right"
              fill="var(--fg)"
              fontSize={12}
              formatter={(value) => (typeof value === 'number' ? formatNumber(value) : '')}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
