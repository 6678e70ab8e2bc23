import type { CasebookDatabase } from '../db/database';
import type { Article, Expert } from '../db/schema';
import { newestLive } from '../db/records';
import { indexArticles, indexExperts, type ArticleIndex, type ExpertIndex } from './search-index';

/**
 * The experts and articles suggestions are made from: the newest LIBRARY_LIMIT of each
 * (both tables are small by nature; the bound keeps a sidebar push cheap whatever
 * happens), with their full-text indexes.
 */
export const LIBRARY_LIMIT = 2000;

export interface Library {
  experts: ExpertIndex;
  articles: ArticleIndex;
}

interface Cached {
  key: string;
  library: Library;
}

// Per database: tests open many. Built again only when a record was saved since.
const cache = new WeakMap<CasebookDatabase, Cached>();

/** The newest record of a table says whether anything changed (every write sets updatedAt). */
async function stamp(table: CasebookDatabase['experts'] | CasebookDatabase['articles']) {
  const newest: Expert | Article | undefined = await table.orderBy('updatedAt').last();
  return newest ? `${newest.id}@${newest.version}@${newest.updatedAt}` : '-';
}

export async function loadLibrary(db: CasebookDatabase): Promise<Library> {
  const key = `${await stamp(db.experts)}|${await stamp(db.articles)}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.library;
  const [experts, articles] = await Promise.all([
    newestLive(db.experts, LIBRARY_LIMIT),
    newestLive(db.articles, LIBRARY_LIMIT),
  ]);
  const library = { experts: indexExperts(experts), articles: indexArticles(articles) };
  cache.set(db, { key, library });
  return library;
}
