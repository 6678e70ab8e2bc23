/**
 * The LinkedIn adapter: posts, comments and replies of the classic feed and of the new
 * server-driven feed, which live side by side on www.linkedin.com (notes/site-dom.md
 * section 4; selectors in linkedin-selectors.ts). Ids: a classic post is its activity id
 * (data-urn), a new-feed post the opaque POSTID of its componentkey, a comment
 * "comment:<cid>" from its URN. Pure and defensive: null rather than a throw.
 */
import type { ParsedPost } from '../db/schema';
import { followersIn } from './linkedin-author';
import { readComment } from './linkedin-comments';
import { linkedinReplyBoxes } from './linkedin-composer';
import {
  closestPost,
  findPosts,
  isComment,
  itemKind,
  ownFirst,
  postIdOf,
  type ItemKind,
} from './linkedin-find';
import { readClassicUpdate, readReshare, readSduiPost, relativeTimeIn } from './linkedin-posts';
import * as S from './linkedin-selectors';
import { lineOf } from './linkedin-text';
import {
  isLinkedInUrl,
  postPageRef,
  profileHandleOf,
  showsPosts,
  updatePermalink,
  updatePostId,
  updateRefOf,
} from './linkedin-urls';
import type { ShownProfile, SiteAdapter } from './types';

function parsePost(el: Element, pageUrl: URL): ParsedPost | null {
  try {
    if (!isLinkedInUrl(pageUrl)) return null;
    const kind = itemKind(el);
    if (isComment(kind)) return readComment(el);
    if (kind === 'sdui-post') {
      const post = readSduiPost(el);
      return post?.postId ? { ...post, postId: post.postId, quoted: null, parent: null } : null;
    }
    if (kind !== 'classic-post') return null;
    const post = readClassicUpdate(el, updateRefOf(el.getAttribute('data-urn')));
    if (!post?.postId) return null;
    return { ...post, postId: post.postId, quoted: readReshare(el), parent: null };
  } catch {
    // Markup LinkedIn has not shown us yet must cost one post, never the content script.
    return null;
  }
}

/**
 * Beside an element, outside any link or button it sits in (a click there must not
 * navigate), but never outside the item: with a link around the whole item, or a comment
 * rendered inside another's link, the climb would put the buttons in the feed or in the
 * other comment (found by the fuzz test, test/dom/fuzz). Null then: they go in the item.
 */
function besides(item: Element, el: Element | null | undefined): Element | null {
  if (!el) return null;
  const control = el.parentElement?.closest('a, button');
  const slot = (control && control !== item && item.contains(control) ? control : el).parentElement;
  return slot && item.contains(slot) ? slot : null;
}

/**
 * Where the capture buttons go: at the end of the author row (classic post), beside the
 * "…" menu or else the time (new feed), beside a comment's time. Never in a nested item.
 */
function buttonSlot(el: Element): Element | null {
  const kind: ItemKind | null = itemKind(el);
  switch (kind) {
    case 'classic-post':
      return ownFirst(el, S.CLASSIC_ACTOR);
    case 'classic-comment':
      return besides(el, ownFirst(el, S.COMMENT_TIME));
    case 'sdui-post':
      return (
        besides(el, ownFirst(el, S.SDUI_CONTROL_MENU)) ??
        besides(el, relativeTimeIn(el, ownFirst(el, S.SDUI_TEXT)))
      );
    case 'sdui-comment':
      return besides(el, relativeTimeIn(el, ownFirst(el, S.SDUI_TEXT)));
    default:
      return null;
  }
}

/** A person's or a page's profile (/in/<slug>/, /company/<slug>/), named by its header. */
function profileOf(url: URL, doc: Document): ShownProfile | null {
  const handle = profileHandleOf(url);
  if (!handle) return null;
  const name = lineOf(doc.querySelector(S.any(S.PROFILE_NAME)));
  const followers = Array.from(doc.querySelectorAll(S.any(S.PROFILE_INFO)), (info) =>
    followersIn(lineOf(info, 200)),
  ).find((count) => count !== null);
  return { handle, name, followers: followers ?? null };
}

/** The post a post page is about: the item with the page's id, or the one linking to it. */
function focusedPost(doc: Document, url: URL): Element | null {
  const ref = postPageRef(url);
  if (!ref) return null;
  const id = updatePostId(ref);
  const posts = findPosts(doc).filter((el) => !isComment(itemKind(el)));
  return (
    posts.find((post) => postIdOf(post) === id) ??
    posts.find((post) => readSduiPost(post)?.permalink === updatePermalink(ref)) ??
    null
  );
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  match: isLinkedInUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  buttonSlot,
  profileOf,
  focusedPost,
  isPostPage: (url) => postPageRef(url) !== null,
  expectsPosts: showsPosts,
  replyBoxes: linkedinReplyBoxes,
};
