/**
 * The Trustpilot adapter: the review cards of a company's page (/review/<domain>) and of a
 * review's own page (/reviews/<id>), on www and the country sites. Facts and their source:
 * notes/site-dom.md section 7; selectors in trustpilot-selectors.ts. Pure and defensive.
 *
 * A review's id is the one in its own link /reviews/<id>. No reply boxes: a company answers
 * reviews from Trustpilot Business, not from the public page.
 */
import type { ParsedPost } from '../db/schema';
import { clip, oneLine } from './dom-text';
import { LIMITS } from './limits';
import { first, ratingOf, readAuthor, readWords } from './trustpilot-read';
import * as T from './trustpilot-selectors';
import {
  companyOf,
  isTrustpilotUrl,
  reviewIdOf,
  reviewPermalink,
  userIdOf,
} from './trustpilot-urls';
import type { ShownProfile, SiteAdapter } from './types';
import { unknownMetrics } from './read';

const CARD = T.any(T.CARD);

function findPosts(root: ParentNode): Element[] {
  const node = root as Node;
  if (node.nodeType === 1 && (node as Element).matches(CARD)) return [node as Element];
  return Array.from(root.querySelectorAll(CARD));
}

const closestPost = (node: Element) => node.closest(CARD);

function postIdOf(el: Element): string | null {
  for (const link of el.querySelectorAll(T.any(T.REVIEW_LINK))) {
    const id = reviewIdOf(link.getAttribute('href'));
    if (id) return id;
  }
  return null;
}

/** The review's own time: the first in the card (a company's reply comes after it). */
function timeOf(card: Element): Pick<ParsedPost, 'postedAt' | 'shownTime'> {
  const time = card.querySelector('time');
  const ms = Date.parse(time?.getAttribute('datetime') ?? '');
  if (time?.matches(T.any(T.TIME)) && Number.isFinite(ms) && ms >= 0) {
    return { postedAt: Math.trunc(ms), shownTime: null };
  }
  return { postedAt: null, shownTime: oneLine(time?.textContent ?? '').slice(0, 100) || null };
}

function parsePost(el: Element): ParsedPost | null {
  try {
    if (!el.matches(CARD)) return null;
    const postId = postIdOf(el);
    const author = readAuthor(el);
    if (!postId || !author) return null;
    return {
      platform: 'trustpilot',
      postId,
      permalink: reviewPermalink(postId),
      author,
      ...readWords(el),
      ...timeOf(el),
      metrics: unknownMetrics(),
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
      rating: ratingOf(el),
    };
  } catch {
    // Markup Trustpilot has not shown us yet must cost one review, never the content script.
    return null;
  }
}

/** Beside the stars and the date at the top of the review (the row holding both). */
function buttonSlot(el: Element): Element | null {
  const stars = first(el, T.RATING);
  const row = stars?.parentElement;
  if (row && el.contains(row) && row !== el) return row;
  return el.querySelector('time')?.parentElement ?? null;
}

/** A reviewer's page /users/<id>: named by its heading (an assumption, see the selectors). */
function profileOf(url: URL, doc: Document): ShownProfile | null {
  const id = isTrustpilotUrl(url) ? userIdOf(url.pathname) : null;
  if (!id) return null;
  const name = oneLine(first(doc.documentElement, T.PROFILE_NAME)?.textContent ?? '');
  return { handle: id, name: clip(name, LIMITS.name), followers: null };
}

const reviewPageId = (url: URL) => (isTrustpilotUrl(url) ? reviewIdOf(url.pathname) : null);

function focusedPost(doc: Document, url: URL): Element | null {
  const id = reviewPageId(url);
  return id ? (findPosts(doc).find((card) => postIdOf(card) === id) ?? null) : null;
}

/** A company's reviews and a review's page show reviews; the rest of the site does not. */
const expectsPosts = (url: URL) =>
  isTrustpilotUrl(url) && (companyOf(url.pathname) !== null || reviewPageId(url) !== null);

export const trustpilotAdapter: SiteAdapter = {
  id: 'trustpilot',
  name: 'Trustpilot',
  match: isTrustpilotUrl,
  findPosts,
  closestPost,
  postIdOf,
  parsePost,
  buttonSlot,
  profileOf,
  focusedPost,
  isPostPage: (url) => reviewPageId(url) !== null,
  expectsPosts,
};
