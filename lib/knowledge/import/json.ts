import { MAX_IMPORT_ROWS, type ImportRow } from '../inputs';
import {
  checkRow,
  collect,
  stripBom,
  type ImportProblem,
  type ParsedImport,
  type RawRow,
} from './rows';

const FIELDS: Record<keyof RawRow, readonly string[]> = {
  title: ['title', 'name', 'headline'],
  url: ['url', 'link', 'href', 'loc'],
  body: ['summary', 'body', 'description', 'content', 'text'],
  tags: ['tags', 'keywords', 'labels', 'topics'],
};

/** The list in the file: an array, or an object holding one under a usual name. */
function listIn(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    for (const key of ['articles', 'items', 'pages', 'data']) {
      const value = (data as Record<string, unknown>)[key];
      if (Object.hasOwn(data, key) && Array.isArray(value)) return value;
    }
  }
  return null;
}

function readItem(at: number, item: unknown): ImportRow | ImportProblem {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    return { at, reason: 'not an object like {"title": …, "url": …}' };
  }
  const raw: RawRow = {};
  for (const [field, names] of Object.entries(FIELDS) as [keyof RawRow, string[]][]) {
    const name = names.find((n) => Object.hasOwn(item, n));
    if (name === undefined) continue;
    const value = (item as Record<string, unknown>)[name];
    if (value === null || value === undefined) continue;
    if (field === 'tags' && Array.isArray(value) && value.every((t) => typeof t === 'string')) {
      raw.tags = value;
    } else if (typeof value === 'string') {
      raw[field] = value;
    } else {
      return { at, reason: `“${name}” is not text` };
    }
  }
  return checkRow(at, raw);
}

/** Reads a JSON list of articles: [{"title": …, "url": …, "summary": …, "tags": […]}]. */
export function parseJsonList(input: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(input));
  } catch (error) {
    const why = error instanceof Error ? error.message : '';
    return {
      ok: false,
      error: `This is not valid JSON (${why.slice(0, 120)}). The file may be cut off or damaged.`,
    };
  }
  const list = listIn(data);
  if (!list) {
    return {
      ok: false,
      error: 'Expected a list of articles: [{"title": "…", "url": "https://…", "summary": "…"}].',
    };
  }
  if (list.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      error: `The file lists ${list.length.toLocaleString('en')} articles; import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} at a time.`,
    };
  }
  return collect(
    'item',
    list.map((item, index) => readItem(index + 1, item)),
  );
}
