import type { Case } from '../db/schema';

/**
 * Words for the cases' multi-entry `terms` index: full-text search becomes an index
 * read instead of a scan. Words are lower-cased and stripped of accents, so "Café"
 * finds "cafe"; letters and digits of every script count, everything else separates.
 */
const MAX_TERMS = 400;
const MAX_TERM_LENGTH = 40;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents ("Café" → "cafe"): how every search compares text. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function wordsOf(text: string): string[] {
  return (foldText(text).match(WORD) ?? []).filter((word) => word.length <= MAX_TERM_LENGTH);
}

/** The distinct search terms of a case. One-letter words are left out of the index. */
export function searchTermsOf(
  record: Pick<Case, 'ref' | 'title' | 'text' | 'customer' | 'tags'>,
): string[] {
  const sources = [
    record.ref,
    record.customer.handle,
    record.customer.name,
    ...record.tags,
    record.title,
    record.text,
  ];
  // The handle whole as well ("dana_r"), as agents type it.
  const handle = wordsOf(record.customer.handle).join('_');
  const terms = new Set<string>(
    handle.length >= 2 && handle.length <= MAX_TERM_LENGTH ? [handle] : [],
  );
  for (const source of sources) {
    for (const word of wordsOf(source)) {
      if (word.length < 2) continue;
      terms.add(word);
      if (terms.size === MAX_TERMS) return [...terms];
    }
  }
  return [...terms];
}

/** The words of a search query, longest first (the rarest, most likely). */
export const queryTerms = (search: string): string[] =>
  [...new Set(wordsOf(search))].sort((a, b) => b.length - a.length);
