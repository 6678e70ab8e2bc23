import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartsOf } from '@/lib/analytics/chart-data';
import { chartsCsv } from '@/lib/analytics/csv';
import { buildReport } from '@/lib/analytics/report';
import { bumpCounter } from '@/lib/db/counters';
import { isOpenStatus } from '@/lib/db/constants';
import { freshDatabase } from '../support/factories';
import { generateHistory } from '../support/history-generator';

const END = Date.UTC(2026, 10, 23, 12);

async function seededDesk(cases: number, days: number) {
  const db = freshDatabase();
  const history = generateHistory({ cases, days, end: END, seed: 5 });
  await db.cases.bulkPut(history.cases);
  await db.events.bulkPut(history.events);
  await bumpCounter(db, 'openCases', history.cases.filter((c) => isOpenStatus(c.status)).length);
  return { db, history };
}

const query = {
  fromDay: '2026-10-25',
  toDay: '2026-11-23',
  timeZone: 'UTC',
  filter: {},
  handleMinutes: null,
  now: END,
};

describe('the analytics report', () => {
  it('counts what the history holds, and its CSV adds up to exactly the charts', async () => {
    const { db, history } = await seededDesk(3_000, 70);
    const report = await buildReport(db, query);
    const from = Date.UTC(2026, 9, 25);
    const inRange = (type: string) =>
      history.events.filter(
        (e) => e.type === type && e.at >= from && e.at < Date.UTC(2026, 10, 24),
      );
    expect(report.measures.totals.opened).toBe(inRange('case.created').length);
    expect(report.measures.totals.resolved).toBe(inRange('case.status').length);
    expect(report.measures.totals.firstReplies).toBe(inRange('case.reply').length);
    expect(report.measures.totals.testimonialsSaved).toBe(inRange('testimonial.saved').length);

    const charts = chartsOf(report);
    const rows = Papa.parse<Record<string, string>>(chartsCsv(charts), { header: true }).data;
    const sum = (chart: string, series: string) =>
      rows
        .filter((r) => r.chart === chart && r.series === series)
        .reduce((total, r) => total + Number(r.value || 0), 0);
    expect(sum('Cases opened and resolved', 'Opened')).toBe(report.measures.totals.opened);
    expect(sum('Cases opened and resolved', 'Resolved')).toBe(report.measures.totals.resolved);
    expect(sum('SLA attainment', 'Breached')).toBe(report.measures.totals.breached);
    expect(sum('Captures per site', 'Captured')).toBe(report.measures.totals.opened);
    expect(sum('Follow-ups', 'Missed')).toBe(report.measures.totals.followUpsMissed);
    // Every number drawn is a row: one per series and point (and band edge).
    const expected = charts.reduce(
      (n, chart) => n + chart.rows.length * (chart.series.length + (chart.band ? 2 : 0)),
      0,
    );
    expect(rows).toHaveLength(expected);
    // The backlog at the end of the range is what is open now (nothing after the range).
    expect(report.measures.totals.backlogAtEnd).toBe(
      history.cases.filter((c) => isOpenStatus(c.status)).length,
    );
  });

  it('forecasts from ten weeks of a weekly pattern, and plans staff for it', async () => {
    const { db } = await seededDesk(3_000, 70);
    const report = await buildReport(db, query);
    expect(report.forecast.kind).toBe('forecast');
    if (report.forecast.kind !== 'forecast') return;
    expect(report.forecast.total).toHaveLength(168);
    // Weekday office hours (4× the weight) are forecast busier than nights.
    const mean = (hours: typeof report.forecast.total) =>
      hours.reduce((s, h) => s + h.expected, 0) / hours.length;
    const office = report.forecast.total.filter(
      (h) => h.weekday <= 5 && h.hour >= 9 && h.hour < 17,
    );
    const night = report.forecast.total.filter((h) => h.hour < 6);
    expect(mean(office)).toBeGreaterThan(2.5 * mean(night));
    expect(report.staffing).toHaveLength(168);
    expect(Math.max(...report.staffing.map((s) => s.agents))).toBeGreaterThan(0);
    expect(report.handleTime.source).toBe('measured');
    const charts = chartsOf(report).map((c) => c.id);
    expect(charts).toEqual(expect.arrayContaining(['forecast', 'staffing', 'staffing-high']));
  });

  it('says plainly when there is too little history to forecast', async () => {
    const { db } = await seededDesk(300, 20);
    const report = await buildReport(db, query);
    expect(report.forecast.kind).toBe('too-little-history');
    if (report.forecast.kind === 'too-little-history')
      expect(report.forecast.message).toMatch(/needs 4 weeks/);
    expect(report.staffing).toEqual([]);
  });

  it('narrows everything to one channel, the backlog included', async () => {
    const { db, history } = await seededDesk(2_000, 40);
    const report = await buildReport(db, { ...query, filter: { channel: 'facebook' } });
    const facebookCases = new Set(
      history.cases.filter((c) => c.channel === 'facebook').map((c) => c.id),
    );
    const opened = history.events.filter(
      (e) =>
        e.type === 'case.created' && facebookCases.has(e.caseId!) && e.at >= Date.UTC(2026, 9, 25),
    );
    expect(report.measures.totals.opened).toBe(opened.length);
    expect(report.measures.byChannel.map((g) => g.key)).toEqual(['facebook']);
    expect(report.measures.totals.backlogAtEnd).toBe(
      history.cases.filter((c) => c.channel === 'facebook' && isOpenStatus(c.status)).length,
    );
  });
});
