/**
 * Facebook's comment boxes (site-dom §2 "Composer"): a Lexical editor under each story
 * (answers the post) and one in a comment's thread once its "Reply" is pressed (answers
 * that comment and its replies). Plain Enter sends; so does the box's submit arrow.
 */
import { oneLine } from './dom-text';
import {
  closestComment,
  commentLinkIn,
  findPosts,
  focusedPost,
  isComment,
  postIdOf,
  storyOf,
  unitOf,
} from './facebook-find';
import * as FB from './facebook-selectors';
import { isFacebookUrl, postRefOf } from './facebook-urls';
import type { ReplyBox, ReplyBoxes } from './types';

const EDITOR = FB.any(FB.EDITOR);
const ARTICLE = FB.any(FB.ARTICLE);
const DIALOG = FB.any(FB.DIALOG);
const THREAD = FB.any(FB.THREAD);
const BUTTON = FB.any(FB.BUTTON);
/** Ancestors to climb from an editor to its submit button, inside its own box. */
const MAX_CLIMB = 8;

function postPageId(url: URL): string | null {
  return isFacebookUrl(url) ? (postRefOf(url.href)?.id ?? null) : null;
}

/**
 * The comment thread a box sits in: the outermost list item of its story's comments that a
 * comment heads (the box under a thread, opened by that comment's or a reply's "Reply").
 */
function threadOf(editor: Element): Element | null {
  const unit = unitOf(editor);
  let found: Element | null = null;
  for (
    let li = editor.closest(THREAD);
    li && (!unit || (li !== unit && unit.contains(li)));
    li = li.parentElement?.closest(THREAD) ?? null
  ) {
    const head = li.querySelector(ARTICLE);
    if (head && isComment(head)) found = li;
  }
  return found;
}

const idOf = (el: Element | null | undefined) => (el ? postIdOf(el) : null);

/**
 * The items a box answers, the one it is under first: a thread's comment and its replies;
 * else its story's post; else the post of the dialog it is in; else, in a post page's
 * main column, that page's post. Other boxes (a new post, Messenger) answer nothing here.
 */
function answeredIds(editor: Element, url: URL): string[] {
  const thread = threadOf(editor);
  const unit = unitOf(editor);
  const dialog = editor.closest(DIALOG);
  let ids: (string | null)[] = [];
  if (thread) ids = Array.from(thread.querySelectorAll(ARTICLE), idOf);
  else if (unit) ids = [idOf(storyOf(unit))];
  else if (dialog) ids = [idOf(findPosts(dialog).find((el) => !isComment(el)))];
  else if (editor.closest(FB.any(FB.MAIN)) && isFacebookUrl(url)) {
    ids = [idOf(focusedPost(editor.ownerDocument, url)) ?? postPageId(url)];
  }
  return ids.filter((id): id is string => id !== null);
}

function find(doc: Document, url: URL, postId: string | null): ReplyBox[] {
  const wanted = postId ?? postPageId(url);
  const boxes: ReplyBox[] = [];
  for (const editor of doc.querySelectorAll<HTMLElement>(EDITOR)) {
    if (boxes.some((box) => box.editor.contains(editor))) continue;
    const answers = wanted !== null && answeredIds(editor, url).includes(wanted);
    boxes.push({ editor, answers: answers ? 'this' : 'other' });
  }
  // A dialog (a post opened from the feed) is on top of the page: its box comes first.
  const inDialog = (box: ReplyBox) => Number(box.editor.closest(DIALOG) !== null);
  return boxes.sort((a, b) => inDialog(b) - inDialog(a));
}

/** A comment's "Reply": by its label (fast path), else the second control of its action row. */
function replyControlOf(comment: Element): HTMLElement | null {
  const controls = Array.from(comment.querySelectorAll<HTMLElement>(BUTTON)).filter(
    (el) => el.closest(ARTICLE) === comment,
  );
  const labelled = controls.find((el) =>
    FB.REPLY_LABELS.includes(el.getAttribute('aria-label') ?? oneLine(el.textContent ?? '')),
  );
  if (labelled) return labelled;
  // Structure: the row of the comment's time link reads Like, Reply (any language).
  const row = commentLinkIn(comment)?.link.closest(FB.any(FB.COMMENT_ROW));
  return (row && comment.contains(row) && controls.filter((el) => row.contains(el))[1]) || null;
}

/** The story's "Comment" control (site-dom §2 comment_button), never one of a comment's. */
function commentControlOf(post: Element): HTMLElement | null {
  const unit = unitOf(post);
  if (!unit) return null;
  for (const selector of FB.ACTION_BUTTONS.comment) {
    for (const el of unit.querySelectorAll<HTMLElement>(selector)) {
      if (closestComment(el)) continue;
      const button = el.closest<HTMLElement>(BUTTON);
      return button && unit.contains(button) ? button : el;
    }
  }
  return null;
}

function opener(post: Element): HTMLElement | null {
  return isComment(post) ? replyControlOf(post) : commentControlOf(post);
}

/** The submit arrow of the box that holds this editor (never one of another box). */
function sendButton(editor: Element): HTMLElement | null {
  let el = editor.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    // Left the box: the thread or story around it holds comments.
    if (el.querySelector(ARTICLE)) return null;
    for (const selector of FB.SEND_BUTTON) {
      const button = el.querySelector<HTMLElement>(selector);
      if (button && !editor.contains(button)) return button;
    }
  }
  return null;
}

function answeredPostId(editor: Element, url: URL): string | null {
  return answeredIds(editor, url)[0] ?? null;
}

export const facebookReplyBoxes: ReplyBoxes = {
  find,
  postPageId,
  opener,
  sendButton,
  answeredPostId,
  sendsOnEnter: true,
};
