/**
 * The Reddit adapter: posts and comments on new Reddit (shreddit, www.reddit.com) and on
 * old Reddit (old.reddit.com). Facts and their sources: notes/site-dom.md §5; selectors in
 * reddit-selectors.ts. Pure and defensive: it reads the DOM it is given and returns null
 * rather than throw.
 *
 * Ids are Reddit's fullnames, "t3_<id>" for posts and "t1_<id>" for comments: unique across
 * the site and the same in both generations, so a post captured on old Reddit is known on
 * new Reddit too. Handles: reddit-author.ts.
 */
import type { ParsedPost } from '../db/schema';
import { redditReplyBoxes } from './reddit-composer';
import { closestPost, findPosts, kindOf, ownEntry, postIdOf, slotChild } from './reddit-find';
import { readNewComment, readNewPost } from './reddit-new';
import { readOldThing } from './reddit-old';
import * as R from './reddit-selectors';
import { commentFullnameOf, isRedditUrl, postFullnameOf, showsPosts, userOf } from './reddit-urls';
import type { ShownProfile, SiteAdapter } from './types';

function parsePost(el: Element, _pageUrl: URL): ParsedPost | null {
  try {
    const kind = kindOf(el);
    if (kind === 'new-post') return readNewPost(el);
    if (kind === 'new-comment') return readNewComment(el);
    if (kind === 'old-thing') return readOldThing(el);
    return null;
  } catch {
    // Markup Reddit has not shown us yet must cost one item, never the content script.
    return null;
  }
}

/**
 * Where the controls go: the item's header line (a post's credit bar, a comment's meta
 * line, an old Reddit tagline), else its action row. Only the item's own parts: a reply
 * nested inside a comment has its own.
 */
function buttonSlot(el: Element): Element | null {
  const kind = kindOf(el);
  if (kind === 'new-post') return slotChild(el, R.POST_HEADER_SLOTS);
  if (kind === 'new-comment') {
    return slotChild(el, R.COMMENT_SLOTS.meta) ?? slotChild(el, R.COMMENT_SLOTS.actions);
  }
  if (kind === 'old-thing') {
    const entry = ownEntry(el);
    return entry?.querySelector(R.any(R.OLD_TAGLINE)) ?? entry;
  }
  return null;
}

/** A profile (/user/<name>/): the username is the name Reddit shows; no follower count. */
function profileOf(url: URL, _doc: Document): ShownProfile | null {
  const handle = isRedditUrl(url) ? userOf(url.pathname) : null;
  return handle ? { handle, name: handle, followers: null } : null;
}

/** The item with this fullname on the page (ids are checked by pattern before this). */
function itemById(doc: Document, id: string): Element | null {
  const candidates = doc.querySelectorAll(
    `[id="${id}"], [thingid="${id}"], [data-fullname="${id}"]`,
  );
  return Array.from(candidates).find((el) => postIdOf(el) === id) ?? null;
}

/** A post's page is about its post; a comment's permalink page, about that comment. */
function focusedPost(doc: Document, url: URL): Element | null {
  if (!isRedditUrl(url)) return null;
  const comment = commentFullnameOf(url.pathname);
  const post = postFullnameOf(url.pathname);
  return (comment && itemById(doc, comment)) || (post && itemById(doc, post)) || null;
}

function isPostPage(url: URL): boolean {
  return isRedditUrl(url) && postFullnameOf(url.pathname) !== null;
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  match: isRedditUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  buttonSlot,
  profileOf,
  focusedPost,
  isPostPage,
  expectsPosts: showsPosts,
  replyBoxes: redditReplyBoxes,
};
