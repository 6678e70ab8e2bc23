/**
 * Engagement counts of a LinkedIn post or comment. Both generations write them as a count
 * and a word, in aria-labels ("1,234 reactions", "56 comments on Jane's post") or in the
 * text of a control ("12 reposts") (site-dom §4; AkuBridge engagementCounts). The words
 * are localised: the table holds the interface languages we have seen. LinkedIn hides a
 * zero count, so an item that shows its action bar has 0 for each count it leaves out;
 * without the bar nothing is known (null). LinkedIn shows no views (impressions are the
 * author's only) and no bookmarks.
 */
import type { Metrics } from '../db/schema';
import { oneLine } from './dom-text';
import { ownAll, ownFirst } from './linkedin-find';
import { ACTION_BAR, CLASSIC_REACTIONS, COMMENT_REACTIONS } from './linkedin-selectors';
import { firstCount } from './parse';

type CountKey = 'likes' | 'replies' | 'reposts';

/** Word starts after the count, lower-cased (English, German, French, Spanish, Vietnamese). */
const WORDS: ReadonlyArray<readonly [string, CountKey]> = [
  ['reaction', 'likes'],
  ['like', 'likes'],
  ['reaktion', 'likes'],
  ['réaction', 'likes'],
  ['reaccion', 'likes'],
  ['lượt bày tỏ cảm xúc', 'likes'],
  ['cảm xúc', 'likes'],
  ['comment', 'replies'],
  ['kommentar', 'replies'],
  ['commentaire', 'replies'],
  ['comentario', 'replies'],
  ['bình luận', 'replies'],
  ['repl', 'replies'],
  ['antwort', 'replies'],
  ['réponse', 'replies'],
  ['phản hồi', 'replies'],
  ['repost', 'reposts'],
  ['republication', 'reposts'],
  ['lượt đăng lại', 'reposts'],
];

/** "1,234 reactions", "1.234 Reaktionen", "56 bình luận": a leading count, then words. */
const COUNT_AND_WORD = /^(\d[\d.,\u00a0\u202f\u2009 ]*?)\s*(\p{L}.*)$/su;

function countIn(text: string): [CountKey, number] | null {
  const match = COUNT_AND_WORD.exec(oneLine(text));
  const value = firstCount(match?.[1]);
  const words = (match?.[2] ?? '').toLowerCase();
  const key = WORDS.find(([start]) => words.startsWith(start))?.[1];
  return key && value !== null ? [key, value] : null;
}

/** Counts of an item, from its own controls only: a comment's counts never become its post's. */
export function readMetrics(item: Element): Metrics {
  const counts: Partial<Record<CountKey, number>> = {};
  for (const el of ownAll(item, ['[aria-label]', 'button', 'a[href]'])) {
    const label = el.getAttribute('aria-label');
    const found =
      countIn(label ?? '') ?? (el.localName === 'button' ? countIn(el.textContent ?? '') : null);
    if (found && counts[found[0]] === undefined) counts[found[0]] = found[1];
  }
  // Classic: a bare "1,234" beside the reactions icon, for posts and comments alike.
  if (counts.likes === undefined) {
    const bare = ownFirst(item, [...CLASSIC_REACTIONS, ...COMMENT_REACTIONS]);
    const value = firstCount(bare?.textContent);
    if (value !== null) counts.likes = value;
  }
  const zero = ownFirst(item, ACTION_BAR) !== null ? 0 : null;
  return {
    replies: counts.replies ?? zero,
    reposts: counts.reposts ?? zero,
    likes: counts.likes ?? zero,
    bookmarks: null,
    views: null,
  };
}

/** A comment's counts: its likes and replies; comments cannot be reposted. */
export function commentMetrics(comment: Element, shownReplies: number): Metrics {
  const metrics = readMetrics(comment);
  // "2 replies" when the page says so, else the replies shown under it; 0 and null stay.
  const replies = metrics.replies || (shownReplies > 0 ? shownReplies : metrics.replies);
  return { ...metrics, replies, reposts: null };
}
