import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BarListChart } from '@/components/analytics/BarListChart';
import { ChartCard } from '@/components/analytics/ChartCard';
import { TimeSeriesChart } from '@/components/analytics/TimeSeriesChart';
import type { ChartData } from '@/components/analytics/types';

/** 30 days of November: 412 cases, 31 of them on the 14th. */
function november(): ChartData {
  const rows = Array.from({ length: 30 }, (_, i) => ({
    day: `${i + 1} Nov`,
    opened: i + 1 === 14 ? 31 : i < 4 ? 14 : 13,
  }));
  return {
    rows,
    xKey: 'day',
    series: [{ key: 'opened', label: 'Opened' }],
    xLabel: 'Day',
    yLabel: 'Cases opened',
    unit: 'cases',
  };
}

const byChannel: ChartData = {
  rows: [
    { channel: 'X', cases: 120 },
    { channel: 'Facebook', cases: 64 },
    { channel: 'Reddit', cases: 7 },
  ],
  xKey: 'channel',
  series: [{ key: 'cases', label: 'Cases' }],
  xLabel: 'Channel',
  yLabel: 'Cases',
  unit: 'cases',
};

function card(data: ChartData, onDownload?: () => void) {
  return render(
    <ChartCard
      title="Cases opened per day"
      description="New cases by the day they came in, in cases"
      data={data}
      onDownload={onDownload}
    >
      <TimeSeriesChart data={data} kind="bar" />
    </ChartCard>,
  );
}

/** The table's body as text: [category, ...values] per row. */
const tableRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('ChartCard', () => {
  it('names the chart with a summary computed from the data', () => {
    card(november());
    const section = screen.getByRole('region', { name: 'Cases opened per day' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Cases opened per day',
    );
    expect(within(section).getByText(/in cases$/)).toBeInTheDocument();
    expect(within(section).getByRole('img')).toHaveAccessibleName(
      'Cases opened per day, 1–30 Nov: 412 cases in total, most on 14 Nov (31)',
    );
  });

  it('shows exactly the chart’s numbers as a table, and back', async () => {
    const user = userEvent.setup();
    const data = november();
    card(data);
    await user.click(screen.getByRole('button', { name: 'Show numbers' }));
    expect(screen.queryByRole('img')).toBeNull();
    const table = screen.getByRole('table', { name: 'Cases opened per day (cases)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Day', 'Opened']);
    expect(tableRows(table)).toEqual(data.rows.map((row) => [row.day, String(row.opened)]));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(30);
    await user.click(screen.getByRole('button', { name: 'Show chart' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('toggles from the keyboard, Enter and Space, keeping focus on the toggle', async () => {
    const user = userEvent.setup();
    card(november());
    const toggle = screen.getByRole('button', { name: 'Show numbers' });
    expect(toggle).toHaveAttribute('aria-controls');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).not.toBeNull();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveTextContent('Show chart');
    await user.keyboard(' ');
    expect(screen.queryByRole('table')).toBeNull();
    expect(toggle).toHaveTextContent('Show numbers');
  });

  it('offers the CSV only when given a download, and calls it', async () => {
    const user = userEvent.setup();
    const onDownload = vi.fn();
    const { unmount } = card(november(), onDownload);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(onDownload).toHaveBeenCalledTimes(1);
    unmount();
    card(november());
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });

  it.each([
    ['no rows', []],
    ['rows without a number', [{ day: '1 Nov', opened: null }]],
  ])('says "No data in this range" for %s, with nothing to toggle', (_, rows) => {
    card({ ...november(), rows });
    expect(screen.getByTestId('chart-empty')).toHaveTextContent('No data in this range');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show numbers' })).toBeNull();
  });

  it('keeps a zero day a number, and a missing day "no data"', async () => {
    const user = userEvent.setup();
    const data: ChartData = {
      ...november(),
      rows: [
        { day: '1 Nov', opened: 0 },
        { day: '2 Nov', opened: null },
        { day: '3 Nov', opened: 2.5 },
      ],
    };
    card(data);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Cases opened per day, 1–3 Nov: 2.5 cases in total, most on 3 Nov (2.5)',
    );
    await user.click(screen.getByRole('button', { name: 'Show numbers' }));
    expect(tableRows(screen.getByRole('table'))).toEqual([
      ['1 Nov', '0'],
      ['2 Nov', 'no data'],
      ['3 Nov', '2.5'],
    ]);
  });
});

describe('TimeSeriesChart', () => {
  const forecast: ChartData = {
    rows: [
      { day: 'Mon', actual: 40, forecast: 42, low: 35, high: 50 },
      { day: 'Tue', actual: null, forecast: 45, low: 37, high: 55 },
      { day: 'Wed', actual: null, forecast: 41, low: 33, high: 52 },
    ],
    xKey: 'day',
    series: [
      { key: 'actual', label: 'Actual' },
      { key: 'forecast', label: 'Forecast' },
    ],
    band: { seriesKey: 'forecast', lowKey: 'low', highKey: 'high', label: '80% interval' },
    xLabel: 'Day',
    yLabel: 'Cases',
    unit: 'cases',
  };

  it('is one tab stop named by its summary, with its legend and value axis title', () => {
    render(<TimeSeriesChart data={forecast} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Cases, Mon–Wed: Actual: 40 cases in total, most on Mon (40); Forecast: 128 cases in total, most on Tue (45)',
    );
    expect(chart).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('Cases (cases)')).toBeVisible();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect([...legend.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '80% interval',
      'Actual',
      'Forecast',
    ]);
    // Each swatch drawn as its series: the band a pale square in the forecast's colour, the
    // lines by colour and dash.
    const band = legend.querySelector('li:nth-child(1) rect');
    expect(band).toHaveAttribute('fill-opacity', '0.18');
    expect(band).toHaveAttribute('fill', 'var(--chart-2)');
    expect(legend.querySelector('li:nth-child(2) line')).toHaveAttribute(
      'stroke',
      'var(--chart-1)',
    );
    expect(legend.querySelector('li:nth-child(2) line')).not.toHaveAttribute('stroke-dasharray');
    expect(legend.querySelector('li:nth-child(3) line')).toHaveAttribute('stroke-dasharray', '6 3');
  });

  it('walks the days with the arrow keys, Home and End, saying each day’s values', async () => {
    const user = userEvent.setup();
    render(<TimeSeriesChart data={forecast} />);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('');
    await user.tab();
    expect(screen.getByRole('img')).toHaveFocus();
    // Tabbing in shows the first day, in the series' order and the band last.
    expect(live).toHaveTextContent(
      'Mon: Actual 40 cases, Forecast 42 cases, 80% interval 35–50 cases',
    );
    await user.keyboard('{ArrowRight}');
    // No "Actual" on a day without one.
    expect(live).toHaveTextContent('Tue: Forecast 45 cases, 80% interval 37–55 cases');
    await user.keyboard('{End}');
    expect(live).toHaveTextContent('Wed: Forecast 41 cases, 80% interval 33–52 cases');
    await user.keyboard('{ArrowRight}'); // already the last day: it stays
    expect(live).toHaveTextContent(/^Wed:/);
    await user.keyboard('{ArrowLeft}');
    expect(live).toHaveTextContent(/^Tue:/);
    await user.keyboard('{Home}');
    expect(live).toHaveTextContent(/^Mon:/);
  });

  it('shows the walked day in a tooltip, and hides it when focus leaves', async () => {
    const user = userEvent.setup();
    render(
      <>
        <TimeSeriesChart data={forecast} />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    await user.keyboard('{ArrowRight}');
    const tooltip = document.querySelector('.chart-tooltip');
    expect(tooltip).toHaveAttribute('aria-hidden', 'true');
    expect([...tooltip!.querySelectorAll('strong, li')].map((item) => item.textContent)).toEqual([
      'Tue',
      'Forecast: 45 cases',
      '80% interval: 37–55 cases',
    ]);
    await user.tab();
    expect(document.querySelector('.chart-tooltip')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('leaves other keys to the page', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn((event: KeyboardEvent) => event.isDefaultPrevented());
    render(
      <div onKeyDown={onKeyDown}>
        <TimeSeriesChart data={forecast} />
      </div>,
    );
    await user.tab();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowRight}');
    expect(onKeyDown.mock.results.map((result) => result.value)).toEqual([false, true]);
  });

  it('puts the band in the table as low and high columns', async () => {
    const user = userEvent.setup();
    render(
      <ChartCard title="Forecast" description="Cases per day, in cases" data={forecast}>
        <TimeSeriesChart data={forecast} />
      </ChartCard>,
    );
    await user.click(screen.getByRole('button', { name: 'Show numbers' }));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Day', 'Actual', 'Forecast', '80% interval low', '80% interval high']);
    expect(tableRows(table)).toEqual([
      ['Mon', '40', '42', '35', '50'],
      ['Tue', 'no data', '45', '37', '55'],
      ['Wed', 'no data', '41', '33', '52'],
    ]);
  });

  it('shows "No data in this range" alone, with nothing to focus', () => {
    render(<TimeSeriesChart data={{ ...forecast, rows: [] }} />);
    expect(screen.getByTestId('chart-empty')).toHaveTextContent('No data in this range');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('BarListChart', () => {
  /** The list as read: each item's category, then its bars' text. */
  const bars = (figure: HTMLElement) =>
    within(figure)
      .getAllByRole('listitem')
      .filter((item) => item.closest('.chart-legend') === null)
      .map((item) => [
        item.querySelector('.bar-list-name')?.textContent,
        ...[...item.querySelectorAll('.bar-list-bar')].map((bar) => bar.textContent),
      ]);
  const widths = (figure: HTMLElement) =>
    [...figure.querySelectorAll<HTMLElement>('.bar-list-fill')].map((fill) => fill.style.width);

  it('draws a bar per category, in order, as long as its share, its value at its end', () => {
    render(<BarListChart data={byChannel} />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName('Cases: 191 cases in total, most for X (120)');
    expect(bars(figure)).toEqual([
      ['X', '120 cases'],
      ['Facebook', '64 cases'],
      ['Reddit', '7 cases'],
    ]);
    expect(widths(figure)).toEqual(['100%', `${(64 / 120) * 100}%`, `${(7 / 120) * 100}%`]);
    // The unit is for screen readers: the axis title says it once for the eye.
    expect(within(figure).getByText('120')).toBeVisible();
    expect(within(figure).getByText('Channel')).toBeVisible();
    expect(within(figure).getByText('Cases (cases)')).toBeVisible();
    // One series: no legend.
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  });

  it('groups several series per category, each bar named, against one scale', () => {
    const data: ChartData = {
      ...byChannel,
      rows: [
        { channel: 'X', opened: 120, resolved: 90 },
        { channel: 'Reddit', opened: 7, resolved: null },
      ],
      series: [
        { key: 'opened', label: 'Opened' },
        { key: 'resolved', label: 'Resolved' },
      ],
    };
    render(<BarListChart data={data} />);
    const figure = screen.getByRole('figure');
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect([...legend.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Opened',
      'Resolved',
    ]);
    expect(bars(figure)).toEqual([
      ['X', 'Opened: 120 cases', 'Resolved: 90 cases'],
      ['Reddit', 'Opened: 7 cases', 'Resolved: no data'],
    ]);
    // A missing value has no bar; the others are shares of the largest of all (120).
    expect(widths(figure)).toEqual(['100%', '75%', `${(7 / 120) * 100}%`]);
    const fills = [...figure.querySelectorAll<HTMLElement>('.bar-list-fill')];
    expect(fills.map((fill) => fill.style.background)).toEqual([
      'var(--chart-1)',
      'var(--chart-2)',
      'var(--chart-1)',
    ]);
  });

  it('shows "No data in this range" when no category has a number', () => {
    render(<BarListChart data={{ ...byChannel, rows: [{ channel: 'X', cases: null }] }} />);
    expect(screen.getByTestId('chart-empty')).toHaveTextContent('No data in this range');
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('takes a card’s summary options, e.g. averages that do not add up', () => {
    const data: ChartData = { ...byChannel, yLabel: 'First reply', unit: 'min' };
    render(
      <ChartCard
        title="First reply by channel"
        description="Median minutes to the first reply"
        data={data}
        summary={{ range: false, total: false }}
      >
        <BarListChart data={data} />
      </ChartCard>,
    );
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      'First reply by channel: from 7 to 120 min, highest for X (120)',
    );
  });
});
