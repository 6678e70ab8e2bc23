/**
 * Selectors of Instagram's markup, as data. Each constant lists alternatives, best first,
 * each with where and when it was seen: notes/site-dom.md section 3 (one source, AkuBridge =
 * abangkis/AkuBridge adapters/instagram-adapter.js, 2026-08-17). Classes are hashed, so
 * only tags, roles, aria-labels and link shapes; label text is a fast path, never the only
 * way (site-dom §0.2), and every list of labels is one language per entry.
 */
import type { Alternatives } from './read';

export { any } from './read';

/** What holds one post (and, on a post page or in the feed, its comments and comment box). */
export const CONTAINER: Alternatives = [
  // 2026-08 site-dom §3 (AkuBridge): feed and post page
  'main article',
  // A post opened over the feed is a dialog outside <main> (same article inside; hand-made fixtures)
  '[role="dialog"] article',
];

/** Candidate links to a post or a comment; the href is then checked by instagram-urls.ts. */
export const POST_LINKS: Alternatives = [
  // 2026-08 site-dom §3: permalink regex ^/(p|reel|tv)/<code>/?$
  'a[href*="/p/"]',
  'a[href*="/reel/"]',
  'a[href*="/tv/"]',
];

// Brief issue 7 (from site-dom §3's permalinks): a comment's own link /p/<code>/c/<id>/
export const COMMENT_LINKS: Alternatives = ['a[href*="/c/"]'];

// 2026-08 site-dom §3: the author is a single-segment link, checked by profileHandleOf
export const PROFILE_LINKS: Alternatives = [
  'a[href^="/"]',
  'a[href^="https://www.instagram.com/"]',
];

export const AVATAR_IMG: Alternatives = [
  // 2026-08 site-dom §3: the author's picture, alt "<username>'s profile picture" (English)
  'img[alt$="\'s profile picture"]',
];

// 2026-08 site-dom §3: caption is the longest of these outside NOT_CAPTION
export const CAPTION: Alternatives = ['span[dir="auto"]'];

export const NOT_CAPTION: Alternatives = [
  // 2026-08 site-dom §3 (AkuBridge): a, time, [role=button]
  'a',
  'time',
  '[role="button"]',
  // Real <button>s are controls too ("Reply", "3 likes"; hand-made fixtures, 2026-11)
  'button',
];

// 2026-08 site-dom §3: time[datetime] (ISO)
export const TIME: Alternatives = ['time[datetime]'];

export const LIKES_LINK: Alternatives = [
  // 2026-08 site-dom §3 (unattributed there): section a[href$="/liked_by/"] span
  'section a[href$="/liked_by/"]',
  // The same link outside a <section>, should the action area become a div
  'a[href$="/liked_by/"]',
];

/**
 * "View all 12 comments" in the feed. Not in site-dom: an assumption of the hand-made
 * fixtures (2026-11), read for its number only.
 */
export const COMMENTS_LINK: Alternatives = ['a[href$="/comments/"]'];

/** Controls: buttons of either kind (a11y role on a div, or a real button). */
export const CONTROL: Alternatives = ['button', '[role="button"]'];

// 2026-08 site-dom §3: the comment box, a real textarea, and its form's "Post" button
export const EDITOR: Alternatives = [
  'textarea[aria-label="Add a comment…"]',
  // The same box in any language: a textarea in a post's form (hand-made de fixture, 2026-11)
  'article form textarea',
  '[role="dialog"] form textarea',
];

/** The badge beside a verified username; its aria-label is localised (fast path per locale). */
export const VERIFIED: Alternatives = [
  'svg[aria-label="Verified"]', // 2026-11 hand-made fixtures (English)
  'svg[aria-label="Verifiziert"]', // German
  'svg[aria-label="Đã xác minh"]', // Vietnamese
  'svg[aria-label="Vérifié"]', // French
  'svg[aria-label="Verificado"]', // Spanish, Portuguese
];

/** The post's comment icon, used to focus its box. Localised labels, one per language. */
export const COMMENT_ICON: Alternatives = [
  'svg[aria-label="Comment"]',
  'svg[aria-label="Kommentieren"]',
  'svg[aria-label="Bình luận"]',
  'svg[aria-label="Commenter"]',
  'svg[aria-label="Comentar"]',
];

/** "Sponsored" under the username of an ad (no time there). One entry per language. */
export const SPONSORED_LABELS: readonly string[] = [
  'Sponsored',
  'Gesponsert',
  'Được tài trợ',
  'Sponsorisé',
  'Publicidad',
  'Patrocinado',
  'Sponsorizzato',
];

/**
 * The "… more" control after a cut caption. Matched on its shape first (a short control
 * starting with an ellipsis), these words only when the ellipsis is in the text instead.
 */
export const MORE_LABELS: readonly string[] = ['more', 'mehr', 'thêm', 'plus', 'más', 'mais'];

/*
 * Profile pages. Not in site-dom: the shape of the hand-made profile fixture (2026-11),
 * the username in the header's h2, the exact follower count in a title attribute.
 */
export const PROFILE_HEADER: Alternatives = ['main header'];
export const PROFILE_HANDLE: Alternatives = ['h2'];
/** Parts of the header that are not the full name: the username, the bio (h1), counts, buttons. */
export const PROFILE_NOT_NAME: Alternatives = ['h1', 'h2', 'a', 'button', '[role="button"]'];
export const FOLLOWERS_LINK: Alternatives = ['a[href$="/followers/"]'];

/**
 * An ad's call to action ("Learn more", "Shop now") goes through Instagram's link shim; an
 * ad has it and no time. Not in site-dom: an assumption of the hand-made fixtures (2026-11).
 */
export const AD_LINK: Alternatives = ['a[href^="https://l.instagram.com/"]'];
