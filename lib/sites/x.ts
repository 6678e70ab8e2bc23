/**
 * The X (x.com, twitter.com) adapter: posts on home, profile, search and status pages.
 * Facts and their sources: notes/site-dom.md section 1; selectors in x-selectors.ts.
 * Pure and defensive: it reads the DOM it is given and returns null rather than throw.
 */
import type { ParsedPost, QuotedPost } from '../db/schema';
import { blockText, clip, inlineText, oneLine } from './dom-text';
import { LIMITS } from './limits';
import { languageTag } from './read';
import type { ShownProfile, SiteAdapter } from './types';
import { followersIn, hoverCardAuthor } from './x-followers';
import { handleElementIn, isHandleElement, readAuthor, shownHandle } from './x-author';
import { closestPost, findPosts, isPost, postIdOf, statusRefOf } from './x-find';
import { xReplyBoxes } from './x-composer';
import { listenOf } from './x-listen';
import { actionBar, ownActionBar, readMetrics } from './x-metrics';
import { ownAll, ownedByPost, ownFirst, owns, scopeOf, type Scope } from './x-scope';
import * as X from './x-selectors';
import { DOCUMENT_POSITION_FOLLOWING, focusedIndex, isThreadReply } from './x-thread';
import { isXUrl, permalinkOf, profileHandleOf, statusOf, type StatusRef } from './x-urls';

/** X's codes for posts without words (media, hashtags, mentions, URLs only): no language. */
const NO_LANGUAGE = new Set(['und', 'zxx', 'qme', 'qht', 'qam', 'qct', 'qst']);

function languageOf(el: Element | null): string | null {
  const lang = languageTag(el?.getAttribute('lang'));
  return lang && !NO_LANGUAGE.has(lang.toLowerCase()) ? lang : null;
}

/**
 * Text, title and the article flag. An X Article's text is its title and body
 * (title + blank line + body); a post's is its tweetText, emoji and links kept.
 */
function readText(scope: Scope) {
  const view = ownFirst(scope, X.ARTICLE_VIEW);
  const titleBox = ownFirst(scope, X.ARTICLE_TITLE);
  const body = ownFirst(scope, X.ARTICLE_BODY);
  const notText = X.any([...X.USER_NAME, '[data-testid^="card."]']);
  const textBox = ownFirst(scope, X.TEXT, (el) => !view?.contains(el) && !el.closest(notText));
  const postText = textBox ? inlineText(textBox).trim() : '';
  const cut = ownFirst(scope, X.SHOW_MORE) !== null;
  const language = languageOf(textBox);
  if (!view && !titleBox && !body) {
    return {
      text: clip(postText, LIMITS.text),
      title: null,
      truncated: cut,
      isArticle: false,
      language,
    };
  }
  const title = titleBox ? clip(oneLine(inlineText(titleBox)), LIMITS.title) || null : null;
  const bodyText = body ? blockText(body, { skip: X.any(X.ARTICLE_NOT_TEXT) }) : postText;
  const text = clip([title, bodyText].filter(Boolean).join('\n\n'), LIMITS.text);
  // Without its body (a timeline preview), an article shows only its start.
  return { text, title, truncated: cut || !body, isArticle: true, language };
}

/**
 * "Replying to @x" above the text, found by structure (a language-independent test): an
 * own profile link reading "@handle" that sits before the text (or the action bar) and
 * outside the author, the text and the social context ("X reposted").
 */
function hasReplyContext(scope: Scope): boolean {
  const end = ownFirst(scope, X.TEXT) ?? actionBar(scope);
  if (!end) return false;
  const notContext = X.any([...X.USER_NAME, ...X.TEXT, ...X.SOCIAL_CONTEXT, ...X.AVATAR_BOX]);
  return ownAll(scope, ['a[href]']).some(
    (link) =>
      !link.closest(notContext) &&
      profileHandleOf(link.getAttribute('href')) !== null &&
      isHandleElement(link) &&
      (link.compareDocumentPosition(end) & DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
}

/**
 * A post (or a quoted post) without what only the outer post has: promotion and the quote.
 * The id of a quoted post may be unknown: the timeline gives its <time> no link, so only a
 * link of its own (a photo, /<handle>/status/<id>/photo/1) can tell it.
 */
function readPost(scope: Scope): QuotedPost | null {
  const own = (node: Element) => owns(scope, node);
  const timeRef = statusRefOf(scope.root, own);
  const author = readAuthor(scope, timeRef);
  if (!author) return null;
  const ref = timeRef ?? sameAuthorLink(scope, author.handle);
  const datetime = Date.parse(ownFirst(scope, ['time[datetime]'])?.getAttribute('datetime') ?? '');
  return {
    platform: 'x',
    postId: ref?.id ?? null,
    permalink: ref ? permalinkOf(ref.handle === 'i' ? author.handle : ref.handle, ref.id) : null,
    author,
    ...readText(scope),
    postedAt: Number.isFinite(datetime) && datetime >= 0 ? Math.trunc(datetime) : null,
    metrics: readMetrics(scope),
    isReply: hasReplyContext(scope),
    isPromoted: false,
  };
}

function sameAuthorLink(scope: Scope, handle: string): StatusRef | null {
  for (const link of ownAll(scope, ['a[href*="/status/"]'])) {
    const ref = statusOf(link.getAttribute('href'));
    if (ref && ref.handle.toLowerCase() === handle.toLowerCase()) return ref;
  }
  return null;
}

/**
 * Promoted: inside X's placementTracking box (cpft), or holding one that is not a video
 * wrapper, or (English fast path) labelled "Ad" / "Promoted" outside text and author.
 */
function isPromoted(scope: Scope): boolean {
  if (scope.root.closest(X.any(X.PROMOTED))) return true;
  const media = X.any(X.MEDIA);
  if (ownAll(scope, X.PROMOTED).some((box) => !box.matches(media) && !box.querySelector(media))) {
    return true;
  }
  const notLabel = X.any([...X.TEXT, ...X.USER_NAME, '[data-testid^="card."]']);
  return ownAll(scope, ['span']).some(
    (span) =>
      span.childElementCount === 0 &&
      X.AD_LABELS.includes((span.textContent ?? '').trim()) &&
      !span.closest(notLabel),
  );
}

function parsePost(el: Element, pageUrl: URL): ParsedPost | null {
  try {
    if (!isPost(el)) return null;
    const scope = scopeOf(el);
    const post = readPost(scope);
    if (!post?.postId) return null;
    const view = ownFirst(scope, X.ARTICLE_VIEW);
    // Posts embedded in an X Article are part of its body, not a quote.
    const quoteRoot = scope.nested.find((root) => !view?.contains(root));
    return {
      ...post,
      postId: post.postId,
      isReply: post.isReply || isThreadReply(el, pageUrl),
      isPromoted: isPromoted(scope),
      quoted: quoteRoot ? readPost(scopeOf(quoteRoot)) : null,
    };
  } catch {
    // Markup X has not shown us yet must cost one post, never the content script.
    return null;
  }
}

/**
 * Where the capture button goes: beside the header's "More" button (found early in the
 * post, so cheap on every new row), else at the end of the action bar.
 */
function buttonSlot(el: Element): Element | null {
  if (!isPost(el)) return null;
  const caret = el.querySelector(X.any(X.CARET));
  if (caret?.parentElement && ownedByPost(el, caret)) return caret.parentElement;
  return ownActionBar(el);
}

/**
 * The profile a URL shows (/acme, /acme/with_replies), named from the page header when the
 * header is this profile's: after an in-app navigation the old header can linger a moment.
 */
function profileOf(url: URL, doc: Document): ShownProfile | null {
  const handle = isXUrl(url) ? profileHandleOf(url.pathname) : null;
  if (!handle) return null;
  const header = doc.querySelector(X.any(X.PROFILE_NAME));
  const shown = header ? handleElementIn(header) : null;
  const headerHandle = shown ? shownHandle(shown) : null;
  if (!header || (headerHandle && headerHandle.toLowerCase() !== handle.toLowerCase())) {
    return { handle, name: '' };
  }
  const name = clip(oneLine(inlineText(header, { stopAt: isHandleElement })), LIMITS.name);
  const followers = followersIn(doc, headerHandle ?? handle)?.followers ?? null;
  return { handle: headerHandle ?? handle, name, followers };
}

function isPostPage(url: URL): boolean {
  return isXUrl(url) && statusOf(url.pathname) !== null;
}

/** Timelines, searches, lists, profiles and posts show posts; settings and messages do not. */
function expectsPosts(url: URL): boolean {
  if (!isXUrl(url)) return false;
  const first = url.pathname.split('/')[1] ?? '';
  if (['home', 'search'].includes(first) || statusOf(url.pathname)) return true;
  if (first === 'i') return /^\/i\/lists\/\d+/.test(url.pathname);
  const tab = url.pathname.split('/')[2] ?? '';
  return profileHandleOf(url.pathname) !== null && !/follow/.test(tab);
}

function focusedPost(doc: Document, url: URL): Element | null {
  const page = isXUrl(url) ? statusOf(url.pathname) : null;
  if (!page) return null;
  const posts = findPosts(doc);
  return posts[focusedIndex(posts, page.id)] ?? null;
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  name: 'X',
  match: isXUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  listenOf,
  buttonSlot,
  profileOf,
  focusedPost,
  isPostPage,
  expectsPosts,
  replyBoxes: xReplyBoxes,
  hoverCardAuthor,
};
