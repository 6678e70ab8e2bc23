/**
 * LinkedIn's comment boxes: the classic Quill box under a post (and a reply box under a
 * comment), and the new feed's TipTap box that its Comment button renders (site-dom §4).
 * Every box sits inside the item it answers, so the item around the editor says which one.
 * Plain Enter makes a new line in both; only the button sends.
 */
import { closestPost, findPosts, itemKind, isComment, ownFirst, postIdOf } from './linkedin-find';
import * as S from './linkedin-selectors';
import type { ReplyBox, ReplyBoxes } from './types';
import { isLinkedInUrl, postPageRef, updatePostId } from './linkedin-urls';

const EDITORS = S.any(S.EDITOR);
/** Ancestors to climb from an editor to its send button; the box is small. */
const MAX_CLIMB = 12;

function postPageId(url: URL): string | null {
  const ref = postPageRef(url);
  return ref ? updatePostId(ref) : null;
}

/** The item whose box this is; a box outside every item is the post page's own. */
function answeredPostId(editor: Element, url: URL): string | null {
  const item = closestPost(editor);
  return item ? postIdOf(item) : postPageId(url);
}

/**
 * Whether a box answers the wanted item: its own box, or (for a reply) the box of the
 * comment whose thread the reply is in, since LinkedIn answers replies in their thread.
 */
function answers(editor: Element, url: URL, wanted: string): boolean {
  if (answeredPostId(editor, url) === wanted) return true;
  const item = closestPost(editor);
  return (
    item !== null &&
    isComment(itemKind(item)) &&
    findPosts(item).some((each) => each !== item && postIdOf(each) === wanted)
  );
}

function find(doc: Document, url: URL, postId: string | null): ReplyBox[] {
  if (!isLinkedInUrl(url)) return [];
  const wanted = postId ?? postPageId(url);
  return Array.from(doc.querySelectorAll<HTMLElement>(EDITORS), (editor) => ({
    editor,
    answers:
      wanted !== null && answers(editor, url, wanted) ? ('this' as const) : ('other' as const),
  }));
}

/** A post's Comment button, a comment's Reply button: never one of a nested item. */
function opener(item: Element): HTMLElement | null {
  const kind = itemKind(item);
  if (!kind) return null;
  if (isComment(kind)) return ownFirst(item, S.REPLY_BUTTON) as HTMLElement | null;
  const button =
    ownFirst(item, S.COMMENT_BUTTON) ?? ownFirst(item, [S.ICON.comment])?.closest('button');
  return (button as HTMLElement | null | undefined) ?? null;
}

/** Whether the send button belongs to this editor's box (no other editor is nearer to it). */
function sameBox(button: Element, editor: Element): boolean {
  for (let up = button.parentElement; up; up = up.parentElement) {
    if (up.contains(editor)) return true;
    if (up.querySelector(EDITORS)) return false;
  }
  return false;
}

function sendButton(editor: Element): HTMLElement | null {
  let el: Element | null = editor;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    for (const button of el.querySelectorAll<HTMLElement>(S.any(S.SEND_BUTTON))) {
      if (sameBox(button, editor)) return button;
    }
  }
  return null;
}

export const linkedinReplyBoxes: ReplyBoxes = {
  find,
  postPageId,
  opener,
  sendButton,
  answeredPostId,
  sendsOnEnter: false,
};
