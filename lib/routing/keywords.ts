/**
 * Keyword search in a post's text for routing rules, the same way the watch list matches
 * its terms (lib/listening): literal text ("c++", "(refund)" mean those characters),
 * whole words in any script, whatever the case, accents, invisible characters or spacing.
 * A lead who types "cafe" in a rule and in the watch list gets the same posts from both.
 */
import { foldText } from '../listening/fold';
import { compileTerms } from '../listening/term-pattern';

interface KeywordMatcher {
  pattern: RegExp | null;
  /** Each folded keyword, back to the keyword as the lead wrote it (the first of equals). */
  written: Map<string, string>;
}

// One search per rule's list, built once per list: routing many cases through the same
// rules (a dry run, a bulk import) must not rebuild it for each case.
const matchers = new WeakMap<readonly string[], KeywordMatcher>();

function matcherOf(keywords: readonly string[]): KeywordMatcher {
  let matcher = matchers.get(keywords);
  if (!matcher) {
    const written = new Map<string, string>();
    for (const keyword of keywords) {
      const folded = foldText(keyword);
      if (folded && !written.has(folded)) written.set(folded, keyword);
    }
    matcher = { pattern: compileTerms(written.keys()), written };
    matchers.set(keywords, matcher);
  }
  return matcher;
}

/**
 * The keyword found earliest in a text as a whole word, or null when none is. The text
 * comes folded (foldText): route.ts folds a case's text once for all its rules.
 */
export function findKeyword(foldedText: string, keywords: readonly string[]): string | null {
  if (keywords.length === 0) return null;
  const { pattern, written } = matcherOf(keywords);
  if (!pattern) return null;
  pattern.lastIndex = 0; // a global pattern, shared by every call
  const match = pattern.exec(foldedText);
  return match ? (written.get(match[0]) ?? null) : null;
}
