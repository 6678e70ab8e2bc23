/**
 * Selectors and attribute names of Reddit's markup, as data: new Reddit (shreddit custom
 * elements on www.reddit.com) and old Reddit (old.reddit.com). Each constant lists
 * alternatives, newest first, each with where and when it was seen (notes/site-dom.md §5
 * names the sources: toolbox = toolbox-team/reddit-moderator-toolbox, defuddle =
 * kepano/defuddle; "unattributed" = code whose repository could not be named, a hint).
 * Stable hooks only: custom elements, their attributes, slots, Reddit's long-lived old
 * classes; never localised label text.
 */
import type { Alternatives } from './read';

export { any } from './read';

/**
 * The first match of the best alternative that matches: for alternatives that nest (a
 * control and its wrapper), where document order would pick the wrapper.
 */
export function bestMatch<T extends Element = Element>(
  root: ParentNode,
  alternatives: Alternatives,
): T | null {
  for (const selector of alternatives) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

// ---- New Reddit (shreddit) -------------------------------------------------------------

export const NEW_POST: Alternatives = [
  // 2026-07 defuddle reddit.ts, 2026-03 toolbox platform.ts: every post, in feeds and on its page
  'shreddit-post',
  // 2026-11 site-dom §5 note of the brief: promoted posts are an element of their own
  'shreddit-ad-post',
];

// 2026-03 toolbox, 2026-07 defuddle: every comment; replies are nested inside their parent
export const NEW_COMMENT: Alternatives = ['shreddit-comment'];

/** Attributes of shreddit-post (2026-07 defuddle, 2026-09 unattributed live feed check). */
export const POST_ATTR = {
  id: ['id'], // "t3_…"; the unattributed check saw `post-id` absent
  author: ['author'],
  permalink: ['permalink'],
  title: ['post-title'],
  score: ['score'],
  comments: ['comment-count'],
  created: ['created-timestamp'], // "2026-11-20T09:15:42.123000+0000"
} as const satisfies Record<string, Alternatives>;

/** Attributes of shreddit-comment (2026-03 toolbox; 2026-09 unattributed live thread check). */
export const COMMENT_ATTR = {
  id: ['thingid'], // "t1_…"
  author: ['author'],
  permalink: ['permalink'],
  postId: ['postid'], // "t3_…" of the post the thread belongs to
  score: ['score'], // absent while Reddit hides a new comment's score
  created: ['created'],
} as const satisfies Record<string, Alternatives>;

/** Promoted posts: the ad element, or a post marked promoted (2026-11 site-dom §5 note). */
export const PROMOTED: Alternatives = ['shreddit-ad-post', '[promoted]'];

export const POST_BODY: Alternatives = [
  // 2026-09 unattributed live feed check: feed cards hold the full text here (CSS clamps it)
  'shreddit-post-text-body',
  // 2026-07 defuddle, site-dom §5: the body slot on a post's page
  '[slot="text-body"]',
  // 2026-03 toolbox: the rich-text body by its id, "t3_<id>-post-rtjson-content"
  '[id$="-post-rtjson-content"]',
];

// 2026-09 unattributed feed extractor: the title link, when post-title is missing
export const POST_TITLE: Alternatives = ['[slot="title"]'];

/** The post's header line (subreddit, author, time): where Casebook's controls go. */
// 2026-11 hand-made, not in site-dom.md: shreddit's light-DOM credit bar slot (a hint)
export const POST_HEADER_SLOTS: Alternatives = ['credit-bar'];

/** Slots of a comment: direct children of shreddit-comment (a slot only takes children). */
export const COMMENT_SLOTS = {
  // 2026-07 defuddle, 2026-09 unattributed thread check: the comment's text
  body: ['comment'],
  // 2026-11 hand-made, not in site-dom.md (a hint): author and time above the text
  meta: ['commentMeta'],
  // 2026-09 unattributed scripts: shreddit-comment-action-row[slot="actionRow"]
  actions: ['actionRow'],
  // 2026-11 hand-made, not in site-dom.md (a hint): the author's picture
  avatar: ['commentAvatar'],
} as const satisfies Record<string, Alternatives>;

// 2026-09 unattributed thread check: the text found by id when the slot is renamed
export const commentBodyById = (thingId: string) => `[id="${thingId}-comment-rtjson-content"]`;

// 2026-09 unattributed scripts, site-dom §5: the action row under each comment
export const ACTION_ROW: Alternatives = ['shreddit-comment-action-row'];

/** A comment's Reply: tried in this order (the tracker wraps the button: bestMatch). */
export const REPLY_BUTTON: Alternatives = [
  // 2026-09 unattributed: the Reply button in the comment's action row
  '[noun="reply_comment"] button',
  // 2026-09 same source: the tracker itself, should the button become another element
  '[noun="reply_comment"]',
  // 2026-09 same source, older markup
  'button[slot="comment-reply"]',
];

/** The shown time of an item's header: the fallback when its time attribute is missing. */
export const SHOWN_TIME: Alternatives = [
  // 2026-11 hand-made, not in site-dom.md (a hint): shreddit's faceplate-timeago and <time>
  'faceplate-timeago time[datetime]',
  // 2026-11 any machine time in the header
  'time[datetime]',
  // 2026-11 the relative text alone, kept as shownTime
  'faceplate-timeago',
];

// ---- New Reddit composer (site-dom §5) -------------------------------------------------

// 2026 site-dom §5: the comment box under a post, and the nested one a comment's Reply opens
export const COMPOSER_HOST: Alternatives = ['comment-composer-host'];

// 2026 site-dom §5: clicking this placeholder (a shadow-DOM textarea) mounts the composer
export const COMPOSER_PLACEHOLDER: Alternatives = ['faceplate-textarea-input'];

export const EDITOR: Alternatives = [
  // 2026 site-dom §5: the composer's rich-text box
  'shreddit-composer div[contenteditable="true"][role="textbox"][name="body"]',
  // 2026 site-dom §5: the same box, should its name attribute go
  'shreddit-composer [contenteditable="true"][role="textbox"]',
];

// 2026 site-dom §5; 2026 unattributed automation scripts press the same button
export const SUBMIT_BUTTON: Alternatives = ['button[slot="submit-button"]'];

// 2026 site-dom §5: the composer around the editor and its submit button
export const COMPOSER: Alternatives = ['shreddit-composer'];

// ---- Old Reddit (old.reddit.com) -------------------------------------------------------

// 2026 site-dom §5, 2026-07 defuddle old-reddit fixture: links (t3_) and comments (t1_)
export const OLD_THING: Alternatives = ['.thing[data-fullname]'];

/** Attributes of an old Reddit thing (2026-07 defuddle fixture; site-dom §5). */
export const OLD_ATTR = {
  id: ['data-fullname'],
  author: ['data-author'],
  permalink: ['data-permalink'],
  // 2026-11 hand-made, not in site-dom.md: long-standing attributes of links (a hint)
  score: ['data-score'],
  comments: ['data-comments-count'],
  promoted: ['data-promoted'],
  timestamp: ['data-timestamp'], // epoch milliseconds
} as const satisfies Record<string, Alternatives>;

// 2026-07 defuddle: the thing's own entry (its replies sit in a sibling .child)
export const OLD_ENTRY_CLASS = 'entry';

// 2026-07 defuddle: link title
export const OLD_TITLE: Alternatives = ['a.title'];

// 2026-07 defuddle: self text and comment text
export const OLD_BODY: Alternatives = ['.usertext-body .md'];

// 2026-07 defuddle: author, score and time line of the entry
export const OLD_TAGLINE: Alternatives = ['.tagline'];

export const OLD_TIME: Alternatives = [
  // 2026-07 defuddle: the first time of the tagline is the posting time ("edited" comes after)
  '.tagline time[datetime]',
  'time[datetime]',
];

// 2026-07 defuddle: the author link; deleted accounts show "[deleted]" in an <em> instead
export const OLD_AUTHOR: Alternatives = ['a.author', 'span.author', 'em'];

// 2026-11 hand-made, not in site-dom.md (a hint): the vote column left of a link's entry
export const OLD_MIDCOL_CLASS = 'midcol';

export const OLD_SCORE: Alternatives = [
  // 2026-07 defuddle: "42 points" in a comment's tagline
  '.tagline .score.unvoted',
  // 2026-11 hand-made (a hint): a link's score, in its .midcol
  '.score.unvoted',
];

// 2026-11 hand-made, not in site-dom.md (a hint): "12 comments" under a link
export const OLD_COMMENTS_LINK: Alternatives = ['a.comments'];

/** A comment's "reply" (tried in this order: bestMatch). */
export const OLD_REPLY_LINK: Alternatives = [
  // 2026-11 hand-made, not in site-dom.md (a hint): the action list under an entry
  '.buttons .reply-button a',
  // 2026-11 the same link by the action it reports
  '.buttons a[data-event-action="comment"]',
];

// 2026-11 hand-made, not in site-dom.md (a hint): a listed self post's unopened text
export const OLD_COLLAPSED_SELFTEXT: Alternatives = ['.expando-button.collapsed.selftext'];

// 2026-11 hand-made, not in site-dom.md (a hint): promoted links carry the class
export const OLD_PROMOTED_CLASS = 'promoted';

/** old Reddit reply forms: a textarea and its "save" button. */
export const OLD_REPLY_TEXTAREA: Alternatives = [
  // 2026 site-dom §5: the reply form's textarea
  'form.usertext textarea[name="text"]',
  // 2026 site-dom §5: any textarea of a usertext editor
  '.usertext-edit textarea',
];
export const OLD_SAVE_BUTTON: Alternatives = [
  // 2026 site-dom §5: the form's "save" button
  '.usertext-buttons button.save',
  // 2026-11 the form's submit button, whatever its class
  '.usertext-buttons button[type="submit"]',
];
