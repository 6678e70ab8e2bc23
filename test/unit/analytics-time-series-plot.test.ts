import { act, renderHook } from '@testing-library/react';
import type uPlot from 'uplot';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlotLook } from '@/components/analytics/plot-look';
import { readPlotLook } from '@/components/analytics/plot-look';
import {
  labelledDays,
  stackColumns,
  timeSeriesPlot,
} from '@/components/analytics/time-series-plot';
import type { ChartData } from '@/components/analytics/types';
import { useColorScheme } from '@/components/analytics/useColorScheme';

const look: PlotLook = {
  series: ['#111111', '#222222', '#333333'],
  text: '#444444',
  grid: '#555555',
  fontFamily: 'sans-serif',
};

const week: ChartData = {
  rows: [
    { day: 'Mon', email: 3, x: 2, web: 1 },
    { day: 'Tue', email: null, x: 4, web: 2 },
    { day: 'Wed', email: 1, x: null, web: null },
  ],
  xKey: 'day',
  series: [
    { key: 'email', label: 'Email' },
    { key: 'x', label: 'X' },
    { key: 'web', label: 'Web' },
  ],
  xLabel: 'Day (UTC)',
  yLabel: 'Cases',
  unit: 'cases',
  whole: true,
};

const size = { width: 600, height: 260 };
const plotOf = (data: ChartData, kind: 'line' | 'bar', stacked = false) =>
  timeSeriesPlot({ data, kind, stacked }, look, size);
/** A plot as far as the axis callbacks look at it: its plotting area's width. */
const plotWide = (px: number) => ({ bbox: { width: px } }) as unknown as uPlot;

describe('labelledDays', () => {
  it('labels a month every few days, each label centred in its stretch of the axis', () => {
    expect(labelledDays(30, 6, 1200)).toEqual([2, 7, 12, 17, 22, 27]);
    // Fewer where long labels would not fit side by side.
    expect(labelledDays(30, 10, 560)).toEqual([2, 8, 14, 20, 26]);
    expect(labelledDays(30, 10, 100)).toEqual([14]);
  });

  it('labels every day of a week that fits, and the same hour of each day of 168 hours', () => {
    expect(labelledDays(7, 10, 1200)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(labelledDays(168, 16, 1250)).toEqual([11, 35, 59, 83, 107, 131, 155]);
    expect(labelledDays(1, 6, 600)).toEqual([0]);
  });
});

describe('stackColumns', () => {
  it('stacks each series on the ones before it, a missing value adding nothing', () => {
    expect(stackColumns(week)).toEqual({
      bottoms: [
        [0, 0, 0],
        [3, 0, 1],
        [5, 4, 1],
      ],
      tops: [
        [3, null, 1],
        [5, 4, null],
        [6, 6, null],
      ],
    });
  });
});

describe('timeSeriesPlot', () => {
  it('plots the rows by position, stacked bars at their tops', () => {
    expect(plotOf(week, 'bar').data).toEqual([
      [0, 1, 2],
      [3, null, 1],
      [2, 4, null],
      [1, 2, null],
    ]);
    expect(plotOf(week, 'bar', true).data).toEqual([
      [0, 1, 2],
      [3, null, 1],
      [5, 4, null],
      [6, 6, null],
    ]);
  });

  it('gives bars half a day of room at each end, lines none', () => {
    expect(plotOf(week, 'bar').options.scales?.x?.range).toEqual([-0.5, 2.5]);
    expect(plotOf(week, 'line').options.scales?.x?.range).toEqual([0, 2]);
  });

  it('draws lines in the theme’s colours and dashes, the band behind them in its series’ colour', () => {
    const forecast: ChartData = {
      ...week,
      rows: [
        { day: 'Mon', email: 3, x: 2, low: 1, high: 4 },
        { day: 'Tue', email: 2, x: 5, low: 3, high: 8 },
      ],
      series: week.series.slice(0, 2),
      band: { seriesKey: 'x', lowKey: 'low', highKey: 'high', label: '80% interval' },
    };
    const { options, data } = plotOf(forecast, 'line');
    // x, then the band's high and low edges, then the series.
    expect(data).toEqual([
      [0, 1],
      [4, 8],
      [1, 3],
      [3, 2],
      [2, 5],
    ]);
    expect(options.bands).toEqual([{ series: [1, 2], fill: '#222222' }]);
    const [, high, low, email, x] = options.series;
    expect(high).toMatchObject({ stroke: '#222222', width: 0, alpha: 0.18 });
    expect(low).toMatchObject({ width: 0 });
    expect(email).toMatchObject({ label: 'Email', stroke: '#111111', width: 2, dash: [] });
    expect(x).toMatchObject({ label: 'X', stroke: '#222222', dash: [6, 3] });
    expect(options.legend?.show).toBe(false);
  });

  it('writes day labels and the x axis title, whole-number value ticks for counts', () => {
    const { options } = plotOf(week, 'bar');
    const [xAxis, yAxis] = options.axes!;
    expect(xAxis!.label).toBe('Day (UTC)');
    expect(xAxis!.stroke).toBe('#444444');
    const splits = (xAxis!.splits as Exclude<uPlot.Axis.Splits, number[]>)(
      plotWide(600),
      0,
      0,
      2,
      1,
      50,
    );
    expect(splits).toEqual([0, 1, 2]);
    expect((xAxis!.values as uPlot.Axis.DynamicValues)(plotWide(600), splits, 0, 50, 1)).toEqual([
      'Mon',
      'Tue',
      'Wed',
    ]);
    expect(yAxis!.incrs).toContain(1);
    expect((yAxis!.incrs as number[]).every(Number.isInteger)).toBe(true);
    expect(plotOf({ ...week, whole: false }, 'bar').options.axes![1]!.incrs).toBeUndefined();
    expect(
      (yAxis!.values as uPlot.Axis.DynamicValues)(plotWide(600), [0, 2.5], 1, 30, 2.5),
    ).toEqual(['0', '2.5']);
  });
});

describe('readPlotLook', () => {
  it('turns the theme’s CSS variables into colours a canvas can draw with', () => {
    const element = document.createElement('div');
    element.style.setProperty('--chart-1', '#3f37c9');
    element.style.setProperty('--fg-soft', '#536471');
    element.style.setProperty('--border', '#d9dee3');
    document.body.append(element);
    const resolved = readPlotLook(element, {
      ...week,
      series: [
        { key: 'email', label: 'Email' },
        { key: 'x', label: 'X', color: 'rebeccapurple' },
      ],
    });
    expect(resolved).toMatchObject({
      series: ['#3f37c9', 'rebeccapurple'],
      text: '#536471',
      grid: '#d9dee3',
    });
    element.remove();
  });
});

describe('useColorScheme', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme;
  });

  it('follows the theme the agent picks, so canvas charts draw again in it', async () => {
    const { result } = renderHook(() => useColorScheme());
    expect(result.current).toBe('light'); // the test DOM's system preference
    await act(async () => {
      document.documentElement.dataset.theme = 'dark';
    });
    expect(result.current).toBe('dark');
    await act(async () => {
      document.documentElement.dataset.theme = 'light';
    });
    expect(result.current).toBe('light');
  });
});
