import { useRef, useState, type KeyboardEvent } from 'react';
import { ChartEmpty } from './ChartEmpty';
import { useChartLabel } from './chart-label';
import { nextCell, type Cell } from './grid-keys';
import {
  categoryOf,
  formatNumber,
  isEmptyChart,
  numberAt,
  withUnit,
  type ChartData,
} from './types';
import './analytics.css';

export interface HeatmapGridProps {
  /** Grid rows are `data.rows` (weekdays), columns `data.series` (hours): see weekHourData. */
  data: ChartData;
}

const STEPS = 5;

/** The shade of a value: 0 for zero, 1..5 in equal fifths of the largest value. */
export function heatStep(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(STEPS, Math.max(1, Math.ceil((value / max) * STEPS)));
}

/**
 * A table of cells shaded by value (the forecast's and the staffing's week of hours). It is
 * an ARIA grid with one tab stop (roving tabindex): arrow keys, Home/End, Page Up/Down move
 * between cells, and a screen reader reads each cell with its weekday and hour. The numbers
 * show in the cell on hover and focus, and with the unit in the line under the grid.
 */
export function HeatmapGrid({ data }: HeatmapGridProps) {
  const label = useChartLabel(data, { per: 'cells' });
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [shown, setShown] = useState<Cell | null>(null);
  const cells = useRef<(HTMLTableCellElement | null)[]>([]);
  if (isEmptyChart(data)) return <ChartEmpty />;

  const rows = data.rows.length;
  const cols = data.series.length;
  const current = { row: Math.min(active.row, rows - 1), col: Math.min(active.col, cols - 1) };
  const valueAt = ({ row, col }: Cell) => {
    const series = data.series[col];
    const source = data.rows[row];
    return series && source ? numberAt(source, series.key) : null;
  };
  let max = 0;
  for (let row = 0; row < rows; row += 1)
    for (let col = 0; col < cols; col += 1) max = Math.max(max, valueAt({ row, col }) ?? 0);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = nextCell(event.key, event.ctrlKey || event.metaKey, current, rows, cols);
    if (!target) return;
    event.preventDefault();
    setActive(target);
    cells.current[target.row * cols + target.col]?.focus();
  };
  const readout = shown && readoutText(data, shown, valueAt(shown));

  return (
    <div className="heatmap">
      {data.seriesLabel && (
        <p className="heatmap-axis small muted" aria-hidden="true">
          {data.seriesLabel}
        </p>
      )}
      <div className="heatmap-scroll">
        <table
          role="grid"
          className="heatmap-grid"
          aria-label={label}
          onKeyDown={onKeyDown}
          onMouseLeave={() => setShown(null)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setShown(null);
          }}
        >
          <thead>
            <tr>
              <th scope="col" className="heatmap-corner">
                {data.xLabel}
              </th>
              {data.series.map((series) => (
                <th
                  key={series.key}
                  scope="col"
                  aria-label={series.short ? series.label : undefined}
                >
                  {series.short ?? series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((source, row) => (
              <tr key={`${row}-${categoryOf(source, data.xKey)}`}>
                <th scope="row">{categoryOf(source, data.xKey)}</th>
                {data.series.map((series, col) => {
                  const value = valueAt({ row, col });
                  const isActive = row === current.row && col === current.col;
                  return (
                    <td
                      key={series.key}
                      role="gridcell"
                      ref={(cell) => {
                        cells.current[row * cols + col] = cell;
                      }}
                      tabIndex={isActive ? 0 : -1}
                      className={`heatmap-cell heat-${value === null ? 'none' : heatStep(value, max)}`}
                      onFocus={() => {
                        setActive({ row, col });
                        setShown({ row, col });
                      }}
                      onMouseEnter={() => setShown({ row, col })}
                    >
                      {value === null ? (
                        <span className="visually-hidden">no data</span>
                      ) : (
                        <span className="heatmap-value">{formatNumber(value)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="heatmap-foot small">
        <span className="heatmap-readout" aria-hidden="true" data-testid="heatmap-readout">
          {readout}
        </span>
        <span className="heatmap-scale muted" aria-hidden="true">
          0
          {Array.from({ length: STEPS }, (_, i) => (
            <span key={i} className={`heatmap-swatch heat-${i + 1}`} />
          ))}
          {withUnit(formatNumber(max), data.unit)}
        </span>
      </div>
    </div>
  );
}

function readoutText(data: ChartData, { row, col }: Cell, value: number | null): string {
  const source = data.rows[row];
  const series = data.series[col];
  if (!source || !series) return '';
  const where = `${categoryOf(source, data.xKey)} ${series.label}`;
  return `${where}: ${value === null ? 'no data' : withUnit(formatNumber(value), data.unit)}`;
}
