/**
 * Selectors of Facebook's markup, as data. Each constant lists alternatives, newest first,
 * each with where and when it was seen (notes/site-dom.md §2 names the sources: AkuBridge =
 * abangkis/AkuBridge facebook-adapter.js "facebook-dom-v19", rental-hunter =
 * chriswch/rental-hunter, fbcmf = zbluebugz/facebook-clean-my-feeds, Mask = DimensionDev/
 * Maskbook). Facebook hashes its classes and churns monthly: only roles, aria and data-ad-*
 * hooks here, and localised label text only as a fast path beside a structural rule.
 */
import type { Alternatives } from './read';

export { any } from './read';

/**
 * One feed story ("unit"): everything of one post, its comments and its comment box
 * included. Not the element Casebook calls the post: see STORY in facebook-find.ts.
 */
export const UNIT: Alternatives = [
  // 2026-08 AkuBridge, 2025-06 fbcmf: each story of [role=feed]
  'div[aria-posinset]',
  // 2025-06 fbcmf: older feed units
  '[data-pagelet^="FeedUnit_"]',
  // 2026-08 site-dom §2: posts in groups, search and on a post's own page (when not a comment)
  'div[role="article"]',
];

/**
 * 2025-06 fbcmf: stories of accounts without aria-posinset. Taken only inside FEED, and only
 * the outermost (inner elements carry the attribute too).
 */
export const FEED_UNIT: Alternatives = ['div[aria-describedby]'];

// 2026-08 site-dom §2: the feed root
export const FEED: Alternatives = ['[role="feed"]'];

// 2026-08 site-dom §2 (summary table): comments and replies are articles too
export const ARTICLE: Alternatives = ['[role="article"]'];

/**
 * The start of a comment's or reply's aria-label, per language: a fast path only (site-dom
 * §0.2: "Comment by" reads "Bình luận của" in Vietnamese); the structure decides otherwise.
 */
export const COMMENT_LABELS: readonly string[] = [
  'Comment by ', // 2026-08 site-dom §2
  'Reply by ', // 2026-08 site-dom §2
  'Bình luận của ', // 2026-08 site-dom §0 (Vietnamese)
  'Phản hồi của ', // Vietnamese "Reply by", same pattern
  'Kommentar von ', // German
  'Antwort von ', // German "Reply by"
];

export const PROFILE_NAME: Alternatives = [
  // 2026-08 AkuBridge, 2025-08 rental-hunter: the author line of a story
  '[data-ad-rendering-role="profile_name"]',
  // 2025-08 rental-hunter fallback: the name heading's link
  'h2 a[role="link"]',
  'h3 a[role="link"]',
  'h4 a[role="link"]',
  'strong a[role="link"]',
];

/**
 * Parts of an href that may name a post, by the shapes of site-dom §2 (2026-08: /posts/,
 * story_fbid, /permalink/, multi_permalinks (fbcmf), /photo, /videos/, /reel/): a cheap
 * first filter on every mutation batch, before facebook-urls.ts parses the URL and decides.
 */
export const POST_HREF_PARTS: readonly string[] = [
  '/posts/',
  'story_fbid=',
  '/permalink/',
  'multi_permalinks=',
  '/photo',
  '/videos/',
  '/reel/',
  '/watch',
  'video.php',
];

/** The story's "…" menu, top right of its header: the capture controls go beside it. */
export const ACTIONS_MENU: Alternatives = [
  // 2026-08 site-dom §2 (AkuBridge): "Actions for this post by <name>", English fast path
  '[aria-label^="Actions for this post"]',
  // same button by its ARIA (any language): a menu button; only taken in the story's header
  '[role="button"][aria-haspopup="menu"]',
];

export const TEXT: Alternatives = [
  // 2026-08 site-dom §2, newest
  '[data-ad-rendering-role="story_message"]',
  // 2025-06 fbcmf
  '[data-ad-preview="message"]',
  // 2024 Mask posts.tsx
  '[data-ad-comet-preview="message"]',
];

/** The controls under a story (Like, Comment, Share): they start its footer. */
export const ACTION_BUTTONS = {
  // 2026-08 site-dom §2 (AkuBridge button hooks)
  like: ['[data-ad-rendering-role="like_button"]'],
  comment: [
    '[data-ad-rendering-role="comment_button"]',
    // 2026 unattributed hint: the English label of the same button
    '[role="button"][aria-label="Leave a comment"]',
  ],
  share: ['[data-ad-rendering-role="share_button"]'],
} as const satisfies Record<string, Alternatives>;

/** Any of those controls, by the end of its hook's name: one test per node. */
// 2026-08 site-dom §2: like_button, comment_button, share_button
export const CONTROL: Alternatives = ['[data-ad-rendering-role$="_button"]'];

export const EDITOR: Alternatives = [
  // 2026-08 site-dom §2 (Mask pasteToCommentBoxFacebook.ts, AkuBridge): Lexical comment box
  '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // the same box should Lexical's marker attribute go
  'div[contenteditable="true"][role="textbox"]',
];

/**
 * What starts a story's footer (its controls, comments and comment box): the post element
 * is the part of the story above it, so that it never holds a comment.
 */
export const FOOTER: Alternatives = [
  ...ACTION_BUTTONS.like,
  ...ACTION_BUTTONS.comment,
  ...ACTION_BUTTONS.share,
  ...ARTICLE,
  ...EDITOR,
];

export const SEND_BUTTON: Alternatives = [
  // 2026 unattributed hint: the id of the comment box's submit arrow
  '#focused-state-composer-submit',
  // 2026-08 site-dom §2: div[role=button][aria-label="Comment"] / "Post comment"
  '[role="button"][aria-label="Comment"]',
  '[role="button"][aria-label="Post comment"]',
  // the same in German and Vietnamese (fast path; the structure decides otherwise)
  '[role="button"][aria-label="Kommentieren"]',
  '[role="button"][aria-label="Bình luận"]',
  'button[type="submit"]',
];

/** Labels of a comment's "Reply" control, per language: a fast path for opener(). */
export const REPLY_LABELS: readonly string[] = ['Reply', 'Antworten', 'Phản hồi'];

/** Links that name a comment: its time and (base64) its author links. */
// 2026-08 site-dom §10 (FB comment row): "comment_id= in links"
export const COMMENT_LINK: Alternatives = ['a[href*="comment_id="]'];

/** A paragraph of a post's or comment's text. */
// 2026-08 site-dom §10 (FB comment row): the text is div[dir=auto]
export const PARAGRAPH: Alternatives = ['div[dir="auto"]'];

/** A control: "See more" in a text (site-dom §2 "Text"), Like and Reply under a comment. */
// 2026-08 site-dom §2: Facebook's controls are [role=button], rarely <button>
export const BUTTON: Alternatives = ['[role="button"]'];

/**
 * A comment and its replies (and a reply box) as one list item, the Like · Reply · time row
 * as a list. 2026-11 an assumption of our hand-made fixtures, not in the sources: used only
 * for reply counts, the reply box's thread and the controls' slot, each with a fallback.
 */
export const THREAD: Alternatives = ['li'];
export const COMMENT_ROW: Alternatives = ['ul'];

/** The name's heading (2025-08 rental-hunter: "h2|h3|h4|strong a[role=link]"). */
export const NAME_HEADING: Alternatives = ['h2', 'h3', 'h4'];

/** The page's main column (ARIA landmark): a post page's comment box sits in it. */
export const MAIN: Alternatives = ['[role="main"]'];

/** A verified badge in the name heading; any labelled icon there counts (any language). */
export const VERIFIED: Alternatives = [
  // 2026 unattributed hint: svg[aria-label="Verified account"] beside the name
  'svg[aria-label]',
  '[role="img"][aria-label]',
];

/** Avatars: Facebook draws them as <svg><image xlink:href>, sometimes as <img>. */
// 2025-06 fbcmf, 2024 Mask: the avatar link's svg image
export const AVATAR: Alternatives = ['svg image', 'img'];

/** Signs of a sponsored story. */
export const SPONSORED: Alternatives = [
  // 2025-06 fbcmf (site-dom §2 source, hides sponsored posts): the "Why am I seeing this ad?" link
  'a[href*="/ads/about"]',
  // 2026 unattributed hint: the sponsored label as an aria-label
  '[aria-label="Sponsored"]',
];

/** Shown words for "Sponsored" in the header, per language: a fast path only. */
export const SPONSORED_LABELS: readonly string[] = ['Sponsored', 'Gesponsert', 'Được tài trợ'];

/** A profile page's name heading (2026 unattributed: pages and profiles put it in h1). */
export const PROFILE_HEADING: Alternatives = ['[role="main"] h1', 'h1'];

/** A profile page's follower link (2026 unattributed: "12K followers", sk=followers). */
export const FOLLOWERS_LINK: Alternatives = ['a[href*="/followers"]', 'a[href*="sk=followers"]'];

/** Dialogs: Facebook opens a post from the feed in one ("Acme's post"). */
export const DIALOG: Alternatives = ['[role="dialog"]'];
