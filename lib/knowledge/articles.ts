import type { CasebookDatabase } from '../db/database';
import { ArticleSchema, type Article } from '../db/schema';
import type { Actor } from '../cases/actor';
import { ArticleInputSchema, type ArticleInput } from './inputs';
import { liveRecord, nextMeta, tombstone } from '../db/records';

/**
 * Creates an article added by hand, or changes one when the input has an id (its source
 * and case stay what they were).
 */
export async function saveArticle(
  db: CasebookDatabase,
  input: ArticleInput,
  actor: Actor,
): Promise<Article> {
  const { id, ...fields } = ArticleInputSchema.parse(input);
  return db.transaction('rw', db.articles, async () => {
    const existing = id ? await liveRecord(db.articles, 'article', id) : undefined;
    const article = ArticleSchema.parse({
      source: 'manual',
      caseId: null,
      ...existing,
      ...nextMeta(existing, actor.now),
      ...fields,
    });
    await db.articles.put(article);
    return article;
  });
}

/** Publishes a draft (a case's write-up, once someone has read it). */
export async function publishArticle(
  db: CasebookDatabase,
  id: string,
  actor: Actor,
): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await liveRecord(db.articles, 'article', id);
    if (existing.status === 'published') return existing;
    const article = ArticleSchema.parse({
      ...existing,
      ...nextMeta(existing, actor.now),
      status: 'published',
    });
    await db.articles.put(article);
    return article;
  });
}

export async function deleteArticle(db: CasebookDatabase, id: string, actor: Actor) {
  await db.transaction('rw', db.articles, () => tombstone(db.articles, 'article', id, actor.now));
}
