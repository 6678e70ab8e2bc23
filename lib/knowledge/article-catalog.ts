import type { CasebookDatabase } from '../db/database';
import type { Article } from '../db/schema';
import { createArticleIndex, searchIds } from './search-index';

/** The newest articles the Knowledge view lists and searches. */
export const CATALOG_LIMIT = 2000;
/** Drafts wait for someone to publish them: listed even when older than the newest. */
const DRAFT_LIMIT = 500;

/** What the Knowledge view's list shows of an article (the body stays in the database). */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'url' | 'status' | 'updatedAt'>;

export interface CatalogView {
  /** Drafts first, then published articles; newest first within each. */
  articles: readonly ArticleSummary[];
  /** True when the catalog's limit is reached (older published articles are not listed). */
  full: boolean;
  search: (query: string) => ReadonlySet<string>;
}

/**
 * The Knowledge view's articles and their full-text index, kept between changes and
 * brought up to date incrementally. A refresh reads only index keys to learn which
 * articles are in the list and when each last changed (every write sets `updatedAt`),
 * then reads just the records that changed since, and replaces them in the index. So a
 * live change costs one or two records read and re-indexed, not the whole library.
 */
export class ArticleCatalog {
  private readonly index = createArticleIndex();
  /** `updatedAt` of each article as indexed, tombstones included (so they are not re-read). */
  private readonly seen = new Map<string, number>();
  private readonly summaries = new Map<string, ArticleSummary>();
  private full = false;

  constructor(private readonly limit = CATALOG_LIMIT) {}

  /** Brings the catalog up to date with the database, and returns what the list shows. */
  async refresh(db: CasebookDatabase): Promise<CatalogView> {
    const { stamps, drafts, full } = await db.transaction('r', db.articles, async () => {
      const newest = db.articles.orderBy('updatedAt').reverse().limit(this.limit);
      const [times, ids, draftIds] = await Promise.all([
        newest.keys(),
        newest.primaryKeys(),
        db.articles.where('status').equals('draft').limit(DRAFT_LIMIT).primaryKeys(),
      ]);
      const stamps = new Map(ids.map((id, i) => [id, times[i] as number]));
      return { stamps, drafts: draftIds, full: ids.length === this.limit };
    });
    // Drafts older than the newest: unchanged since they dropped out (a change would bring
    // them back), so read only the ones not held yet.
    const oldDrafts = drafts.filter((id) => !stamps.has(id) && !this.seen.has(id));
    const changed = [...stamps].filter(([id, at]) => this.seen.get(id) !== at).map(([id]) => id);
    const wanted = [...changed, ...oldDrafts];
    const records = wanted.length ? await db.articles.bulkGet(wanted) : [];
    this.apply(new Set([...stamps.keys(), ...drafts]), records);
    this.full = full;
    return this.view();
  }

  private apply(listed: ReadonlySet<string>, records: readonly (Article | undefined)[]) {
    for (const id of [...this.seen.keys()]) if (!listed.has(id)) this.drop(id);
    for (const article of records) {
      if (!article) continue;
      this.drop(article.id);
      this.seen.set(article.id, article.updatedAt);
      if (article.deleted) continue;
      this.index.add(article);
      const { id, title, url, status, updatedAt } = article;
      this.summaries.set(id, { id, title, url, status, updatedAt });
    }
  }

  private drop(id: string) {
    this.seen.delete(id);
    if (this.summaries.delete(id)) this.index.discard(id);
  }

  private view(): CatalogView {
    const all = [...this.summaries.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    const articles = [
      ...all.filter((a) => a.status === 'draft'),
      ...all.filter((a) => a.status !== 'draft'),
    ];
    const { index } = this;
    return { articles, full: this.full, search: (query) => searchIds({ index }, query) };
  }
}

// One per database (tests open many): switching views keeps the index.
const catalogs = new WeakMap<CasebookDatabase, ArticleCatalog>();

/** The catalog of this database's articles, refreshed (for a live query). */
export function refreshCatalog(db: CasebookDatabase): Promise<CatalogView> {
  let catalog = catalogs.get(db);
  if (!catalog) catalogs.set(db, (catalog = new ArticleCatalog()));
  return catalog.refresh(db);
}
