/**
 * The author of an X post (handle, display name, avatar, badge) and the handle shown in a
 * profile header. Names keep their emoji (<img alt>), handles come from links first.
 */
import type { Author } from '../db/schema';
import { clip, inlineText, oneLine } from './dom-text';
import { LIMITS } from './limits';
import { webUrl } from './read';
import { ownAll, ownFirst, type Scope } from './x-scope';
import * as X from './x-selectors';
import { HANDLE, profileHandleOf, X_ORIGIN, type StatusRef } from './x-urls';

const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,20})$/;

/**
 * The author's handle: a profile link in User-Name, else its "@handle" text (a quoted post
 * has no links), else the avatar testid, else the status link.
 */
function handleOf(scope: Scope, nameBox: Element | null, ref: StatusRef | null): string | null {
  for (const link of nameBox?.querySelectorAll('a[href]') ?? []) {
    const handle = profileHandleOf(link.getAttribute('href'));
    if (handle) return handle;
  }
  const shown = nameBox ? handleElementIn(nameBox) : null;
  if (shown) return shownHandle(shown);
  for (const box of ownAll(scope, X.AVATAR_BOX)) {
    const handle = box.getAttribute('data-testid')?.replace('UserAvatar-Container-', '') ?? '';
    if (HANDLE.test(handle)) return handle;
  }
  return ref && ref.handle !== 'i' ? ref.handle : null;
}

/** An element whose whole text is "@handle". */
export const isHandleElement = (el: Element) => HANDLE_TEXT.test(oneLine(el.textContent ?? ''));

export function handleElementIn(box: Element): Element | null {
  for (const el of box.querySelectorAll('*')) if (isHandleElement(el)) return el;
  return null;
}

/** Display name: User-Name's first child (notes: it has exactly two), else text before "@". */
export function displayNameIn(nameBox: Element): string {
  const first = nameBox.children.length >= 2 ? nameBox.children[0] : undefined;
  const text = first ? inlineText(first) : inlineText(nameBox, { stopAt: isHandleElement });
  return clip(oneLine(text), LIMITS.name);
}

export function readAuthor(scope: Scope, ref: StatusRef | null): Author | null {
  const nameBox = ownFirst(scope, X.USER_NAME);
  const handle = handleOf(scope, nameBox, ref);
  if (!handle) return null;
  return {
    handle,
    name: nameBox ? displayNameIn(nameBox) : '',
    profileUrl: `${X_ORIGIN}/${handle}`,
    avatarUrl: webUrl(ownFirst(scope, X.AVATAR_IMG)?.getAttribute('src')),
    followers: null,
    verified: nameBox !== null && X.VERIFIED.some((s) => nameBox.querySelector(s)),
  };
}

/** The handle an "@handle" element shows, without the "@". */
export function shownHandle(el: Element): string | null {
  return HANDLE_TEXT.exec(oneLine(el.textContent ?? ''))?.[1] ?? null;
}
