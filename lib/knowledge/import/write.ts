import type { CasebookDatabase } from '../../db/database';
import { ArticleSchema, type Article } from '../../db/schema';
import type { Actor } from '../../cases/actor';
import type { ImportRow } from '../inputs';
import { nextMeta } from '../records';
import { planImport } from './plan';

/**
 * How many of the newest articles an import compares URLs with. The articles table has
 * no URL index (schema v4), so the match reads this many, newest first: a library
 * bigger than this could get a duplicate of a very old article.
 */
export const IMPORT_MATCH_LIMIT = 20_000;

/** The articles an import matches URLs against: one bounded index read. */
export async function articlesForMatching(db: CasebookDatabase): Promise<Article[]> {
  const rows = await db.articles.orderBy('updatedAt').reverse().limit(IMPORT_MATCH_LIMIT).toArray();
  return rows.filter((a) => !a.deleted);
}

export interface ImportResult {
  added: number;
  updated: number;
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
    const plan = planImport(rows, [], await articlesForMatching(db));
    const added = plan.add.map((row) =>
      ArticleSchema.parse({
        ...nextMeta(undefined, actor.now),
        title: row.title,
        url: row.url,
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
