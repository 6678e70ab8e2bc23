/**
 * Selectors of YouTube's watch page, as data: alternatives best first, each with where and
 * when it was seen. Sources (notes/site-dom.md section 6): shadow = RobertWesner/
 * YouTube-Shadow-Comment (2025-11), carbon = ryankhart/yt-comment-carbon-copy (2026-02);
 * brief = the lead's issue-7 brief for YouTube (2026-11); capture = the outerHTML of one
 * 2025 comment thread (ytd-comment-view-model) found in the public code index, repository
 * not named (a hint, but real markup); userscripts = public userscripts and scrapers of
 * the watch page seen in the same index in 2026-11, unattributed (hints). Hooks are
 * YouTube's custom elements and their ids (Polymer reuses ids inside each element, so
 * every query is scoped to one comment or one watch page); never label text alone.
 */
import type { Alternatives } from './read';

export { any } from './read';

/**
 * Every "#name" written as [id~="name"]. YouTube repeats the same ids in every comment
 * (#header-author, #content-text…). Chromium answers a query for "#name" (and for
 * [id="name"], which it reads the same way) from the page's id table, which then holds one
 * entry per comment: each per-comment query cost grew with the page (about 30 µs each at
 * 1,000 comments in the benchmark). "The id as a word", [id~="name"], matches the same
 * elements (an id has no spaces) and is checked only inside the element queried (1 µs).
 * The lists below keep YouTube's own "#name" spelling for the reader.
 */
function byId(alternatives: Alternatives): Alternatives {
  return alternatives.map((selector) => selector.replace(/#([A-Za-z][\w-]*)/g, '[id~="$1"]'));
}

/** One comment, top-level or reply: each is its own item (its replies are not inside it). */
export const COMMENT: Alternatives = byId([
  // 2025-11 shadow, capture: the view model that replaced ytd-comment-renderer
  'ytd-comment-view-model',
  // 2025-11 site-dom §6 ("keep both"): the older renderer, same ids inside
  'ytd-comment-renderer',
]);

// 2025-11 shadow, capture: a top-level comment and, beside it in #replies, its replies
export const THREAD: Alternatives = byId(['ytd-comment-thread-renderer']);

// capture: inside the thread, a sibling of the top-level comment
export const REPLIES: Alternatives = byId(['ytd-comment-replies-renderer']);

/** The video's own block under the player (title, channel row, description). */
// 2026-02 carbon (h1.ytd-watch-metadata); userscripts ytd-watch-metadata #owner
export const VIDEO: Alternatives = byId(['ytd-watch-metadata']);

/** The watch page element; its video-id attribute follows in-app navigation. */
export const WATCH_ROOT: Alternatives = byId([
  // userscripts 2026-11: "the video-id attribute mutates on SPA navigation"
  'ytd-watch-flexy[video-id]',
  // userscripts 2026-11 (Return YouTube Dislike): the spring-2024 test layout
  'ytd-watch-grid[video-id]',
]);

export const VIDEO_TITLE: Alternatives = byId([
  // 2026-02 carbon, brief
  'h1.ytd-watch-metadata yt-formatted-string',
  // brief: #title h1
  '#title h1 yt-formatted-string',
  '#title h1',
]);

// userscripts 2026-11 (Shorts title readers): the Short on screen
export const SHORTS_TITLE: Alternatives = byId([
  'ytd-reel-video-renderer[is-active] yt-shorts-video-title-view-model h2',
  'yt-shorts-video-title-view-model h2',
]);

// ---- A comment ------------------------------------------------------------------------

/** The author's channel link; a creator's comment hides #author-text behind its badge. */
export const AUTHOR_LINK: Alternatives = byId([
  // 2025-11 site-dom §6, capture: a#author-text[href="/@handle"]
  '#author-text[href]',
  // userscripts 2026-11: the creator's name pill in ytd-author-comment-badge-renderer
  '#author-comment-badge a[href]',
  // capture: the avatar button has no link; any channel link of the header is next best
  '#header-author a[href]',
]);

/** What the page shows as the author: "@handle", a display name on older markup. */
export const AUTHOR_SHOWN: Alternatives = byId([
  // capture: a#author-text > span " @handle "
  '#author-text:not([hidden])',
  // userscripts 2026-11: the creator's badge (#name > ytd-channel-name #text)
  '#author-comment-badge ytd-author-comment-badge-renderer',
]);

export const AVATAR_IMG: Alternatives = byId([
  // capture: #author-thumbnail > button > yt-img-shadow > img#img
  '#author-thumbnail img[src]',
  // capture: the button itself, should #author-thumbnail go
  '#author-thumbnail-button img[src]',
]);

/** A check icon beside the name: verified channels (and verified creators in their pill). */
export const VERIFIED: Alternatives = byId([
  // userscripts 2026-11: the verified check lives in the author badge
  '#author-comment-badge yt-icon',
  // userscripts 2026-11: verified badges elsewhere on YouTube
  '#header-author .badge-style-type-verified',
]);

export const TEXT: Alternatives = byId([
  // 2026-02 carbon, 2025-11 site-dom §6; capture: yt-attributed-string#content-text
  '#content-text',
  // capture: the expander's content box, should the id go
  '#expander #content',
]);

/** "Read more" under a comment cut after four lines; YouTube hides it with [hidden]. */
export const READ_MORE: Alternatives = byId([
  // capture: tp-yt-paper-button#more[hidden] inside ytd-expander; brief
  'tp-yt-paper-button#more:not([hidden])',
  '#more:not([hidden])',
]);

// capture: the expander's buttons, hidden or not ("there but hidden" means nothing is cut)
export const MORE_BUTTON: Alternatives = byId(['#more']);

/** Buttons under a comment's text, for the label fast path when #more is gone. */
export const EXPANDER_BUTTONS: Alternatives = byId([
  '#expander [role="button"]',
  '#expander button',
]);

/** Inside the text box but not its words: hidden chips (a paid comment's price), buttons. */
// capture: yt-pdg-comment-chip-renderer[hidden] sits in #content beside #content-text
export const NOT_TEXT: Alternatives = byId(['[hidden]', 'button', 'tp-yt-paper-button']);

/** English labels of the cut-text button: a fast path only, structure comes first. */
export const READ_MORE_LABELS: readonly string[] = ['Read more', '…more', '...more'];

/** The link under the time, "/watch?v=<video>&lc=<comment>": the comment's id. */
export const TIME_LINK: Alternatives = byId([
  // 2025-11 site-dom §6 (shadow reads #published-time-text a); capture: span#published-time-text
  '#published-time-text a[href]',
  // userscripts 2026-11: yt-formatted-string.published-time-text on the older renderer
  '.published-time-text a[href]',
  // the header's own comment link, should the time box be renamed (never the text's links)
  '#header a[href*="lc="]',
]);

/** The like button; its aria-label has the exact count ("…along with 490 other people"). */
export const LIKE_BUTTON: Alternatives = byId([
  // capture: ytd-toggle-button-renderer#like-button > yt-button-shape > button[aria-label]
  '#like-button button[aria-label]',
  '#like-button [aria-label]',
]);

// 2025-11 site-dom §6, capture: the count as shown ("490", "1.2K", empty for none)
export const VOTE_COUNT: Alternatives = byId(['#vote-count-middle']);

/** "9 replies" under a top-level comment, in the thread's replies renderer. */
export const REPLY_COUNT: Alternatives = byId([
  // capture: ytd-button-renderer#more-replies … button[aria-label="9 replies"]
  '#more-replies [aria-label]',
  // capture: the same count on the sub-thread button and on "hide replies"
  '#more-replies-sub-thread [aria-label]',
  '#less-replies [aria-label]',
]);

/** The comment's "Reply" button, which opens its reply dialog. */
export const REPLY_BUTTON: Alternatives = byId([
  // brief, capture: ytd-button-renderer#reply-button-end > yt-button-shape > button
  '#reply-button-end button',
  // userscripts 2026-11: older renderer, a link wrapping a paper button
  '#reply-button-end tp-yt-paper-button',
  '#reply-button-end a',
]);

/** Where Casebook's controls go: the author line (handle, badges, time). */
export const COMMENT_SLOT: Alternatives = byId([
  // capture: #header > #header-author > h3, badges, #published-time-text
  '#header-author',
  '#header',
  // capture: the engagement bar's row of buttons, after Reply
  '#toolbar',
]);

// ---- The video ------------------------------------------------------------------------

export const CHANNEL_LINK: Alternatives = byId([
  // userscripts 2026-11: ytd-watch-metadata #owner … ytd-channel-name #text > a
  '#owner ytd-channel-name a[href]',
  'ytd-video-owner-renderer a[href^="/@"]',
  '#owner a[href^="/@"]',
  '#owner a[href^="/channel/"]',
]);

export const CHANNEL_AVATAR: Alternatives = byId([
  // userscripts 2026-11: ytd-video-owner-renderer #avatar img
  'ytd-video-owner-renderer #avatar img[src]',
  '#owner img[src]',
]);

// userscripts 2026-11: YouTube's verified badges (music artists have their own style)
export const CHANNEL_VERIFIED: Alternatives = byId([
  '#owner .badge-style-type-verified',
  '#owner .badge-style-type-verified-artist',
]);

// userscripts 2026-11: "847 subscribers" under the channel name
export const SUBSCRIBERS: Alternatives = byId(['#owner-sub-count']);

/** The description; collapsed, the page shows a snippet and a "…more" button. */
export const DESCRIPTION: Alternatives = byId([
  // userscripts 2026-11: ytd-text-inline-expander#description-inline-expander, expanded text
  '#description-inline-expander #expanded yt-attributed-string',
  // userscripts 2026-11: the collapsed snippet
  '#description-inline-expander #attributed-snippet-text',
  '#description-inline-expander',
]);

/** The description's buttons and chips, which are not its text. */
export const DESCRIPTION_NOT_TEXT: Alternatives = byId(['tp-yt-paper-button', 'button', '#expand']);

// userscripts 2026-11: the inline expander's "…more" while collapsed
export const DESCRIPTION_MORE: Alternatives = byId([
  '#description-inline-expander #expand:not([hidden])',
  'tp-yt-paper-button#expand:not([hidden])',
]);

/** Views: aria-label first (exact), the shown text next ("12,345 views", "12K views"). */
export const VIEW_COUNT: Alternatives = byId([
  // userscripts 2026-11: "the a11y rolling number redesign" split views and date
  'ytd-watch-info-text #view-count',
  // userscripts 2026-11: the older info line, first span
  '#info-container #info > span:first-child',
]);

export const DATE_TEXT: Alternatives = byId([
  // userscripts 2026-11: "2 days ago", "Premiered Oct 3, 2026"
  'ytd-watch-info-text #date-text',
  '#info-container #info > span:nth-child(3)',
]);

// userscripts 2026-11: aria-label "like this video along with 12,345 other people"
export const VIDEO_LIKE: Alternatives = byId([
  'like-button-view-model button[aria-label]',
  'segmented-like-dislike-button-view-model button[aria-label]',
]);

// 2025-11 site-dom §6: ytd-comments-header-renderer #count ("1,482 Comments")
export const COMMENT_COUNT: Alternatives = byId(['ytd-comments-header-renderer #count']);

// userscripts 2026-11: the player's "Includes paid promotion" overlay (empty when none)
export const PAID_PROMOTION: Alternatives = byId([
  '.ytp-paid-content-overlay-text',
  '.ytp-paid-content-overlay',
]);

/** Where Casebook's controls go on the video: its channel row, after Subscribe. */
// userscripts 2026-11: ytd-watch-metadata #owner (buttons are placed there by many)
export const VIDEO_SLOT: Alternatives = byId(['#owner', '#top-row']);

// ---- Comment boxes ----------------------------------------------------------------------

export const EDITOR: Alternatives = byId([
  // 2026-02 site-dom §6 (carbon): ytd-commentbox #contenteditable-root
  'ytd-commentbox #contenteditable-root[contenteditable]',
  '#contenteditable-root[contenteditable]',
  // 2026-02 carbon fallback: any contenteditable of a comment box
  'ytd-commentbox [contenteditable="true"]',
]);

// 2026-02 site-dom §6: the box around an editor and its buttons
export const COMMENT_BOX: Alternatives = byId(['ytd-commentbox']);

export const SUBMIT: Alternatives = byId([
  // 2026-02 site-dom §6 (carbon): #submit-button button
  '#submit-button button',
  // userscripts 2026-11: older boxes, a paper button; carbon's last resort, the wrapper
  '#submit-button tp-yt-paper-button',
  '#submit-button',
]);

export const REPLY_DIALOG: Alternatives = byId([
  // 2025-11 site-dom §6; userscripts 2026-11: #reply-dialog > ytd-comment-reply-dialog-renderer
  'ytd-comment-reply-dialog-renderer',
  '#reply-dialog',
]);

/** The box for a new comment on the video, above the comments. */
export const TOP_BOX: Alternatives = byId([
  // 2026-02 site-dom §6, carbon: the simplebox expands into the commentbox
  'ytd-comment-simplebox-renderer',
  // userscripts 2026-11: the comments header holds the simplebox
  'ytd-comments-header-renderer',
]);

export const PLACEHOLDER: Alternatives = byId([
  // 2026-02 site-dom §6, brief: the placeholder that expands into the commentbox
  'ytd-comment-simplebox-renderer #placeholder-area',
  // userscripts 2026-11
  '#simplebox-placeholder',
]);
