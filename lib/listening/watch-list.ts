import { foldText } from './fold';
import { compileTerms } from './term-pattern';

/**
 * A team's watch list (issue 11): what a post must mention to be worth a look. Brands,
 * products and keywords are words or phrases found anywhere in the text; handles are found
 * as "@handle" in the text and as the post's author; exclusions veto a post that mentions
 * them ("acme anvil museum" is not about Acme's anvils). Validated by watch-list-schema.ts;
 * this file stays free of zod so a content script can compile a list.
 */
export interface WatchList {
  brands: readonly string[];
  /** With or without "@". */
  handles: readonly string[];
  products: readonly string[];
  keywords: readonly string[];
  exclusions: readonly string[];
}

export interface WatchMatch {
  matched: boolean;
  /** The list's terms found, as the list spells them (handles with "@"), first found first. */
  terms: string[];
  /** The exclusions found; when there are any, `matched` is false and `terms` empty. */
  excludedBy: string[];
}

export type WatchMatcher = (text: string, authorHandle?: string | null) => WatchMatch;

const NO_MATCH: WatchMatch = Object.freeze({ matched: false, terms: [], excludedBy: [] });

const bareHandle = (handle: string) => foldText(handle).replace(/^@+/, '');

/** Folded term → the list's spelling; the first spelling of a term wins. */
function spellings(entries: readonly (readonly [folded: string, shown: string])[]) {
  const map = new Map<string, string>();
  for (const [folded, shown] of entries) if (folded && !map.has(folded)) map.set(folded, shown);
  return map;
}

function found(pattern: RegExp | null, names: Map<string, string>, text: string): string[] {
  if (!pattern) return [];
  const terms = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const term = names.get(match[0]);
    if (term !== undefined) terms.add(term);
  }
  return [...terms];
}

/**
 * Compile once per list, then call for every post: each call folds the text (fold.ts) and
 * runs one trie-shaped RegExp over it (term-pattern.ts), so a post costs about its length.
 * An empty list never matches.
 */
export function compileWatchList(list: WatchList): WatchMatcher {
  const handles = list.handles.map(bareHandle).filter(Boolean);
  const shownHandle = (bare: string) => `@${bare}`;
  const include = spellings([
    ...[...list.brands, ...list.products, ...list.keywords].map(
      (term) => [foldText(term), term.trim()] as const,
    ),
    ...handles.map((bare) => [`@${bare}`, shownHandle(bare)] as const),
  ]);
  const exclude = spellings(list.exclusions.map((term) => [foldText(term), term.trim()] as const));
  const includePattern = compileTerms(include.keys());
  const excludePattern = compileTerms(exclude.keys());
  const authorHandles = new Set(handles);
  if (!includePattern && authorHandles.size === 0) return () => NO_MATCH;

  return (text, authorHandle) => {
    const folded = foldText(text);
    const excludedBy = found(excludePattern, exclude, folded);
    if (excludedBy.length > 0) return { matched: false, terms: [], excludedBy };
    const terms = found(includePattern, include, folded);
    const author = authorHandle ? bareHandle(authorHandle) : '';
    if (author && authorHandles.has(author) && !terms.includes(shownHandle(author))) {
      terms.unshift(shownHandle(author));
    }
    return terms.length > 0 ? { matched: true, terms, excludedBy: [] } : NO_MATCH;
  };
}
