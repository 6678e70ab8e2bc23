import type { Article } from '../../db/schema';
import { articleTitleKey, articleUrlKey } from '../article-url';
import type { ImportRow } from '../inputs';
import type { ImportProblem } from './rows';

/** What an import will do, shown before anything is written. */
export interface ImportPlan {
  add: ImportRow[];
  /** Rows matching an article already there (same URL; same title when neither has one). */
  update: { row: ImportRow; existing: Article }[];
  skipped: ImportProblem[];
}

/** The key two links share when they point to the same page (see articleUrlKey). */
export const urlKey = articleUrlKey;

const sameText = (row: ImportRow, article: Article) =>
  row.title === article.title &&
  row.body === article.body &&
  row.tags.join('\n') === article.tags.join('\n');

/**
 * Whether a row without a URL is an import of this article: one without a URL either,
 * with the same title. A case's write-up is the case's, never overwritten by a file.
 */
export const matchesByTitle = (article: Article) =>
  !article.deleted && article.url === null && article.source !== 'case';

/**
 * What a row is matched by: its URL, or its title when it has none (so importing the
 * same file again updates those rows instead of adding them twice).
 */
const rowKey = (row: ImportRow) =>
  row.url ? `url:${articleUrlKey(row.url)}` : `title:${articleTitleKey(row.title)}`;

function articlesByKey(existing: readonly Article[]) {
  const byKey = new Map<string, Article>();
  for (const article of existing) {
    if (article.deleted) continue;
    const key = article.url
      ? `url:${articleUrlKey(article.url)}`
      : matchesByTitle(article)
        ? `title:${articleTitleKey(article.title)}`
        : null;
    if (key !== null && !byKey.has(key)) byKey.set(key, article);
  }
  return byKey;
}

/**
 * Sorts the rows of a file into new articles, updates of articles already there, and
 * rows skipped with the reason (the parser's problems, a URL or title seen earlier in
 * the file, an article already there with the same text). `existing` are the library's
 * articles the rows may match (see articlesMatching).
 */
export function planImport(
  rows: readonly ImportRow[],
  problems: readonly ImportProblem[],
  existing: readonly Article[],
  unit = 'line',
): ImportPlan {
  const byKey = articlesByKey(existing);
  const plan: ImportPlan = { add: [], update: [], skipped: [...problems] };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = rowKey(row);
    const first = seen.get(key);
    if (first !== undefined) {
      const same = row.url ? 'URL' : 'title, and no URL,';
      plan.skipped.push({ at: row.at, reason: `the same ${same} as ${unit} ${first}` });
      continue;
    }
    seen.set(key, row.at);
    const match = byKey.get(key);
    if (!match) plan.add.push(row);
    else if (sameText(row, match)) {
      plan.skipped.push({ at: row.at, reason: 'already in the library, unchanged' });
    } else plan.update.push({ row, existing: match });
  }
  plan.skipped.sort((a, b) => a.at - b.at);
  return plan;
}

/**
 * The import's outcome as the agent reads it, in the preview's terms: what the write
 * added and updated, and skipped all the rest of the file (the preview's skips, and rows
 * the write found already done since the preview).
 */
export function importReport(
  plan: Pick<ImportPlan, 'skipped'>,
  written: { added: number; updated: number; skipped: number },
) {
  return {
    added: written.added,
    updated: written.updated,
    skipped: plan.skipped.length + written.skipped,
  };
}
