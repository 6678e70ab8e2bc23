/**
 * The video of a watch page as a Casebook post (a customer's own video about the brand is
 * worth a case too): its channel, title, description, exact counts. Like comments it has no
 * machine time on the page: postedAt is null and shownTime keeps "2 days ago".
 */
import type { ParsedPost } from '../db/schema';
import { blockText, clip } from './dom-text';
import { LIMITS } from './limits';
import { firstCount } from './parse';
import { readChannel } from './youtube-author';
import { watchRootOf } from './youtube-find';
import { countWithUnit, firstOf, languageOf, lineOf } from './youtube-read';
import * as Y from './youtube-selectors';
import { videoPostId, watchUrl } from './youtube-urls';

const hasText = (el: Element) => (el.textContent ?? '').trim() !== '';

/** Views: the aria-label ("12,345 views") first, the shown text next; exact only. */
function viewsOf(video: Element): number | null {
  for (const el of video.querySelectorAll(Y.any(Y.VIEW_COUNT))) {
    const views = countWithUnit(el.getAttribute('aria-label')) ?? countWithUnit(el.textContent);
    if (views !== null) return views;
  }
  return null;
}

/** The description as the page shows it: the whole text once expanded, else the snippet. */
function descriptionOf(video: Element): string {
  const box = firstOf(video, Y.DESCRIPTION, hasText);
  return box ? clip(blockText(box, { skip: Y.any(Y.DESCRIPTION_NOT_TEXT) }), LIMITS.text) : '';
}

export function readVideo(video: Element): ParsedPost | null {
  const watch = watchRootOf(video);
  const author = watch && readChannel(video);
  if (!watch || !author) return null;
  const { root, videoId } = watch;
  return {
    platform: 'youtube',
    postId: videoPostId(videoId),
    permalink: watchUrl(videoId),
    author,
    text: descriptionOf(video),
    title: lineOf(firstOf(video, Y.VIDEO_TITLE), LIMITS.title) || null,
    truncated: video.querySelector(Y.any(Y.DESCRIPTION_MORE)) !== null,
    postedAt: null,
    shownTime: lineOf(firstOf(video, Y.DATE_TEXT, hasText), 100) || null,
    language: languageOf(firstOf(video, Y.DESCRIPTION)),
    metrics: {
      // The comments count sits in the comments header, below the video block.
      replies: countWithUnit(firstOf(root, Y.COMMENT_COUNT)?.textContent),
      reposts: null,
      likes: firstCount(firstOf(video, Y.VIDEO_LIKE)?.getAttribute('aria-label')),
      bookmarks: null,
      views: viewsOf(video),
    },
    isReply: false,
    isPromoted: firstOf(root, Y.PAID_PROMOTION, hasText) !== null,
    isArticle: false,
    quoted: null,
    parent: null,
    rating: null,
  };
}
