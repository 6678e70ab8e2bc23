import { seriesColor, type ChartData } from './types';

/** The theme's colours and font as concrete values, for a canvas to draw with. */
export interface PlotLook {
  /** Each series' colour, in `data.series` order. */
  series: string[];
  /** Axis values and titles. */
  text: string;
  /** Grid lines, ticks and axis lines. */
  grid: string;
  fontFamily: string;
}

/**
 * Reads the colours a chart draws with from the page, once per drawing: a canvas takes
 * only plain colours, not the `var(--chart-1)` that the HTML around it uses, and the
 * variables hold the light or the dark theme's values at the time of reading.
 */
export function readPlotLook(element: Element, data: ChartData): PlotLook {
  const style = getComputedStyle(element);
  const resolve = (color: string) =>
    color.replace(/^var\((--[\w-]+)\)$/, (_, name: string) => style.getPropertyValue(name).trim());
  return {
    series: data.series.map((series, index) => resolve(seriesColor(series, index))),
    text: resolve('var(--fg-soft)'),
    grid: resolve('var(--border)'),
    fontFamily: style.fontFamily,
  };
}
