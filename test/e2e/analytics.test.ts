import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateHistory } from '../support/history-generator';
import { seedExtensionDb } from '../support/seed-extension-db';
import { SCREENSHOTS, useExtension } from './fixture';

const DAY = 86_400_000;
const setTheme = (dashboard: Page, theme: 'light' | 'dark') =>
  dashboard.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
const figure = (dashboard: Page, id: string) =>
  dashboard.getByTestId(`figure-${id}`).locator('strong');
const reportDone = (dashboard: Page) =>
  dashboard.getByTestId('analytics-timings').waitFor({ timeout: 60_000 });

describe('analytics for the lead (production build, real Chromium)', () => {
  const ext = useExtension();

  it('on a new desk, shows zeros, empty charts and why there is no forecast yet', async () => {
    const dashboard = await ext.dashboard();
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#view=analytics');
    await reportDone(dashboard);
    await expect.poll(() => figure(dashboard, 'opened').textContent()).toBe('0');
    expect(await figure(dashboard, 'first-response').textContent()).toBe('\u2013');
    expect(await dashboard.getByTestId('forecast-note').textContent()).toMatch(
      /needs 4 weeks of captures to forecast/,
    );
    const volume = dashboard.getByRole('region', { name: 'Cases opened and resolved' });
    expect(await volume.textContent()).toContain('No data in this range');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/analytics-empty.png` });
    await dashboard.close();
  });

  it('shows the seeded desk in figures and charts whose numbers and CSV add up', async () => {
    const end = Date.now();
    const history = generateHistory({ cases: 1_500, days: 60, end, seed: 3 });
    const dashboard = await ext.dashboard();
    await seedExtensionDb(dashboard, {
      cases: history.cases,
      events: history.events,
      counters: [
        { key: 'cases', value: history.cases.length },
        {
          key: 'openCases',
          value: history.cases.filter((c) => ['new', 'open', 'waiting'].includes(c.status)).length,
        },
      ],
    });
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#view=analytics');
    await dashboard.reload(); // the views opened before the seed read it afresh
    await dashboard.getByLabel('Time zone').selectOption('UTC');
    await reportDone(dashboard);

    // The last 30 UTC days, counted here from the events themselves.
    const today = new Date(end);
    const from =
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - 29 * DAY;
    const inRange = (type: string, channel?: string) =>
      history.events.filter(
        (e) =>
          e.type === type &&
          e.at >= from &&
          (!channel || history.cases.find((c) => c.id === e.caseId)?.channel === channel),
      ).length;
    const opened = inRange('case.created');
    expect(opened).toBeGreaterThan(500);
    await expect.poll(() => figure(dashboard, 'opened').textContent()).toBe(String(opened));
    await expect
      .poll(() => figure(dashboard, 'resolved').textContent())
      .toBe(String(inRange('case.status')));
    await expect
      .poll(() => dashboard.getByTestId('analytics-scope').textContent())
      .toContain('This browser only');

    // The first chart's numbers, one click away, add up to the figure.
    const volume = dashboard.getByRole('region', { name: 'Cases opened and resolved' });
    await volume.locator('canvas').first().waitFor();
    await volume.getByRole('button', { name: 'Show numbers' }).click();
    const table = volume.getByRole('table');
    const header = await table.getByRole('columnheader').allTextContents();
    const openedColumn = header.findIndex((h) => h.startsWith('Opened'));
    const cells = await table
      .getByRole('row')
      .evaluateAll(
        (rows, column) =>
          rows
            .slice(1)
            .map((row) => Number(row.children[column]?.textContent?.replace(/,/g, '') ?? 0)),
        openedColumn,
      );
    expect(cells).toHaveLength(30);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(opened);
    await volume.getByRole('button', { name: 'Show chart' }).click();

    // The whole CSV: each chart's rows add up to what it shows.
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Download all as CSV' }).click(),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync((await download.path())!, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const sum = (chart: string, series: string) =>
      rows
        .filter((r) => r.chart === chart && r.series === series)
        .reduce((total, r) => total + Number(r.value || 0), 0);
    expect(sum('Cases opened and resolved', 'Opened')).toBe(opened);
    expect(sum('Captures per site', 'Captured')).toBe(opened);
    expect(sum('Testimonials', 'Collected')).toBe(inRange('testimonial.saved'));
    // Kept on time or late, or missed: every follow-up event of the range, in the chart.
    const followUps = inRange('followup.done') + inRange('followup.missed');
    expect(followUps).toBeGreaterThan(50);
    expect(
      sum('Follow-ups', 'On time') + sum('Follow-ups', 'Late') + sum('Follow-ups', 'Missed'),
    ).toBe(followUps);
    expect(sum('Follow-ups', 'Missed')).toBe(inRange('followup.missed'));
    expect(Number(await figure(dashboard, 'followups').textContent())).toBe(
      sum('Follow-ups', 'On time'),
    );

    // Sixty days of history: a forecast with its band, and the staff it needs.
    // Charts are drawn as they come near the screen: scrolled to, each one appears.
    const forecastCard = dashboard.getByRole('region', {
      name: 'Forecast: captures in the next 7 days',
    });
    await forecastCard.scrollIntoViewIfNeeded();
    await forecastCard.locator('canvas').first().waitFor();
    const rotaCard = dashboard.getByRole('region', { name: 'Agents needed', exact: true });
    await rotaCard.scrollIntoViewIfNeeded();
    await rotaCard.getByRole('grid').waitFor();
    expect(rows.filter((r) => r.chart === 'Agents needed')).toHaveLength(7 * 24);

    for (const theme of ['light', 'dark'] as const) {
      await setTheme(dashboard, theme);
      await dashboard.evaluate(() => window.scrollTo(0, 0));
      await dashboard.screenshot({ path: `${SCREENSHOTS}/analytics-${theme}.png` });
      await forecastCard.screenshot({ path: `${SCREENSHOTS}/analytics-forecast-${theme}.png` });
      await rotaCard.screenshot({ path: `${SCREENSHOTS}/analytics-staffing-${theme}.png` });
    }
    await setTheme(dashboard, 'light');
    await dashboard.evaluate(() => window.scrollTo(0, 0));

    // The numbers of a chart by keyboard alone: Tab to its toggle, Enter, and back.
    const toggle = volume.getByRole('button', { name: 'Show numbers' });
    await toggle.focus();
    await dashboard.keyboard.press('Enter');
    await volume.getByRole('table').waitFor();
    expect(await dashboard.evaluate(() => document.activeElement?.textContent)).toBe('Show chart');
    await dashboard.keyboard.press('Enter');
    await volume.locator('canvas').first().waitFor();

    // The pointer over the chart (over uPlot's layer on the canvas, which hears it) shows a
    // day's values beside the cursor, and leaving hides them.
    const tooltip = volume.locator('.chart-tooltip');
    await volume.locator('.u-over').hover();
    await expect.poll(() => tooltip.textContent()).toMatch(/Opened: \d+ cases/);
    await dashboard.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });

    // The chart by keyboard: the tab stop after its card's buttons. Arrow keys and End walk
    // the days, and its live region says each day's values as the CSV has them.
    const volumeRows = rows.filter((r) => r.chart === 'Cases opened and resolved');
    const days = [...new Set(volumeRows.map((r) => r.label))];
    const valueOf = (day: string, series: string) =>
      volumeRows.find((r) => r.label === day && r.series === series)?.value;
    const said = (day: string) =>
      `${day}: Opened ${valueOf(day, 'Opened')} cases, Resolved ${valueOf(day, 'Resolved')} cases`;
    await volume.getByRole('button', { name: 'Download CSV' }).focus();
    await dashboard.keyboard.press('Tab');
    const chart = volume.getByRole('img');
    expect(await chart.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await chart.getAttribute('aria-label')).toMatch(/^Cases opened and resolved, /);
    const live = volume.getByRole('status');
    await expect.poll(() => live.textContent()).toBe(said(days[0]!));
    await dashboard.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe(said(days[1]!));
    await dashboard.keyboard.press('End');
    await expect.poll(() => live.textContent()).toBe(said(days.at(-1)!));
    expect(await tooltip.textContent()).toContain(days.at(-1));
    await volume.screenshot({ path: `${SCREENSHOTS}/analytics-chart-keys-light.png` });
    await dashboard.keyboard.press('Tab');
    await tooltip.waitFor({ state: 'detached' });

    // One agent: the backlog is not kept per agent, and says so instead of a wrong number.
    await dashboard.getByRole('combobox', { name: 'Agent', exact: true }).selectOption('ana');
    await expect
      .poll(() => figure(dashboard, 'opened').textContent())
      .toBe(
        String(
          history.events.filter((e) => e.type === 'case.created' && e.at >= from && e.by === 'ana')
            .length,
        ),
      );
    expect(await figure(dashboard, 'backlog').textContent()).toBe('\u2013');
    expect(await dashboard.getByRole('region', { name: 'Backlog', exact: true }).count()).toBe(0);
    await dashboard.getByRole('combobox', { name: 'Agent', exact: true }).selectOption('');

    // One channel: every figure narrows to it.
    await dashboard
      .getByRole('combobox', { name: 'Channel', exact: true })
      .selectOption('facebook');
    await expect
      .poll(() => figure(dashboard, 'opened').textContent())
      .toBe(String(inRange('case.created', 'facebook')));
    await reportDone(dashboard);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/analytics-facebook.png` });
  });
});
