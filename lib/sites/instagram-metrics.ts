/**
 * Counts of an Instagram post or comment, read from numbers, never from label words
 * ("1,234 likes", "Gefällt 1.234 Mal" and "3 „Gefällt mir"-Angaben" all give their number).
 * Instagram shows no share, save or view counts on posts: those stay null.
 */
import type { Metrics } from '../db/schema';
import { commentLinkOf } from './instagram-links';
import { ownAll, type Scope } from './instagram-scope';
import { any, COMMENTS_LINK, CONTROL, LIKES_LINK } from './instagram-selectors';
import { firstCount } from './parse';
import { unknownMetrics } from './read';

const NONE: Metrics = unknownMetrics();

/** A post: likes from its liked_by link, comments from "View all 12 comments". */
export function postMetrics(scope: Scope): Metrics {
  const likes = ownAll(scope, LIKES_LINK)[0];
  const comments = ownAll(scope, COMMENTS_LINK)[0];
  return {
    ...NONE,
    likes: likes ? firstCount(likes.textContent) : null,
    replies: comments ? firstCount(comments.textContent) : null,
  };
}

/**
 * The row under a comment that holds its time link, "3 likes" and "Reply" (the parent of
 * its own link), or null when the comment has no own link.
 */
export const metaRowOf = (comment: Element): Element | null =>
  commentLinkOf(comment)?.link.parentElement ?? null;

const countIn = (el: Element) =>
  /\d/.test(el.textContent ?? '') ? firstCount(el.textContent) : null;

/**
 * A comment: likes from the control with a number in its row (none shown: no likes, as
 * Instagram hides a zero), replies from "View replies (2)" while they are folded (null
 * once they are shown: each reply is then an item of its own).
 */
export function commentMetrics(comment: Element): Metrics {
  const row = metaRowOf(comment);
  if (!row) return NONE;
  const controls = Array.from(comment.querySelectorAll(any(CONTROL)));
  const inRow = controls.filter((control) => row.contains(control));
  const outside = controls.filter((control) => !row.contains(control));
  const likes = inRow.map(countIn).find((count) => count !== null);
  const replies = outside.map(countIn).find((count) => count !== null);
  return { ...NONE, likes: likes ?? 0, replies: replies ?? null };
}
