/**
 * Finding YouTube's items in a page and reading their ids: the part of the adapter that
 * runs on every mutation batch, so it stays cheap (one or two scoped queries per item).
 * Items are the video's own block (ytd-watch-metadata) and every comment; a top-level
 * comment does not contain its replies (they are its siblings in the thread), so a
 * control inside a comment always belongs to that comment.
 */
import * as Y from './youtube-selectors';
import { commentPostId, commentRefOf, isVideoId, videoPostId } from './youtube-urls';

const ITEM = [...Y.COMMENT, ...Y.VIDEO];

export const isComment = (el: Element) => el.matches(Y.any(Y.COMMENT));
export const isVideo = (el: Element) => el.matches(Y.any(Y.VIDEO));
const isItem = (el: Element) => el.matches(Y.any(ITEM));

/** The outermost items under root (root itself when it is one); none inside an item. */
export function findPosts(root: ParentNode): Element[] {
  const node = root as Node;
  if (node.nodeType === 1) {
    const el = node as Element;
    // Inside an item, nothing is an item of its own (a reply dialog opening, a re-render).
    if (el.parentElement?.closest(Y.any(ITEM))) return [];
    if (isItem(el)) return [el];
  }
  // Items never nest on YouTube; should a redesign nest them, the outer one is the item
  // (root is not inside an item, so an item around a match is under root too: the walk
  // stops at root instead of climbing the whole page for every comment).
  return Array.from(root.querySelectorAll(Y.any(ITEM))).filter((el) => !itemBetween(el, root));
}

/** Whether an item holds el below root (root itself is not in one: findPosts checked). */
function itemBetween(el: Element, root: ParentNode): boolean {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (isItem(up)) return true;
  }
  return false;
}

/** The outermost item around node (node itself when it is one), like findPosts' items. */
export function closestPost(node: Element): Element | null {
  let found: Element | null = null;
  for (
    let el = node.closest(Y.any(ITEM));
    el;
    el = el.parentElement?.closest(Y.any(ITEM)) ?? null
  ) {
    found = el;
  }
  return found;
}

/** The video a watch page element is about: its video-id attribute (set on navigation). */
export function watchRootOf(el: Element): { root: Element; videoId: string } | null {
  const root = el.closest(Y.any(Y.WATCH_ROOT));
  const videoId = root?.getAttribute('video-id') ?? '';
  return root && isVideoId(videoId) ? { root, videoId } : null;
}

/** The comment's own link under its time: its id, and the video it is on. */
export function commentLinkOf(comment: Element) {
  for (const selector of Y.TIME_LINK) {
    const ref = commentRefOf(comment.querySelector(selector)?.getAttribute('href'));
    if (ref) return ref;
  }
  return null;
}

export function postIdOf(el: Element): string | null {
  if (isComment(el)) {
    const ref = commentLinkOf(el);
    return ref ? commentPostId(ref.commentId) : null;
  }
  if (isVideo(el)) {
    const watch = watchRootOf(el);
    return watch ? videoPostId(watch.videoId) : null;
  }
  return null;
}
