/**
 * The author of a Reddit item. Handle rule: the Reddit username, without "u/", as Reddit
 * spells it (usernames are unique and never change; Reddit shows no separate display name
 * on posts, so the name is the username too).
 *
 * Deleted accounts: Reddit shows "[deleted]" instead of a name, and the item is still worth
 * capturing (a complaint stays a complaint). Its handle is "[deleted]" as shown: the square
 * brackets cannot occur in a username, so these never merge with a real account (a user
 * called "deleted" exists); no profile link.
 */
import type { Author } from '../db/schema';
import { clip } from './dom-text';
import { LIMITS } from './limits';
import { webUrl } from './read';
import { profileUrlOf, USERNAME } from './reddit-urls';

export const DELETED = '[deleted]';

/** The username in an author attribute ("acme_fan", "u/acme_fan"), "[deleted]", or null. */
export function handleOf(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim().replace(/^\/?u\//, '');
  if (value === DELETED) return DELETED;
  return USERNAME.test(value) ? value : null;
}

/**
 * The author's picture: an image inside a link to their profile, within the given parts of
 * the item (never a reply's: callers pass only the item's own header).
 */
export function avatarIn(parts: readonly (Element | null)[], handle: string): string | null {
  if (handle === DELETED) return null;
  for (const part of parts) {
    for (const img of part?.querySelectorAll('a[href] img[src]') ?? []) {
      const href = img.closest('a')?.getAttribute('href') ?? '';
      const user = /\/(?:u|user)\/([^/?#]+)/.exec(href)?.[1];
      if (user?.toLowerCase() === handle.toLowerCase())
        return webUrl(img.getAttribute('src'), { httpsOnly: true });
    }
  }
  return null;
}

export function authorOf(handle: string, avatarUrl: string | null): Author {
  const deleted = handle === DELETED;
  return {
    handle,
    name: clip(handle, LIMITS.name),
    profileUrl: deleted ? null : profileUrlOf(handle),
    avatarUrl: deleted ? null : avatarUrl,
    followers: null,
    verified: false,
  };
}
