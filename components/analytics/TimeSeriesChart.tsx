import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ChartEmpty } from './ChartEmpty';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { useChartLabel } from './chart-label';
import { LINE_DASHES } from './chart-style';
import { dayReadout, readoutSentence } from './day-readout';
import { axisTitle, isEmptyChart, seriesColor, type ChartData } from './types';
import { dayPosition, useTimeSeriesPlot } from './useTimeSeriesPlot';
import './analytics.css';

export interface TimeSeriesChartProps {
  /** Rows in x order (days); `data.band` adds a shaded low-high area behind its series. */
  data: ChartData;
  /** Lines (default) or bars. */
  kind?: 'line' | 'bar';
  /** Bars stacked into one column per x, the column's height the sum (bars only). */
  stacked?: boolean;
  /** Height in px, axes included; default 260. The chart fills its container's width. */
  height?: number;
}

/** The day the cursor is on, and who put it there: the pointer, or the arrow keys (said aloud). */
interface Cursor {
  index: number;
  by: 'pointer' | 'keys';
  left?: number;
  flip?: boolean;
}

/** The day a key moves the cursor to, or null for keys the chart leaves alone. */
function dayAfterKey(key: string, current: number | null, days: number): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return days - 1;
  if (current === null) return key === 'ArrowRight' || key === 'ArrowLeft' ? 0 : null;
  if (key === 'ArrowRight') return Math.min(days - 1, current + 1);
  if (key === 'ArrowLeft') return Math.max(0, current - 1);
  return null;
}

/**
 * Series over a categorical x axis (day labels), drawn on a canvas by uPlot, with an HTML
 * legend and the value axis's title (with the unit) above it; the canvas draws the axes.
 * Keyboard: the chart is one tab stop, named by the summary (role="img"); arrow keys and
 * Home/End move the cursor from day to day, and a live region says the day's values.
 */
export function TimeSeriesChart({
  data,
  kind = 'line',
  stacked = false,
  height = 260,
}: TimeSeriesChartProps) {
  const label = useChartLabel(data);
  const mount = useRef<HTMLDivElement>(null);
  const [cursor, moveCursor] = useState<Cursor | null>(null);
  const plot = useTimeSeriesPlot(mount, { data, kind, stacked }, height, (drawn) => {
    const index = drawn.cursor.idx;
    moveCursor((shown) => {
      // The pointer leaving takes its own cursor away, not the keyboard's.
      if (index === null || index === undefined) return shown?.by === 'pointer' ? null : shown;
      if (shown?.by === 'pointer' && shown.index === index) return shown;
      return { index, by: 'pointer', ...dayPosition(drawn, index) };
    });
  });
  if (isEmptyChart(data)) return <ChartEmpty />;

  const showDay = (index: number) => {
    const drawn = plot.current;
    if (drawn) drawn.setCursor({ left: drawn.valToPos(index, 'x'), top: 0 }, false);
    moveCursor({ index, by: 'keys', ...(drawn && dayPosition(drawn, index)) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const day = dayAfterKey(event.key, cursor?.index ?? null, data.rows.length);
    if (day === null) return;
    event.preventDefault();
    showDay(day);
  };
  // Tabbing in shows the first day (and how the chart is read); a click leaves it to the pointer.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (!cursor && event.currentTarget.matches(':focus-visible')) showDay(0);
  };
  const onBlur = () => {
    if (cursor?.by !== 'keys') return;
    plot.current?.setCursor({ left: -1, top: -1 }, false);
    moveCursor(null);
  };

  const readout = cursor && dayReadout(data, cursor.index);
  return (
    <div className="analytics-chart">
      <ChartLegend items={legendOf(data, kind)} />
      <p className="chart-axis-title">{axisTitle(data.yLabel, data.unit)}</p>
      <div
        className="chart-plot"
        style={{ height }}
        role="img"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        <div ref={mount} className="chart-canvas" />
        {readout && <ChartTooltip readout={readout} left={cursor.left} flip={cursor.flip} />}
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {readout && cursor.by === 'keys' ? readoutSentence(readout) : ''}
      </div>
    </div>
  );
}

/** The legend: the band first (it is drawn behind), then each series as it is drawn. */
function legendOf(data: ChartData, kind: 'line' | 'bar'): LegendItem[] {
  const { band } = data;
  const owner = band ? data.series.findIndex((s) => s.key === band.seriesKey) : -1;
  const bandSeries = data.series[owner];
  return [
    ...(band && bandSeries
      ? [{ label: band.label, color: seriesColor(bandSeries, owner), mark: 'band' as const }]
      : []),
    ...data.series.map((series, index) => ({
      label: series.label,
      color: seriesColor(series, index),
      mark: kind,
      dash: LINE_DASHES[index % LINE_DASHES.length],
    })),
  ];
}
