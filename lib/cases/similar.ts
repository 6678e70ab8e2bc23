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
  /** 0 to 1; 1 is "the same words" (see rankSimilar). */
  score: number;
  /** The case's words the other has too, exactly (lower case, accents folded): no typos. */
  shared: string[];
}

export interface SimilarOptions {
  /** Case ids never offered (the case itself, those already in a group). */
  exclude?: ReadonlySet<string>;
  limit?: number;
  /** Lowest score offered (see rankSimilar); below it posts are unrelated. */
  threshold?: number;
}

export const SIMILAR_LIMIT = 10;
/**
 * Lowest score offered: a relevance (see rankSimilar) below it is not enough, an overlap
 * that counts (at least OVERLAP_THRESHOLD) always is. Calibrated on support posts
 * (test/unit/similar.test.ts, and 2,000 of the demo desk's generated posts): posts on the
 * same problem in other words scored 0.29 to 0.8; posts on other problems that share a
 * place or a product ("Austin", "Acme Buds") at most 0.15.
 */
export const SIMILAR_THRESHOLD = 0.2;
/**
 * Fewest words in common (typos and word forms count here, as in the ranking), so one
 * rare word in common never makes a group, not even for a one-word post.
 */
const MIN_SHARED = 2;
/** The smaller case's words the other must share for an overlap alone to make a group. */
const OVERLAP_THRESHOLD = 0.5;
const MIN_OVERLAP_SHARED = 3;
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
  // Accents of Latin letters fold ("café" is "cafe"); marks that make other scripts'
  // letters (Japanese voicing marks: ギ is not キ) stay.
  const term = word
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
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
      // "charge" finds "charged"; "refnd" finds "refund". Short words match exactly
      // (a prefix "acme" would find "acmedown").
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
}

// Terms arrive processed: split them as they are.
const asTerms = (query: string) => query.split(' ');

/** The words of `terms` that `other` has too, exactly, in `terms`' order. */
export function sharedWords(terms: readonly string[], other: readonly string[]): string[] {
  const has = new Set(other);
  return terms.filter((term) => has.has(term));
}

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

/** A candidate of the search, with what it shares with the target. */
interface Candidate {
  id: string;
  raw: number;
  words: string;
  shared: string[];
  /** Shared words as a share of the smaller case's words. */
  overlap: number;
}

/**
 * The cases in `index` most similar to `target`, best first. Two signals, either enough:
 *
 * - MiniSearch's BM25 score of the target against the other case, as a share of the
 *   smaller of their scores against themselves ("relevance"). Raw BM25 scores grow and
 *   shrink with the index, a share does not; rare shared words ("charged twice, refund")
 *   count most.
 * - The share of the smaller case's words that the other has ("overlap"), with at least
 *   three words. BM25 gives words that most cases share almost no weight, which is exactly
 *   what happens in an incident: when half the open cases say "no signal since this
 *   morning", those words still make a group.
 *
 * The score is the higher of the two, the overlap only when it counts. The target is
 * added for the comparison when the index does not hold it, and taken out again.
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
    const candidates: Candidate[] = [];
    for (const result of index.search(document.words, { tokenize: asTerms })) {
      const id = result.id as string;
      if (id === target.id || exclude.has(id)) continue;
      // Matched words, typos and word forms included ("refnd" for "refund"): enough to be
      // a candidate, and they count in the BM25 score. A one-word post never groups.
      if (result.queryTerms.length < MIN_SHARED) continue;
      const words = result.words as string;
      const theirs = asTerms(words);
      // What the cases really share: the same words, not "logic" for "login" or "older"
      // for "order". The overlap and the "Shares:" words are these only.
      const shared = sharedWords(terms, theirs);
      const smaller = Math.min(terms.length, theirs.length);
      candidates.push({ id, raw: result.score, words, shared, overlap: shared.length / smaller });
    }
    // Only the best by raw score are worth scoring against themselves.
    const relevant = new Set(candidates.slice(0, limit * 3));
    return candidates
      .map((candidate) => {
        const relevance = relevant.has(candidate)
          ? Math.min(
              1,
              candidate.raw / Math.min(own, selfScore(index, candidate.id, candidate.words) || own),
            )
          : 0;
        const overlap =
          candidate.shared.length >= MIN_OVERLAP_SHARED && candidate.overlap >= OVERLAP_THRESHOLD
            ? candidate.overlap
            : 0;
        return {
          id: candidate.id,
          score: Math.max(relevance, overlap),
          shared: candidate.shared.slice(0, MAX_SHARED_SHOWN),
        };
      })
      .filter((match) => match.score > 0 && match.score >= threshold)
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
