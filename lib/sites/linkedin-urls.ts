/**
 * URLs and URNs on LinkedIn: which pages are LinkedIn's, what an update's or a comment's URN
 * names, canonical permalinks, and profile handles. Pure string work, with their examples
 * in test/dom/linkedin-urls.test.ts.
 */

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** lib/sites/hosts.ts: the content script runs on www only (both generations live there). */
export function isLinkedInUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && url.hostname === 'www.linkedin.com';
}

/** An update (a post) as LinkedIn names it: urn:li:activity:<id> (also ugcPost, share). */
export interface UpdateRef {
  kind: 'activity' | 'ugcPost' | 'share';
  id: string;
}

/** A comment: urn:li:comment:(activity:<id>,<cid>), the update it is on and its own id. */
export interface CommentRef {
  update: UpdateRef;
  id: string;
}

const UPDATE_URN = /urn:li:(activity|ugcPost|share):(\d{1,25})(?!\d)/;
// Both spellings are seen: (activity:1,2) and (urn:li:activity:1,2).
const COMMENT_URN = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d{1,25}),(\d{1,25})\)/;
// Public post pages: /posts/<author>_<words>-activity-<id>-<code>/
const POSTS_PATH = /^\/posts\/[^/]*-activity-(\d{1,25})-[^/]*\/?$/;

/** URNs arrive percent-encoded in hrefs (urn%3Ali%3Aactivity%3A1): decode, never throw. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The first update URN in a text (an attribute, an href); comments' URNs are not updates. */
export function updateRefOf(text: string | null | undefined): UpdateRef | null {
  if (!text) return null;
  const plain = decoded(text);
  if (plain.includes('urn:li:comment:')) return null;
  const match = UPDATE_URN.exec(plain);
  return match ? { kind: match[1] as UpdateRef['kind'], id: match[2] ?? '' } : null;
}

export function commentRefOf(text: string | null | undefined): CommentRef | null {
  const match = text ? COMMENT_URN.exec(decoded(text)) : null;
  if (!match) return null;
  return {
    update: { kind: match[1] as UpdateRef['kind'], id: match[2] ?? '' },
    id: match[3] ?? '',
  };
}

/** Casebook's id of an update: the activity id as is (the usual case), others prefixed. */
export const updatePostId = (ref: UpdateRef) =>
  ref.kind === 'activity' ? ref.id : `${ref.kind}:${ref.id}`;

/** Comment ids are LinkedIn-wide; the prefix keeps them apart from activity ids. */
export const commentPostId = (ref: CommentRef) => `comment:${ref.id}`;

/** The canonical page of an update (site-dom §4). */
export const updatePermalink = (ref: UpdateRef) =>
  `${LINKEDIN_ORIGIN}/feed/update/urn:li:${ref.kind}:${ref.id}/`;

const commentUrn = (ref: CommentRef) =>
  `urn:li:comment:(${ref.update.kind}:${ref.update.id},${ref.id})`;

/**
 * A comment's link as LinkedIn shares it: the update's page with ?commentUrn=, and for a
 * reply the thread's comment as commentUrn and the reply as replyUrn.
 */
export function commentPermalink(ref: CommentRef, thread: CommentRef | null): string {
  const query = thread
    ? `commentUrn=${encodeURIComponent(commentUrn(thread))}&replyUrn=${encodeURIComponent(commentUrn(ref))}`
    : `commentUrn=${encodeURIComponent(commentUrn(ref))}`;
  return `${updatePermalink(ref.update)}?${query}`;
}

/** The update a post page shows: /feed/update/urn:li:activity:<id>/ or /posts/…-activity-<id>-…/. */
export function postPageRef(url: URL): UpdateRef | null {
  if (!isLinkedInUrl(url)) return null;
  const path = decoded(url.pathname);
  if (path.startsWith('/feed/update/')) {
    const ref = updateRefOf(path.slice('/feed/update/'.length).split('/')[0]);
    return ref;
  }
  const posts = POSTS_PATH.exec(path);
  return posts?.[1] ? { kind: 'activity', id: posts[1] } : null;
}

/** The path of an href on LinkedIn ("/in/a", "https://www.linkedin.com/in/a"), else null. */
function linkedInPath(href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0] ?? null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && /(^|\.)linkedin\.com$/.test(url.hostname)
      ? url.pathname
      : null;
  } catch {
    return null;
  }
}

const PROFILE_PATH = /^\/(in|company)\/([^/]{1,90})(?:\/|$)/;
const HANDLE_MAX = 100;

/**
 * The author's handle from a profile link: the profile slug, which is stable per person
 * and unique on LinkedIn ("jane-doe-12ab"); pages are "company/<slug>" so that a page and a
 * person with the same slug stay apart. Lower-cased: LinkedIn treats slugs case-blind.
 */
export function handleOfHref(href: string | null | undefined): string | null {
  const path = href ? linkedInPath(href) : null;
  const match = path ? PROFILE_PATH.exec(path) : null;
  if (!match?.[2]) return null;
  const slug = decoded(match[2]).trim().toLowerCase();
  if (!slug || /[\s/?#<>"]/.test(slug)) return null;
  const handle = match[1] === 'company' ? `company/${slug}` : slug;
  return handle.length <= HANDLE_MAX ? handle : null;
}

/** The canonical profile URL of a handle from handleOfHref. */
export function profileUrlOf(handle: string): string {
  const [kind, slug] = handle.startsWith('company/')
    ? ['company', handle.slice('company/'.length)]
    : ['in', handle];
  return `${LINKEDIN_ORIGIN}/${kind}/${encodeURIComponent(slug)}/`;
}

/** The handle a profile or page URL shows (/in/<slug>/…, /company/<slug>/…). */
export function profileHandleOf(url: URL): string | null {
  return isLinkedInUrl(url) ? handleOfHref(url.pathname) : null;
}

/** Sections of the site that show posts (feeds, a post, activity, page posts, search, groups). */
export function showsPosts(url: URL): boolean {
  if (!isLinkedInUrl(url)) return false;
  const path = url.pathname;
  if (path === '/feed' || path.startsWith('/feed/') || postPageRef(url)) return true;
  if (/^\/in\/[^/]+\/recent-activity(\/|$)/.test(path)) return true;
  if (/^\/company\/[^/]+\/posts(\/|$)/.test(path)) return true;
  return /^\/search\/results\/content(\/|$)/.test(path) || /^\/groups\/[^/]+/.test(path);
}
