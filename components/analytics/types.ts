import {
  chartColumns as libChartColumns,
  type ChartSeries as ReportSeries,
} from '@/lib/analytics/chart-data';
/**
 * The one data shape every analytics chart takes (issue 10): plain rows, one column naming
 * the category (a day, a channel, a weekday) and one column per series. The chart, its
 * table of numbers and the CSV are all drawn from the same `ChartData`, so they cannot
 * disagree.
 *
 *   { rows: [{ day: '1 Nov', email: 12, x: 7 }, …], xKey: 'day',
 *     series: [{ key: 'email', label: 'Email' }, { key: 'x', label: 'X' }],
 *     xLabel: 'Day', yLabel: 'Cases opened', unit: 'cases' }
 */

/** A cell: the category's label, a number, or null for "no data" (not the same as 0). */
export type ChartValue = string | number | null;
export type ChartRow = Readonly<Record<string, ChartValue>>;

/** A series as the report gives it (key, label, short label), and the colour to draw it in. */
export interface ChartSeries extends ReportSeries {
  /** A CSS colour; by default the theme's --chart-N, by the series' position. */
  color?: string;
}

/** A low-high range drawn as a shaded area behind one series (the forecast's interval). */
export interface ChartBand {
  /** The series the band belongs to (it takes that series' colour). */
  seriesKey: string;
  lowKey: string;
  highKey: string;
  /** "80% interval": the legend's name; the table's columns are "<label> low/high". */
  label: string;
}

export interface ChartData {
  rows: readonly ChartRow[];
  /** The category column: x in a time series, the bar's name in a bar list, a grid row. */
  xKey: string;
  series: readonly ChartSeries[];
  /** The categories' axis title: "Day", "Channel", "Weekday". */
  xLabel: string;
  /** The values' axis title, without the unit: "Cases opened". */
  yLabel: string;
  /** The values' unit, plural: "cases", "min", "%". */
  unit: string;
  band?: ChartBand;
  /** When the series themselves form an axis (the heatmap's columns): "Hour of day". */
  seriesLabel?: string;
  /** The values are whole numbers (counts): the value axis has no ticks between them. */
  whole?: boolean;
}

/** The default series colours, from components/theme.css (light and dark). */
export const CHART_COLORS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
] as const;

export const seriesColor = (series: ChartSeries, index: number): string =>
  series.color ?? CHART_COLORS[index % CHART_COLORS.length]!;

/** A cell as a number, or null when it holds none (missing, text, NaN). */
export function numberAt(row: ChartRow, key: string): number | null {
  const value = row[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** How every chart, tooltip, table and summary writes a number (one format: they agree). */
export const formatNumber = (value: number): string => NUMBER.format(value);

/** "412 cases", "12%". */
export const withUnit = (text: string, unit: string): string =>
  unit === '%' ? `${text}%` : unit ? `${text} ${unit}` : text;

/** An axis title with its unit: "Cases opened (cases)". */
export const axisTitle = (label: string, unit: string): string =>
  unit ? `${label} (${unit})` : label;

export { chartColumns, type ChartColumn } from '@/lib/analytics/chart-data';

/** No rows, or not one number in them: the chart shows its empty state instead. */
export const isEmptyChart = (data: ChartData): boolean =>
  !data.rows.some((row) => libChartColumns(data).some(({ key }) => numberAt(row, key) !== null));

/** The category label of a row, as text. */
export const categoryOf = (row: ChartRow, xKey: string): string => String(row[xKey] ?? '');
