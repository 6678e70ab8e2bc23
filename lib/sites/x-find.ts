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

const FILTER_REJECT = 2; // NodeFilter constants, spelled out for DOMs without the global
const FILTER_SKIP = 3;

/**
 * The outermost posts under root. Runs for every row a timeline adds, so it walks the
 * tree once and never enters a post (every POST alternative is an <article>, a cheap
 * first test): a row costs a handful of nodes instead of a query over the whole post.
 */
export function findPosts(root: ParentNode): Element[] {
  const selector = X.any(X.POST);
  const rootNode = root as Node;
  const doc = rootNode.nodeType === 9 ? (rootNode as Document) : rootNode.ownerDocument;
  if (!doc) return [];
  if (rootNode.nodeType === 1) {
    const el = rootNode as Element;
    // Inside a post, nothing here is a post of its own: it belongs to that one.
    if (el.parentElement?.closest(selector)) return [];
    if (el.matches(selector)) return isPost(el) ? [el] : [];
  }
  const posts: Element[] = [];
  const walker = doc.createTreeWalker(rootNode, 1 /* SHOW_ELEMENT */, {
    acceptNode(node) {
      const el = node as Element;
      if (el.localName !== 'article' || !el.matches(selector)) return FILTER_SKIP;
      // A post inside this one (quote box, X Article) is part of it: do not descend.
      if (isPost(el)) posts.push(el);
      return FILTER_REJECT;
    },
  });
  walker.nextNode(); // every node is skipped or rejected: one pass collects the posts
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

export function postIdOf(el: Element): string | null {
  if (!isPost(el)) return null;
  return statusRefOf(el, (node) => ownedByPost(el, node))?.id ?? null;
}
