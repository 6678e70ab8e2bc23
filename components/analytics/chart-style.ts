import type { CSSProperties, ReactNode } from 'react';
import { formatNumber, withUnit } from './types';

// The recharts parts every chart shares, coloured from components/theme.css so the charts
// follow light and dark. var() in SVG presentation attributes (fill="var(--chart-1)") was
// checked in Chromium; Firefox was not at hand to check.

export const TICK = { fill: 'var(--fg-soft)', fontSize: 12 };
export const AXIS_LINE = { stroke: 'var(--border)' };
export const AXIS_TITLE = { fill: 'var(--fg)', fontSize: 12 };

/** The title of a vertical axis, read bottom to top beside it. */
export const verticalAxisTitle = (value: string) => ({
  value,
  angle: -90,
  position: 'insideLeft' as const,
  style: { textAnchor: 'middle' as const },
  ...AXIS_TITLE,
});
export const GRID_STROKE = 'var(--border)';

export const TOOLTIP_BOX: CSSProperties = {
  background: 'var(--bg-raised)',
  borderWidth: 1,
  borderStyle: 'solid',
  borderColor: 'var(--border)',
  borderRadius: 'var(--radius)',
  color: 'var(--fg)',
  fontSize: 12,
};
export const TOOLTIP_LABEL: CSSProperties = { color: 'var(--fg)', fontWeight: 600 };
/** Entries in the text colour: series colours are picked for marks (3:1), not text (4.5:1). */
export const TOOLTIP_ITEM: CSSProperties = { color: 'var(--fg)', padding: '1px 0' };
/** The hover band behind a bar group. */
export const BAR_CURSOR = { fill: 'var(--bg-soft)' };

/** How strongly a band (the forecast's interval) is shaded in its series' colour. */
export const BAND_ALPHA = 0.18;

/** Lines also differ by dash, for readers who cannot tell the colours apart. */
export const LINE_DASHES = ['', '6 3', '2 3', '10 3 2 3', '4 4 1 4', '1 2'] as const;

/** A tooltip value as the table writes it, with the unit; a band's [low, high] as "low–high". */
export function tooltipValue(unit: string) {
  return (value: unknown): ReactNode => {
    if (typeof value === 'number') return withUnit(formatNumber(value), unit);
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number'))
      return withUnit(
        `${formatNumber(value[0] as number)}–${formatNumber(value[1] as number)}`,
        unit,
      );
    return 'no data';
  };
}

/**
 * Tooltip entries in the series' order (recharts sorts them by name otherwise); the band,
 * whose dataKey is a function, last.
 */
export function bySeriesOrder(keys: readonly string[]) {
  return (item: { dataKey?: unknown }) => {
    const index = typeof item.dataKey === 'string' ? keys.indexOf(item.dataKey) : -1;
    return index < 0 ? keys.length : index;
  };
}

/** The tooltip every chart shows: values with their unit, series in the legend's order. */
export const tooltipProps = (unit: string, seriesKeys: readonly string[]) => ({
  formatter: tooltipValue(unit),
  separator: ': ',
  itemSorter: bySeriesOrder(seriesKeys),
  contentStyle: TOOLTIP_BOX,
  labelStyle: TOOLTIP_LABEL,
  itemStyle: TOOLTIP_ITEM,
});
