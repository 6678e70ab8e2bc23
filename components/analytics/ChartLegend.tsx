import { BAND_ALPHA } from './chart-style';
import './analytics.css';

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn: its swatch is drawn the same way. */
  mark: 'bar' | 'line' | 'band';
  /** A line's dash pattern (lines differ by dash too, for readers who cannot tell colours). */
  dash?: string;
}

/**
 * The series of a chart, above it, in HTML rather than drawn on the chart's canvas: text
 * here wraps, is read by screen readers and follows the theme like the rest of the page.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="16" height="10" aria-hidden="true" focusable="false">
            {item.mark === 'line' ? (
              <line
                x1="0"
                y1="5"
                x2="16"
                y2="5"
                stroke={item.color}
                strokeWidth="2"
                strokeDasharray={item.dash || undefined}
              />
            ) : (
              <rect
                width="16"
                height="10"
                fill={item.color}
                fillOpacity={item.mark === 'band' ? BAND_ALPHA : 1}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
