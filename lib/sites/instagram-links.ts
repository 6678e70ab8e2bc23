/**
 * The links an Instagram item is known by: its post's permalink (/p/<code>/), a comment's
 * own link (/p/<code>/c/<id>/) and its author's profile link (/<username>/). The hrefs are
 * checked by instagram-urls.ts; the selectors only find candidates.
 */
import {
  commentRefOf,
  postRefOf,
  profileHandleOf,
  type CommentRef,
  type PostRef,
} from './instagram-urls';

type Accept = (el: Element) => boolean;
const always: Accept = () => true;

/** The href shapes of each kind of link (instagram-selectors.ts lists them as selectors). */
const SHAPES = {
  post: (href: string) => href.includes('/p/') || href.includes('/reel/') || href.includes('/tv/'),
  comment: (href: string) => href.includes('/c/'),
  profile: (href: string) => href.startsWith('/') || href.startsWith('https://www.instagram.com/'),
};

/**
 * The links under root whose href has the shape of that kind; the URL functions then check
 * them. By tag and a string test: a selector over every node of the item (a[href*="/p/"]…)
 * cost more per post in a feed that adds hundreds of posts (the benchmark showed it).
 */
export function linksIn(root: Element, kind: keyof typeof SHAPES): Element[] {
  const shaped = SHAPES[kind];
  const links: Element[] = [];
  for (const link of root.getElementsByTagName('a')) {
    const href = link.getAttribute('href');
    if (href && shaped(href)) links.push(link);
  }
  return links;
}

export function commentLinksIn(root: Element): Element[] {
  return linksIn(root, 'comment').filter(
    (link) => commentRefOf(link.getAttribute('href')) !== null,
  );
}

/** The first comment link under el (a comment item holds its own only, see itemsOf). */
export function commentLinkOf(el: Element): { link: Element; ref: CommentRef } | null {
  for (const link of linksIn(el, 'comment')) {
    const ref = commentRefOf(link.getAttribute('href'));
    if (ref) return { link, ref };
  }
  return null;
}

/** The post's link: the one around a time (the header's), else any (an ad's photo). */
export function postLinkIn(root: Element, accept = always): { link: Element; ref: PostRef } | null {
  let fallback: { link: Element; ref: PostRef } | null = null;
  for (const link of linksIn(root, 'post')) {
    const ref = postRefOf(link.getAttribute('href'));
    if (!ref || !accept(link)) continue;
    if (link.querySelector('time')) return { link, ref };
    fallback ??= { link, ref };
  }
  return fallback;
}

export function firstProfileLink(root: Element, accept = always): Element | null {
  for (const link of linksIn(root, 'profile')) {
    if (profileHandleOf(link.getAttribute('href')) && accept(link)) return link;
  }
  return null;
}
