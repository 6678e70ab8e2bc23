import { describe, expect, it } from 'vitest';
import { formatRange, summariseChart } from '@/components/analytics/summary';
import { chartColumns, isEmptyChart, type ChartData } from '@/components/analytics/types';

const replies: ChartData = {
  rows: [
    { day: '30 Oct', email: 4, x: 9, pct: 12.5 },
    { day: '31 Oct', email: 6, x: null, pct: 40 },
    { day: '1 Nov', email: 6, x: 2, pct: 7 },
  ],
  xKey: 'day',
  series: [
    { key: 'email', label: 'Email' },
    { key: 'x', label: 'X' },
  ],
  xLabel: 'Day',
  yLabel: 'Replies',
  unit: 'replies',
};

describe('formatRange', () => {
  it.each([
    ['1 Nov', '30 Nov', '1–30 Nov'],
    ['Nov 1', 'Nov 30', 'Nov 1–30'],
    ['30 Oct', '3 Nov', '30 Oct–3 Nov'],
    ['Mon', 'Sun', 'Mon–Sun'],
    ['1 Nov 2025', '30 Nov 2025', '1–30 Nov 2025'],
    ['14 Nov', '14 Nov', '14 Nov'],
  ])('%s .. %s -> %s', (first, last, expected) => {
    expect(formatRange(first, last)).toBe(expected);
  });
});

describe('summariseChart', () => {
  it('gives a clause per series, skipping missing days; the first peak wins a tie', () => {
    expect(summariseChart('Replies per day', replies)).toBe(
      'Replies per day, 30 Oct–1 Nov: Email: 16 replies in total, most on 31 Oct (6); ' +
        'X: 11 replies in total, most on 30 Oct (9)',
    );
  });

  it('gives a spread instead of a total for values that do not add up', () => {
    const rate = { ...replies, series: [{ key: 'pct', label: 'Share' }], unit: '%' };
    expect(summariseChart('Share answered', rate, { total: false })).toBe(
      'Share answered, 30 Oct–1 Nov: from 7 to 40%, highest on 31 Oct (40)',
    );
  });

  it('says when a series or the whole chart has no data', () => {
    const gap = { ...replies, rows: replies.rows.map((row) => ({ ...row, x: null })) };
    expect(summariseChart('Replies', gap)).toMatch(/; X: no data$/);
    expect(summariseChart('Replies', { ...replies, rows: [] })).toBe(
      'Replies: no data in this range',
    );
  });
});

describe('chartColumns and isEmptyChart', () => {
  it('lists the series then the band, the columns a CSV should have', () => {
    const band = { seriesKey: 'email', lowKey: 'lo', highKey: 'hi', label: '80% interval' };
    expect(chartColumns({ ...replies, band })).toEqual([
      { key: 'email', label: 'Email' },
      { key: 'x', label: 'X' },
      { key: 'lo', label: '80% interval low' },
      { key: 'hi', label: '80% interval high' },
    ]);
  });

  it('counts zero as data, and text, NaN or null as none', () => {
    const only = (email: unknown) =>
      ({ ...replies, rows: [{ day: '1 Nov', email, x: null }] }) as ChartData;
    expect(isEmptyChart(only(0))).toBe(false);
    expect(isEmptyChart(only('7'))).toBe(true);
    expect(isEmptyChart(only(Number.NaN))).toBe(true);
    expect(isEmptyChart(only(null))).toBe(true);
  });
});
