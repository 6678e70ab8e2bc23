import { categoryOf, chartColumns, formatNumber, numberAt, type ChartData } from './types';

/**
 * A chart's numbers as a plain table: a row per category, a column per series (and the
 * band's low and high), written exactly as the chart's tooltips write them.
 */
export function ChartTable({ caption, data }: { caption: string; data: ChartData }) {
  const columns = chartColumns(data);
  return (
    // A wide table (the heatmap's 24 hours) scrolls; the region lets a keyboard scroll it.
    <div className="chart-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{data.xLabel}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, index) => (
            <tr key={`${index}-${categoryOf(row, data.xKey)}`}>
              <th scope="row">{categoryOf(row, data.xKey)}</th>
              {columns.map((column) => {
                const value = numberAt(row, column.key);
                return (
                  <td key={column.key}>
                    {value === null ? <span className="muted">no data</span> : formatNumber(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
