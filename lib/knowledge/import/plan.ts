import type { Article } from '../../db/schema';
import type { ImportRow } from '../inputs';
import type { ImportProblem } from './rows';

/** What an import will do, shown before anything is written. */
export interface ImportPlan {
  add: ImportRow[];
  /** Rows whose URL is already in the library and whose text differs. */
  update: { row: ImportRow; existing: Article }[];
  skipped: ImportProblem[];
}

/**
 * The key two links share when they point to the same page: no #fragment, no trailing
 * slash, host in lower case (URL() does that).
 */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed.href;
  } catch {
    return url.trim();
  }
}

const sameText = (row: ImportRow, article: Article) =>
  row.title === article.title &&
  row.body === article.body &&
  row.tags.join('\n') === article.tags.join('\n');

/**
 * Sorts the rows of a file into new articles, updates of articles with the same URL, and
 * rows skipped with the reason (the parser's problems, a URL seen earlier in the file,
 * an article already there with the same text). `existing` are the library's articles.
 */
export function planImport(
  rows: readonly ImportRow[],
  problems: readonly ImportProblem[],
  existing: readonly Article[],
  unit = 'line',
): ImportPlan {
  const byUrl = new Map<string, Article>();
  for (const article of existing) {
    if (!article.deleted && article.url && !byUrl.has(urlKey(article.url))) {
      byUrl.set(urlKey(article.url), article);
    }
  }
  const plan: ImportPlan = { add: [], update: [], skipped: [...problems] };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = row.url ? urlKey(row.url) : null;
    if (key !== null) {
      const first = seen.get(key);
      if (first !== undefined) {
        plan.skipped.push({ at: row.at, reason: `the same URL as ${unit} ${first}` });
        continue;
      }
      seen.set(key, row.at);
    }
    const match = key === null ? undefined : byUrl.get(key);
    if (!match) plan.add.push(row);
    else if (sameText(row, match)) {
      plan.skipped.push({ at: row.at, reason: 'already in the library, unchanged' });
    } else plan.update.push({ row, existing: match });
  }
  plan.skipped.sort((a, b) => a.at - b.at);
  return plan;
}
