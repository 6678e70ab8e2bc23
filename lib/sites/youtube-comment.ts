/**
 * A YouTube comment (top-level or reply) as a Casebook post. YouTube shows no machine time
 * on comments, only "2 days ago": postedAt is null and shownTime keeps what is shown.
 */
import type { Metrics, ParsedPost } from '../db/schema';
import { clip, inlineText, oneLine, tidy } from './dom-text';
import { LIMITS } from './limits';
import { firstCount } from './parse';
import { readCommentAuthor } from './youtube-author';
import { commentLinkOf, watchRootOf } from './youtube-find';
import { firstOf, languageOf, lineOf, plainCount } from './youtube-read';
import * as Y from './youtube-selectors';
import {
  commentPostId,
  commentUrl,
  isShortsPath,
  videoIdOf,
  videoPostId,
  watchUrl,
} from './youtube-urls';

/** Cut after four lines: YouTube's "Read more" shows (structure first, English label next). */
function isCut(comment: Element): boolean {
  if (comment.querySelector(Y.any(Y.READ_MORE))) return true;
  if (comment.querySelector(Y.any(Y.MORE_BUTTON))) return false; // there, but hidden
  const buttons = comment.querySelectorAll(Y.any(Y.EXPANDER_BUTTONS));
  return Array.from(buttons).some(
    (button) =>
      !button.closest('[hidden]') && Y.READ_MORE_LABELS.includes(oneLine(button.textContent ?? '')),
  );
}

/** "2 days ago (edited)" as "2 days ago": the mark is in parentheses in every language. */
function shownTimeOf(link: Element | null): string | null {
  const shown = lineOf(link, 200).replace(/\s*\([^()]*\)$/, '');
  return shown.slice(0, 100) || null;
}

/**
 * Likes: the like button's label has the exact count; the shown count only when it is a
 * plain number ("490", not "1.2K"); an empty count is zero. Replies: the count under a
 * top-level comment ("9 replies"), zero when its thread has no replies; unknown on replies.
 */
function readMetrics(comment: Element): Metrics {
  const label = firstOf(comment, Y.LIKE_BUTTON)?.getAttribute('aria-label');
  const shown = firstOf(comment, Y.VOTE_COUNT)?.textContent;
  const likes =
    firstCount(label) ?? (shown === undefined ? null : shown.trim() === '' ? 0 : plainCount(shown));
  return { replies: replyCount(comment), reposts: null, likes, bookmarks: null, views: null };
}

function replyCount(comment: Element): number | null {
  const thread = comment.closest(Y.any(Y.THREAD));
  if (!thread || comment.closest(Y.any(Y.REPLIES))) return null;
  const replies = thread.querySelector(Y.any(Y.REPLIES));
  if (!replies) return 0;
  return firstCount(firstOf(replies, Y.REPLY_COUNT)?.getAttribute('aria-label'));
}

/** The title of the video a comment is on, where the page shows that video. */
function videoTitle(comment: Element, videoId: string, pageUrl: URL): string | null {
  const doc = comment.ownerDocument;
  for (const root of doc.querySelectorAll(Y.any(Y.WATCH_ROOT))) {
    if (root.getAttribute('video-id') !== videoId) continue;
    return lineOf(firstOf(root, Y.VIDEO_TITLE), LIMITS.title) || null;
  }
  if (isShortsPath(pageUrl) && videoIdOf(pageUrl) === videoId) {
    return lineOf(firstOf(doc, Y.SHORTS_TITLE), LIMITS.title) || null;
  }
  return null;
}

export function readComment(comment: Element, pageUrl: URL): ParsedPost | null {
  const ref = commentLinkOf(comment);
  const author = ref && readCommentAuthor(comment);
  if (!ref || !author) return null;
  // The link names the video; the page (or the watch page around) when it does not.
  const videoId = ref.videoId ?? videoIdOf(pageUrl) ?? watchRootOf(comment)?.videoId ?? null;
  const textBox = firstOf(comment, Y.TEXT);
  return {
    platform: 'youtube',
    postId: commentPostId(ref.commentId),
    permalink: videoId ? commentUrl(videoId, ref.commentId) : null,
    author,
    text: textBox ? clip(tidy(inlineText(textBox, { skip: Y.any(Y.NOT_TEXT) })), LIMITS.text) : '',
    title: null,
    truncated: isCut(comment),
    postedAt: null,
    shownTime: shownTimeOf(firstOf(comment, Y.TIME_LINK)),
    language: languageOf(textBox),
    metrics: readMetrics(comment),
    isReply: true,
    isPromoted: false,
    isArticle: false,
    quoted: null,
    parent: videoId
      ? {
          postId: videoPostId(videoId),
          permalink: watchUrl(videoId),
          title: videoTitle(comment, videoId, pageUrl),
        }
      : null,
    rating: null,
  };
}
