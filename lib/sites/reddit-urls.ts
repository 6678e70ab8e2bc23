/**
 * URLs on Reddit: which hosts are Reddit, what a path names (a post, a comment, a user, a
 * feed), and the canonical form Casebook stores. Pure functions; their example URLs are
 * in test/dom/reddit-urls.test.ts.
 */

/** Canonical links always point at www.reddit.com, whichever generation the agent uses. */
export const REDDIT_ORIGIN = 'https://www.reddit.com';

/** Hosts the content script runs on (lib/sites/hosts.ts SITE_MATCHES.reddit). */
const REDDIT_HOSTS = new Set(['www.reddit.com', 'old.reddit.com']);

/** Reddit's "fullname" of a post (t3_) or a comment (t1_): unique across the site. */
export const FULLNAME = /^t[13]_[a-z0-9]{1,16}$/i;
export const POST_FULLNAME = /^t3_[a-z0-9]{1,16}$/i;
export const COMMENT_FULLNAME = /^t1_[a-z0-9]{1,16}$/i;

/** A username as Reddit allows it (3–20 today; older accounts may be shorter). */
export const USERNAME = /^[A-Za-z0-9_-]{1,30}$/;

export function isRedditUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && REDDIT_HOSTS.has(url.hostname);
}

/**
 * The post a path belongs to: /r/<sub>/comments/<id>/…, /user/<name>/comments/<id>/…
 * and /comments/<id>. Returns its fullname ("t3_<id>"), or null.
 */
const POST_PATH = /^\/(?:(?:r|u|user)\/[^/]+\/)?comments\/([a-z0-9]{1,16})(?:\/|$)/i;

export function postFullnameOf(path: string | null | undefined): string | null {
  const id = POST_PATH.exec(path ?? '')?.[1];
  return id ? `t3_${id.toLowerCase()}` : null;
}

/**
 * The comment a path points at: …/comments/<id>/<slug>/<comment>/ (old form) or
 * …/comments/<id>/comment/<comment>/ (new Reddit's form). Returns "t1_<comment>", or null.
 */
const COMMENT_PATH =
  /^\/(?:(?:r|u|user)\/[^/]+\/)?comments\/[a-z0-9]{1,16}\/[^/]+\/([a-z0-9]{1,16})(?:\/|$)/i;

export function commentFullnameOf(path: string | null | undefined): string | null {
  const id = COMMENT_PATH.exec(path ?? '')?.[1];
  return id ? `t1_${id.toLowerCase()}` : null;
}

/** The user a profile path shows (/user/<name>/…, /u/<name>), or null. */
const USER_PATH = /^\/(?:u|user)\/([A-Za-z0-9_-]{1,30})(?:\/|$)/;

export function userOf(path: string | null | undefined): string | null {
  return USER_PATH.exec(path ?? '')?.[1] ?? null;
}

export const profileUrlOf = (handle: string) => `${REDDIT_ORIGIN}/user/${handle}/`;

/**
 * The canonical link for a permalink as Reddit writes it ("/r/acme/comments/…", or a full
 * URL on either host): on www.reddit.com, query (share and tracking parameters) and
 * fragment dropped. Null for anything that is not a Reddit path.
 */
export function canonicalPermalink(href: string | null | undefined): string | null {
  if (!href || !(href.startsWith('/') || /^https:\/\//i.test(href)) || href.startsWith('//')) {
    return null;
  }
  try {
    const url = new URL(href, REDDIT_ORIGIN);
    if (url.hostname !== 'reddit.com' && !url.hostname.endsWith('.reddit.com')) return null;
    return `${REDDIT_ORIGIN}${url.pathname}`;
  } catch {
    return null;
  }
}

/** The canonical link of a post from its fullname alone (Reddit redirects to the slug). */
export const postLinkOf = (fullname: string) => `${REDDIT_ORIGIN}/comments/${fullname.slice(3)}/`;

/** A comment's link from its post's and its own fullname (new Reddit's form, no slug). */
export const commentLinkOf = (post: string, comment: string) =>
  `${REDDIT_ORIGIN}/comments/${post.slice(3)}/comment/${comment.slice(3)}/`;

/** Feed paths: home and its sorts, r/<sub> and its sorts, r/popular and r/all. */
const FEED_PATH =
  /^\/(?:(?:best|hot|new|top|rising)\/?)?$|^\/r\/[^/]+\/?(?:(?:best|hot|new|top|rising|controversial)\/?)?$/;

/** Profile tabs that list the user's posts or comments. */
const PROFILE_PATH = /^\/(?:u|user)\/[^/]+\/?(?:(?:overview|submitted|comments)\/?)?$/;

/** Feeds, post pages and profile listings show posts; settings, chat and inbox do not. */
export function showsPosts(url: URL): boolean {
  if (!isRedditUrl(url)) return false;
  const path = url.pathname;
  return FEED_PATH.test(path) || postFullnameOf(path) !== null || PROFILE_PATH.test(path);
}
