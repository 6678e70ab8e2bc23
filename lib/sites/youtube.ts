/**
 * The YouTube adapter: comments and replies on a video, each its own item, and the video of
 * a watch page itself (a customer's video about the brand is worth a case too). A comment's
 * id is YouTube's comment id ("comment:<lc>", a reply's is "<parent>.<reply>"), the video's
 * "video:<id>"; a comment's parent is its video. Facts and sources: notes/site-dom.md
 * section 6; selectors in youtube-selectors.ts. Pure and defensive: it reads the DOM it
 * is given and returns null rather than throw.
 */
import type { ParsedPost } from '../db/schema';
import type { SiteAdapter } from './types';
import { readComment } from './youtube-comment';
import { youtubeReplyBoxes } from './youtube-composer';
import { closestPost, findPosts, isComment, isVideo, postIdOf } from './youtube-find';
import * as Y from './youtube-selectors';
import { readVideo } from './youtube-video';
import {
  commentPostId,
  highlightedCommentOf,
  isShortsPath,
  isYouTubeUrl,
  videoIdOf,
  videoPostId,
} from './youtube-urls';

function parsePost(el: Element, pageUrl: URL): ParsedPost | null {
  try {
    if (isComment(el)) return readComment(el, pageUrl);
    if (isVideo(el)) return readVideo(el);
    return null;
  } catch {
    // Markup YouTube has not shown us yet must cost one item, never the content script.
    return null;
  }
}

/** A comment's author line (after its time); the video's channel row (after Subscribe). */
function buttonSlot(el: Element): Element | null {
  const slots = isComment(el) ? Y.COMMENT_SLOT : isVideo(el) ? Y.VIDEO_SLOT : null;
  for (const selector of slots ?? []) {
    const slot = el.querySelector(selector);
    if (slot) return slot;
  }
  return null;
}

/** A video page (/watch, /live/); a Short's page only with a comment highlighted. */
function isPostPage(url: URL): boolean {
  if (!isYouTubeUrl(url) || !videoIdOf(url)) return false;
  return !isShortsPath(url) || highlightedCommentOf(url) !== null;
}

/**
 * The item a page is about: the highlighted comment of a comment's link (shown on top
 * once it loads), else the video. Matched by id, so a watch page YouTube keeps hidden
 * after navigating away never answers for the new one.
 */
function focusedPost(doc: Document, url: URL): Element | null {
  const videoId = isPostPage(url) ? videoIdOf(url) : null;
  if (!videoId) return null;
  const comment = highlightedCommentOf(url);
  const wanted = comment ? commentPostId(comment) : videoPostId(videoId);
  const candidates = doc.querySelectorAll(Y.any(comment ? Y.COMMENT : Y.VIDEO));
  return Array.from(candidates).find((el) => postIdOf(el) === wanted) ?? null;
}

/**
 * Watch pages always show the video and its comments. A Short shows its comments only in
 * a panel the agent opens; feeds, search and channel pages have no items here; and the
 * mobile site's own markup (ytm-*) is not read: no source of ours describes it yet.
 */
function expectsPosts(url: URL): boolean {
  if (!isYouTubeUrl(url) || url.hostname === 'm.youtube.com') return false;
  return videoIdOf(url) !== null && !isShortsPath(url);
}

export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  match: isYouTubeUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  buttonSlot,
  // Channel pages have no comments, and a ShownProfile carries no profile URL: the focus
  // tracker would link origin/handle, which is not a channel's URL on YouTube (/@handle).
  profileOf: () => null,
  focusedPost,
  isPostPage,
  expectsPosts,
  replyBoxes: youtubeReplyBoxes,
};
