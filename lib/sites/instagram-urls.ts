/**
 * URLs on Instagram: which pages are Instagram's, and what a path names (a post or reel, a
 * comment, a profile). Pure functions with their example URLs in test/dom/instagram-urls.test.ts.
 */

export const IG_ORIGIN = 'https://www.instagram.com';

/** Where the content script runs (lib/sites/hosts.ts SITE_MATCHES.instagram): www only. */
const PAGE_HOST = 'www.instagram.com';

/** Hosts whose links still name Instagram pages (old shares use the bare domain). */
const LINK_HOSTS = new Set([PAGE_HOST, 'instagram.com']);

/** A username as Instagram allows it: letters, digits, "." and "_", up to 30. */
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

/**
 * First path segments that are Instagram's own pages, not profiles (site-dom §3: the author
 * link is "a single-segment a[href^='/'] that isn't a reserved path (explore, direct,
 * accounts…)"). Usernames cannot take these names.
 */
const RESERVED = new Set(
  (
    'explore direct accounts reels reel p tv stories about legal developer web emails ' +
    'challenge session privacy terms directory lite nametag locations topics archive ' +
    'your_activity notifications create oauth press api graphql static help'
  ).split(' '),
);

export function isInstagramUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && url.hostname === PAGE_HOST;
}

/** The path of an href: "/p/x/" as is, "https://www.instagram.com/p/x/?igsh=1" as "/p/x/". */
export function igPathOf(href: string | null | undefined): string | null {
  if (!href) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0] ?? null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && LINK_HOSTS.has(url.hostname) ? url.pathname : null;
  } catch {
    return null;
  }
}

/** A post ("p"), a reel, or an old IGTV video, by its shortcode. */
export interface PostRef {
  kind: 'p' | 'reel' | 'tv';
  code: string;
}

/**
 * site-dom §3 (AkuBridge 2026-08): ^/(p|reel|tv)/<code>/?$. Links may also carry the
 * author first (/acme/p/<code>/): accepted as a precaution, not seen in the notes.
 */
const POST_PATH = /^(?:\/[A-Za-z0-9._]{1,30})?\/(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/;

/**
 * A comment's own link (brief, issue 7): /p/<code>/c/<commentId>/, and for a reply to a
 * comment /p/<code>/c/<commentId>/r/<replyId>/.
 */
const COMMENT_PATH =
  /^(?:\/[A-Za-z0-9._]{1,30})?\/(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/c\/(\d{1,30})\/(?:r\/(\d{1,30})\/?)?$/;

export function postRefOf(href: string | null | undefined): PostRef | null {
  const match = POST_PATH.exec(igPathOf(href) ?? '');
  return match?.[1] && match[2] ? { kind: match[1] as PostRef['kind'], code: match[2] } : null;
}

export interface CommentRef {
  post: PostRef;
  /** The comment's own id (a reply's id for a reply). */
  id: string;
  /** The comment a reply answers, or null for a comment on the post. */
  parentId: string | null;
}

export function commentRefOf(href: string | null | undefined): CommentRef | null {
  const match = COMMENT_PATH.exec(igPathOf(href) ?? '');
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const post = { kind: match[1] as PostRef['kind'], code: match[2] };
  return match[4]
    ? { post, id: match[4], parentId: match[3] }
    : { post, id: match[3], parentId: null };
}

/** Comment ids live beside post shortcodes in one id space: prefixed, never confused. */
export const commentPostId = (id: string) => `comment:${id}`;

/** The username a profile link points at (/acme/, /acme), or null for other paths. */
export function profileHandleOf(href: string | null | undefined): string | null {
  const path = igPathOf(href);
  const match = path ? /^\/([^/]+)\/?$/.exec(path) : null;
  const name = match?.[1] ?? '';
  return USERNAME.test(name) && !RESERVED.has(name.toLowerCase()) ? name : null;
}

export const profileUrlOf = (handle: string) => `${IG_ORIGIN}/${handle}/`;

/** The canonical link of a post: on www, without the author prefix or tracking (igsh=…). */
export const postPermalink = (ref: PostRef) => `${IG_ORIGIN}/${ref.kind}/${ref.code}/`;

export function commentPermalink(ref: CommentRef): string {
  const base = `${postPermalink(ref.post)}c/`;
  return ref.parentId ? `${base}${ref.parentId}/r/${ref.id}/` : `${base}${ref.id}/`;
}
