/**
 * Finding LinkedIn's items (posts and comments of both DOM generations) and reading their
 * ids: the part of the adapter that runs on every mutation batch, so it reads attributes
 * only. A comment sits inside its post, and a reply inside its comment; each is an item of
 * its own, so the item around a node is the innermost one.
 */
import * as S from './linkedin-selectors';
import { commentPostId, commentRefOf, updatePostId, updateRefOf } from './linkedin-urls';

export type ItemKind = 'classic-post' | 'classic-comment' | 'sdui-post' | 'sdui-comment';

const CLASSIC_POST = S.any(S.CLASSIC_POST);
const CLASSIC_COMMENT = S.any(S.CLASSIC_COMMENT);
const SDUI_POST = S.any(S.SDUI_POST);
const SDUI_COMMENT = S.any(S.SDUI_COMMENT);
const POSTS = `${CLASSIC_POST}, ${SDUI_POST}`;
export const ITEMS = `${POSTS}, ${CLASSIC_COMMENT}, ${SDUI_COMMENT}`;
const RESHARE = S.any(S.CLASSIC_RESHARE);
/** Where one item's nodes end and another's (or a reshared post's) begin. */
const BOUNDARIES = `${ITEMS}, ${RESHARE}`;

/**
 * The new feed's post id: componentkey "expanded<POSTID>FeedType_MAIN_FEED_RELEVANCE"
 * (site-dom §4; 2026-06 anchors: strip "expanded" and "FeedType_…"). POSTID is opaque: it is
 * not the activity id, and nothing in the item's attributes gives that one.
 */
const SDUI_KEY = /^(?:expanded)?([^\s"'<>]{1,120}?)FeedType_[A-Z_]+$/;

export function kindOf(el: Element): ItemKind | null {
  // Comments first: a new-feed comment may also be a list item with a componentkey.
  if (el.matches(CLASSIC_COMMENT)) return 'classic-comment';
  if (el.matches(SDUI_COMMENT)) return 'sdui-comment';
  if (el.matches(CLASSIC_POST)) return 'classic-post';
  if (el.matches(SDUI_POST)) return 'sdui-post';
  return null;
}

export const isComment = (kind: ItemKind | null) =>
  kind === 'classic-comment' || kind === 'sdui-comment';

/** The comment URN an item carries: data-id (classic), componentkey (new feed). */
export function commentUrnAttr(el: Element): string | null {
  return (
    el.getAttribute('data-id') ?? el.getAttribute('data-urn') ?? el.getAttribute('componentkey')
  );
}

function idOf(el: Element, kind: ItemKind | null): string | null {
  switch (kind) {
    case 'classic-post': {
      const ref = updateRefOf(el.getAttribute('data-urn'));
      return ref ? updatePostId(ref) : null;
    }
    case 'classic-comment':
    case 'sdui-comment': {
      const ref = commentRefOf(commentUrnAttr(el));
      return ref ? commentPostId(ref) : null;
    }
    case 'sdui-post':
      return SDUI_KEY.exec(el.getAttribute('componentkey') ?? '')?.[1] ?? null;
    default:
      return null;
  }
}

export function postIdOf(el: Element): string | null {
  return idOf(el, kindOf(el));
}

/** The item's kind when it is an item with an id, else null. */
export function itemKind(el: Element): ItemKind | null {
  const kind = kindOf(el);
  return kind && idOf(el, kind) ? kind : null;
}

/** The post an element sits in (not counting the element itself), or null. */
export function enclosingPost(el: Element): Element | null {
  for (let up = el.parentElement?.closest(POSTS); up; up = up.parentElement?.closest(POSTS)) {
    const kind = itemKind(up);
    if (kind && !isComment(kind)) return up;
  }
  return null;
}

/**
 * Every item under root (root included): every comment and reply, and the outermost
 * posts. A post inside a post is not one of its own: the new feed may render a post
 * inside another copy of itself (2026-06 anchors).
 */
export function findPosts(root: ParentNode): Element[] {
  const found: Element[] = [];
  const consider = (el: Element) => {
    const kind = itemKind(el);
    if (kind && (isComment(kind) || !enclosingPost(el))) found.push(el);
  };
  if ((root as Node).nodeType === 1 && (root as Element).matches(ITEMS)) consider(root as Element);
  for (const el of root.querySelectorAll(ITEMS)) consider(el);
  return found;
}

/** The item around node (node itself when it is one), as findPosts finds it: the innermost. */
export function closestPost(node: Element): Element | null {
  let post: Element | null = null;
  for (let el = node.closest(ITEMS); el; el = el.parentElement?.closest(ITEMS) ?? null) {
    const kind = itemKind(el);
    if (!kind) continue;
    if (isComment(kind)) return post ?? el;
    post = el; // keep climbing: a post inside a post belongs to the outer one
  }
  return post;
}

/**
 * Whether node belongs to item itself, not to an item nested in it (a comment, a reply)
 * nor to a reshared post inside it. A nested copy of the same post counts as the item.
 */
export function ownedBy(item: Element, node: Element): boolean {
  for (
    let holder = node.closest(BOUNDARIES);
    holder;
    holder = holder.parentElement?.closest(BOUNDARIES) ?? null
  ) {
    if (holder === item) return true;
    if (!item.contains(holder)) return false;
    const kind = itemKind(holder);
    const samePost = kind && !isComment(kind) && idOf(holder, kind) === postIdOf(item);
    if (!samePost && (kind || holder.matches(RESHARE))) return false;
  }
  return false;
}

/** The item's own matches of any alternative, in document order. */
export function ownAll(item: Element, alternatives: readonly string[]): Element[] {
  return Array.from(item.querySelectorAll(S.any(alternatives))).filter((el) => ownedBy(item, el));
}

/** The item's first own match, trying the alternatives in their order (best first). */
export function ownFirst(
  item: Element,
  alternatives: readonly string[],
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const selector of alternatives) {
    for (const el of item.querySelectorAll(selector)) {
      if (ownedBy(item, el) && accept(el)) return el;
    }
  }
  return null;
}
