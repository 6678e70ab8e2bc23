import type { CasebookDatabase } from '../../db/database';
import { ArticleSchema, type Article } from '../../db/schema';
import type { Actor } from '../../cases/actor';
import { articleTitleKey, articleUrlKey } from '../article-url';
import type { ImportRow } from '../inputs';
import { nextMeta } from '../../db/records';
import { matchesByTitle, planImport } from './plan';

/** Records read per batch when looking for articles without a URL. */
const TITLE_BATCH = 500;

/**
 * The articles rows of an import may match: those with a row's URL (the `url` index;
 * stored URLs are in articleUrlKey's form, the raw form is asked too), and, for rows
 * without a URL, articles without one and with the same title. The articles table has
 * no title index (schema v4): those without a URL are found as the ids missing from the
 * `url` index (keys only), then read in batches, keeping only the matching titles.
 */
export async function articlesMatching(
  db: CasebookDatabase,
  rows: readonly Pick<ImportRow, 'url' | 'title'>[],
): Promise<Article[]> {
  const urls = new Set<string>();
  const titles = new Set<string>();
  for (const row of rows) {
    if (row.url) urls.add(articleUrlKey(row.url)).add(row.url);
    else titles.add(articleTitleKey(row.title));
  }
  const byUrl = urls.size
    ? await db.articles
        .where('url')
        .anyOf([...urls])
        .toArray()
    : [];
  const byTitle = titles.size ? await withoutUrlTitled(db, titles) : [];
  return [...byUrl, ...byTitle].filter((a) => !a.deleted);
}

async function withoutUrlTitled(db: CasebookDatabase, titles: ReadonlySet<string>) {
  const [all, linked] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    db.articles.orderBy('url').primaryKeys(),
  ]);
  const hasUrl = new Set(linked);
  const ids = all.filter((id) => !hasUrl.has(id));
  const found: Article[] = [];
  for (let start = 0; start < ids.length; start += TITLE_BATCH) {
    for (const article of await db.articles.bulkGet(ids.slice(start, start + TITLE_BATCH))) {
      if (article && matchesByTitle(article) && titles.has(articleTitleKey(article.title))) {
        found.push(article);
      }
    }
  }
  return found;
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Rows sent that needed nothing by the time they were written (see importReport). */
  skipped: number;
}

/**
 * Writes an import in one transaction: all rows or none. The plan is made again inside
 * the transaction, so an article saved since the preview is updated, not duplicated.
 * Every record is validated before anything is written.
 */
export async function applyImport(
  db: CasebookDatabase,
  rows: readonly ImportRow[],
  actor: Actor,
): Promise<ImportResult> {
  return db.transaction('rw', db.articles, async () => {
    const plan = planImport(rows, [], await articlesMatching(db, rows));
    const added = plan.add.map((row) =>
      ArticleSchema.parse({
        ...nextMeta(undefined, actor.now),
        title: row.title,
        url: row.url && articleUrlKey(row.url),
        body: row.body,
        tags: row.tags,
        status: 'published',
        source: 'import',
        caseId: null,
      }),
    );
    const updated = plan.update.map(({ row, existing }) =>
      ArticleSchema.parse({
        ...existing,
        ...nextMeta(existing, actor.now),
        title: row.title,
        body: row.body,
        tags: row.tags,
      }),
    );
    await db.articles.bulkPut([...added, ...updated]);
    return { added: added.length, updated: updated.length, skipped: plan.skipped.length };
  });
}
