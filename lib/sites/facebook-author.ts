/**
 * The author of a Facebook post or comment: the first profile link of its author line,
 * read in any language (site-dom §2: profile_name, or the name heading's link). The handle
 * is the profile URL's username, or the numeric id of profile.php?id= (facebook-urls.ts).
 */
import type { Author } from '../db/schema';
import { inlineText, oneLine } from './dom-text';
import * as FB from './facebook-selectors';
import { profileRefOf } from './facebook-urls';
import { LIMITS } from './limits';
import { webUrl } from './read';

const AVATAR = FB.any(FB.AVATAR);

/** The URL of an avatar: <svg><image xlink:href> or <img src>; https only. */
function imageUrl(el: Element): string | null {
  const url =
    el.getAttribute('xlink:href') ??
    el.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ??
    el.getAttribute('href') ??
    el.getAttribute('src');
  return webUrl(url, { httpsOnly: true });
}

/** A labelled icon that is not a picture: the verified badge, in any language. */
function hasBadge(box: Element): boolean {
  return Array.from(box.querySelectorAll(FB.any(FB.VERIFIED))).some(
    (icon) => !icon.querySelector(AVATAR) && !icon.closest('a')?.querySelector(AVATAR),
  );
}

/** The picture in a link to this profile among `links`. */
function avatarOf(links: Iterable<Element>, handle: string): string | null {
  for (const link of links) {
    const image = link.querySelector(AVATAR);
    if (image && profileRefOf(link.getAttribute('href'))?.handle === handle) {
      const url = imageUrl(image);
      if (url) return url;
    }
  }
  return null;
}

const nameOf = (link: Element) =>
  oneLine(inlineText(link, { skip: 'svg' }) || (link.getAttribute('aria-label') ?? '')).slice(
    0,
    LIMITS.name,
  );

/**
 * Reads an author. `links`: the item's own links in page order; `line`: its author line
 * (where the name link and the badge are), when the markup marks one.
 */
export function readAuthor(links: Element[], line: Element | null): Author | null {
  const named = (link: Element) => profileRefOf(link.getAttribute('href')) && nameOf(link);
  const inLine = line ? Array.from(line.querySelectorAll('a[href]')) : [];
  if (line?.matches('a[href]')) inLine.unshift(line);
  const link = inLine.find(named) ?? links.find(named);
  const ref = link ? profileRefOf(link.getAttribute('href')) : null;
  if (!link || !ref) return null;
  // The badge sits beside the name link, in the author line or the name's heading.
  const badgeBox =
    line && !line.matches('a')
      ? line
      : (link.closest(FB.any(FB.NAME_HEADING)) ?? link.parentElement);
  return {
    handle: ref.handle,
    name: nameOf(link),
    profileUrl: ref.profileUrl,
    avatarUrl: avatarOf(links, ref.handle),
    followers: null,
    verified: badgeBox !== null && hasBadge(badgeBox),
  };
}
