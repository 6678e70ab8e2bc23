/**
 * The conversation of a status page: which post is the page's main one, and which posts
 * answer it. Read from the order of the posts, so it works in every language.
 */
import { findPosts, postIdOf } from './x-find';
import * as X from './x-selectors';
import { isXUrl, statusOf } from './x-urls';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out for DOMs without the Node global. */
export const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Index of the status page's main post: the one with the URL's id, else the one X marks
 * with tabindex="-1" if its id cannot be read. A tabindex="-1" post with another id is the
 * previous page's, still shown for a moment after an in-app navigation: not this page's.
 */
export function focusedIndex(posts: Element[], id: string): number {
  const byId = posts.findIndex((post) => postIdOf(post) === id);
  if (byId >= 0) return byId;
  return posts.findIndex((post) => post.getAttribute('tabindex') === '-1' && !postIdOf(post));
}

/**
 * On a status page the conversation reads top to bottom: the thread above the main post,
 * the main post, its replies, then unrelated posts after a heading ("Discover more").
 * So every post but the first one is a reply, up to that heading.
 */
export function isThreadReply(post: Element, pageUrl: URL): boolean {
  const page = isXUrl(pageUrl) ? statusOf(pageUrl.pathname) : null;
  if (!page) return false;
  const posts = findPosts(post.ownerDocument);
  const index = posts.indexOf(post);
  const focused = focusedIndex(posts, page.id);
  const main = posts[focused];
  if (index <= 0 || !main) return false;
  return index <= focused || !headingBetween(main, post);
}

function headingBetween(first: Element, last: Element): boolean {
  return Array.from(first.ownerDocument.querySelectorAll(X.any(X.HEADING))).some(
    (heading) =>
      !heading.closest(X.any(X.POST)) &&
      (first.compareDocumentPosition(heading) & DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      (heading.compareDocumentPosition(last) & DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
}
