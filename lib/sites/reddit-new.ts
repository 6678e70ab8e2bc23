/**
 * New Reddit (shreddit): posts and comments are custom elements whose attributes carry the
 * data (id, author, permalink, title, score, counts, times) and whose light-DOM slots hold
 * the text. Facts and sources: notes/site-dom.md §5; selectors in reddit-selectors.ts.
 */
import type { ParsedPost } from '../db/schema';
import { clip, oneLine } from './dom-text';
import { LIMITS } from './limits';
import { authorOf, avatarIn, handleOf } from './reddit-author';
import { attrOf, postIdOf, slotChild } from './reddit-find';
import * as R from './reddit-selectors';
import { countOf, languageOf, markdownText, NO_METRICS, timeOf } from './reddit-text';
import {
  canonicalPermalink,
  commentLinkOf,
  postFullnameOf,
  postLinkOf,
  POST_FULLNAME,
  REDDIT_ORIGIN,
} from './reddit-urls';

/**
 * The time as a machine time from the attribute, else the shown <time>'s datetime; the
 * relative text ("3 hr. ago") only when there is no machine time at all.
 */
function timesOf(created: string | null, header: Element | null) {
  const shown = header ? R.bestMatch(header, R.SHOWN_TIME) : null;
  const postedAt = timeOf(created) ?? timeOf(shown?.getAttribute('datetime'));
  const shownText = shown ? oneLine(shown.textContent ?? '').slice(0, 100) : '';
  return { postedAt, shownTime: postedAt === null && shownText ? shownText : null };
}

/** A post: title and body are its text (the title is what the customer wrote first). */
export function readNewPost(el: Element): ParsedPost | null {
  const postId = postIdOf(el);
  const handle = handleOf(attrOf(el, R.POST_ATTR.author));
  if (!postId || !handle) return null;
  const shownTitle = () => el.querySelector(R.any(R.POST_TITLE))?.textContent;
  const title =
    clip(oneLine(attrOf(el, R.POST_ATTR.title) ?? shownTitle() ?? ''), LIMITS.title) || null;
  const body = el.querySelector(R.any(R.POST_BODY));
  const bodyText = body ? markdownText(body) : '';
  const header = slotChild(el, R.POST_HEADER_SLOTS);
  return {
    platform: 'reddit',
    postId,
    permalink: canonicalPermalink(attrOf(el, R.POST_ATTR.permalink)) ?? postLinkOf(postId),
    author: authorOf(handle, avatarIn([header], handle)),
    text: clip([title, bodyText].filter(Boolean).join('\n\n'), LIMITS.text),
    title,
    // The feed clamps long bodies with CSS only: the DOM holds the whole text.
    truncated: false,
    ...timesOf(attrOf(el, R.POST_ATTR.created), header),
    language: languageOf(body) ?? languageOf(el),
    metrics: {
      ...NO_METRICS,
      replies: countOf(attrOf(el, R.POST_ATTR.comments)),
      likes: countOf(attrOf(el, R.POST_ATTR.score)),
    },
    isReply: false,
    isPromoted: el.matches(R.any(R.PROMOTED)),
    isArticle: false,
    quoted: null,
    parent: null,
  };
}

/**
 * The post a comment belongs to: its postid attribute (else its permalink), with the post's
 * link and title when the post is on the page (a comment thread sits under its post).
 */
function parentOf(
  comment: Element,
  permalink: string | null,
): NonNullable<ParsedPost['parent']> | null {
  const declared = attrOf(comment, R.COMMENT_ATTR.postId)?.trim() ?? '';
  const postId = POST_FULLNAME.test(declared)
    ? declared
    : postFullnameOf(permalink?.slice(REDDIT_ORIGIN.length));
  if (!postId) return null;
  const post = comment.ownerDocument.getElementById(postId);
  const onPage = post && postIdOf(post) === postId ? post : null;
  const title = onPage ? clip(oneLine(attrOf(onPage, R.POST_ATTR.title) ?? ''), LIMITS.title) : '';
  return {
    postId,
    permalink:
      (onPage && canonicalPermalink(attrOf(onPage, R.POST_ATTR.permalink))) ?? postLinkOf(postId),
    title: title || null,
  };
}

export function readNewComment(el: Element): ParsedPost | null {
  const postId = postIdOf(el);
  const handle = handleOf(attrOf(el, R.COMMENT_ATTR.author));
  if (!postId || !handle) return null;
  const body = slotChild(el, R.COMMENT_SLOTS.body) ?? el.querySelector(R.commentBodyById(postId));
  const meta = slotChild(el, R.COMMENT_SLOTS.meta);
  const avatar = slotChild(el, R.COMMENT_SLOTS.avatar);
  const permalink = canonicalPermalink(attrOf(el, R.COMMENT_ATTR.permalink));
  const parent = parentOf(el, permalink);
  return {
    platform: 'reddit',
    postId,
    permalink: permalink ?? (parent ? commentLinkOf(parent.postId, postId) : null),
    author: authorOf(handle, avatarIn([avatar, meta], handle)),
    text: clip(body ? markdownText(body) : '', LIMITS.text),
    title: null,
    truncated: false,
    ...timesOf(attrOf(el, R.COMMENT_ATTR.created), meta),
    language: languageOf(body) ?? languageOf(el),
    metrics: { ...NO_METRICS, likes: countOf(attrOf(el, R.COMMENT_ATTR.score)) },
    isReply: true,
    isPromoted: false,
    isArticle: false,
    quoted: null,
    parent,
  };
}
