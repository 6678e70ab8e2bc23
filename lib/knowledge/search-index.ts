import MiniSearch, { type Options } from 'minisearch';
import type { Article, Expert } from '../db/schema';
import { foldText } from '../cases/search-terms';

/**
 * Full-text indexes of the experts and articles (MiniSearch: BM25 ranking, prefix and
 * fuzzy matching). Terms are folded like the cases' search terms ("Café" → "cafe").
 */
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

export function processTerm(term: string): string | null {
  const folded = foldText(term).replace(/^[#@]+/, '');
  return folded.length >= 2 && folded.length <= 40 ? folded : null;
}

/** The index terms of a piece of text, as the indexes see them. */
export const termsOf = (text: string): string[] =>
  tokenize(text)
    .map(processTerm)
    .filter((t): t is string => t !== null);

/** An article's body is indexed up to here: enough to know what it is about. */
export const INDEXED_BODY = 4000;

const options = <T>(fields: string[], extract: (doc: T, field: string) => string): Options<T> => ({
  fields,
  idField: 'id',
  processTerm,
  extractField: (doc, field) => (field === 'id' ? (doc as { id: string }).id : extract(doc, field)),
});

/** Records with their full-text index, built once and searched many times. */
export interface Indexed<T> {
  byId: ReadonlyMap<string, T>;
  index: MiniSearch<T>;
}
export type ExpertIndex = Indexed<Expert>;
export type ArticleIndex = Indexed<Article>;

export function indexExperts(experts: readonly Expert[]): ExpertIndex {
  const live = experts.filter((e) => !e.deleted);
  const index = new MiniSearch<Expert>(
    options(['topics', 'name', 'role', 'notes'], (e, field) =>
      field === 'topics' ? e.topics.join(' \n ') : String(e[field as 'name' | 'role' | 'notes']),
    ),
  );
  index.addAll(live);
  return { byId: new Map(live.map((e) => [e.id, e])), index };
}

/** An empty full-text index of articles (see indexArticles, ArticleCatalog). */
export const createArticleIndex = () =>
  new MiniSearch<Article>(
    options(['title', 'tags', 'url', 'body'], (a, field) =>
      field === 'tags'
        ? a.tags.join(' ')
        : field === 'body'
          ? a.body.slice(0, INDEXED_BODY)
          : (a[field as 'title' | 'url'] ?? ''),
    ),
  );

export function indexArticles(articles: readonly Article[]): ArticleIndex {
  const live = articles.filter((a) => !a.deleted);
  const index = createArticleIndex();
  index.addAll(live);
  return { byId: new Map(live.map((a) => [a.id, a])), index };
}

/** Long enough words also match longer words they start ("refund" → "refunds"). */
export const prefix = (term: string) => term.length >= 4;
/** One letter in five may differ ("loggin" → "login"); short words must match exactly. */
export const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false);

/** What the agent types in the Experts or Knowledge view's search field: every word. */
export function searchIds(
  indexed: Pick<ExpertIndex, 'index'> | Pick<ArticleIndex, 'index'>,
  query: string,
): Set<string> {
  if (!termsOf(query).length) return new Set();
  const results = indexed.index.search(query, { prefix: () => true, fuzzy, combineWith: 'AND' });
  return new Set(results.map((r) => String(r.id)));
}
