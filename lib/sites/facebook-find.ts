/**
 * Finding Facebook's posts and comments in a page and reading their ids: the part of the
 * adapter that runs on every mutation batch, so it stays cheap (a few queries per item).
 *
 * A feed story (a "unit", div[aria-posinset]) holds the post, its footer (Like, Comment,
 * Share), its comments and its comment box. Casebook's items are:
 * - the post: the story's part above its footer (its "story" element here), so that it
 *   never holds a comment, nor the buttons Casebook puts in comments;
 * - every comment and reply: its own div[role=article].
 * A comment is told from a post by structure in any language: its own links carry
 * `comment_id=` (site-dom §2); its English, German or Vietnamese aria-label is a fast path.
 */
import * as FB from './facebook-selectors';
import { commentRefOf, postRefOf, type CommentRef, type PostRef } from './facebook-urls';
import { taskMemo } from './task-memo';

/** Stories and the feed-only fallback, as one selector (never with a descendant combinator). */
const UNIT_OR_FEED_UNIT = FB.any([...FB.UNIT, ...FB.FEED_UNIT]);
const UNIT = FB.any(FB.UNIT);
const FEED = FB.any(FB.FEED);
const UNIT_OR_ARTICLE = FB.any([...FB.UNIT, ...FB.FEED_UNIT, ...FB.ARTICLE]);
const ARTICLE = FB.any(FB.ARTICLE);
const FOOTER = FB.any(FB.FOOTER);
const FIRST_CONTROL = FB.any(FB.CONTROL);
const COMMENT_LINK = FB.any(FB.COMMENT_LINK);
const mayNamePost = (href: string) => FB.POST_HREF_PARTS.some((part) => href.includes(part));

/** The nearest article around node (node itself when it is one). */
const articleOf = (node: Element) => node.closest(ARTICLE);

function labelledAsComment(el: Element): boolean {
  const label = el.getAttribute('aria-label') ?? '';
  return label !== '' && FB.COMMENT_LABELS.some((start) => label.startsWith(start));
}

/** The article's own links naming a comment (not those of a comment inside it). */
function* ownCommentLinks(article: Element): Generator<Element> {
  for (const link of article.querySelectorAll(COMMENT_LINK)) {
    if (articleOf(link) === article) yield link;
  }
}

/**
 * A comment or reply: labelled so (fast path), or holding a `comment_id=` link before any
 * article inside it. A comment's own links (author, time) come first; a post's article
 * holds such links only inside its comments, so one query tells them apart. (The id is
 * read apart, by commentLinkIn, and may still be unreadable.)
 */
export const isComment = taskMemo((el: Element): boolean => {
  if (!el.matches(ARTICLE)) return false;
  if (labelledAsComment(el)) return true;
  const first = el.querySelector(COMMENT_LINK);
  return first !== null && articleOf(first) === el;
});

/** The comment (or reply) around node, node itself when it is one. */
export function closestComment(node: Element): Element | null {
  for (let el = articleOf(node); el; el = el.parentElement ? articleOf(el.parentElement) : null) {
    if (isComment(el)) return el;
  }
  return null;
}

/** A story: a feed unit, a post's article (not a comment), or the fallback inside a feed. */
function isUnit(el: Element): boolean {
  return !isComment(el) && (el.matches(UNIT) || el.closest(FEED) !== null);
}

/**
 * The outermost story around node (node itself when it is one); comments are not stories.
 * It climbs to the top of the page, and the watcher asks it of each item several times in
 * one task: so it is asked once per task.
 */
export const unitOf = taskMemo((node: Element): Element | null => {
  let found: Element | null = null;
  for (
    let el = node.closest(UNIT_OR_FEED_UNIT);
    el;
    el = el.parentElement?.closest(UNIT_OR_FEED_UNIT) ?? null
  ) {
    if (isUnit(el)) found = el;
  }
  return found;
});

/** The first match of the alternatives, tried in their order (best first). */
export function firstOf(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING, spelled out for DOMs without Node

/**
 * Post elements found, per story: storyOf runs several times per story on every mutation
 * batch. A memo only (the answer is a function of the DOM): it is used while the element it
 * names is still in its story, and never for a story that had no footer yet.
 */
const stories = new WeakMap<Element, Element>();

/**
 * The post element of a story: the highest element around its author line that does not
 * reach its footer (controls, comments, comment box). The whole story while it has no
 * footer (a story still loading, or one without controls).
 */
export function storyOf(unit: Element): Element {
  const known = stories.get(unit);
  if (known && known !== unit && known.parentElement && unit.contains(known)) return known;
  const story = findStory(unit);
  stories.set(unit, story);
  return story;
}

function findStory(unit: Element): Element {
  // Fast path: the first control (one attribute test per node); else any footer sign.
  const footer = unit.querySelector(FIRST_CONTROL) ?? unit.querySelector(FOOTER);
  if (!footer) return unit;
  const anchor = firstOf(unit, FB.PROFILE_NAME) ?? firstOf(unit, FB.TEXT);
  if (!anchor || !(footer.compareDocumentPosition(anchor) & PRECEDING)) return unit;
  let el = anchor;
  while (el.parentElement && el.parentElement !== unit && !el.parentElement.contains(footer)) {
    el = el.parentElement;
  }
  return el;
}

/** The story whose post element this is, or null when el is none. */
export function unitOfStory(el: Element): Element | null {
  const unit = unitOf(el);
  return unit && storyOf(unit) === el ? unit : null;
}

/** Items in document order (posts before their comments). */
function inPageOrder(items: Iterable<Element>): Element[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  return Array.from(new Set(items)).sort((a, b) =>
    a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
  );
}

/**
 * The comments and replies inside a story, in page order. They are all after its post
 * element (storyOf stops above them), so only what follows it is searched: the post's
 * header, text and media are most of a story.
 */
function commentsIn(unit: Element): Element[] {
  const story = storyOf(unit);
  if (story === unit) return Array.from(unit.querySelectorAll(ARTICLE)).filter(isComment);
  const comments: Element[] = [];
  for (let el: Element | null = story; el && el !== unit; el = el.parentElement) {
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.matches(ARTICLE) && isComment(next)) comments.push(next);
      for (const article of next.querySelectorAll(ARTICLE)) {
        if (isComment(article)) comments.push(article);
      }
    }
  }
  return comments; // in page order: nearer siblings come before those of an ancestor
}

/**
 * Every post and comment under root. A root inside a comment holds nothing of its own (it
 * is part of that comment); a root inside a story holds its post element when it contains it.
 */
export function findPosts(root: ParentNode): Element[] {
  const items: Element[] = [];
  const rootEl = (root as Node).nodeType === 1 ? (root as Element) : null;
  if (rootEl) {
    const comment = closestComment(rootEl);
    if (comment) return comment === rootEl ? [rootEl] : [];
    const unit = unitOf(rootEl);
    // A whole story added (the feed loading more): its post and its comments, found by one
    // query for articles rather than by testing every story-like element inside it.
    if (unit === rootEl) return [storyOf(unit), ...commentsIn(unit)];
    if (unit) {
      const story = storyOf(unit);
      if (rootEl.contains(story)) items.push(story);
    }
  }
  // One pass over the subtree for stories and comments (an article may be either).
  const candidates = Array.from(root.querySelectorAll(UNIT_OR_ARTICLE));
  if (rootEl?.matches(UNIT_OR_FEED_UNIT)) candidates.unshift(rootEl);
  for (const el of candidates) {
    if (isComment(el)) items.push(el);
    else if (isUnit(el) && unitOf(el) === el) items.push(storyOf(el));
  }
  return inPageOrder(items);
}

/**
 * The item around node: the comment it is in, else the post of the story it is in (also
 * for nodes of that story's footer, which belong to the post but lie outside its element).
 */
export function closestPost(node: Element): Element | null {
  const comment = closestComment(node);
  if (comment) return comment;
  const unit = unitOf(node);
  return unit ? storyOf(unit) : null;
}

export interface OwnLink {
  link: Element;
  ref: PostRef;
}

/**
 * The post's permalink: the first post-shaped link of its element (the time, in its header).
 * A post element never holds a comment (storyOf stops above the first one).
 */
export function postLinkIn(story: Element): OwnLink | null {
  // Links by tag and a string test: cheaper than a selector over every node of the story.
  // item() until null, not for-of or length: either counts every link of the story first.
  const links = story.getElementsByTagName('a');
  for (let i = 0, link = links.item(0); link; link = links.item(++i)) {
    const href = link.getAttribute('href');
    const ref = href && mayNamePost(href) ? postRefOf(href) : null;
    if (ref) return { link, ref };
  }
  return null;
}

export interface OwnCommentLink {
  link: Element;
  ref: CommentRef;
}

/**
 * The comment's own link: its time, whose URL is the post's with `comment_id=` (and
 * `reply_comment_id=` for a reply); else an author link with the comment's id.
 */
export function commentLinkIn(comment: Element): OwnCommentLink | null {
  let fallback: OwnCommentLink | null = null;
  for (const link of ownCommentLinks(comment)) {
    const ref = commentRefOf(link.getAttribute('href'));
    if (ref?.post) return { link, ref };
    if (ref) fallback ??= { link, ref };
  }
  return fallback;
}

/** Ids of comments: the site's comment id, prefixed apart from post ids. */
export const commentPostId = (id: string) => `comment:${id}`;

export function postIdOf(el: Element): string | null {
  if (isComment(el)) {
    const own = commentLinkIn(el);
    return own ? commentPostId(own.ref.id) : null;
  }
  return unitOfStory(el) ? (postLinkIn(el)?.ref.id ?? null) : null;
}

/**
 * The post a post page is about: the one whose id the URL names, else the page's only
 * post (the URL may name it by another id: a photo's, or pfbid for a numeric link).
 */
export function focusedPost(doc: Document, url: URL): Element | null {
  const page = postRefOf(url.href);
  if (!page) return null;
  const posts = findPosts(doc).filter((el) => !isComment(el));
  const only = posts.length === 1 ? (posts[0] ?? null) : null;
  return posts.find((el) => postIdOf(el) === page.id) ?? only;
}
