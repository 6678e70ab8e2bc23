import uPlot from 'uplot';
import { BAND_ALPHA, LINE_DASHES } from './chart-style';
import type { PlotLook } from './plot-look';
import { categoryOf, formatNumber, numberAt, type ChartData } from './types';

/** What a TimeSeriesChart draws: its data, as lines or bars, the bars side by side or stacked. */
export interface TimeSeriesSpec {
  data: ChartData;
  kind: 'line' | 'bar';
  stacked: boolean;
}

/** Day labels along the x axis, at most: a week shows each day, a month every fifth. */
const X_LABELS = 7;
/** A label's width per character at 12px, px: an estimate, as measuring text needs a canvas. */
const CHAR_PX = 7;
/** Room left between two day labels, px. */
const LABEL_GAP_PX = 24;
const FONT_PX = 12;
/** The share of a day's slot its bars take; the rest is the gap to the next day. */
const BAR_GROUP = 0.7;
/** Tick steps for counts (1, 2, 5, 10, …): never "0.5 cases". */
const WHOLE_STEPS = Array.from({ length: 10 }, (_, power) =>
  [1, 2, 5].map((step) => step * 10 ** power),
).flat();
/** The value axis starts at 0 (bars and counts read from it) and ends a little above the top. */
const VALUE_RANGE: uPlot.Range.Config = {
  min: { pad: 0, soft: 0, mode: 1 },
  max: { pad: 0.1, soft: 0, mode: 3 },
};

/**
 * The rows whose day is written under the axis: as many as fit side by side in `widthPx`,
 * at most X_LABELS, every `step`-th row from the middle of the first step. Each label is
 * centred in its own stretch of the axis, so labels neither overlap nor run off its ends.
 */
export function labelledDays(rows: number, longestLabel: number, widthPx: number): number[] {
  const fit = Math.floor(widthPx / (longestLabel * CHAR_PX + LABEL_GAP_PX));
  const step = Math.ceil(rows / Math.max(1, Math.min(X_LABELS, fit)));
  const first = Math.floor((step - 1) / 2);
  return Array.from({ length: Math.ceil((rows - first) / step) }, (_, i) => first + i * step);
}

/**
 * Stacked bars: each series' bar on a day runs from the sum of the series before it (its
 * bottom) to that sum plus its own value (its top). A day without a value has no bar
 * (top null) and adds nothing to the bars above it.
 */
export function stackColumns(data: ChartData): { tops: (number | null)[][]; bottoms: number[][] } {
  const sums = data.rows.map(() => 0);
  const tops: (number | null)[][] = [];
  const bottoms: number[][] = [];
  for (const series of data.series) {
    bottoms.push([...sums]);
    tops.push(
      data.rows.map((row, day) => {
        const value = numberAt(row, series.key);
        if (value === null) return null;
        sums[day]! += value;
        return sums[day]!;
      }),
    );
  }
  return { tops, bottoms };
}

/**
 * Bars for one series, `slot` of `slots` side by side in each day's group; stacked, each
 * bar from its bottom to its top (stackColumns) rather than from 0.
 */
function barPaths(
  days: number,
  slot: number,
  slots: number,
  stacked?: { bottoms: number[]; tops: (number | null)[] },
) {
  const width = BAR_GROUP / slots;
  const lefts = Array.from({ length: days }, (_, day) => day - BAR_GROUP / 2 + slot * width);
  return uPlot.paths.bars!({
    disp: {
      x0: { unit: 1, values: () => lefts },
      size: { unit: 1, values: () => [width] },
      ...(stacked && {
        y0: { unit: 1, values: () => stacked.bottoms },
        y1: { unit: 1, values: () => stacked.tops },
      }),
    },
  });
}

const dashOf = (index: number): number[] =>
  (LINE_DASHES[index % LINE_DASHES.length] ?? '').split(' ').filter(Boolean).map(Number);

/**
 * The uPlot options and data for a time series, the x axis being the rows' positions
 * (0, 1, 2, …) labelled with their day. The band, if any, comes first so that it is
 * drawn behind its line: two invisible series (high, low) with the fill between them.
 */
export function timeSeriesPlot(
  { data, kind, stacked }: TimeSeriesSpec,
  look: PlotLook,
  size: { width: number; height: number },
): { options: uPlot.Options; data: uPlot.AlignedData } {
  const days = data.rows.length;
  const column = (key: string) => data.rows.map((row) => numberAt(row, key));
  const series: uPlot.Series[] = [{}];
  const columns: (number | null)[][] = [];
  const bands: uPlot.Band[] = [];

  const { band } = data;
  const owner = band ? data.series.findIndex((s) => s.key === band.seriesKey) : -1;
  if (band && owner >= 0) {
    const color = look.series[owner]!;
    const edge = { stroke: color, width: 0, points: { show: false } };
    series.push({ ...edge, alpha: BAND_ALPHA }, edge);
    columns.push(column(band.highKey), column(band.lowKey));
    bands.push({ series: [1, 2], fill: color });
  }

  const stack = kind === 'bar' && stacked ? stackColumns(data) : null;
  data.series.forEach((s, index) => {
    const color = look.series[index]!;
    if (kind === 'line') {
      const dots = days <= 31;
      series.push({
        label: s.label,
        stroke: color,
        width: 2,
        dash: dashOf(index),
        points: { show: dots, size: 5, fill: color, stroke: color },
      });
      columns.push(column(s.key));
    } else {
      series.push({
        label: s.label,
        fill: color,
        stroke: color,
        width: 0,
        points: { show: false },
        paths: stack
          ? barPaths(days, 0, 1, { bottoms: stack.bottoms[index]!, tops: stack.tops[index]! })
          : barPaths(days, index, data.series.length),
      });
      columns.push(stack ? stack.tops[index]! : column(s.key));
    }
  });

  const labels = data.rows.map((row) => categoryOf(row, data.xKey));
  const longest = Math.max(...labels.map((label) => label.length));
  const font = `${FONT_PX}px ${look.fontFamily}`;
  const axis = {
    stroke: look.text,
    font,
    ticks: { stroke: look.grid, width: 1, size: 4 },
    border: { show: true, stroke: look.grid, width: 1 },
  };
  const options: uPlot.Options = {
    ...size,
    // Room on the right for the last point of a line.
    padding: [null, 16, null, null],
    series,
    bands,
    legend: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    cursor: {
      y: false,
      points: { show: false },
      drag: { x: false, y: false, setScale: false },
      focus: { prox: -1 },
    },
    scales: {
      x: {
        time: false,
        range: kind === 'bar' || days === 1 ? [-0.5, days - 0.5] : [0, days - 1],
      },
      y: { range: (_u, min, max) => uPlot.rangeNum(min, max, VALUE_RANGE) },
    },
    axes: [
      {
        ...axis,
        label: data.xLabel,
        labelFont: `600 ${font}`,
        labelSize: 20,
        size: 28,
        grid: { show: false },
        splits: (u) => labelledDays(days, longest, u.bbox.width / uPlot.pxRatio),
        values: (_u, splits) => splits.map((day) => labels[day] ?? ''),
      },
      {
        // Its title is HTML above the chart (TimeSeriesChart): written up the side, a long
        // one ("Responses and resolutions (count)") ran off the canvas.
        ...axis,
        grid: { stroke: look.grid, width: 1 },
        incrs: data.whole ? WHOLE_STEPS : undefined,
        values: (_u, splits) => splits.map(formatNumber),
        // Wide enough for the longest value ("1,250"), measured in characters as above.
        size: (_u, values) =>
          12 + CHAR_PX * Math.max(1, ...(values ?? []).map((value) => value.length)),
      },
    ],
  };
  return { options, data: [data.rows.map((_, day) => day), ...columns] };
}
