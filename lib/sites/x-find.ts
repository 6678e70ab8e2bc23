/**
 * Finding X posts in a page and reading their ids: the part of the adapter that runs on
 * every mutation batch, so it stays cheap (a few selector queries per post).
 */
import { ownedByPost } from './x-scope';
import * as X from './x-selectors';
import { statusOf, type StatusRef } from './x-urls';

export function isPost(el: Element): boolean {
  const [primary = '', fallback = ''] = X.POST;
  return (
    el.matches(primary) || (el.matches(fallback) && el.querySelector(X.any(X.USER_NAME)) !== null)
  );
}

/**
 * The outermost posts under root. Runs for every row a timeline adds, so it asks the
 * browser for the row's <article>s (every POST alternative is one) in one native call
 * and keeps those not inside an earlier match: a quote box or an X Article's embedded
 * post belongs to the post around it. A walker with a script filter cost a call into
 * the page's DOM per element of the row.
 */
export function findPosts(root: ParentNode): Element[] {
  const selector = X.any(X.POST);
  const rootNode = root as Node;
  if (rootNode.nodeType === 1) {
    const el = rootNode as Element;
    // Inside a post, nothing here is a post of its own: it belongs to that one.
    if (el.parentElement?.closest(selector)) return [];
    if (el.localName === 'article' && el.matches(selector)) return isPost(el) ? [el] : [];
  } else if (rootNode.nodeType !== 9 && rootNode.nodeType !== 11) {
    return [];
  }
  const posts: Element[] = [];
  let outer: Element | null = null;
  for (const article of (root as Element | Document).getElementsByTagName('article')) {
    // Document order: a match inside the last outer match is part of it.
    if ((outer && outer.contains(article)) || !article.matches(selector)) continue;
    outer = article;
    if (isPost(article)) posts.push(article);
  }
  return posts;
}

/** The outermost post around node (node itself when it is one), like findPosts' posts. */
export function closestPost(node: Element): Element | null {
  let found: Element | null = null;
  for (
    let el = node.closest(X.any(X.POST));
    el;
    el = el.parentElement?.closest(X.any(X.POST)) ?? null
  ) {
    if (isPost(el)) found = el;
  }
  return found;
}

/**
 * The post's status link: the one around its own <time>, else its analytics link. Runs on
 * every mutation batch, so it only looks at the few <time> and analytics links in the post.
 */
export function statusRefOf(post: Element, own: (node: Element) => boolean): StatusRef | null {
  // Fast path: the first <time> is in the post's own header, above any quoted post, and
  // querySelector stops there instead of walking the whole post.
  const first = post.querySelector('time');
  const firstLink = first && own(first) ? first.closest('a[href]') : null;
  const fast =
    firstLink && post.contains(firstLink) ? statusOf(firstLink.getAttribute('href')) : null;
  if (fast) return fast;
  for (const time of post.getElementsByTagName('time')) {
    const link = own(time) ? time.closest('a[href]') : null;
    const ref = link && post.contains(link) ? statusOf(link.getAttribute('href')) : null;
    if (ref) return ref;
  }
  for (const link of post.querySelectorAll(X.any(X.CONTROLS.views))) {
    const ref = own(link) ? statusOf(link.getAttribute('href')) : null;
    if (ref) return ref;
  }
  return null;
}

/**
 * The status each post element showed when its id was last read: listening (x-listen.ts)
 * takes the author's handle from it instead of reading the post's links again. The post
 * watcher reads the id again whenever a row's links change.
 */
export const lastStatusOf = new WeakMap<Element, StatusRef>();

export function postIdOf(el: Element): string | null {
  if (!isPost(el)) return null;
  const ref = statusRefOf(el, (node) => ownedByPost(el, node));
  if (ref) lastStatusOf.set(el, ref);
  return ref?.id ?? null;
}
