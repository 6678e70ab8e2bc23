import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { readPlotLook } from './plot-look';
import { timeSeriesPlot, type TimeSeriesSpec } from './time-series-plot';
import { useColorScheme } from './useColorScheme';

let canvasWorks: boolean | undefined;

/** Whether this DOM draws on canvas at all (a test DOM has no 2D context): asked once. */
function canDraw(): boolean {
  canvasWorks ??= document.createElement('canvas').getContext('2d') !== null;
  return canvasWorks;
}

/** Where a day is on the plot, px from the mount's left; in the right half, tooltips flip left. */
export function dayPosition(plot: uPlot, index: number): { left: number; flip: boolean } {
  const x = plot.valToPos(index, 'x');
  return { left: plot.bbox.left / uPlot.pxRatio + x, flip: x > plot.width / 2 };
}

/**
 * Draws a time series with uPlot into `mount` and keeps it drawn: as wide as the mount
 * (its ResizeObserver gives the width, so nothing reads layout), drawn again when the
 * data or the theme changes, destroyed on unmount. `onCursor` hears the pointer's moves.
 * Without a 2D context nothing is drawn; the chart's HTML parts work from the data alone.
 */
export function useTimeSeriesPlot(
  mount: RefObject<HTMLDivElement | null>,
  { data, kind, stacked }: TimeSeriesSpec,
  height: number,
  onCursor: (plot: uPlot) => void,
): RefObject<uPlot | null> {
  const plot = useRef<uPlot | null>(null);
  const scheme = useColorScheme();
  const cursorMoved = useEffectEvent(onCursor);
  useEffect(() => {
    const element = mount.current;
    if (!element || !canDraw()) return;
    let drawn: uPlot | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (drawn) {
        if (width > 0 && width !== drawn.width) drawn.setSize({ width, height });
        return;
      }
      if (width <= 0) return; // not laid out yet (a hidden tab): drawn when it is
      // The theme's colours are read here, at each drawing: `scheme` starts a new one.
      const look = readPlotLook(element, data);
      const plotted = timeSeriesPlot({ data, kind, stacked }, look, { width, height });
      drawn = new uPlot(
        { ...plotted.options, hooks: { setCursor: [(u) => cursorMoved(u)] } },
        plotted.data,
        element,
      );
      plot.current = drawn;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      drawn?.destroy();
      plot.current = null;
    };
  }, [mount, data, kind, stacked, height, scheme]);
  return plot;
}
