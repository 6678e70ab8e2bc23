/**
 * Reddit's reply boxes. New Reddit: the comment box under a post on its page (a placeholder
 * that mounts shreddit-composer when clicked) and the nested composer a comment's Reply
 * opens inside that comment. Old Reddit: the textarea form under the post, and the one a
 * comment's "reply" puts into that comment's .child. Facts: notes/site-dom.md §5.
 */
import { closestPost, kindOf, ownEntry, postIdOf, slotChild } from './reddit-find';
import * as R from './reddit-selectors';
import { commentFullnameOf, isRedditUrl, postFullnameOf } from './reddit-urls';
import type { ReplyBox, ReplyBoxes } from './types';

const EDITORS = R.any([...R.EDITOR, ...R.OLD_REPLY_TEXTAREA]);
const NEW_COMMENT = R.any(R.NEW_COMMENT);

/**
 * The item whose own page this is: a comment's permalink page is that comment's (a reply
 * opened there in a new tab goes to the comment, once its Reply has loaded); else the post's.
 */
function postPageId(url: URL): string | null {
  if (!isRedditUrl(url)) return null;
  return commentFullnameOf(url.pathname) ?? postFullnameOf(url.pathname);
}

/**
 * Old Reddit keeps an edit form (a textarea too) in the entry of the agent's own comments
 * and self posts: editing is not replying.
 */
function isEditBox(editor: Element): boolean {
  const thing = closestPost(editor);
  return thing !== null && kindOf(thing) === 'old-thing' && !!ownEntry(thing)?.contains(editor);
}

/**
 * The item a box answers: the comment it sits in, else the post of the page (the box under
 * the post, also on a comment's permalink page).
 */
function answeredPostId(editor: Element, url: URL): string | null {
  const item = closestPost(editor);
  return (item && postIdOf(item)) ?? (isRedditUrl(url) ? postFullnameOf(url.pathname) : null);
}

function find(doc: Document, url: URL, postId: string | null): ReplyBox[] {
  const boxes: ReplyBox[] = [];
  const wanted = postId ?? postPageId(url);
  for (const editor of doc.querySelectorAll<HTMLElement>(EDITORS)) {
    if (boxes.some((box) => box.editor.contains(editor)) || isEditBox(editor)) continue;
    const answered = answeredPostId(editor, url);
    boxes.push({ editor, answers: answered !== null && answered === wanted ? 'this' : 'other' });
  }
  return boxes;
}

/**
 * The control that opens an item's box: a comment's Reply; for the post of a post page, the
 * comment box's placeholder under it (elsewhere a post has no box: open the post first).
 */
function opener(post: Element): HTMLElement | null {
  const kind = kindOf(post);
  if (kind === 'new-comment') {
    const row =
      slotChild(post, R.COMMENT_SLOTS.actions) ??
      Array.from(post.children).find((child) => child.matches(R.any(R.ACTION_ROW)));
    return row ? R.bestMatch<HTMLElement>(row, R.REPLY_BUTTON) : null;
  }
  if (kind === 'old-thing') {
    if (postIdOf(post)?.startsWith('t3_')) return null; // its form is always open below it
    const entry = ownEntry(post);
    return entry ? R.bestMatch<HTMLElement>(entry, R.OLD_REPLY_LINK) : null;
  }
  const doc = post.ownerDocument;
  if (kind !== 'new-post' || doc.querySelector(R.any(R.NEW_POST)) !== post) return null;
  const hosts = doc.querySelectorAll(R.any(R.COMPOSER_HOST));
  const host = Array.from(hosts).find((el) => !el.closest(NEW_COMMENT));
  return host?.querySelector<HTMLElement>(R.any(R.COMPOSER_PLACEHOLDER)) ?? null;
}

function sendButton(editor: Element): HTMLElement | null {
  const composer = editor.closest(R.any(R.COMPOSER));
  if (composer) return composer.querySelector<HTMLElement>(R.any(R.SUBMIT_BUTTON));
  return editor.closest('form')?.querySelector<HTMLElement>(R.any(R.OLD_SAVE_BUTTON)) ?? null;
}

// Enter makes a new line in both generations' boxes: only the button (or Ctrl+Enter) sends.
export const redditReplyBoxes: ReplyBoxes = {
  find,
  postPageId,
  opener,
  sendButton,
  answeredPostId,
  sendsOnEnter: false,
};
