/**
 * Authors of LinkedIn posts and comments. The handle is the profile slug of the author's
 * link (/in/<slug>, or company/<slug> for a page: linkedin-urls.ts handleOfHref); names come
 * from what the page shows, without screen-reader copies and "• 3rd+".
 */
import type { Author } from '../db/schema';
import { oneLine } from './dom-text';
import { ownAll, ownedBy, ownFirst } from './linkedin-find';
import * as S from './linkedin-selectors';
import { firstTextLine, lineOf } from './linkedin-text';
import { handleOfHref, profileUrlOf } from './linkedin-urls';
import { firstCount } from './parse';
import { webUrl } from './read';

export interface AuthorParts {
  link: Element | null;
  name: string;
  avatar: Element | null;
  verified: boolean;
  followers?: number | null;
}

export function authorFrom(parts: AuthorParts): Author | null {
  const handle = handleOfHref(parts.link?.getAttribute('href'));
  if (!handle) return null;
  return {
    handle,
    name: parts.name,
    profileUrl: profileUrlOf(handle),
    avatarUrl: webUrl(parts.avatar?.getAttribute('src')),
    followers: parts.followers ?? null,
    verified: parts.verified,
  };
}

/** "12,345 followers" under a page's name (English, German, French, Vietnamese). */
const FOLLOWERS =
  /^(\d[\d.,\u00a0\u202f ]*)\s+(followers?|Follower(?:innen)?|abonnés|người theo dõi)$/iu;

export function followersIn(text: string): number | null {
  const match = FOLLOWERS.exec(oneLine(text));
  return match ? firstCount(match[1]) : null;
}

const hasBadge = (el: Element | null) =>
  el !== null && el.querySelector(S.any([...S.CLASSIC_VERIFIED, S.ICON.verified])) !== null;

/** The actor of a classic update (or of the post it reshares, with root the reshare box). */
export function classicActor(root: Element): Author | null {
  const actor = ownFirst(root, S.CLASSIC_ACTOR);
  const nameBox = ownFirst(root, S.CLASSIC_ACTOR_NAME);
  const link =
    actor?.querySelector(S.any(S.PROFILE_LINK)) ??
    nameBox?.closest('a[href]') ??
    ownFirst(root, S.PROFILE_LINK);
  const description = ownFirst(root, S.CLASSIC_ACTOR_DESCRIPTION);
  return authorFrom({
    link,
    name: lineOf(nameBox),
    avatar: ownFirst(root, S.CLASSIC_ACTOR_AVATAR),
    verified: hasBadge(nameBox),
    followers: description ? followersIn(lineOf(description, 200)) : null,
  });
}

/** A classic comment's author: its meta block's name and profile link. */
export function classicCommenter(comment: Element): Author | null {
  const nameBox = ownFirst(comment, S.COMMENT_NAME);
  return authorFrom({
    link: ownFirst(comment, S.COMMENT_PROFILE) ?? nameBox?.closest('a[href]') ?? null,
    name: lineOf(nameBox),
    avatar: ownFirst(comment, S.COMMENT_AVATAR),
    verified: hasBadge(nameBox?.parentElement ?? null),
  });
}

/** The author's name from the post's "…" menu label (English fast path), or ''. */
function menuName(item: Element): string {
  const label = ownFirst(item, S.SDUI_CONTROL_MENU)?.getAttribute('aria-label') ?? '';
  return label.startsWith(S.CONTROL_MENU_PREFIX)
    ? oneLine(label.slice(S.CONTROL_MENU_PREFIX.length)).slice(0, 200)
    : '';
}

/**
 * A new-feed item's author (post or comment): its profile links outside the text, the one
 * named by the "…" menu when it names one (a "Sam likes this" line links Sam first), else
 * the first that shows a name. The avatar is the image of a link to the same profile.
 */
export function sduiAuthor(item: Element, textBox: Element | null): Author | null {
  const links = ownAll(item, S.PROFILE_LINK).filter(
    (link) => !textBox?.contains(link) && handleOfHref(link.getAttribute('href')) !== null,
  );
  const nameOf = (link: Element) => {
    const line = firstTextLine(link);
    return line ? lineOf(line) : '';
  };
  const named = links.filter((link) => nameOf(link) !== '');
  const wanted = menuName(item);
  const link = (wanted && named.find((each) => nameOf(each) === wanted)) || named[0] || links[0];
  if (!link) return null;
  const handle = handleOfHref(link.getAttribute('href'));
  const avatar = links
    .filter((each) => handleOfHref(each.getAttribute('href')) === handle)
    .map((each) => each.querySelector('img[src]'))
    .find((img) => img !== null);
  // A page's header shows "48,210 followers" on a line of its own. The cheap tests come
  // before ownership, which climbs to the item: on every span of a text nested 5,000 deep
  // that took 2-6 s (found by the hostile-input test, issue 9).
  const followers = Array.from(item.querySelectorAll('p, span'))
    .filter((el) => el.childElementCount === 0 && !textBox?.contains(el) && ownedBy(item, el))
    .map((el) => followersIn(el.textContent ?? ''))
    .find((count) => count !== null);
  return authorFrom({
    link,
    name: nameOf(link) || wanted,
    avatar: avatar ?? null,
    verified: hasBadge(link),
    followers: followers ?? null,
  });
}
