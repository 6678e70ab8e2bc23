/**
 * The author of an Instagram post or comment. The handle is the username, read from the
 * first profile link of the item (site-dom §3: a single-segment link that is not a reserved
 * path): stable per person, and what Instagram shows as the name too (posts and comments
 * show no display name, so `name` is the username as shown).
 */
import type { Author } from '../db/schema';
import { clip, inlineText, oneLine } from './dom-text';
import { firstProfileLink, profileLinksTo } from './instagram-links';
import { owns, ownAll, type Scope } from './instagram-scope';
import { any, AVATAR_IMG, VERIFIED } from './instagram-selectors';
import { profileUrlOf } from './instagram-urls';
import { LIMITS } from './limits';
import { webUrl } from './read';

/**
 * The author's line: the nearest element around the author link that holds a second link
 * to the author (the avatar and the name are two links), inside `top`. The capture button
 * goes there, and the verified badge is looked for there (never in the text).
 */
export function authorLine(link: Element, handle: string, top: Element): Element {
  // The other links to the author, found once (not once per level: this runs for every
  // post a feed adds).
  const others = profileLinksTo(top, handle).filter((other) => other !== link);
  for (let el = link.parentElement; el && top.contains(el); el = el.parentElement) {
    const line = el;
    if (others.some((other) => line.contains(other))) return el;
  }
  // No picture link (a comment under a feed post): the first box holding more than the name.
  for (let el = link.parentElement; el && top.contains(el); el = el.parentElement) {
    if (el.childElementCount > 1) return el;
  }
  return top;
}

export function readAuthor(scope: Scope): Author | null {
  const found = firstProfileLink(scope.root, (el) => owns(scope, el));
  if (!found) return null;
  const { link, handle } = found;
  const line = authorLine(link, handle, scope.root);
  const links = profileLinksTo(line, handle);
  // The name link is the one with text; the avatar link holds only the picture.
  const shown = links.map((el) => oneLine(inlineText(el, { skip: 'img' }))).find(Boolean);
  const picture =
    links.map((el) => el.querySelector('img[src]')).find(Boolean) ??
    ownAll(scope, AVATAR_IMG).find((img) => line.contains(img));
  return {
    handle,
    name: clip(shown ?? handle, LIMITS.name),
    profileUrl: profileUrlOf(handle),
    avatarUrl: webUrl(picture?.getAttribute('src'), { httpsOnly: true }),
    followers: null,
    verified: line.querySelector(any(VERIFIED)) !== null,
  };
}
