/**
 * Selectors of LinkedIn's markup, as data. Two generations are live side by side
 * (notes/site-dom.md section 4): the classic feed with BEM classes and `data-urn`, and the
 * new server-driven feed ("SDUI") whose classes are hashed, so only data-testid,
 * componentkey, role and aria-label are used there. Each constant lists alternatives, best
 * first, with where and when it was seen:
 * - defuddle: kepano/defuddle src/extractors/linkedin.ts (2026-04-16), cited in site-dom §4;
 * - AkuBridge: abangkis/AkuBridge adapters/linkedin-adapter.js (2026-08-10), site-dom §4;
 * - map-2026-04: an unattributed selector map "last verified April 2026" (a hint only);
 * - anchors-2026-06: an unattributed note "LinkedIn feed DOM anchors, captured live
 *   2026-06-24" (a hint only).
 * Localised label text is only ever a fast path (site-dom §0.2).
 */
import type { Alternatives } from './read';

export { any } from './read';

// ---- Classic feed ----------------------------------------------------------------------

export const CLASSIC_POST: Alternatives = [
  // 2026-04 defuddle, site-dom §4: the update, data-urn="urn:li:activity:<id>"
  'div.feed-shared-update-v2[data-urn]',
  // 2026-04 defuddle: the role and the urn outlive a class rename
  '[role="article"][data-urn^="urn:li:activity:"]',
];

export const CLASSIC_COMMENT: Alternatives = [
  // 2026-04 defuddle, site-dom §4: comments and replies (replies add --reply), data-id urn
  'article.comments-comment-entity',
  // 2026-04 defuddle: the comment urn alone, should the class be renamed
  'article[data-id^="urn:li:comment:"]',
];

// 2026-04 defuddle: the modifier class of a reply to a comment
export const CLASSIC_REPLY_CLASS = 'comments-comment-entity--reply';

// 2026-04 defuddle: a reshared post inside the update (its own actor, text and link)
export const CLASSIC_RESHARE: Alternatives = ['.feed-shared-update-v2__update-content-wrapper'];

// 2026-04 defuddle: the reshared post's link, /feed/update/urn:li:activity:<id>/
export const CLASSIC_RESHARE_LINK: Alternatives = [
  'a.update-components-mini-update-v2__link-to-details-page',
];

/** The author row: avatar link, name, description, time (the capture buttons go at its end). */
export const CLASSIC_ACTOR: Alternatives = [
  // 2026-04 defuddle: the block of __title and __sub-description
  '.update-components-actor',
  // 2026-08 AkuBridge: the older block name
  '.feed-shared-actor',
];

export const CLASSIC_ACTOR_NAME: Alternatives = [
  // 2026-04 defuddle, site-dom §4
  '.update-components-actor__title',
  // 2026-08 AkuBridge: name inside the title; the older block
  '.update-components-actor__name',
  '.feed-shared-actor__name',
];

export const CLASSIC_ACTOR_TIME: Alternatives = [
  // 2026-04 defuddle, site-dom §4: "1w • Edited • 🌐" (visible part aria-hidden)
  '.update-components-actor__sub-description',
  // 2026-08 AkuBridge: the older block
  '.feed-shared-actor__sub-description',
];

// 2026-11 hint (this project), in the BEM block defuddle reads (2026-04): the headline, or
// a page's "12,345 followers"
export const CLASSIC_ACTOR_DESCRIPTION: Alternatives = ['.update-components-actor__description'];

export const CLASSIC_ACTOR_AVATAR: Alternatives = [
  // 2026-08 AkuBridge quality selectors
  '.update-components-actor__avatar-image',
  '.update-components-actor img',
  '.feed-shared-actor img',
];

/** Parts of a name or text that are not it: screen-reader copies, "• 3rd+", the badge. */
export const CLASSIC_NOT_TEXT: Alternatives = [
  // 2026-04 defuddle getVisibleText / cleanTextContent
  '.visually-hidden',
  '.update-components-actor__supplementary-actor-info',
  '.text-view-model__verified-icon',
  '.feed-shared-inline-show-more-text__see-more-less-toggle',
  'button',
];

// 2026-04 defuddle: the verified badge beside an actor's name
export const CLASSIC_VERIFIED: Alternatives = ['.text-view-model__verified-icon'];

export const CLASSIC_TEXT: Alternatives = [
  // 2026-04 defuddle, site-dom §4
  '.update-components-text.update-components-update-v2__commentary',
  '.update-components-update-v2__commentary',
];

// 2026-04 defuddle: "…see more" on a cut text (posts and comments)
export const CLASSIC_SEE_MORE: Alternatives = [
  '.feed-shared-inline-show-more-text__see-more-less-toggle',
];

// 2026-04 defuddle, site-dom §4: the comment's author, time and profile link
export const COMMENT_NAME: Alternatives = ['.comments-comment-meta__description-title'];
export const COMMENT_TIME: Alternatives = ['time.comments-comment-meta__data'];
export const COMMENT_PROFILE: Alternatives = [
  'a.comments-comment-meta__description-container',
  // 2026-11 hint (this project), same meta block: the avatar link beside it
  'a.comments-comment-meta__image-link',
];

export const COMMENT_AVATAR: Alternatives = [
  // 2026-11 hint (this project), in defuddle's meta block (2026-04): the avatar link's picture
  'a.comments-comment-meta__image-link img',
  '.comments-comment-meta__image img',
];

export const COMMENT_TEXT: Alternatives = [
  // 2026-04 defuddle
  '.comments-comment-entity__content .update-components-text',
  // 2026-11 hint (this project): the older comment body class, not seen in a source
  '.comments-comment-item__main-content',
];

// 2026-04 defuddle: a comment's reaction count ("3")
export const COMMENT_REACTIONS: Alternatives = [
  '.comments-comment-social-bar__reactions-count--cr',
];

// 2026-04 defuddle: where a comment's replies are
export const COMMENT_REPLIES: Alternatives = ['.comments-replies-list'];

// 2026-11 hint (this project), in the block of defuddle's comment count (2026-04): the
// classic "1,234" beside the reactions icon, should its aria-label go
export const CLASSIC_REACTIONS: Alternatives = ['.social-details-social-counts__reactions-count'];

// ---- New server-driven feed (SDUI) -----------------------------------------------------

export const SDUI_POST: Alternatives = [
  // 2026-08 AkuBridge, site-dom §4: componentkey="expanded<POSTID>FeedType_MAIN_FEED_RELEVANCE"
  '[data-testid="mainFeed"] [role="listitem"][componentkey]',
  // 2026-04 map: the componentkey alone, should the list roles change
  '[componentkey^="expanded"][componentkey*="FeedType_"]',
];

// 2026-04 map: "replaceableComment_urn:li:comment:(activity:<id>,<cid>)"
export const SDUI_COMMENT: Alternatives = ['[componentkey*="replaceableComment_urn:li:comment"]'];

export const SDUI_TEXT: Alternatives = [
  // 2026-08 AkuBridge, site-dom §4
  'p[componentkey^="feed-commentary"] [data-testid="expandable-text-box"]',
  // 2026-06 anchors: the text box alone (comments use it too)
  '[data-testid="expandable-text-box"]',
];

// 2026-06 anchors, 2026-04 map: the inline "…more" of a cut text
export const SDUI_SEE_MORE: Alternatives = ['[data-testid="expandable-text-button"]'];

// 2026-08 AkuBridge, site-dom §4: the "…" menu, labelled with the author's name (English)
export const SDUI_CONTROL_MENU: Alternatives = [
  'button[aria-label^="Open control menu for post by "]',
];
export const CONTROL_MENU_PREFIX = 'Open control menu for post by ';

// 2026-08 AkuBridge, site-dom §4: the author's profile (people, pages)
export const PROFILE_LINK: Alternatives = ['a[href*="/in/"]', 'a[href*="/company/"]'];

// ---- Both generations: action bar, composer --------------------------------------------

/** The post's own Comment control (opens the comment box). */
export const COMMENT_BUTTON: Alternatives = [
  // 2026-06 anchors, site-dom §4 (English label; the classic bar uses the same one)
  'button[aria-label="Comment"]',
  // 2026-04 map: the button's section, in any language
  '[componentkey*="commentButtonSection"] button',
  // 2026-11 hint (this project): the classic action bar's class, in any language
  'button.comment-button',
];

/** Icons inside controls, by id in every language (2026-04 map; verified-small by analogy). */
export const ICON = {
  comment: 'svg#comment-small',
  like: 'svg#thumbs-up-outline-small',
  verified: 'svg#verified-small',
} as const;

/** A comment's Reply control. */
export const REPLY_BUTTON: Alternatives = [
  // 2026-11 hint (this project), in the social bar block defuddle reads (2026-04)
  'button.comments-comment-social-bar__reply-action-button--cr',
  'button.comments-comment-social-bar__reply-action-button',
  // 2026-11 English fast path (this project): "Reply to Pat Doe's comment", "Reply"
  'button[aria-label^="Reply"]',
];

/** Shows the item has its action bar: counts it does not show are then zero. */
export const ACTION_BAR: Alternatives = [
  // 2026-08 AkuBridge, 2026-06 anchors: "Reaction button state: no reaction"
  'button[aria-label^="Reaction button state"]',
  // 2026-11 hints (this project): the classic bars, a post's and (defuddle 2026-04) a comment's
  '.feed-shared-social-action-bar',
  '.comments-comment-social-bar',
  // 2026-04 map: the like icon, in any language
  ICON.like,
];

export const EDITOR: Alternatives = [
  // 2026-08 site-dom §4: the new feed's TipTap editor
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
  // 2026-06 anchors: its aria-label (English), without the wrapper
  '[contenteditable="true"][aria-label="Text editor for creating comment"]',
  // site-dom §4 (classic): Quill in the comment box's form; the second is its older wrapper
  '.comments-comment-box__form .ql-editor[contenteditable="true"]',
  '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
];

export const SEND_BUTTON: Alternatives = [
  // site-dom §4: the classic box's submit button
  'button.comments-comment-box__submit-button',
  // 2026-06 anchors: "the enabled Comment button that appears once the editor has text";
  // its label is localised, so it is found as its form's submit button
  'button[type="submit"]',
];

/**
 * "Promoted" where the time goes: English from 2026-08 AkuBridge; German and French are our
 * rendering. A fast path: linkedin-posts.ts also reads its place (no time), in any language.
 */
export const PROMOTED_LABELS: readonly string[] = ['Promoted', 'Gesponsert', 'Sponsorisé'];

export const PROFILE_NAME: Alternatives = [
  // 2026-04 map, profile pages: a person's name, a page's name
  'h1.text-heading-xlarge',
  'h1.org-top-card-summary__title',
  // 2026-11 (this project): the page's one heading, should both classes go
  'main h1',
];
// 2026-04 map: a page's info items ("48,210 followers")
export const PROFILE_INFO: Alternatives = ['.org-top-card-summary-info-list__info-item'];
