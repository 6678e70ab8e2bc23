/**
 * Reading a LinkedIn post of either generation. LinkedIn shows relative times only ("1w"):
 * postedAt stays null and shownTime carries what the page shows. A classic update may
 * reshare another post, read as its quoted post; the new feed's reshares are unknown to us.
 */
import type { QuotedPost } from '../db/schema';
import { oneLine } from './dom-text';
import { classicActor, sduiAuthor } from './linkedin-author';
import { ownAll, ownedBy, ownFirst, postIdOf } from './linkedin-find';
import { readMetrics } from './linkedin-metrics';
import * as S from './linkedin-selectors';
import { isRelativeTime, languageOf, lineOf, shownTimeOf, textOf } from './linkedin-text';
import { updatePermalink, updatePostId, updateRefOf, type UpdateRef } from './linkedin-urls';

/** A "…see more" that is still to be pressed (classic marks an open one aria-expanded). */
const notExpanded = (el: Element) => el.getAttribute('aria-expanded') !== 'true';

/**
 * Promoted: LinkedIn writes "Promoted" where the time goes (AkuBridge: a line reading
 * "Promoted"). The label is localised (fast path); in the classic feed the sub-description
 * of a promoted update has no time at all, which is read in any language.
 */
function hasPromotedLabel(root: Element, item: Element, skip: Element | null): boolean {
  return Array.from(root.querySelectorAll('span, p, div, a, li')).some(
    (el) =>
      el.childElementCount === 0 &&
      S.PROMOTED_LABELS.includes(oneLine(el.textContent ?? '')) &&
      !skip?.contains(el) &&
      ownedBy(item, el),
  );
}

/** A classic update, or (root = its reshare box) the post it reshares. */
export function readClassicUpdate(root: Element, ref: UpdateRef | null): QuotedPost | null {
  const author = classicActor(root);
  if (!author) return null;
  const textBox = ownFirst(root, S.CLASSIC_TEXT);
  const timeBox = ownFirst(root, S.CLASSIC_ACTOR_TIME);
  const timeText = lineOf(timeBox, 200);
  const actor = ownFirst(root, S.CLASSIC_ACTOR);
  return {
    platform: 'linkedin',
    postId: ref ? updatePostId(ref) : null,
    permalink: ref ? updatePermalink(ref) : null,
    author,
    text: textOf(textBox),
    title: null,
    truncated: ownFirst(root, S.CLASSIC_SEE_MORE, notExpanded) !== null,
    postedAt: null,
    shownTime: shownTimeOf(timeText),
    language: languageOf(textBox),
    metrics: readMetrics(root),
    isReply: false,
    isPromoted:
      (actor !== null && hasPromotedLabel(actor, root, null)) ||
      (timeText !== '' && !/\d/.test(timeText)),
    isArticle: false,
  };
}

/** The post a classic update reshares, with its link when the box gives one. */
export function readReshare(update: Element): QuotedPost | null {
  // The box is a boundary of its own: it belongs to the update when its parent does.
  const box = Array.from(update.querySelectorAll(S.any(S.CLASSIC_RESHARE))).find(
    (each) => each.parentElement !== null && ownedBy(update, each.parentElement),
  );
  if (!box) return null;
  const link = box.querySelector(S.any(S.CLASSIC_RESHARE_LINK));
  return readClassicUpdate(box, updateRefOf(link?.getAttribute('href')));
}

/**
 * The time line of a new-feed item: the element (outside the text and the controls) whose
 * whole text is a relative time. Its classes are hashed; its shape is not. Only text nodes
 * that start with a digit are looked at, so a long thread costs one walk.
 */
export function relativeTimeIn(item: Element, textBox: Element | null): Element | null {
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !/^\s*\d/.test(node.nodeValue ?? '')) continue;
    if (textBox?.contains(el) || el.closest('button') || !isRelativeTime(el.textContent ?? '')) {
      continue;
    }
    if (ownedBy(item, el)) return el;
  }
  return null;
}

/**
 * A new-feed post. Its id is the opaque POSTID of its componentkey; the permalink is known
 * only when the item links its activity (a time link, a shared link), since the activity
 * URN lives in React's props otherwise (site-dom §4).
 */
export function readSduiPost(item: Element): QuotedPost | null {
  const postId = postIdOf(item);
  const textBox = ownFirst(item, S.SDUI_TEXT);
  const author = sduiAuthor(item, textBox);
  if (!postId || !author) return null;
  const activity = ownAll(item, ['a[href*="urn:li:"]', 'a[href*="urn%3Ali%3A"]'])
    .filter((link) => !textBox?.contains(link))
    .map((link) => updateRefOf(link.getAttribute('href')))
    .find((ref) => ref !== null);
  const time = relativeTimeIn(item, textBox);
  return {
    platform: 'linkedin',
    postId,
    permalink: activity ? updatePermalink(activity) : null,
    author,
    text: textOf(textBox),
    title: null,
    truncated: ownFirst(item, S.SDUI_SEE_MORE, notExpanded) !== null,
    postedAt: null,
    shownTime: shownTimeOf(time?.textContent),
    language: languageOf(textBox),
    metrics: readMetrics(item),
    isReply: false,
    isPromoted: hasPromotedLabel(item, item, textBox),
    isArticle: false,
  };
}

/** First words of a post, for a comment's parent (one line, a title's length). */
export function postTitle(post: Element | null): string | null {
  const box = post ? ownFirst(post, [...S.CLASSIC_TEXT, ...S.SDUI_TEXT]) : null;
  const words = oneLine(textOf(box));
  return words ? (words.length > 120 ? `${words.slice(0, 119).trimEnd()}…` : words) : null;
}
