import MiniSearch from 'minisearch';
import { deu, eng, fra, ita, jpn, nld, por, rus, spa, zho } from 'stopword';

/**
 * Similar posts, one answer for many (issue 3, point 5): which open cases talk about the
 * same problem as this one. Ranking is MiniSearch's (BM25+ with prefix and fuzzy
 * matching); this module only decides what a word is, which words count, and how close
 * is close enough to offer a group.
 */

/** What a case contributes to the comparison. */
export interface SimilarSource {
  id: string;
  title: string;
  text: string;
  tags: readonly string[];
}

/** One similar case and why: the words it shares with the case compared. */
export interface SimilarMatch {
  id: string;
  /** Its score as a share of the case's score against itself: 1 is "the same words". */
  score: number;
  /** The case's words found in the other (normalised: lower case, accents folded). */
  shared: string[];
}

export interface SimilarOptions {
  /** Case ids never offered (the case itself, those already in a group). */
  exclude?: ReadonlySet<string>;
  limit?: number;
  /** Lowest relative score offered; below it posts are unrelated. */
  threshold?: number;
}

export const SIMILAR_LIMIT = 10;
/**
 * Calibrated on support posts (test/unit/similar.test.ts, and 2,000 of the demo desk's
 * generated posts): the same problem in other words scored 0.19 to 0.65; posts on other
 * problems that share a place or a product ("Austin", "Acme Buds") at most 0.13.
 */
export const SIMILAR_THRESHOLD = 0.18;
/** Fewest shared words, so one rare word in common never makes a group. */
const MIN_SHARED = 2;
/** A huge post (an article, or hostile text) is compared by its start only. */
const MAX_QUERY_TERMS = 48;
const MAX_INDEXED_CHARS = 4000;
const MAX_TERM_LENGTH = 40;
const MAX_SHARED_SHOWN = 6;

const STOPWORDS = new Set([
  ...eng,
  ...deu,
  ...fra,
  ...spa,
  ...ita,
  ...nld,
  ...por,
  ...rus,
  ...jpn,
  ...zho,
  // Words every support post has: they say nothing about what is wrong (as in topics.ts).
  ...['please', 'help', 'thanks', 'thank', 'anyone', 'someone', 'today', 'still', 'again'],
  ...['just', 'really', 'going', 'hi', 'hey', 'hello', "can't", 'cant', "don't", 'dont'],
]);

// Han characters carry a word each; other single letters do not.
const HAN = /\p{Script=Han}/u;
const SHORT_NUMBER = /^\d{1,2}$/;

// The browser's (ICU's) word breaker: it also splits Chinese, Japanese and Thai, which
// have no spaces between words. A plain split keeps older engines working.
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'word' })
    : null;

/** Who is addressed (@brand) and links say nothing about the problem. */
const stripNoise = (text: string) =>
  text
    .replace(/https?:\/\/\S+/giu, ' ')
    .replace(/@[\p{L}\p{N}_]+/gu, ' ')
    .replace(/[’`]/g, "'");

export function tokenize(text: string): string[] {
  const clean = stripNoise(text);
  if (!segmenter) return clean.match(/[\p{L}\p{N}']+/gu) ?? [];
  const words: string[] = [];
  for (const part of segmenter.segment(clean)) if (part.isWordLike) words.push(part.segment);
  return words;
}

/** A word as compared: lower case, accents folded; null for words that say nothing. */
export function processTerm(word: string): string | null {
  const term = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^'+|'+$/g, '');
  if (term.length > MAX_TERM_LENGTH || STOPWORDS.has(term) || SHORT_NUMBER.test(term)) return null;
  if (term.length < 2 && !HAN.test(term)) return null;
  return term;
}

/** The distinct words of a text that count for similarity, in the order they appear. */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(text.slice(0, MAX_INDEXED_CHARS))) {
    const term = processTerm(word);
    if (term) terms.add(term);
  }
  return [...terms];
}

interface SimilarDocument {
  id: string;
  title: string;
  text: string;
  tags: string;
  /** The case's own query terms, stored (not indexed) to score it against itself. */
  words: string;
}

/**
 * A case's title is usually the start of its text (see caseTitle): indexing it again
 * would count those words twice. Only a title of its own (an article's) is a field.
 */
const ownTitle = ({ title, text }: SimilarSource) => {
  const start = title.replace(/…$/, '').trim();
  return start && text.replace(/\s+/g, ' ').trim().startsWith(start) ? '' : title;
};

export function documentOf(source: SimilarSource): SimilarDocument {
  const title = ownTitle(source);
  const text = source.text.slice(0, MAX_INDEXED_CHARS);
  const tags = source.tags.join(' ');
  // Its own title, tags, then text: the words it is searched by.
  const words = [...new Set([...termsOf(title), ...termsOf(tags), ...termsOf(text)])];
  return { id: source.id, title, text, tags, words: words.slice(0, MAX_QUERY_TERMS).join(' ') };
}

export type SimilarIndex = MiniSearch<SimilarDocument>;

/** An empty index; add cases with `index.add(documentOf(c))`. */
export function createSimilarIndex(): SimilarIndex {
  return new MiniSearch<SimilarDocument>({
    fields: ['title', 'text', 'tags'],
    storeFields: ['words'],
    tokenize,
    processTerm,
    searchOptions: {
      // Tags are the desk's own words for a problem; a title of its own says more than text.
      boost: { tags: 3, title: 2, text: 1 },
      combineWith: 'OR',
      // "charge" finds "charged"; "refnd" finds "refund". Short words match exactly.
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
}

// Terms arrive processed: split them as they are.
const asTerms = (query: string) => query.split(' ');

/** A case's score against itself: exact words only, and only its own document scored. */
function selfScore(index: SimilarIndex, id: string, words: string): number {
  const [own] = index.search(words, {
    tokenize: asTerms,
    prefix: false,
    fuzzy: false,
    // Skips scoring every other document (MiniSearch drops a zero boost early).
    boostDocument: (documentId) => (documentId === id ? 1 : 0),
  });
  return own?.score ?? 0;
}

/**
 * The cases in `index` most similar to `target`, best first. A score is the target's
 * match against the other case, as a share of the smaller of their scores against
 * themselves: one threshold then works whatever the size of the index (raw BM25 scores
 * grow and shrink with it), and a short post fully contained in a long one ("charged
 * twice, refund") still counts. The target is added for the comparison when the index
 * does not hold it, and taken out again.
 */
export function rankSimilar(
  index: SimilarIndex,
  target: SimilarSource,
  options: SimilarOptions = {},
): SimilarMatch[] {
  const { exclude = new Set(), limit = SIMILAR_LIMIT, threshold = SIMILAR_THRESHOLD } = options;
  const document = documentOf(target);
  if (!document.words) return [];
  const terms = asTerms(document.words);
  const added = !index.has(target.id);
  if (added) index.add(document);
  try {
    const own = selfScore(index, target.id, document.words);
    if (!own) return [];
    const needed = Math.min(MIN_SHARED, terms.length);
    const candidates = index
      .search(document.words, { tokenize: asTerms })
      .map((result) => ({
        result,
        shared: terms.filter((term) => result.queryTerms.includes(term)),
      }))
      .filter(
        ({ result, shared }) =>
          result.id !== target.id && !exclude.has(result.id as string) && shared.length >= needed,
      )
      // Only the best few by raw score are worth scoring against themselves.
      .slice(0, limit * 3);
    return candidates
      .map(({ result, shared }) => {
        const other = selfScore(index, result.id as string, result.words as string);
        return {
          id: result.id as string,
          score: Math.min(1, result.score / Math.min(own, other || own)),
          shared: shared.slice(0, MAX_SHARED_SHOWN),
        };
      })
      .filter((match) => match.score >= threshold)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  } finally {
    if (added) index.discard(target.id);
  }
}

/** The candidates most similar to `target`, with a throwaway index of them. */
export function findSimilar(
  target: SimilarSource,
  candidates: readonly SimilarSource[],
  options: SimilarOptions = {},
): SimilarMatch[] {
  const index = createSimilarIndex();
  const seen = new Set<string>([target.id]);
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    index.add(documentOf(candidate));
  }
  return rankSimilar(index, target, options);
}
