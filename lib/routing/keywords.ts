/**
 * Whole-word keyword search in a post's text, whatever the case. Keywords are literal
 * text: a team lead typing "c++" or "(refund)" means those characters, not a pattern.
 */

// A word character in any script: `\b` only knows ASCII letters ("Störung", "ошибка").
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One search per rule's list, built once per list: routing many cases through the same
// rules (a dry run, a bulk import) must not rebuild it for each case.
const matchers = new WeakMap<readonly string[], RegExp>();

function matcherOf(keywords: readonly string[]): RegExp {
  let matcher = matchers.get(keywords);
  if (!matcher) {
    // One capture group per keyword, so the match says which one was found; words of a
    // phrase may be apart by any white space ("credit  card", a line break).
    const alternatives = keywords.map((k) => `(${escapeRegExp(k).replace(/\s+/g, '\\s+')})`);
    matcher = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'iu');
    matchers.set(keywords, matcher);
  }
  return matcher;
}

/** The keyword found earliest in the text as a whole word, or null when none is. */
export function findKeyword(text: string, keywords: readonly string[]): string | null {
  if (keywords.length === 0) return null;
  const match = matcherOf(keywords).exec(text);
  if (!match) return null;
  const index = match.slice(1).findIndex((group) => group !== undefined);
  return keywords[index] ?? null;
}
