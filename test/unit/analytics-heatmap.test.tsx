import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartCard } from '@/components/analytics/ChartCard';
import { nextCell } from '@/components/analytics/grid-keys';
import { HeatmapGrid, heatStep } from '@/components/analytics/HeatmapGrid';
import { weekHourData } from '@/components/analytics/week-hours';

/** A week where cases follow the hour (0..23), Tuesday 10:00 the busiest (40). */
function week() {
  const values = Array.from({ length: 7 }, () => Array.from({ length: 24 }, (_, h) => h));
  values[1]![10] = 40;
  return weekHourData(values, { yLabel: 'Forecast cases', unit: 'cases' });
}

const cellAt = (row: number, col: number) =>
  within(screen.getAllByRole('row')[row + 1]!).getAllByRole('gridcell')[col]!;

describe('HeatmapGrid', () => {
  it('is a 7 x 24 grid with weekday and hour headers and one tab stop', () => {
    render(<HeatmapGrid data={week()} />);
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAccessibleName(
      'Forecast cases, Mon–Sun: 1,962 cases in total, most on Tue 10:00 (40)',
    );
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const hours = within(grid).getAllByRole('columnheader').slice(1);
    expect(hours).toHaveLength(24);
    expect(hours[10]).toHaveAccessibleName('10:00');
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells).toHaveLength(7 * 24);
    expect(cells.filter((cell) => cell.tabIndex === 0)).toEqual([cells[0]]);
    expect(cellAt(1, 10)).toHaveTextContent('40');
  });

  it('moves between cells with the arrow keys, Home/End and Page Up/Down (roving tabindex)', async () => {
    const user = userEvent.setup();
    render(<HeatmapGrid data={week()} />);
    await user.tab();
    expect(cellAt(0, 0)).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(cellAt(1, 2)).toHaveFocus();
    expect(cellAt(1, 2)).toHaveAttribute('tabindex', '0');
    expect(cellAt(0, 0)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(cellAt(1, 23)).toHaveFocus();
    await user.keyboard('{ArrowRight}'); // stops at the edge
    expect(cellAt(1, 23)).toHaveFocus();
    await user.keyboard('{Home}{PageDown}');
    expect(cellAt(6, 0)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(cellAt(6, 0)).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(cellAt(6, 23)).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}{ArrowUp}');
    expect(cellAt(0, 0)).toHaveFocus();
    // Tab leaves the grid from wherever focus was, and comes back to the same cell.
    await user.keyboard('{ArrowDown}{ArrowRight}');
    await user.tab();
    expect(document.body).toHaveFocus();
    await user.tab({ shift: true });
    expect(cellAt(1, 1)).toHaveFocus();
  });

  it('writes the focused or hovered cell with its unit under the grid', async () => {
    const user = userEvent.setup();
    render(<HeatmapGrid data={week()} />);
    const readout = screen.getByTestId('heatmap-readout');
    expect(readout).toBeEmptyDOMElement();
    await user.tab();
    await user.keyboard('{ArrowDown}{End}');
    expect(readout).toHaveTextContent('Tue 23:00: 23 cases');
    fireEvent.mouseEnter(cellAt(1, 10));
    expect(readout).toHaveTextContent('Tue 10:00: 40 cases');
  });

  it('shades by fifths of the largest value; zero and no data apart', () => {
    expect([0, 1, 8, 9, 40].map((v) => heatStep(v, 40))).toEqual([0, 1, 1, 2, 5]);
    expect(heatStep(3, 0)).toBe(0);
    const values = [[0, 5, null, 10]];
    render(<HeatmapGrid data={weekHourData(values, { yLabel: 'Agents', unit: 'agents' })} />);
    expect(cellAt(0, 0)).toHaveClass('heat-0');
    expect(cellAt(0, 1)).toHaveClass('heat-3');
    expect(cellAt(0, 2)).toHaveClass('heat-none');
    expect(cellAt(0, 2)).toHaveTextContent('no data');
    expect(cellAt(0, 3)).toHaveClass('heat-5');
    expect(cellAt(1, 0)).toHaveClass('heat-none'); // Tuesday was not given
  });

  it('shows the same 168 numbers as a table in a card, and an empty week as empty', async () => {
    const user = userEvent.setup();
    const data = week();
    const { unmount } = render(
      <ChartCard
        title="Forecast per hour"
        description="Cases expected in each hour"
        data={data}
        summary={{ per: 'cells' }}
      >
        <HeatmapGrid data={data} />
      </ChartCard>,
    );
    expect(screen.getByRole('grid')).toHaveAccessibleName(
      'Forecast per hour, Mon–Sun: 1,962 cases in total, most on Tue 10:00 (40)',
    );
    await user.click(screen.getByRole('button', { name: 'Show numbers' }));
    const table = screen.getByRole('table', { name: 'Forecast per hour (cases)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(within(rows[1]!).getAllByRole('cell')[10]).toHaveTextContent('40');
    unmount();
    render(<HeatmapGrid data={weekHourData([], { yLabel: 'Forecast cases', unit: 'cases' })} />);
    expect(screen.getByTestId('chart-empty')).toHaveTextContent('No data in this range');
  });
});

describe('nextCell', () => {
  it.each([
    ['ArrowRight', false, { row: 2, col: 4 }],
    ['ArrowLeft', false, { row: 2, col: 2 }],
    ['ArrowUp', false, { row: 1, col: 3 }],
    ['ArrowDown', false, { row: 3, col: 3 }],
    ['Home', false, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 23 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 6, col: 23 }],
    ['PageUp', false, { row: 0, col: 3 }],
    ['PageDown', false, { row: 6, col: 3 }],
    ['a', false, null],
    ['Tab', false, null],
  ])('%s (ctrl %s) from Wed 03:00', (key, ctrl, expected) => {
    expect(nextCell(key, ctrl, { row: 2, col: 3 }, 7, 24)).toEqual(expected);
  });
});
