/**
 * URLs on Trustpilot: which pages are Trustpilot's, and what a path names (a company's
 * review page, one review, a reviewer). Pure functions with their example URLs in
 * test/dom/trustpilot-urls.test.ts.
 */

export const TP_ORIGIN = 'https://www.trustpilot.com';

/**
 * Where the content script runs (lib/sites/hosts.ts SITE_MATCHES.trustpilot): www and the
 * country sites (uk., de., fr.…); "*.trustpilot.com" also matches the bare domain.
 */
const isTrustpilotHost = (host: string) =>
  host === 'trustpilot.com' || host.endsWith('.trustpilot.com');

export function isTrustpilotUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && isTrustpilotHost(url.hostname);
}

/** The path of an href: "/reviews/x" as is, "https://de.trustpilot.com/reviews/x?a=1" as "/reviews/x". */
function tpPathOf(href: string | null | undefined): string | null {
  if (!href) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0] ?? null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && isTrustpilotHost(url.hostname) ? url.pathname : null;
  } catch {
    return null;
  }
}

/** A review's own page, /reviews/<id> (ids are 24 hex digits; a little slack kept). */
const REVIEW_PATH = /^\/reviews\/([A-Za-z0-9]{8,40})\/?$/;
/** A reviewer's profile, /users/<id>. */
const USER_PATH = /^\/users\/([A-Za-z0-9]{8,40})\/?$/;
/** A company's review page, /review/<domain> (a domain name, at least one dot). */
const COMPANY_PATH = /^\/review\/([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\/?$/;

export const reviewIdOf = (href: string | null | undefined) =>
  REVIEW_PATH.exec(tpPathOf(href) ?? '')?.[1] ?? null;

export const userIdOf = (href: string | null | undefined) =>
  USER_PATH.exec(tpPathOf(href) ?? '')?.[1] ?? null;

export const companyOf = (href: string | null | undefined) =>
  COMPANY_PATH.exec(tpPathOf(href) ?? '')?.[1]?.toLowerCase() ?? null;

/** Canonical links live on www, whichever country site the page was read on. */
export const reviewPermalink = (id: string) => `${TP_ORIGIN}/reviews/${id}`;
export const userUrl = (id: string) => `${TP_ORIGIN}/users/${id}`;
