/**
 * Finding Instagram posts and comments in a page, and reading their ids: the part of the
 * adapter that runs on every mutation batch, so it stays cheap.
 *
 * A post's article also holds its comments (on a post page, and under a feed post once
 * someone comments there), and each comment is an item of its own: its capture button must
 * not sit inside the post's element. So the article is split by its links, which survive
 * Instagram's hashed classes and wrapper changes:
 * - a comment is the largest element around its own link (/p/<code>/c/<id>/) that holds
 *   no other comment and nothing of the post (the post's permalinks and times, its header);
 *   a comment's replies are therefore items of their own, never part of it;
 * - the post is the whole article when it holds no comment, else the largest part around
 *   its header that holds none (on a post page: the header above the comment list).
 */
import {
  any,
  COMMENT_LINKS,
  COMMENTS_LINK,
  CONTAINER,
  EDITOR,
  LIKES_LINK,
  POST_LINKS,
  PROFILE_LINKS,
} from './instagram-selectors';
import {
  commentPostId,
  commentRefOf,
  postRefOf,
  profileHandleOf,
  type CommentRef,
  type PostRef,
} from './instagram-urls';

/** A post's parts to read (the article) and what is not the post's (its comments). */
export interface Scope {
  root: Element;
  skip: readonly Element[];
}

export interface Items {
  /** The post's own element, or null when the article names no post. */
  post: Element | null;
  comments: Element[];
}

export const owns = (scope: Scope, node: Node) => !scope.skip.some((el) => el.contains(node));

/** Own matches of any alternative, in document order. */
export function ownAll(scope: Scope, alternatives: readonly string[]): Element[] {
  return Array.from(scope.root.querySelectorAll(any(alternatives))).filter((el) => owns(scope, el));
}

/** The article an item belongs to; any article, so that a detached copy still parses. */
export const articleOf = (el: Element): Element | null => el.closest('article');

function commentLinksIn(root: Element): Element[] {
  return Array.from(root.querySelectorAll(any(COMMENT_LINKS))).filter(
    (link) => commentRefOf(link.getAttribute('href')) !== null,
  );
}

/** The post's link (the header's time link, else any: an ad's media), outside skipped parts. */
export function postLinkIn(
  root: Element,
  accept: (el: Element) => boolean = () => true,
): { link: Element; ref: PostRef } | null {
  let fallback: { link: Element; ref: PostRef } | null = null;
  for (const link of root.querySelectorAll(any(POST_LINKS))) {
    const ref = postRefOf(link.getAttribute('href'));
    if (!ref || !accept(link)) continue;
    if (link.querySelector('time')) return { link, ref };
    fallback ??= { link, ref };
  }
  return fallback;
}

export function firstProfileLink(root: Element, accept: (el: Element) => boolean = () => true) {
  for (const link of root.querySelectorAll(any(PROFILE_LINKS))) {
    if (profileHandleOf(link.getAttribute('href')) && accept(link)) return link;
  }
  return null;
}

const DOCUMENT_POSITION_FOLLOWING = 4;

/** Parts of a post that no comment has: its likes and comments links, its comment box. */
const POST_ONLY = [...LIKES_LINK, ...COMMENTS_LINK, ...EDITOR]; // Node's constant, for DOMs without the global

/** From `from` up to the last ancestor below `top` that `ok` accepts. */
function climb(from: Element, top: Element, ok: (parent: Element) => boolean): Element {
  let el = from;
  for (let up = el.parentElement; up && up !== top && ok(up); up = up.parentElement) el = up;
  return el;
}

function ancestorCounts(marks: Iterable<Element>, top: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const mark of marks) {
    for (let el = mark.parentElement; el && el !== top; el = el.parentElement) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * What only the post has, never a comment: its header's author link, its times (outside
 * comment links), its permalinks, its likes and "View all comments" links, its comment box.
 * A comment holds one mark only, its own link: so it is told from what surrounds it.
 */
function postMarks(article: Element, commentLinks: Element[]): Set<Element> {
  const inComment = (el: Element) => commentLinks.some((link) => link.contains(el));
  const first = commentLinks[0];
  // The header's author link comes before every comment (feed and post page alike).
  const head = first
    ? firstProfileLink(
        article,
        (link) => (link.compareDocumentPosition(first) & DOCUMENT_POSITION_FOLLOWING) !== 0,
      )
    : null;
  const marks = new Set<Element>(head ? [head] : []);
  for (const time of article.getElementsByTagName('time')) {
    if (!inComment(time)) marks.add(time.closest('a') ?? time);
  }
  for (const link of article.querySelectorAll(any(POST_LINKS))) {
    if (postRefOf(link.getAttribute('href'))) marks.add(link);
  }
  for (const el of article.querySelectorAll(any(POST_ONLY))) {
    if (!commentRefOf((el.getAttribute('href') ?? '').replace(/liked_by\/$/, ''))) marks.add(el);
  }
  return marks;
}

/** The post element and the comment elements of one article (see the top comment). */
export function itemsOf(article: Element): Items {
  const links = commentLinksIn(article);
  const ownLink = postLinkIn(article);
  if (links.length === 0) return { post: ownLink ? article : null, comments: [] };
  const marks = postMarks(article, links);
  const counts = ancestorCounts([...links, ...marks], article);
  const comments = links.map((link) => climb(link, article, (up) => counts.get(up) === 1));
  const holdsComment = new Set(ancestorCounts(links, article).keys());
  // The post grows from its header (else its permalink) up to where the comments begin.
  const anchor = marks.values().next().value ?? null;
  const post = anchor && ownLink ? climb(anchor, article, (up) => !holdsComment.has(up)) : null;
  return { post: post && !holdsComment.has(post) ? post : null, comments };
}

function containersIn(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(any(CONTAINER)));
}

/** Every post and comment under root: each article's post first, then its comments. */
export function findPosts(root: ParentNode): Element[] {
  const node = root as Node;
  if (node.nodeType === 1) {
    const el = node as Element;
    const article = el.closest(any(CONTAINER));
    if (article) {
      const { post, comments } = itemsOf(article);
      return [post, ...comments].filter((item): item is Element => !!item && el.contains(item));
    }
  }
  return containersIn(root).flatMap((article) => {
    const { post, comments } = itemsOf(article);
    return post ? [post, ...comments] : comments;
  });
}

/** The post or comment holding node (node itself when it is one), or null. */
export function closestPost(node: Element): Element | null {
  const article = node.closest(any(CONTAINER));
  if (!article) return null;
  const { post, comments } = itemsOf(article);
  return comments.find((comment) => comment.contains(node)) ?? (post?.contains(node) ? post : null);
}

/** The first comment link under el (a comment item holds its own only, see itemsOf). */
export function commentLinkOf(el: Element): { link: Element; ref: CommentRef } | null {
  for (const link of el.querySelectorAll(any(COMMENT_LINKS))) {
    const ref = commentRefOf(link.getAttribute('href'));
    if (ref) return { link, ref };
  }
  return null;
}

/** The id of an item, cheaply: a comment's own link ("comment:<id>"), else its post's code. */
export function postIdOf(el: Element): string | null {
  const comment = commentLinkOf(el);
  if (comment) return commentPostId(comment.ref.id);
  return postLinkIn(articleOf(el) ?? el)?.ref.code ?? null;
}
