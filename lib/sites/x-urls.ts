/**
 * URLs on X: which hosts are X, and what a path names (a post, a profile). Pure functions
 * with their example URLs in test/dom/x-urls.test.ts.
 */

export const X_ORIGIN = 'https://x.com';

/** Hosts the content script runs on (wxt.config.ts SIDEBAR_HOSTS): https only, no port. */
const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com']);

/** A handle as X allows it; up to 20 for old accounts (cpft URL_TWEET_BASE_RE, 2026-08). */
export const HANDLE = /^[A-Za-z0-9_]{1,20}$/;

/**
 * First path segments that are X's own pages, not profiles (x.com/home, x.com/i/...).
 * Handles cannot take these names, so /home is never a user called "home".
 */
const RESERVED = new Set(
  (
    'home explore search search-advanced notifications messages i settings compose status ' +
    'hashtag intent share login logout signup tos privacy account bookmarks lists communities ' +
    'jobs premium premium_sign_up verified-choose download about help rules oauth ' +
    'who_to_follow topics grok chat places connect_people display'
  ).split(' '),
);

/** Second segments that still show the profile (tabs, and the photo overlays above it). */
const PROFILE_TABS = new Set(
  (
    'with_replies media likes highlights articles superfollows followers following ' +
    'verified_followers followers_you_follow creator-subscriptions affiliates photo ' +
    'header_photo lists'
  ).split(' '),
);

export function isXUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && X_HOSTS.has(url.hostname);
}

/** The path of an href on X: "/a/status/1" as is, "https://x.com/a" as "/a"; else null. */
export function xPathOf(href: string | null | undefined): string | null {
  if (!href) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0] ?? null;
  try {
    const url = new URL(href);
    return X_HOSTS.has(url.hostname) || url.hostname === 'www.x.com' ? url.pathname : null;
  } catch {
    return null;
  }
}

export interface StatusRef {
  handle: string;
  id: string;
}

/**
 * The post a path points at: /<handle>/status/<id> and anything below it (/photo/1,
 * /analytics), and /i/web/status/<id> whose handle is unknown ("i").
 */
const STATUS_PATH = /^\/(?:i\/web|([A-Za-z0-9_]{1,20}))\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/;

export function statusOf(href: string | null | undefined): StatusRef | null {
  const match = STATUS_PATH.exec(xPathOf(href) ?? '');
  if (!match?.[2]) return null;
  return { handle: match[1] ?? 'i', id: match[2] };
}

/** The handle a profile path shows (/acme, /acme/with_replies), or null for other pages. */
export function profileHandleOf(href: string | null | undefined): string | null {
  const segments = (xPathOf(href) ?? '').split('/').filter(Boolean);
  const [handle, tab, ...rest] = segments;
  if (!handle || !HANDLE.test(handle) || RESERVED.has(handle.toLowerCase())) return null;
  if (rest.length > 0 || (tab !== undefined && !PROFILE_TABS.has(tab))) return null;
  return handle;
}

/** The canonical permalink of a post, always on x.com. */
export function permalinkOf(handle: string, id: string): string {
  return `${X_ORIGIN}/${handle}/status/${id}`;
}
