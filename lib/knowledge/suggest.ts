import type { Article, Case, Expert } from '../db/schema';
import { topicsOf, type HotTopic } from '../cases/topics';
import {
  fuzzy,
  indexArticles,
  indexExperts,
  prefix,
  termsOf,
  type ArticleIndex,
  type ExpertIndex,
} from './search-index';

/**
 * Suggestions of experts and knowledge for a case, ranked by MiniSearch (BM25) and each
 * with the reason it was suggested. Pure: the caller reads the (bounded) library and may
 * keep the indexes between calls.
 */
export type CaseForSuggestions = Pick<Case, 'title' | 'text' | 'tags' | 'experts' | 'articles'>;

export interface Suggestion<T> {
  item: T;
  score: number;
  /** The words of the case that matched. */
  matched: string[];
  /** Why, in words: "topic “login” (hot today)", "matches “login”, “error”". */
  reasons: string[];
}

export interface SuggestOptions {
  /** Today's hot topics: experts on them rank higher and say so. */
  hotTopics?: readonly HotTopic[];
  limit?: number;
}

/** At most this many words of a case go into a query: a 100 KB post stays cheap. */
const MAX_QUERY_WORDS = 40;
const DEFAULT_LIMIT = 5;
/** A case's own tags and today's hot words weigh more than any other word of its text. */
const TAG_BOOST = 2;
const HOT_BOOST = 1.5;

/** The words a case is about: its topics (stop words, handles and links left out) and tags. */
export function caseWords(c: Pick<Case, 'title' | 'text' | 'tags'>): {
  words: string[];
  tagWords: Set<string>;
} {
  const tagWords = new Set(c.tags.flatMap(termsOf));
  const topicWords = topicsOf(`${c.title}\n${c.text}`).flatMap(termsOf);
  const words = [...new Set([...tagWords, ...topicWords])].slice(0, MAX_QUERY_WORDS);
  return { words, tagWords };
}

const hotWordsOf = (hot: readonly HotTopic[] = []) => new Set(hot.flatMap((t) => termsOf(t.topic)));

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/**
 * Experts whose topics match the case's topics, tags and words. Each says which of its
 * topics matched, and whether that topic is hot today.
 */
export function suggestExperts(
  c: CaseForSuggestions,
  experts: ExpertIndex | readonly Expert[],
  { hotTopics, limit = DEFAULT_LIMIT }: SuggestOptions = {},
): Suggestion<Expert>[] {
  const { byId, index: search } = 'index' in experts ? experts : indexExperts(experts);
  const { words, tagWords } = caseWords(c);
  if (!words.length) return [];
  const hot = hotWordsOf(hotTopics);
  const onCase = new Set(c.experts);
  const results = search.search(words.join(' '), {
    fields: ['topics'],
    prefix,
    fuzzy,
    combineWith: 'OR',
    boostTerm: (term) => (tagWords.has(term) ? TAG_BOOST : 1) * (hot.has(term) ? HOT_BOOST : 1),
    filter: (result) => !onCase.has(String(result.id)),
  });
  return results
    .map((result) => {
      const expert = byId.get(String(result.id))!;
      const matchedTerms = new Set(result.terms);
      const topics = expert.topics.filter((topic) =>
        termsOf(topic).some((t) => matchedTerms.has(t)),
      );
      const hotTopicsMatched = topics.filter((topic) => termsOf(topic).some((t) => hot.has(t)));
      return {
        item: expert,
        score: result.score * (hotTopicsMatched.length ? HOT_BOOST : 1),
        matched: [...new Set(result.queryTerms)],
        reasons: topics.map(
          (topic) => `topic “${topic}”${hotTopicsMatched.includes(topic) ? ' (hot today)' : ''}`,
        ),
      };
    })
    .filter((s) => s.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name))
    .slice(0, limit);
}

/**
 * Published articles that match the case's words (title, tags, URL and the start of the
 * body, full text). Each says which words of the case it matched.
 */
export function suggestArticles(
  c: CaseForSuggestions,
  articles: ArticleIndex | readonly Article[],
  { limit = DEFAULT_LIMIT }: SuggestOptions = {},
): Suggestion<Article>[] {
  const { byId, index: search } = 'index' in articles ? articles : indexArticles(articles);
  const { words, tagWords } = caseWords(c);
  if (!words.length) return [];
  const linked = new Set(c.articles);
  const results = search.search(words.join(' '), {
    boost: { title: 3, tags: 2, url: 1.5 },
    prefix,
    fuzzy,
    combineWith: 'OR',
    boostTerm: (term) => (tagWords.has(term) ? TAG_BOOST : 1),
    filter: (result) => {
      const article = byId.get(String(result.id));
      return !!article && article.status === 'published' && !linked.has(article.id);
    },
  });
  return results.slice(0, limit).map((result) => {
    const matched = [...new Set(result.queryTerms)].slice(0, 6);
    return {
      item: byId.get(String(result.id))!,
      score: result.score,
      matched,
      reasons: [`matches ${quoted(matched)}`],
    };
  });
}
