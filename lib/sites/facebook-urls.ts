/**
 * URLs on Facebook: which hosts are Facebook, and what a link names (a post, a comment, a
 * profile). Pure functions with their example URLs in test/dom/facebook-urls.test.ts.
 * Facebook's links carry tracking parameters (__cft__, __tn__, notif_id…): every permalink
 * here is rebuilt from the ids alone, so none of them survives.
 */

export const FB_ORIGIN = 'https://www.facebook.com';

/** Hosts the content script runs on (lib/sites/hosts.ts SITE_MATCHES): https only, no port. */
const PAGE_HOSTS = new Set(['www.facebook.com', 'web.facebook.com', 'm.facebook.com']);
/** Hosts whose links name Facebook's own pages (relative links resolve to the page's). */
const LINK_HOSTS = new Set([...PAGE_HOSTS, 'facebook.com']);

export function isFacebookUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && PAGE_HOSTS.has(url.hostname);
}

/** A link of the page as a URL on Facebook, or null (outbound links, garbage). */
export function facebookUrlOf(href: string | null | undefined): URL | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, FB_ORIGIN);
    return LINK_HOSTS.has(url.hostname) && /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

export interface PostRef {
  id: string;
  /** The canonical https permalink, without tracking parameters. */
  permalink: string;
}

/** A post id: a numeric story id or an obfuscated "pfbid…" one (site-dom §2). */
const ID = String.raw`(pfbid[A-Za-z0-9]{8,120}|\d{1,25})`;
const GROUP = String.raw`([A-Za-z0-9._-]{1,100})`;
const NUMERIC = /^\d{1,25}$/;
const PFBID_OR_NUMERIC = new RegExp(`^${ID}$`);

/** Path shapes of a post (site-dom §2, fbcmf), each with its canonical permalink. */
const POST_PATHS: readonly [RegExp, (m: RegExpExecArray) => PostRef | null][] = [
  [
    new RegExp(`^/groups/${GROUP}/(?:posts|permalink)/${ID}(?:/|$)`),
    (m) => ref(m[2], `/groups/${m[1]}/posts/${m[2]}/`),
  ],
  [
    new RegExp(`^/([A-Za-z0-9._-]{1,100})/posts/${ID}(?:/|$)`),
    (m) => ref(m[2], `/${m[1]}/posts/${m[2]}`),
  ],
  [/^\/reel\/(\d{1,25})(?:\/|$)/, (m) => ref(m[1], `/reel/${m[1]}`)],
  [/^\/(?:[^/]+\/)?videos\/(?:[^/]+\/)?(\d{1,25})(?:\/|$)/, (m) => ref(m[1], watch(m[1] ?? ''))],
  [/^\/[^/]+\/photos\/[^/]+\/(\d{1,25})(?:\/|$)/, (m) => ref(m[1], photo(m[1] ?? ''))],
];

const watch = (id: string) => `/watch/?v=${id}`;
const photo = (id: string) => `/photo/?fbid=${id}`;

function ref(id: string | undefined, path: string): PostRef | null {
  return id ? { id, permalink: `${FB_ORIGIN}${path}` } : null;
}

/** Post links whose id is in the query (story.php, multi_permalinks, photo, watch). */
function postOfQuery(url: URL): PostRef | null {
  const param = (name: string, shape: RegExp) => {
    const value = url.searchParams.get(name) ?? '';
    return shape.test(value) ? value : null;
  };
  const path = url.pathname.replace(/\/$/, '');
  if (path === '/permalink.php' || path === '/story.php') {
    const story = param('story_fbid', PFBID_OR_NUMERIC);
    const owner = param('id', NUMERIC);
    return story && owner ? ref(story, `/permalink.php?story_fbid=${story}&id=${owner}`) : null;
  }
  const group = /^\/groups\/([A-Za-z0-9._-]{1,100})$/.exec(path)?.[1];
  const multi = group ? param('multi_permalinks', NUMERIC) : null;
  if (group && multi) return ref(multi, `/groups/${group}/posts/${multi}/`);
  if (path === '/photo' || path === '/photo.php') {
    const id = param('fbid', NUMERIC);
    return id ? ref(id, photo(id)) : null;
  }
  if (path === '/watch' || path === '/video.php') {
    const id = param('v', NUMERIC);
    return id ? ref(id, watch(id)) : null;
  }
  return null;
}

function postOfPath(path: string): PostRef | null {
  for (const [shape, build] of POST_PATHS) {
    const match = shape.exec(path);
    if (match) return build(match);
  }
  return null;
}

/**
 * The path of a plain Facebook href read without parsing it as a URL (each post's time link
 * is read as the feed grows, and carries a long tracking query): a relative path or one on
 * a Facebook host, with no dot segment, escape or backslash that a URL parser would rewrite.
 * Null means "parse it properly".
 */
const PLAIN_HREF = /^(?:https:\/\/(?:www\.|web\.|m\.)?facebook\.com)?(\/(?!\/)[^?#]*)/;
function plainPathOf(href: string): string | null {
  const path = PLAIN_HREF.exec(href)?.[1];
  return path && !/[%\\]|\/\.\.?(?:\/|$)/.test(path) ? path : null;
}

/** The post a link points at (its permalink, a photo or video of it), or null. */
export function postRefOf(href: string | null | undefined): PostRef | null {
  const plain = href ? plainPathOf(href) : null;
  const fromPlainPath = plain ? postOfPath(plain) : null;
  if (fromPlainPath) return fromPlainPath;
  const url = facebookUrlOf(href);
  if (!url) return null;
  return postOfPath(url.pathname) ?? postOfQuery(url);
}

/**
 * A comment id as links carry it: plain digits on the time link, base64 of
 * "comment:<postId>_<commentId>" on the author links inside a comment.
 */
function commentIdOf(value: string | null): string | null {
  if (!value) return null;
  if (NUMERIC.test(value)) return value;
  try {
    const decoded = atob(decodeURIComponent(value));
    return /^comment:\d+_(\d{1,25})$/.exec(decoded)?.[1] ?? null;
  } catch {
    return null;
  }
}

export interface CommentRef {
  /** The comment's own id: the reply's when the link names a reply. */
  id: string;
  /** The comment a reply answers (null for a comment on the post itself). */
  repliesTo: string | null;
  /** The post the comment is under, when the link is the comment's permalink. */
  post: PostRef | null;
}

/** The comment a link names (`comment_id=`, `reply_comment_id=`), or null. */
export function commentRefOf(href: string | null | undefined): CommentRef | null {
  const url = facebookUrlOf(href);
  const comment = commentIdOf(url?.searchParams.get('comment_id') ?? null);
  if (!url || !comment) return null;
  const reply = commentIdOf(url.searchParams.get('reply_comment_id'));
  return { id: reply ?? comment, repliesTo: reply ? comment : null, post: postRefOf(href) };
}

/** The permalink of a comment: its post's, with the comment (and reply) ids. */
export function commentPermalink(post: PostRef, comment: CommentRef): string {
  const url = new URL(post.permalink);
  url.searchParams.set('comment_id', comment.repliesTo ?? comment.id);
  if (comment.repliesTo) url.searchParams.set('reply_comment_id', comment.id);
  return url.href;
}

/**
 * First path segments that are Facebook's own pages, never a profile (facebook.com/watch).
 * Usernames cannot take these names.
 */
const RESERVED = new Set(
  (
    'home.php watch groups marketplace gaming events pages friends messages notifications ' +
    'settings login login.php logout.php help privacy policies policy.php bookmarks saved ' +
    'memories reel reels stories photo photo.php photos permalink.php story.php search ' +
    'hashtag ads business profile.php people me video.php videos live fundraisers news ' +
    'games checkpoint recover sharer sharer.php share dialog plugins l.php messenger jobs ' +
    'offers latest feeds commerce lite mobile composer media notes places page pg public ' +
    'directory careers legal terms cookies about adsmanager shops friends.php'
  ).split(' '),
);

/** Second segments that still show the profile (its tabs). */
const PROFILE_TABS = new Set(
  (
    'about photos photos_by videos reels friends followers following mentions reviews ' +
    'events community posts'
  ).split(' '),
);

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export interface ProfileRef {
  /**
   * The person's stable handle on Facebook: the profile URL's username ("acme",
   * "jane.doe.5"), else the numeric id of profile.php?id= (and /people/<name>/<id>).
   */
  handle: string;
  profileUrl: string;
}

function profileRef(handle: string): ProfileRef {
  return {
    handle,
    profileUrl: NUMERIC.test(handle)
      ? `${FB_ORIGIN}/profile.php?id=${handle}`
      : `${FB_ORIGIN}/${handle}`,
  };
}

/**
 * The profile a URL shows or links to. `tabs`: whether a profile tab (/acme/about) counts,
 * as on a profile page; links in posts name a profile by its bare URL.
 */
export function profileRefOf(
  href: string | URL | null | undefined,
  tabs = false,
): ProfileRef | null {
  const url = href instanceof URL ? href : facebookUrlOf(href);
  if (!url) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const [first = '', second, third, ...rest] = segments;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id') ?? '';
    return segments.length === 1 && NUMERIC.test(id) ? profileRef(id) : null;
  }
  if (first === 'people' && third && NUMERIC.test(third) && rest.length === 0) {
    return profileRef(third);
  }
  // A member's link in a group: /groups/<gid>/user/<uid>/
  if (first === 'groups' && third === 'user' && NUMERIC.test(rest[0] ?? '') && rest.length === 1) {
    return profileRef(rest[0] ?? '');
  }
  if (!SLUG.test(first) || RESERVED.has(first.toLowerCase()) || first.includes('.php')) {
    return null;
  }
  if (second !== undefined && !(tabs && PROFILE_TABS.has(second) && third === undefined)) {
    return null;
  }
  return profileRef(first);
}
