/**
 * The Facebook adapter: posts of the feed, pages, profiles and groups, and their comments
 * and replies, each an item of its own. Facts and their sources: notes/site-dom.md §2;
 * selectors in facebook-selectors.ts. Pure and defensive: it reads the DOM it is given and
 * returns null rather than throw.
 */
import type { ParsedPost } from '../db/schema';
import { clip, inlineText, oneLine } from './dom-text';
import { facebookReplyBoxes } from './facebook-composer';
import {
  closestPost,
  commentLinkIn,
  findPosts,
  firstOf,
  focusedPost,
  isComment,
  postIdOf,
  unitOfStory,
} from './facebook-find';
import { firstShownCount } from './facebook-metrics';
import { readComment, readStory } from './facebook-post';
import * as FB from './facebook-selectors';
import { isFacebookUrl, postRefOf, profileRefOf } from './facebook-urls';
import { LIMITS } from './limits';
import type { ShownProfile, SiteAdapter } from './types';

function parsePost(el: Element, pageUrl: URL): ParsedPost | null {
  try {
    if (isComment(el)) return readComment(el, pageUrl);
    const unit = unitOfStory(el);
    return unit ? readStory(el, unit) : null;
  } catch {
    // Markup Facebook has not shown us yet must cost one post, never the content script.
    return null;
  }
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Where the capture controls go: in a post, beside its header's "…" menu (else under the
 * author line); in a comment, at the end of its Like · Reply · time row.
 */
function buttonSlot(el: Element): Element | null {
  if (isComment(el)) {
    const time = commentLinkIn(el)?.link;
    const row = time?.closest(FB.any(FB.COMMENT_ROW));
    return row && el.contains(row) ? row : (time?.parentElement ?? null);
  }
  if (!unitOfStory(el)) return null;
  const text = firstOf(el, FB.TEXT);
  for (const selector of FB.ACTIONS_MENU) {
    const menu = el.querySelector(selector);
    // The generic menu button counts only in the header, before the text.
    if (menu && (!text || menu.compareDocumentPosition(text) & FOLLOWING)) {
      return menu.parentElement;
    }
  }
  // The author line: the profile_name box, else the block around the name's heading.
  const line = firstOf(el, FB.PROFILE_NAME);
  if (!line?.matches('a')) return line;
  const heading = line.closest(FB.any(FB.NAME_HEADING));
  // Only a heading inside the post: a story that shows nothing yet but its author line is
  // that heading, and the block around it holds the footer, outside the post, where a
  // recycled row would not find its buttons again (found by the fuzz test, test/dom/fuzz).
  return heading && heading !== el && el.contains(heading) ? heading.parentElement : null;
}

/** The profile a URL shows (/acme, /acme/about, profile.php?id=…), named from its h1. */
function profileOf(url: URL, doc: Document): ShownProfile | null {
  const ref = isFacebookUrl(url) && !postRefOf(url.href) ? profileRefOf(url, true) : null;
  if (!ref) return null;
  const heading = firstOf(doc, FB.PROFILE_HEADING);
  const name = heading ? clip(oneLine(inlineText(heading, { skip: 'svg' })), LIMITS.name) : '';
  const followers = firstOf(doc, FB.FOLLOWERS_LINK)?.textContent ?? '';
  return { handle: ref.handle, name, followers: firstShownCount(followers) };
}

function isPostPage(url: URL): boolean {
  return isFacebookUrl(url) && postRefOf(url.href) !== null;
}

/** First path segments of pages without posts: chats, settings, shopping, sign-in. */
const NO_POSTS = new Set(
  (
    'messages settings login login.php checkpoint recover notifications marketplace friends ' +
    'events bookmarks saved gaming games jobs ads adsmanager business help privacy policies ' +
    'memories'
  ).split(' '),
);

/** Feeds, groups, pages and profiles, post pages and videos show posts; the rest does not. */
function expectsPosts(url: URL): boolean {
  if (!isFacebookUrl(url)) return false;
  const [first = '', second] = url.pathname.split('/').filter(Boolean);
  if (first === '' || first === 'home.php' || isPostPage(url)) return true;
  if (first === 'groups') return second !== undefined && !['discover', 'joins'].includes(second);
  if (['watch', 'search', 'hashtag', 'reel'].includes(first)) return true;
  return !NO_POSTS.has(first) && profileRefOf(url, true) !== null;
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  match: isFacebookUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  buttonSlot,
  profileOf,
  focusedPost: (doc, url) => (isFacebookUrl(url) ? focusedPost(doc, url) : null),
  isPostPage,
  expectsPosts,
  replyBoxes: facebookReplyBoxes,
};
