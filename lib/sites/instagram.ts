/**
 * The Instagram adapter (www.instagram.com): posts and reels in the feed and on their own
 * page, and their comments, each comment an item of its own. Facts and their source:
 * notes/site-dom.md section 3; selectors in instagram-selectors.ts. Pure and defensive: it
 * reads the DOM it is given and returns null rather than throw.
 *
 * Ids: a post is its shortcode (/p/<code>/, /reel/<code>/); a comment "comment:<id>" from
 * its own link /p/<code>/c/<id>/ (a reply's id from /c/<id>/r/<replyId>/).
 */
import type { ParsedPost } from '../db/schema';
import { oneLine } from './dom-text';
import { authorLine, readAuthor } from './instagram-author';
import { instagramReplyBoxes } from './instagram-composer';
import { closestPost, findPosts, postIdOf } from './instagram-find';
import { itemsOf } from './instagram-items';
import { commentLinkOf, firstProfileLink, postLinkIn } from './instagram-links';
import { articleOf, ownAll, owns, type Scope } from './instagram-scope';
import { commentMetrics, metaRowOf, postMetrics } from './instagram-metrics';
import { profileOf } from './instagram-profile';
import { AD_LINK, SPONSORED_LABELS } from './instagram-selectors';
import { captionIn, captionText, firstWords, isCut, languageOf, timeOf } from './instagram-text';
import {
  commentPermalink,
  commentPostId,
  isInstagramUrl,
  postPermalink,
  postRefOf,
} from './instagram-urls';
import type { SiteAdapter } from './types';

/** An ad: "Sponsored" under the username (fast path), or no time but a link-shim call to action. */
function isPromoted(scope: Scope): boolean {
  const labelled = ownAll(scope, ['span']).some(
    (span) =>
      span.childElementCount === 0 && SPONSORED_LABELS.includes(oneLine(span.textContent ?? '')),
  );
  return labelled || (ownAll(scope, ['time']).length === 0 && ownAll(scope, AD_LINK).length > 0);
}

const NOT_A_COMMENT = { parent: null, rating: null, quoted: null, isArticle: false } as const;

function readPost(scope: Scope): ParsedPost | null {
  const own = postLinkIn(scope.root, (link) => owns(scope, link));
  const author = readAuthor(scope);
  if (!own || !author) return null;
  const caption = captionIn(scope);
  return {
    platform: 'instagram',
    postId: own.ref.code,
    permalink: postPermalink(own.ref),
    author,
    text: captionText(caption),
    title: null,
    truncated: isCut(caption),
    ...timeOf(scope),
    language: languageOf(caption, scope.root),
    metrics: postMetrics(scope),
    isReply: false,
    isPromoted: isPromoted(scope),
    ...NOT_A_COMMENT,
  };
}

/** A comment, with its post as parent (named by its caption's first words when shown). */
function readComment(comment: Element, article: Element | null): ParsedPost | null {
  const ref = commentLinkOf(comment)?.ref;
  const scope = { root: comment, skip: [] };
  const author = readAuthor(scope);
  if (!ref || !author) return null;
  const caption = captionIn(scope);
  const postScope = article ? { root: article, skip: itemsOf(article).comments } : null;
  return {
    platform: 'instagram',
    postId: commentPostId(ref.id),
    permalink: commentPermalink(ref),
    author,
    text: captionText(caption),
    title: null,
    truncated: isCut(caption),
    ...timeOf(scope),
    language: languageOf(caption, comment),
    metrics: commentMetrics(comment),
    isReply: true,
    isPromoted: false,
    ...NOT_A_COMMENT,
    parent: {
      postId: ref.post.code,
      permalink: postPermalink(ref.post),
      title: postScope ? firstWords(captionText(captionIn(postScope))) : null,
    },
  };
}

function parsePost(el: Element): ParsedPost | null {
  try {
    const article = articleOf(el);
    const items = article ? itemsOf(article) : null;
    if (items?.comments.includes(el) || (!items && commentLinkOf(el)))
      return readComment(el, article);
    if (items && items.post !== el) return null;
    return readPost({ root: article ?? el, skip: items?.comments ?? [] });
  } catch {
    // Markup Instagram has not shown us yet must cost one post, never the content script.
    return null;
  }
}

/** A comment's row (time, likes, Reply); a post's author line (avatar, username, ⋯). */
function buttonSlot(el: Element): Element | null {
  const row = metaRowOf(el);
  if (row) return row;
  const author = firstProfileLink(el);
  return author ? authorLine(author.link, author.handle, el) : null;
}

function postPageCode(url: URL): string | null {
  return isInstagramUrl(url) ? (postRefOf(url.pathname)?.code ?? null) : null;
}

function focusedPost(doc: Document, url: URL): Element | null {
  const code = postPageCode(url);
  return code ? (findPosts(doc).find((item) => postIdOf(item) === code) ?? null) : null;
}

/** The feed and post pages show posts; profile grids, explore, messages and settings do not. */
function expectsPosts(url: URL): boolean {
  return isInstagramUrl(url) && (url.pathname === '/' || postPageCode(url) !== null);
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  match: isInstagramUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  buttonSlot,
  profileOf,
  focusedPost,
  isPostPage: (url) => postPageCode(url) !== null,
  expectsPosts,
  replyBoxes: instagramReplyBoxes,
};
