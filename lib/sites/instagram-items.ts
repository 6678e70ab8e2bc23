/**
 * One article split into its items. A post's article also holds its comments (on a post
 * page, and under a feed post once someone comments there), and each comment is an item of
 * its own: its capture button must not sit inside the post's element. So the article is
 * split by its links, which survive Instagram's hashed classes and wrapper changes:
 * - a comment is the largest element around its own link (/p/<code>/c/<id>/) that holds
 *   no other comment and nothing of the post (the post's permalinks and times, its header);
 *   a comment's replies are therefore items of their own, never part of it;
 * - the post is the whole article when it holds no comment, else the largest part around
 *   its header that holds none (on a post page: the header above the comment list).
 */
import { firstProfileLink, linksOf, postLinkIn } from './instagram-links';
import { any, COMMENTS_LINK, EDITOR, LIKES_LINK } from './instagram-selectors';
import { commentRefOf } from './instagram-urls';

export interface Items {
  /** The post's own element, or null when the article names no post. */
  post: Element | null;
  comments: Element[];
}

/** Node's constant, for DOMs without the global. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Parts of a post that no comment has: its likes and comments links, its comment box. */
const POST_ONLY = [...LIKES_LINK, ...COMMENTS_LINK, ...EDITOR];

/** From `from` up to the last ancestor below `top` that `ok` accepts. */
function climb(from: Element, top: Element, ok: (parent: Element) => boolean): Element {
  let el = from;
  for (let up = el.parentElement; up && up !== top && ok(up); up = up.parentElement) el = up;
  return el;
}

/** How many marks each ancestor (below top) holds. */
function ancestorCounts(marks: Iterable<Element>, top: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const mark of marks) {
    for (let el = mark.parentElement; el && el !== top; el = el.parentElement) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * What only the post has, never a comment: its header's author link, its times (outside
 * comment links), its permalinks, its likes and "View all comments" links, its comment box.
 * A comment holds one mark only, its own link: so it is told from what surrounds it.
 */
function postMarks(article: Element, commentLinks: Element[]): Set<Element> {
  const inComment = (el: Element) => commentLinks.some((link) => link.contains(el));
  const first = commentLinks[0];
  // The header's author link comes before every comment (feed and post page alike).
  const head = first
    ? firstProfileLink(
        article,
        (link) => (link.compareDocumentPosition(first) & DOCUMENT_POSITION_FOLLOWING) !== 0,
      )?.link
    : null;
  const marks = new Set<Element>(head ? [head] : []);
  for (const time of article.getElementsByTagName('time')) {
    if (!inComment(time)) marks.add(time.closest('a') ?? time);
  }
  for (const { link } of linksOf(article).posts) marks.add(link);
  for (const el of article.querySelectorAll(any(POST_ONLY))) {
    if (!commentRefOf((el.getAttribute('href') ?? '').replace(/liked_by\/$/, ''))) marks.add(el);
  }
  return marks;
}

/** The post element and the comment elements of one article (see the top comment). */
export function itemsOf(article: Element): Items {
  const links = linksOf(article).comments.map(({ link }) => link);
  const ownLink = postLinkIn(article);
  if (links.length === 0) return { post: ownLink ? article : null, comments: [] };
  const marks = postMarks(article, links);
  const counts = ancestorCounts([...links, ...marks], article);
  const comments = links.map((link) => climb(link, article, (up) => counts.get(up) === 1));
  const holdsComment = new Set(ancestorCounts(links, article).keys());
  // The post grows from its header (else its permalink) up to where the comments begin.
  const anchor = marks.values().next().value ?? null;
  const post = anchor && ownLink ? climb(anchor, article, (up) => !holdsComment.has(up)) : null;
  return { post: post && !holdsComment.has(post) ? post : null, comments };
}
