export interface Cell {
  row: number;
  col: number;
}

/**
 * Where a key moves focus in a grid of `rows` x `cols` (the ARIA grid pattern): arrows by
 * one cell, stopping at the edges; Home and End to the row's ends; with Ctrl, to the grid's
 * first and last cell; Page Up and Page Down to the column's ends. Null: not a grid key.
 */
export function nextCell(
  key: string,
  ctrl: boolean,
  { row, col }: Cell,
  rows: number,
  cols: number,
): Cell | null {
  const at = (r: number, c: number) => ({
    row: Math.max(0, Math.min(rows - 1, r)),
    col: Math.max(0, Math.min(cols - 1, c)),
  });
  switch (key) {
    case 'ArrowRight':
      return at(row, col + 1);
    case 'ArrowLeft':
      return at(row, col - 1);
    case 'ArrowDown':
      return at(row + 1, col);
    case 'ArrowUp':
      return at(row - 1, col);
    case 'Home':
      return ctrl ? at(0, 0) : at(row, 0);
    case 'End':
      return ctrl ? at(rows - 1, cols - 1) : at(row, cols - 1);
    case 'PageUp':
      return at(0, col);
    case 'PageDown':
      return at(rows - 1, col);
    default:
      return null;
  }
}
