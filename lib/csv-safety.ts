/**
 * Cells a spreadsheet would run as a formula, for every CSV Casebook writes (testimonials,
 * the follow-up review). Such a cell gets a leading ' (Excel, LibreOffice and Sheets read
 * it as "this is text"), as OWASP and ASVS 1.2.10 advise.
 *
 * Papa's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/: without the s flag its `.`
 * stops at a line break, so a two-line quote "=HYPERLINK(...)\nThanks!" went out as a live
 * formula (found by the hostile-input test, issue 9). This one needs only the start: a
 * trigger (= + - @) after any whitespace (a spreadsheet that trims spaces on import reads
 * " =1+1" as a formula too), or a cell starting with a tab, a line break or NUL.
 */
export const FORMULA_START = /^[\s\0]*[=+\-@]|^[\t\r\n\0]/;

/** Options for Papa.unparse that neutralise formulas: pass to every export. */
export const SAFE_CSV = { escapeFormulae: FORMULA_START } as const;
