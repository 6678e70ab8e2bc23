/**
 * Old Reddit (old.reddit.com): links and comments are `.thing` elements with data-*
 * attributes (fullname, author, permalink); a thing's own text, tagline and buttons are in
 * its `.entry`, its replies in the sibling `.child`. Facts and sources: notes/site-dom.md §5
 * and kepano/defuddle's old Reddit fixture; selectors in reddit-selectors.ts.
 */
import type { ParsedPost } from '../db/schema';
import { clip, oneLine } from './dom-text';
import { LIMITS } from './limits';
import { authorOf, handleOf } from './reddit-author';
import { attrOf, ownEntry, postIdOf } from './reddit-find';
import * as R from './reddit-selectors';
import { countOf, epochOf, languageOf, markdownText, NO_METRICS, timeOf } from './reddit-text';
import { canonicalPermalink, commentLinkOf, postFullnameOf, postLinkOf } from './reddit-urls';

const titleIn = (entry: Element | null) =>
  clip(oneLine(entry?.querySelector(R.any(R.OLD_TITLE))?.textContent ?? ''), LIMITS.title) || null;

/** The author: data-author, else the tagline's author link (or its "[deleted]"). */
function handleIn(thing: Element, entry: Element): string | null {
  const tagline = entry.querySelector(R.any(R.OLD_TAGLINE));
  const shown = tagline ? R.bestMatch(tagline, R.OLD_AUTHOR)?.textContent : null;
  return handleOf(attrOf(thing, R.OLD_ATTR.author) || shown);
}

/** The score: exact from data-score, else the score element's exact title or its text. */
function scoreOf(thing: Element, entry: Element): number | null {
  const attr = countOf(attrOf(thing, R.OLD_ATTR.score));
  if (attr !== null) return attr;
  const inEntry = R.bestMatch(entry, R.OLD_SCORE);
  // A link's score sits left of its entry (in .midcol), a direct part of the thing.
  const midcol = Array.from(thing.children).find((child) =>
    child.classList.contains(R.OLD_MIDCOL_CLASS),
  );
  const score = inEntry ?? (midcol ? R.bestMatch(midcol, R.OLD_SCORE) : null) ?? null;
  return countOf(score?.getAttribute('title')) ?? countOf(score?.textContent);
}

/** The link a comment belongs to, with its title and link when it is on the page. */
function parentOf(thing: Element): NonNullable<ParsedPost['parent']> | null {
  const postId = postFullnameOf(attrOf(thing, R.OLD_ATTR.permalink));
  if (!postId) return null;
  const post = thing.ownerDocument.querySelector(`.thing[data-fullname="${postId}"]`);
  const entry = post ? ownEntry(post) : null;
  return {
    postId,
    permalink:
      (post && canonicalPermalink(attrOf(post, R.OLD_ATTR.permalink))) ?? postLinkOf(postId),
    title: titleIn(entry),
  };
}

export function readOldThing(thing: Element): ParsedPost | null {
  const postId = postIdOf(thing);
  const entry = ownEntry(thing);
  const handle = entry ? handleIn(thing, entry) : null;
  if (!postId || !entry || !handle) return null;
  const isComment = postId.startsWith('t1_');
  const body = entry.querySelector(R.any(R.OLD_BODY));
  const bodyText = body ? markdownText(body) : '';
  const title = isComment ? null : titleIn(entry);
  const time = R.bestMatch(entry, R.OLD_TIME);
  const postedAt =
    epochOf(attrOf(thing, R.OLD_ATTR.timestamp)) ?? timeOf(time?.getAttribute('datetime'));
  const shownTime = oneLine(time?.textContent ?? '').slice(0, 100);
  const parent = isComment ? parentOf(thing) : null;
  const permalink = canonicalPermalink(attrOf(thing, R.OLD_ATTR.permalink));
  return {
    platform: 'reddit',
    postId,
    permalink:
      permalink ??
      (isComment ? (parent ? commentLinkOf(parent.postId, postId) : null) : postLinkOf(postId)),
    author: authorOf(handle, null),
    text: clip([title, bodyText].filter(Boolean).join('\n\n'), LIMITS.text),
    title,
    // In a listing a self post's text loads only when its expando is opened.
    truncated: !body && entry.querySelector(R.any(R.OLD_COLLAPSED_SELFTEXT)) !== null,
    postedAt,
    shownTime: postedAt === null && shownTime ? shownTime : null,
    language: languageOf(body),
    metrics: {
      ...NO_METRICS,
      replies: isComment
        ? null
        : (countOf(attrOf(thing, R.OLD_ATTR.comments)) ??
          countOf(entry.querySelector(R.any(R.OLD_COMMENTS_LINK))?.textContent)),
      likes: scoreOf(thing, entry),
    },
    isReply: isComment,
    isPromoted:
      thing.classList.contains(R.OLD_PROMOTED_CLASS) ||
      attrOf(thing, R.OLD_ATTR.promoted) === 'true',
    isArticle: false,
    quoted: null,
    parent,
  };
}
