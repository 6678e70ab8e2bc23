import { clip } from '../clip';
import { POST_LIMITS, unknownMetrics, type Platform } from '../db/constants';
import type { ParsedPost } from '../db/schema';

/** What the agent selected on a page, as the browser gave it (context menu, sidebar). */
export interface SelectionDraft {
  text: string;
  url: string;
  title: string;
  /** The site the page belongs to ('web' for a site Casebook has no adapter for). */
  platform: Platform;
  at: number;
}

/** The author as the agent typed it in the capture window: both optional. */
export interface TypedAuthor {
  name: string;
  /** "@handle", a handle, or a profile link. */
  handle: string;
}

/** Refused before anything is stored: nothing selected, or a page that is not http(s). */
export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectionError';
  }
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * A link to the page that scrolls to the quote and highlights it (a text fragment, which
 * Chromium and Firefox follow): the first words, or the first and last words of a long one.
 */
export function quoteLink(pageUrl: string, text: string): string {
  const all = words(text);
  if (all.length === 0) return pageUrl;
  const part = (list: string[]) => encodeURIComponent(list.join(' ')).replace(/-/g, '%2D');
  const fragment = all.length <= 8 ? part(all) : `${part(all.slice(0, 5))},${part(all.slice(-5))}`;
  const base = pageUrl.includes('#') ? pageUrl : `${pageUrl}#`;
  const link = `${base}:~:text=${fragment}`;
  return link.length <= POST_LIMITS.url ? link : pageUrl;
}

/**
 * The handle the customer is known by: what the agent typed ("@ana", "ana", or the last
 * part of a profile link), else a handle of this capture alone, so that authors nobody
 * named are never merged into one customer.
 */
export function handleOf(typed: TypedAuthor | null, postId: string): string {
  const raw = typed?.handle.trim() ?? '';
  let handle = raw;
  if (/^https?:\/\//i.test(raw)) {
    try {
      const path = new URL(raw).pathname.split('/').filter(Boolean);
      handle = path.at(-1) ?? '';
    } catch {
      handle = '';
    }
  }
  handle = handle
    .replace(/^[@/]+/, '')
    .trim()
    .slice(0, 100);
  if (handle) return handle;
  const name = typed?.name.trim() ?? '';
  return name ? name.slice(0, 100) : `unknown-${postId.slice(-10)}`;
}

/**
 * The post a selection becomes. Its id is derived from the page and the text (`digest`),
 * so capturing the same words on the same page again finds the same case.
 */
export function selectionPost(
  draft: SelectionDraft,
  text: string,
  typed: TypedAuthor | null,
  digest: string,
): ParsedPost {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (!clean) throw new SelectionError('Select some text on the page first: nothing was selected.');
  if (!/^https?:\/\//i.test(draft.url)) {
    throw new SelectionError('Casebook captures from web pages (http or https) only.');
  }
  const postId = `sel:${digest.slice(0, 32)}`;
  const profileUrl =
    typed && /^https?:\/\//i.test(typed.handle.trim()) ? typed.handle.trim() : null;
  const name =
    typed?.name.trim() || (typed?.handle.trim() ? '' : `Unknown author (${hostOf(draft.url)})`);
  return {
    platform: draft.platform,
    postId,
    permalink: quoteLink(draft.url, clean),
    author: {
      handle: handleOf(typed, postId),
      name: clip(name, POST_LIMITS.name),
      profileUrl: profileUrl && profileUrl.length <= POST_LIMITS.url ? profileUrl : null,
      avatarUrl: null,
      followers: null,
      verified: false,
    },
    text: clip(clean, POST_LIMITS.text),
    title: clip(draft.title.trim(), POST_LIMITS.title) || null,
    truncated: clean.length > POST_LIMITS.text,
    postedAt: null,
    language: null,
    metrics: unknownMetrics(),
    isReply: false,
    isPromoted: false,
    isArticle: false,
    quoted: null,
    parent: null,
    shownTime: null,
    rating: null,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'this page';
  }
}
