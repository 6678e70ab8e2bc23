import { createContext, useContext } from 'react';
import { summariseChart, type SummaryOptions } from './summary';
import type { ChartData } from './types';

/**
 * The summary a ChartCard computed from its title and data. The chart puts it on its own
 * element (an SVG with role="img", the heatmap's caption) rather than the card wrapping the
 * chart in role="img": an image's children are hidden from screen readers, and the charts
 * stay focusable for keyboard exploration.
 */
export const ChartLabelContext = createContext<string | null>(null);

/** The card's summary, or, for a chart used on its own, one made from its data. */
export function useChartLabel(data: ChartData, options?: SummaryOptions): string {
  const fromCard = useContext(ChartLabelContext);
  return fromCard ?? summariseChart(data.yLabel, data, options);
}
