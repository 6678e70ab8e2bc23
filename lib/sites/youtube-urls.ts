/**
 * URLs on YouTube: which hosts are YouTube, which video a page or a link is about, which
 * comment a link names (`lc=`), and whose channel a link opens. Pure functions with their
 * example URLs in test/dom/youtube-urls.test.ts.
 */

export const YOUTUBE_ORIGIN = 'https://www.youtube.com';

/** Hosts the content script runs on (lib/sites/hosts.ts SITE_MATCHES.youtube): https, no port. */
const YOUTUBE_HOSTS = new Set(['www.youtube.com', 'm.youtube.com']);

/** Video ids are 11 characters of base64url. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
export const isVideoId = (id: string) => VIDEO_ID.test(id);

/**
 * A comment id as `lc=` carries it: a top-level id (26 characters today, "Ugw…AaABAg"), and
 * for a reply the parent's id, a dot and the reply's own (site-dom §6; lead brief 2026-11).
 */
const COMMENT_ID = /^[A-Za-z0-9_-]{8,64}(?:\.[A-Za-z0-9_-]{8,64})?$/;

/** Pages that show one video: /watch?v=, /shorts/<id>, /live/<id>. */
const VIDEO_PATH = /^\/(?:shorts|live)\/([A-Za-z0-9_-]{11})\/?$/;

export function isYouTubeUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && YOUTUBE_HOSTS.has(url.hostname);
}

/** A URL for an href as the page writes it (relative, or absolute on a YouTube host). */
function youtubeUrlOf(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, YOUTUBE_ORIGIN);
    return YOUTUBE_HOSTS.has(url.hostname) || url.hostname === 'youtube.com' ? url : null;
  } catch {
    return null;
  }
}

/** The video a URL shows: ?v= on /watch, or the id in /shorts/<id> and /live/<id>. */
export function videoIdOf(url: URL): string | null {
  if (url.pathname === '/watch') {
    const v = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(v) ? v : null;
  }
  return VIDEO_PATH.exec(url.pathname)?.[1] ?? null;
}

export function isShortsPath(url: URL): boolean {
  return url.pathname.startsWith('/shorts/');
}

/**
 * A relative watch link whose query holds only characters a URL parser keeps as they are
 * (no "%", "+", "#" or spaces): its first value of each name, read without building a URL.
 * Every comment's time link looks like this, and a timeline reads one per comment.
 */
const PLAIN_WATCH = /^\/watch\?[A-Za-z0-9_.=&-]*$/;

function plainWatchQuery(href: string): Map<string, string> | null {
  if (!PLAIN_WATCH.test(href)) return null;
  const query = new Map<string, string>();
  for (const pair of href.slice('/watch?'.length).split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (!query.has(name)) query.set(name, at < 0 ? '' : pair.slice(at + 1));
  }
  return query;
}

/** A comment link ("/watch?v=…&lc=…" under the comment's time): its video and comment ids. */
export function commentRefOf(
  href: string | null | undefined,
): { videoId: string | null; commentId: string } | null {
  const plain = href ? plainWatchQuery(href) : null;
  if (plain) {
    const lc = plain.get('lc') ?? '';
    const v = plain.get('v') ?? '';
    return COMMENT_ID.test(lc) ? { videoId: VIDEO_ID.test(v) ? v : null, commentId: lc } : null;
  }
  const url = youtubeUrlOf(href);
  const lc = url?.searchParams.get('lc') ?? '';
  if (!url || !COMMENT_ID.test(lc)) return null;
  return { videoId: videoIdOf(url), commentId: lc };
}

/** The id of the comment a page highlights (a comment's permalink), or null. */
export function highlightedCommentOf(url: URL): string | null {
  const lc = url.searchParams.get('lc') ?? '';
  return COMMENT_ID.test(lc) ? lc : null;
}

export const videoPostId = (videoId: string) => `video:${videoId}`;
export const commentPostId = (commentId: string) => `comment:${commentId}`;

/** The canonical page of a video (a Short plays there too), tracking parameters dropped. */
export const watchUrl = (videoId: string) => `${YOUTUBE_ORIGIN}/watch?v=${videoId}`;

/** The canonical link of a comment: its video with the comment highlighted on top. */
export const commentUrl = (videoId: string, commentId: string) =>
  `${watchUrl(videoId)}&lc=${commentId}`;

export interface ChannelRef {
  /** The @handle without "@" (decoded: handles may be non-Latin), else the channel id. */
  handle: string;
  profileUrl: string;
}

/** Handles are 3 to 30 characters; any letter, digits, "_", "-" and "." (not spaces). */
const HANDLE = /^[\p{L}\p{M}\p{N}_.-]{3,30}$/u;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;

/** The channel a link opens: "/@handle" (and its tabs), else "/channel/UC…". */
export function channelOf(href: string | null | undefined): ChannelRef | null {
  const url = youtubeUrlOf(href);
  if (!url) return null;
  const [first = '', second = ''] = url.pathname.split('/').filter(Boolean);
  if (first.startsWith('@')) {
    let handle: string;
    try {
      handle = decodeURIComponent(first.slice(1));
    } catch {
      return null;
    }
    if (!HANDLE.test(handle)) return null;
    return { handle, profileUrl: `${YOUTUBE_ORIGIN}/@${encodeURIComponent(handle)}` };
  }
  if (first === 'channel' && CHANNEL_ID.test(second)) {
    return { handle: second, profileUrl: `${YOUTUBE_ORIGIN}/channel/${second}` };
  }
  return null;
}
