/**
 * The links an Instagram item is known by: its post's permalink (/p/<code>/), a comment's
 * own link (/p/<code>/c/<id>/) and its author's profile link (/<username>/). The hrefs are
 * checked by instagram-urls.ts; cheap string tests only rule candidates out first.
 *
 * An element's links are read once per task into a LinkTable and every question is asked
 * of it: the watcher asks several of each post a feed adds (its items, its id, its button
 * slot), and walking the links once per question was the largest cost of this content
 * script (the benchmark's profile counted seven walks per post).
 */
import {
  commentRefOf,
  postRefOf,
  profileHandleOf,
  type CommentRef,
  type PostRef,
} from './instagram-urls';
import { taskMemo } from './task-memo';

type Accept = (el: Element) => boolean;
const always: Accept = () => true;

export interface PostLink {
  link: Element;
  ref: PostRef;
}
export interface CommentLink {
  link: Element;
  ref: CommentRef;
}
export interface ProfileLink {
  link: Element;
  handle: string;
}

const mayNamePost = (href: string) =>
  href.includes('/p/') || href.includes('/reel/') || href.includes('/tv/');
const mayNameComment = (href: string) => href.includes('/c/');
const mayNameProfile = (href: string) =>
  href.startsWith('/') || href.startsWith('https://www.instagram.com/');

/** Every link under one root in document order, each kind parsed when first asked for. */
class LinkTable {
  private readonly all: { link: Element; href: string }[] = [];
  private postLinks?: PostLink[];
  private commentLinks?: CommentLink[];

  constructor(root: Element) {
    // By tag and a string test: a selector over every node of the item (a[href*="/p/"]…)
    // cost more per post in a feed that adds hundreds of posts (the benchmark showed it).
    const links = root.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const href = link.getAttribute('href');
      if (href) this.all.push({ link, href });
    }
  }

  get posts(): readonly PostLink[] {
    return (this.postLinks ??= this.parse(mayNamePost, postRefOf));
  }

  get comments(): readonly CommentLink[] {
    return (this.commentLinks ??= this.parse(mayNameComment, commentRefOf));
  }

  /** The first profile link accepted, parsing no further (the header's comes first). */
  firstProfile(accept: Accept): ProfileLink | null {
    for (const { link, href } of this.all) {
      const handle = mayNameProfile(href) ? profileHandleOf(href) : null;
      if (handle && accept(link)) return { link, handle };
    }
    return null;
  }

  /** The links to one profile (handles are case-blind), parsing only hrefs that name it. */
  profileLinksTo(handle: string): Element[] {
    const wanted = handle.toLowerCase();
    return this.all
      .filter(({ href }) => href.toLowerCase().includes(wanted))
      .filter(({ href }) => profileHandleOf(href)?.toLowerCase() === wanted)
      .map(({ link }) => link);
  }

  private parse<T>(may: (href: string) => boolean, read: (href: string) => T | null) {
    const found: { link: Element; ref: T }[] = [];
    for (const { link, href } of this.all) {
      const ref = may(href) ? read(href) : null;
      if (ref) found.push({ link, ref });
    }
    return found;
  }
}

/** The links under root, read once per task (see task-memo.ts). */
export const linksOf = taskMemo((root: Element) => new LinkTable(root));

/** The first comment link under el (a comment item holds its own only, see itemsOf). */
export function commentLinkOf(el: Element): CommentLink | null {
  return linksOf(el).comments[0] ?? null;
}

/** The post's link: the one around a time (the header's), else any (an ad's photo). */
export function postLinkIn(root: Element, accept = always): PostLink | null {
  let fallback: PostLink | null = null;
  for (const found of linksOf(root).posts) {
    if (!accept(found.link)) continue;
    if (found.link.querySelector('time')) return found;
    fallback ??= found;
  }
  return fallback;
}

export function firstProfileLink(root: Element, accept = always): ProfileLink | null {
  return linksOf(root).firstProfile(accept);
}

/** Every link under root to handle's profile. */
export const profileLinksTo = (root: Element, handle: string): Element[] =>
  linksOf(root).profileLinksTo(handle);
