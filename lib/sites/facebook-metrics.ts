/**
 * Engagement counts of Facebook posts and comments. Facebook shows rounded counts ("1.2K",
 * German "1,2 Tsd.") in the story's footer, as text and aria-labels, in the reader's
 * language; the only rule in the sources is site-dom §2's English regex
 * `([\d,.]+[KMB]?)\s+(reactions?|comments?|shares?)`. It is kept, with the same words in
 * German and Vietnamese beside it (the languages of our fixtures); other languages get
 * null counts rather than a guess. Rounded counts are read as shown (1.2K = 1200).
 */
import type { Metrics } from '../db/schema';
import { any, ARTICLE, EDITOR } from './facebook-selectors';
import { firstCount } from './parse';

/** A shown count: digits with separators, then maybe an abbreviation. */
const NUMBER = String.raw`(\d(?:[\d.,\u00a0\u202f]*\d)?)(?:\s?(K|M|B|Tsd\.|Mio\.|Mrd\.))?`;

const SCALE: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  'tsd.': 1e3,
  'mio.': 1e6,
  'mrd.': 1e9,
};

/** A count as shown: "1,234" and "1.234" are exact; "1.2K" and "1,2 Tsd." are rounded. */
export function shownCount(digits: string, abbreviation?: string): number | null {
  const scale = abbreviation ? SCALE[abbreviation.toLowerCase()] : undefined;
  if (!scale) return firstCount(digits);
  const value = Number(digits.replace(/[\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * scale) : null;
}

/** The first count in a text as shown ("12K followers" -> 12000), or null. */
export function firstShownCount(text: string): number | null {
  const match = new RegExp(NUMBER, 'i').exec(text);
  return match?.[1] ? shownCount(match[1], match[2]) : null;
}

/** Words after a count, per metric: English (site-dom §2), German, Vietnamese; longest first. */
const WORDS = {
  likes: ['reactions', 'reaction', 'Reaktionen', 'Reaktion', 'cảm xúc'],
  replies: ['comments', 'comment', 'Kommentare', 'Kommentar', 'bình luận'],
  reposts: ['shares', 'share', 'Mal geteilt', 'lượt chia sẻ'],
  views: ['views', 'view', 'Aufrufe', 'lượt xem'],
} as const;
type Counted = keyof typeof WORDS;

/** A comment's replies: "View all 3 replies", "Alle 3 Antworten ansehen", "3 phản hồi". */
const REPLY_WORDS = ['replies', 'reply', 'Antworten', 'Antwort', 'phản hồi'];

const after = (words: readonly string[]) =>
  new RegExp(String.raw`(?:^|[^\d.,])${NUMBER}\s+(?:${words.join('|')})(?!\p{L})`, 'iu');

const PATTERNS = Object.fromEntries(
  Object.entries(WORDS).map(([key, words]) => [key, after(words)]),
) as Record<Counted, RegExp>;

/** "All reactions: 1.2K" (the total beside the reaction icons): the word comes first. */
const REACTIONS_TOTAL = new RegExp(
  // Non-ASCII as \u escapes: a raw template keeps its bytes, and the build must stay ASCII.
  String.raw`(?:reactions|Reaktionen|c\u1ea3m x\u00fac)\s*:[\s\u00b7]*${NUMBER}`,
  'iu',
);

const REPLIES = after(REPLY_WORDS);

function countIn(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  return match?.[1] ? shownCount(match[1], match[2]) : null;
}

const SKIP = `${any(ARTICLE)}, ${any(EDITOR)}`;

/**
 * The texts and aria-labels under root, outside `skip` (a post element, text boxes),
 * comments and comment boxes, one per node: joined with " · " so that numbers of two
 * nodes never read as one.
 */
export function labelsOf(root: Element, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  // Its own stack, not recursion: deep nesting must not overflow the call stack (issue 9).
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue?.trim();
      if (text) parts.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (el.matches(SKIP) || skip?.(el))) continue;
    const label = el.getAttribute('aria-label');
    if (label) parts.push(label);
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join(' · ');
}

/** A post's counts, from the texts of its story outside the post element and the comments. */
export function postMetrics(labels: string): Metrics {
  return {
    replies: countIn(labels, PATTERNS.replies),
    reposts: countIn(labels, PATTERNS.reposts),
    likes: countIn(labels, REACTIONS_TOTAL) ?? countIn(labels, PATTERNS.likes),
    bookmarks: null,
    views: countIn(labels, PATTERNS.views),
  };
}

/**
 * A comment's counts: its reactions from its own labels, its replies from its thread's
 * "View all 3 replies" (else the replies shown; null when the page shows no thread).
 */
export function commentMetrics(labels: string, replies: number | null): Metrics {
  return {
    replies,
    reposts: null,
    likes: countIn(labels, PATTERNS.likes),
    bookmarks: null,
    views: null,
  };
}

export const replyCountIn = (labels: string) => countIn(labels, REPLIES);
