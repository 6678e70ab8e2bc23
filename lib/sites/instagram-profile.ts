/**
 * An Instagram profile page (/<username>/ and its tabs): the username from the URL, the
 * full name and the exact follower count from the page header when it is this profile's.
 * Not in site-dom: the header shape is the hand-made profile fixture's (2026-11).
 */
import { clip, oneLine } from './dom-text';
import {
  any,
  FOLLOWERS_LINK,
  PROFILE_HANDLE,
  PROFILE_HEADER,
  PROFILE_NOT_NAME,
} from './instagram-selectors';
import { igPathOf, isInstagramUrl, profileHandleOf } from './instagram-urls';
import { LIMITS } from './limits';
import { firstCount } from './parse';
import type { ShownProfile } from './types';

const PROFILE_TABS = new Set(['reels', 'tagged', 'saved', 'followers', 'following', 'feed']);

/** The username a profile URL shows (/acme/, /acme/tagged/), or null. */
export function profileOfUrl(url: URL): string | null {
  if (!isInstagramUrl(url)) return null;
  const [first = '', tab, ...rest] = (igPathOf(url.pathname) ?? '').split('/').filter(Boolean);
  if (rest.length || (tab !== undefined && !PROFILE_TABS.has(tab))) return null;
  return profileHandleOf(`/${first}/`);
}

/** Rounded counts ("12.3K", "1,2 Mio.") are not exact: refused. */
const ROUNDED = /\d\s*(?:[KMB]|Mio|Tsd|Mrd)(?![a-z])/i;

function followersIn(header: Element): number | null {
  for (const box of header.querySelectorAll(any(FOLLOWERS_LINK))) {
    const title = box.querySelector('[title]')?.getAttribute('title');
    if (title && /\d/.test(title)) return firstCount(title);
    const text = box.textContent ?? '';
    return ROUNDED.test(text) ? null : firstCount(text);
  }
  return null;
}

export function profileOf(url: URL, doc: Document): ShownProfile | null {
  const handle = profileOfUrl(url);
  if (!handle) return null;
  const header = doc.querySelector(any(PROFILE_HEADER));
  const shown = oneLine(header?.querySelector(any(PROFILE_HANDLE))?.textContent ?? '');
  if (!header || shown.toLowerCase() !== handle.toLowerCase()) return { handle, name: '' };
  const name = Array.from(header.querySelectorAll('span[dir="auto"]'))
    .filter((span) => !span.closest(any(PROFILE_NOT_NAME)))
    .map((span) => oneLine(span.textContent ?? ''))
    .find((text) => text && text.toLowerCase() !== handle.toLowerCase());
  return {
    handle: shown,
    name: clip(name ?? '', LIMITS.name),
    followers: followersIn(header),
  };
}
