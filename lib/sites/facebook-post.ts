/**
 * Full reads of a Facebook post (a story's post element) and of a comment or reply, at
 * capture. Facebook shows no machine-readable time: postedAt is null and shownTime is the
 * relative time as the reader sees it ("3h", "2 Std.", "5 giờ").
 */
import type { ParsedPost } from '../db/schema';
import { readAuthor } from './facebook-author';
import {
  commentLinkIn,
  commentPostId,
  firstOf,
  focusedPost,
  postLinkIn,
  storyOf,
  unitOf,
  type OwnCommentLink,
} from './facebook-find';
import { commentMetrics, labelsOf, postMetrics, replyCountIn } from './facebook-metrics';
import * as FB from './facebook-selectors';
import { excerpt, isCut, languageOf, paragraphsIn, textOf, visibleText } from './facebook-text';
import { commentPermalink, postRefOf, type PostRef } from './facebook-urls';
import { unknownMetrics } from './read';

const AVATAR = FB.any(FB.AVATAR);
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The time shown on the post's permalink, when that link is the header's time (before the
 * text, no picture in it): a sponsored story links its permalink from its media instead.
 */
function shownTimeOf(link: Element, textBox: Element | null): string | null {
  if (link.querySelector(AVATAR) || link.querySelector('video')) return null;
  if (textBox && !(link.compareDocumentPosition(textBox) & FOLLOWING)) return null;
  const time = visibleText(link);
  return time && time.length <= 100 ? time : null;
}

/** Sponsored: an ad link or label (any language), or the word shown outside the text (fast path). */
function isSponsored(story: Element): boolean {
  if (story.querySelector(FB.any(FB.SPONSORED))) return true;
  return Array.from(story.querySelectorAll('a, span')).some(
    (el) =>
      el.childElementCount === 0 &&
      FB.SPONSORED_LABELS.includes(el.textContent?.trim() ?? '') &&
      !el.closest(FB.any(FB.TEXT)),
  );
}

export function readStory(story: Element, unit: Element): ParsedPost | null {
  const own = postLinkIn(story);
  const author =
    own &&
    readAuthor(Array.from(story.querySelectorAll('a[href]')), firstOf(story, FB.PROFILE_NAME));
  if (!own || !author) return null;
  const box = firstOf(story, FB.TEXT);
  return {
    platform: 'facebook',
    postId: own.ref.id,
    permalink: own.ref.permalink,
    author,
    text: box ? textOf(paragraphsIn(box)) : '',
    title: null,
    truncated: box !== null && isCut(box),
    postedAt: null,
    shownTime: shownTimeOf(own.link, box),
    language: languageOf(box),
    // The counts are in the story's footer, outside the post element (and its comments).
    metrics: story === unit ? unknownMetrics() : postMetrics(labelsOf(unit, (el) => el === story)),
    isReply: false,
    isPromoted: isSponsored(story),
    isArticle: false,
    quoted: null,
    parent: null,
    rating: null,
  };
}

/** A comment's parts that are not its text: author links, controls. */
const NOT_COMMENT_TEXT = `a, ${FB.any(FB.BUTTON)}`;

/**
 * A comment's replies: its thread (the list item it heads) says "View all 3 replies", or
 * shows them; null for a reply, or when the page shows no thread.
 */
function repliesOf(comment: Element, own: OwnCommentLink): number | null {
  const thread = comment.closest(FB.any(FB.THREAD));
  if (own.ref.repliesTo || !thread || thread.querySelector(FB.any(FB.ARTICLE)) !== comment) {
    return null;
  }
  return replyCountIn(labelsOf(thread)) ?? thread.querySelectorAll(FB.any(FB.ARTICLE)).length - 1;
}

/**
 * The post a comment is under: named by its own link, else its story, else the page (a
 * post page's comments may sit outside the post's story). Its title: the post's first words.
 */
function parentOf(comment: Element, own: OwnCommentLink, pageUrl: URL) {
  const unit = unitOf(comment);
  const story = unit ? storyOf(unit) : focusedPost(comment.ownerDocument, pageUrl);
  const storyLink = story ? postLinkIn(story) : null;
  const post: PostRef | null = own.ref.post ?? storyLink?.ref ?? postRefOf(pageUrl.href);
  if (!post) return null;
  const box = story && storyLink?.ref.id === post.id ? firstOf(story, FB.TEXT) : null;
  const title = box ? excerpt(textOf(paragraphsIn(box))) : null;
  return { post, title };
}

/**
 * The time shown on a comment's own link. Like a post's, a link holding more than 100
 * characters holds more than a time: none then, where the whole text went into shownTime
 * and the schema refused the capture (found by the fuzz test, test/dom/fuzz).
 */
function commentTimeOf(link: Element): string | null {
  const time = visibleText(link);
  return time && time.length <= 100 ? time : null;
}

export function readComment(comment: Element, pageUrl: URL): ParsedPost | null {
  const own = commentLinkIn(comment);
  if (!own) return null;
  const links = Array.from(comment.querySelectorAll('a[href]')).filter(
    (link) => link.closest(FB.any(FB.ARTICLE)) === comment,
  );
  const author = readAuthor(links, null);
  if (!author) return null;
  const paragraphs = paragraphsIn(comment, NOT_COMMENT_TEXT);
  const parent = parentOf(comment, own, pageUrl);
  return {
    platform: 'facebook',
    postId: commentPostId(own.ref.id),
    permalink: parent ? commentPermalink(parent.post, own.ref) : null,
    author,
    text: textOf(paragraphs, NOT_COMMENT_TEXT),
    title: null,
    truncated: paragraphs.some(isCut),
    postedAt: null,
    shownTime: own.ref.post ? commentTimeOf(own.link) : null,
    language: languageOf(paragraphs[0] ?? null),
    metrics: commentMetrics(
      labelsOf(comment, (el) => paragraphs.includes(el)),
      repliesOf(comment, own),
    ),
    isReply: true,
    isPromoted: false,
    isArticle: false,
    quoted: null,
    parent: parent
      ? { postId: parent.post.id, permalink: parent.post.permalink, title: parent.title }
      : null,
    rating: null,
  };
}
