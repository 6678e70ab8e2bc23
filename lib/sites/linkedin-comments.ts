/**
 * Reading a LinkedIn comment or reply of either generation. Its URN names the update it is
 * on: urn:li:comment:(activity:<id>,<cid>) (classic data-id, site-dom §4; new feed
 * componentkey "replaceableComment_<urn>", 2026-04 map). A comment keeps a link to its post
 * (parent); a reply's link names its thread's comment too. Times are relative, as on posts.
 */
import type { Author, ParsedPost } from '../db/schema';
import { classicCommenter, sduiAuthor } from './linkedin-author';
import {
  commentUrnAttr,
  enclosingPost,
  findPosts,
  isComment,
  itemKind,
  ownFirst,
  postIdOf,
} from './linkedin-find';
import { commentMetrics } from './linkedin-metrics';
import { postTitle, relativeTimeIn } from './linkedin-posts';
import * as S from './linkedin-selectors';
import { languageOf, lineOf, shownTimeOf, textOf } from './linkedin-text';
import {
  commentPermalink,
  commentRefOf,
  updatePermalink,
  updatePostId,
  type CommentRef,
} from './linkedin-urls';

/** What differs between the generations: where author, text and time are. */
interface CommentParts {
  author: Author | null;
  textBox: Element | null;
  /** The element showing the time (classic: <time>, which may carry a datetime). */
  time: Element | null;
  seeMore: readonly string[];
}

function classicParts(comment: Element): CommentParts {
  return {
    author: classicCommenter(comment),
    textBox: ownFirst(comment, S.COMMENT_TEXT),
    time: ownFirst(comment, S.COMMENT_TIME),
    seeMore: S.CLASSIC_SEE_MORE,
  };
}

function sduiParts(comment: Element): CommentParts {
  const textBox = ownFirst(comment, S.SDUI_TEXT);
  return {
    author: sduiAuthor(comment, textBox),
    textBox,
    time: relativeTimeIn(comment, textBox),
    seeMore: S.SDUI_SEE_MORE,
  };
}

/** The comment whose thread a reply is in (the comment item around it), or null. */
function threadElement(comment: Element): Element | null {
  for (let up = comment.parentElement; up; up = up.parentElement) {
    const kind = itemKind(up);
    if (isComment(kind)) return up;
    if (kind) return null; // reached the post: a top-level comment
  }
  return null;
}

function threadOf(comment: Element): CommentRef | null {
  const thread = threadElement(comment);
  return thread ? commentRefOf(commentUrnAttr(thread)) : null;
}

/** Replies shown under a comment: the comments whose thread it is. */
const shownReplies = (comment: Element) =>
  findPosts(comment).filter((each) => each !== comment && threadElement(each) === comment).length;

function datetimeOf(time: Element | null): number | null {
  const value = Date.parse(time?.getAttribute('datetime') ?? '');
  return Number.isFinite(value) && value >= 0 ? Math.trunc(value) : null;
}

export function readComment(comment: Element): ParsedPost | null {
  const kind = itemKind(comment);
  const ref = commentRefOf(commentUrnAttr(comment));
  if (!ref || !isComment(kind)) return null;
  const parts = kind === 'classic-comment' ? classicParts(comment) : sduiParts(comment);
  if (!parts.author) return null;
  const post = enclosingPost(comment);
  const postedAt = datetimeOf(parts.time);
  return {
    platform: 'linkedin',
    postId: `comment:${ref.id}`,
    permalink: commentPermalink(ref, threadOf(comment)),
    author: parts.author,
    text: textOf(parts.textBox),
    title: null,
    truncated:
      ownFirst(comment, parts.seeMore, (el) => el.getAttribute('aria-expanded') !== 'true') !==
      null,
    postedAt,
    shownTime: postedAt === null ? shownTimeOf(lineOf(parts.time, 200)) : null,
    language: languageOf(parts.textBox),
    metrics: commentMetrics(comment, shownReplies(comment)),
    isReply: true,
    isPromoted: false,
    isArticle: false,
    quoted: null,
    parent: {
      // The post as Casebook knows it on this page (the new feed's POSTID), else the update.
      postId: (post && postIdOf(post)) ?? updatePostId(ref.update),
      permalink: updatePermalink(ref.update),
      title: postTitle(post),
    },
  };
}
