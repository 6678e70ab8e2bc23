import Papa from 'papaparse';
import { SAFE_CSV } from '../csv-safety';
import { chartColumns, type ChartSpec } from './chart-data';

export const ANALYTICS_CSV_COLUMNS = ['chart', 'series', 'label', 'value', 'unit'] as const;

/**
 * The charts' numbers as CSV, one row per number drawn: the chart, the series, the x
 * label (a day, an agent, an hour) and the value. Summing a series' rows gives its
 * chart's total; an empty value is a point with nothing to measure (no reply that day).
 */
export function chartsCsv(charts: readonly ChartSpec[]): string {
  const rows = charts.flatMap((chart) => {
    const columns = chartColumns(chart);
    return chart.rows.flatMap((row) =>
      columns.map((column) => ({
        chart: chart.title,
        series: column.label,
        label: String(row[chart.xKey] ?? ''),
        value: row[column.key] ?? '',
        unit: chart.unit,
      })),
    );
  });
  return Papa.unparse(rows, { ...SAFE_CSV, columns: [...ANALYTICS_CSV_COLUMNS] });
}
