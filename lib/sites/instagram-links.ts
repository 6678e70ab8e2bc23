/**
 * The links an Instagram item is known by: its post's permalink (/p/<code>/), a comment's
 * own link (/p/<code>/c/<id>/) and its author's profile link (/<username>/). The hrefs are
 * checked by instagram-urls.ts; the selectors only find candidates.
 */
import { any, COMMENT_LINKS, POST_LINKS, PROFILE_LINKS } from './instagram-selectors';
import {
  commentRefOf,
  postRefOf,
  profileHandleOf,
  type CommentRef,
  type PostRef,
} from './instagram-urls';

type Accept = (el: Element) => boolean;
const always: Accept = () => true;

export function commentLinksIn(root: Element): Element[] {
  return Array.from(root.querySelectorAll(any(COMMENT_LINKS))).filter(
    (link) => commentRefOf(link.getAttribute('href')) !== null,
  );
}

/** The first comment link under el (a comment item holds its own only, see itemsOf). */
export function commentLinkOf(el: Element): { link: Element; ref: CommentRef } | null {
  for (const link of el.querySelectorAll(any(COMMENT_LINKS))) {
    const ref = commentRefOf(link.getAttribute('href'));
    if (ref) return { link, ref };
  }
  return null;
}

/** The post's link: the one around a time (the header's), else any (an ad's photo). */
export function postLinkIn(root: Element, accept = always): { link: Element; ref: PostRef } | null {
  let fallback: { link: Element; ref: PostRef } | null = null;
  for (const link of root.querySelectorAll(any(POST_LINKS))) {
    const ref = postRefOf(link.getAttribute('href'));
    if (!ref || !accept(link)) continue;
    if (link.querySelector('time')) return { link, ref };
    fallback ??= { link, ref };
  }
  return fallback;
}

export function firstProfileLink(root: Element, accept = always): Element | null {
  for (const link of root.querySelectorAll(any(PROFILE_LINKS))) {
    if (profileHandleOf(link.getAttribute('href')) && accept(link)) return link;
  }
  return null;
}
