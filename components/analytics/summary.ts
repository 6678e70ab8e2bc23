import {
  categoryOf,
  formatNumber,
  isEmptyChart,
  numberAt,
  withUnit,
  type ChartData,
  type ChartSeries,
} from './types';

/**
 * What a chart's one-sentence summary says (its aria-label): the screen reader's view of
 * the picture, computed from the same numbers as the picture.
 */
export interface SummaryOptions {
  /** The categories are an ordered range (days): name its first and last. Default true. */
  range?: boolean;
  /** The values add up (counts): give the total. Off for averages and rates. Default true. */
  total?: boolean;
  /** 'series': a clause per series (default); 'cells': the whole grid as one (heatmap). */
  per?: 'series' | 'cells';
}

/** "1 Nov" and "30 Nov" -> "1–30 Nov"; "Nov 1" and "Nov 30" -> "Nov 1–30". */
export function formatRange(first: string, last: string): string {
  if (first === last) return first;
  const a = first.split(' ');
  const b = last.split(' ');
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - 1 - head &&
    tail < b.length - 1 - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const prefix = a.slice(0, head).join(' ');
  const suffix = a.slice(a.length - tail).join(' ');
  const middle = `${a.slice(head, a.length - tail).join(' ')}–${b.slice(head, b.length - tail).join(' ')}`;
  return [prefix, middle, suffix].filter(Boolean).join(' ');
}

interface Point {
  where: string;
  value: number;
}

/** "412 cases in total, most on 14 Nov (31)" or "from 2 to 31 min, highest on 14 Nov (31)". */
function clause(points: Point[], unit: string, total: boolean, on: string): string {
  if (points.length === 0) return 'no data';
  let top = points[0]!;
  let low = top.value;
  let sum = 0;
  for (const point of points) {
    if (point.value > top.value) top = point;
    low = Math.min(low, point.value);
    sum += point.value;
  }
  const peak = `${on} ${top.where} (${formatNumber(top.value)})`;
  return total
    ? `${withUnit(formatNumber(sum), unit)} in total, most ${peak}`
    : `from ${formatNumber(low)} to ${withUnit(formatNumber(top.value), unit)}, highest ${peak}`;
}

function seriesPoints(data: ChartData, series: ChartSeries): Point[] {
  return data.rows.flatMap((row) => {
    const value = numberAt(row, series.key);
    return value === null ? [] : [{ where: categoryOf(row, data.xKey), value }];
  });
}

/**
 * "Cases opened per day, 1–30 Nov: 412 cases in total, most on 14 Nov (31)". With several
 * series, one clause each ("Email: …; X: …"); with `per: 'cells'`, the grid as a whole
 * ("most on Tue 10:00 (31)").
 */
export function summariseChart(title: string, data: ChartData, options: SummaryOptions = {}) {
  const { range = true, total = true, per = 'series' } = options;
  if (isEmptyChart(data)) return `${title}: no data in this range`;
  const first = data.rows[0];
  const last = data.rows[data.rows.length - 1];
  const head =
    range && first && last
      ? `${title}, ${formatRange(categoryOf(first, data.xKey), categoryOf(last, data.xKey))}`
      : title;
  const on = range ? 'on' : 'for';
  if (per === 'cells') {
    const points = data.series.flatMap((series) =>
      seriesPoints(data, series).map((p) => ({ ...p, where: `${p.where} ${series.label}` })),
    );
    return `${head}: ${clause(points, data.unit, total, on)}`;
  }
  const clauses = data.series.map((series) => {
    const text = clause(seriesPoints(data, series), data.unit, total, on);
    return data.series.length === 1 ? text : `${series.label}: ${text}`;
  });
  return `${head}: ${clauses.join('; ')}`;
}
