import type { DayReadout } from './day-readout';
import './analytics.css';

export interface ChartTooltipProps {
  readout: DayReadout;
  /** px from the plot's left edge: the day's x. Unknown where nothing is drawn (a test DOM). */
  left?: number;
  /** Shown left of the day rather than right of it, so that it stays inside the chart. */
  flip?: boolean;
}

/**
 * A day's values beside the chart's cursor. Hidden from screen readers: the chart's live
 * region says the same in a sentence, when the keyboard moves the cursor.
 */
export function ChartTooltip({ readout, left, flip = false }: ChartTooltipProps) {
  return (
    <div
      className={flip ? 'chart-tooltip flip' : 'chart-tooltip'}
      style={left === undefined ? undefined : { left }}
      aria-hidden="true"
    >
      <strong>{readout.day}</strong>
      <ul>
        {readout.entries.map((entry) => (
          <li key={entry.label}>
            <span className="chart-tooltip-swatch" style={{ background: entry.color }} />
            {entry.label}: {entry.text}
          </li>
        ))}
        {readout.entries.length === 0 && <li>no data</li>}
      </ul>
    </div>
  );
}
