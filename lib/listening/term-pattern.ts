/**
 * One RegExp for a whole list of terms, shaped as a trie: "acme", "acme anvil" and "acorn"
 * become `a(?:c(?:me(?: anvil|)|orn))`. A plain alternation would try every term at every
 * character of the post; the trie follows one path, so a post costs about its length
 * whatever the size of the list. Terms must be folded (fold.ts) like the text.
 *
 * Whole words: a term whose edge is a letter or digit needs a non-word character (or the
 * end of the text) beside it, so "acme" finds "#acme", "@acme" and "acme's" but not
 * "acmeville" or "@acme_support". Scripts written without spaces (Chinese, Japanese, Thai…)
 * have no word edges to look for, so their terms match inside longer runs of letters.
 * Terms are grouped by which edges they need, so the edge tests (large Unicode classes)
 * appear once per group rather than once per term: with one per term, compiling a list of
 * 500 took a third of a second.
 */
const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const WORD_CHAR = new RegExp(`^${WORD}$`, 'u');
const UNSPACED_SCRIPT =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

const needsEdge = (char: string | undefined) =>
  char !== undefined && WORD_CHAR.test(char) && !UNSPACED_SCRIPT.test(char);
const escapeChar = (char: string) => char.replace(SYNTAX, '\\$&');

function insert(root: TrieNode, chars: readonly string[]) {
  let node = root;
  for (const char of chars) {
    let child = node.next.get(char);
    if (!child) {
      child = { end: false, next: new Map() };
      node.next.set(char, child);
    }
    node = child;
  }
  node.end = true;
}

/** Longer terms first (greedy, backtracking to shorter ones when an edge test fails). */
function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([char, child]) => escapeChar(char) + trieSource(child));
  if (branches.length === 0) return '';
  if (node.end) branches.push('');
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** A global, Unicode RegExp finding any of the (folded) terms; null when there are none. */
export function compileTerms(terms: Iterable<string>): RegExp | null {
  // Four groups: by whether the first and the last character need a word edge.
  const groups = new Map<string, TrieNode>();
  for (const term of terms) {
    const chars = [...term];
    if (chars.length === 0) continue;
    const key = `${needsEdge(chars[0])}/${needsEdge(chars.at(-1))}`;
    let root = groups.get(key);
    if (!root) groups.set(key, (root = { end: false, next: new Map() }));
    insert(root, chars);
  }
  if (groups.size === 0) return null;
  const sources = [...groups].map(([key, root]) => {
    const [before, after] = key.split('/');
    return (
      (before === 'true' ? `(?<!${WORD})` : '') +
      trieSource(root) +
      (after === 'true' ? `(?!${WORD})` : '')
    );
  });
  return new RegExp(sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`, 'gu');
}
