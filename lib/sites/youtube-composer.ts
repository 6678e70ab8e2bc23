/**
 * YouTube's comment boxes: the box above the comments (a new comment on the video) and the
 * reply dialog a comment's Reply button opens inside that comment. Both are ytd-commentbox
 * with a contenteditable #contenteditable-root and a #submit-button (site-dom §6). Every
 * box says which item it answers by where it sits, so none is 'unknown' unless it is
 * another kind of box (editing one's own comment).
 */
import type { ReplyBox, ReplyBoxes } from './types';
import { closestPost, isComment, isVideo, postIdOf, watchRootOf } from './youtube-find';
import { firstOf } from './youtube-read';
import * as Y from './youtube-selectors';
import {
  commentPostId,
  highlightedCommentOf,
  isYouTubeUrl,
  videoIdOf,
  videoPostId,
} from './youtube-urls';

/** A comment's permalink page is that comment's (it is shown on top); else the video's. */
function postPageId(url: URL): string | null {
  if (!isYouTubeUrl(url)) return null;
  const videoId = videoIdOf(url);
  const comment = highlightedCommentOf(url);
  if (!videoId) return null;
  return comment ? commentPostId(comment) : videoPostId(videoId);
}

/** A reply dialog answers the comment it opened in; the top box, the page's video. */
function answeredPostId(editor: Element, url: URL): string | null {
  const dialog = editor.closest(Y.any(Y.REPLY_DIALOG));
  if (dialog) {
    const comment = closestPost(dialog);
    return comment && isComment(comment) ? postIdOf(comment) : null;
  }
  if (!editor.closest(Y.any(Y.TOP_BOX))) return null;
  // The watch page's own video first: during an in-app navigation the URL changes first.
  const videoId = watchRootOf(editor)?.videoId ?? videoIdOf(url);
  return videoId ? videoPostId(videoId) : null;
}

function find(doc: Document, url: URL, postId: string | null): ReplyBox[] {
  const boxes: ReplyBox[] = [];
  const wanted = postId ?? postPageId(url);
  for (const editor of doc.querySelectorAll<HTMLElement>(Y.any(Y.EDITOR))) {
    if (boxes.some((box) => box.editor.contains(editor))) continue;
    const answered = answeredPostId(editor, url);
    const answers = answered === null ? 'unknown' : answered === wanted ? 'this' : 'other';
    boxes.push({ editor, answers });
  }
  return boxes;
}

/** A comment's Reply button; for the video, the "Add a comment…" placeholder. */
function opener(post: Element): HTMLElement | null {
  if (isComment(post)) return firstOf(post, Y.REPLY_BUTTON) as HTMLElement | null;
  if (!isVideo(post)) return null;
  return watchRootOf(post)?.root.querySelector<HTMLElement>(Y.any(Y.PLACEHOLDER)) ?? null;
}

function sendButton(editor: Element): HTMLElement | null {
  const box = editor.closest(Y.any(Y.COMMENT_BOX));
  return box ? (firstOf(box, Y.SUBMIT) as HTMLElement | null) : null;
}

export const youtubeReplyBoxes: ReplyBoxes = {
  find,
  postPageId,
  opener,
  sendButton,
  answeredPostId,
};
