import { POST_LIMITS } from '../../db/constants';
import { articleUrlKey } from '../article-url';
import type { ImportRow } from '../inputs';

/**
 * What every import format (CSV, JSON list, sitemap) turns a file into: rows to import,
 * and the rows that could not be read, each with where it was and why. A file that is not
 * what it claims to be is refused whole (`ok: false`) with a message for the agent.
 */
export type ParsedImport =
  | { ok: true; unit: ImportUnit; rows: ImportRow[]; problems: ImportProblem[] }
  | { ok: false; error: string };

/** How a format counts its rows, for messages: "line 4", "item 3", "entry 7". */
export type ImportUnit = 'line' | 'item' | 'entry';

export interface ImportProblem {
  at: number;
  reason: string;
}

export const place = (unit: ImportUnit, at: number) => `${unit} ${at}`;

const LIMITS = { title: 300, body: 100_000, tags: 50, tag: 60 } as const;

/** The fields of a row as the file has them, before checks. */
export interface RawRow {
  title?: string;
  url?: string;
  body?: string;
  tags?: string | readonly string[];
}

/** Tags in one cell: "login; ios", "login, ios" or "login|ios". */
export function splitTags(value: string | readonly string[] | undefined): string[] {
  const list = typeof value === 'string' ? value.split(/[;,|]/) : (value ?? []);
  return [...new Set(list.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** The URL of a row when it is a plain web link; null when the row has none. */
function checkUrl(value: string | undefined): { url: string | null } | { error: string } {
  const url = value?.trim() ?? '';
  if (!url) return { url: null };
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  if (url.length > POST_LIMITS.url) return { error: 'the URL is longer than 2,048 characters' };
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return { url: articleUrlKey(parsed.href) };
    }
  } catch {
    // falls through to the message below
  }
  return { error: `“${shown}” is not an http(s) link` };
}

/**
 * A title for a page from its address: the last part of the path, words split at "-"
 * and "_", a leading numeric id dropped ("/hc/articles/360001-Reset-your-password" →
 * "Reset your password"). The host name when the path says nothing.
 */
export function titleFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.slice(0, LIMITS.title);
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    let segment = segments[i]!;
    try {
      segment = decodeURIComponent(segment);
    } catch {
      // a broken %-escape: keep the segment as it is
    }
    const words = segment
      .replace(/\.(html?|php|aspx?|jsp|md)$/i, '')
      .replace(/^\d+(?=[-_])/, '')
      .replace(/[-_+\s]+/g, ' ')
      .trim();
    if (words && !/^(index|default)$/i.test(words) && !/^\d+$/.test(words)) {
      return (words[0]!.toUpperCase() + words.slice(1)).slice(0, LIMITS.title);
    }
  }
  return parsed.hostname.replace(/^www\./, '');
}

/** Checks one row; the title falls back to one made from the URL. */
export function checkRow(at: number, raw: RawRow): ImportRow | ImportProblem {
  const link = checkUrl(raw.url);
  if ('error' in link) return { at, reason: link.error };
  const title = raw.title?.replace(/\s+/g, ' ').trim() || (link.url ? titleFromUrl(link.url) : '');
  if (!title) return { at, reason: 'no title and no URL' };
  if (title.length > LIMITS.title) {
    return { at, reason: `the title is longer than ${LIMITS.title} characters` };
  }
  const body = raw.body?.trim() ?? '';
  if (body.length > LIMITS.body)
    return { at, reason: 'the summary is longer than 100,000 characters' };
  const tags = splitTags(raw.tags);
  if (tags.length > LIMITS.tags) return { at, reason: `more than ${LIMITS.tags} tags` };
  const long = tags.find((t) => t.length > LIMITS.tag);
  if (long) return { at, reason: `the tag “${long.slice(0, 20)}…” is longer than 60 characters` };
  return { at, title, url: link.url, body, tags };
}

export const isProblem = (row: ImportRow | ImportProblem): row is ImportProblem => 'reason' in row;

/** Text that is not text: a spreadsheet or an image saved under the wrong name. */
export const looksBinary = (text: string) => text.slice(0, 4096).includes('\u0000');

export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Sorts rows and problems into the parse result. */
export function collect(unit: ImportUnit, checked: (ImportRow | ImportProblem)[]): ParsedImport {
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of checked) {
    if (isProblem(row)) problems.push(row);
    else rows.push(row);
  }
  return { ok: true, unit, rows, problems };
}
