import Papa from 'papaparse';
import { MAX_IMPORT_ROWS } from '../inputs';
import {
  checkRow,
  collect,
  looksBinary,
  stripBom,
  type ImportProblem,
  type ParsedImport,
  type RawRow,
} from './rows';
import type { ImportRow } from '../inputs';

/** Column names people use, matched ignoring case, spaces, "-" and "_". */
const COLUMNS: Record<keyof RawRow, readonly string[]> = {
  title: ['title', 'name', 'headline', 'subject'],
  url: ['url', 'link', 'href', 'loc', 'address'],
  body: ['summary', 'body', 'description', 'content', 'text', 'abstract'],
  tags: ['tags', 'tag', 'keywords', 'labels', 'topics'],
};

const squash = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

/** Which column holds which field; the first matching column wins. */
function columnsOf(header: readonly string[]): Partial<Record<keyof RawRow, number>> {
  const found: Partial<Record<keyof RawRow, number>> = {};
  header.forEach((name, index) => {
    const key = squash(name);
    for (const [field, aliases] of Object.entries(COLUMNS) as [keyof RawRow, string[]][]) {
      if (found[field] === undefined && aliases.includes(key)) found[field] = index;
    }
  });
  return found;
}

/**
 * Reads a CSV of articles: a header line naming the columns (title, url, summary or body,
 * tags; any case and order; comma, semicolon or tab separated; a UTF-8 byte order mark is
 * fine). Rows that cannot be used are reported by their line in the file; an unclosed
 * quote (which would swallow the rest of the file) refuses the whole file.
 */
export function parseCsv(input: string): ParsedImport {
  const text = stripBom(input);
  if (looksBinary(text)) {
    return {
      ok: false,
      error: 'This is not a text file. Save the list as CSV (UTF-8) and try again.',
    };
  }
  const checked: (ImportRow | ImportProblem)[] = [];
  let header: string[] | null = null;
  let columns: ReturnType<typeof columnsOf> = {};
  let refused: string | null = null;
  const lines = lineCounter(text);

  // Blank lines come through as rows (and are passed over here), so each row starts
  // exactly where the previous one ended, and line numbers stay right.
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = lines.startOf(result.meta.cursor);
      const quote = result.errors.find((e) => e.type === 'Quotes');
      if (quote) {
        refused = `Line ${line} opens a quoted field that is never closed: the file is damaged or not a CSV.`;
        return parser.abort();
      }
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!header) {
        header = cells;
        columns = columnsOf(cells);
        if (columns.title === undefined && columns.url === undefined) {
          refused =
            'The first line must name the columns: “title” and/or “url”, and optionally “summary” and “tags”.';
          parser.abort();
        }
        return;
      }
      if (checked.length >= MAX_IMPORT_ROWS) {
        refused = `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. Split it and import the parts one after another.`;
        return parser.abort();
      }
      const extra = cells.slice(header.length).some((cell) => cell.trim() !== '');
      if (extra) {
        checked.push({
          at: line,
          reason: `${cells.length} fields where the header has ${header.length} (a comma in an unquoted value?)`,
        });
        return;
      }
      const cell = (field: keyof RawRow) => {
        const index = columns[field];
        return index === undefined ? undefined : cells[index];
      };
      checked.push(
        checkRow(line, {
          title: cell('title'),
          url: cell('url'),
          body: cell('body'),
          tags: cell('tags'),
        }),
      );
    },
  });
  if (refused) return { ok: false, error: refused };
  if (!header) return { ok: false, error: 'The file is empty.' };
  return collect('line', checked);
}

/**
 * Line numbers of rows from Papa's cursor (the offset where a row ends, which is where
 * the next one starts). Counts forward only, so a whole file costs one pass.
 */
function lineCounter(text: string) {
  let offset = 0;
  let line = 1;
  return {
    startOf(rowEnd: number): number {
      const at = line;
      for (; offset < rowEnd; offset++) if (text.charCodeAt(offset) === 10) line++;
      return at;
    },
  };
}
