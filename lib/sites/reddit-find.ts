/**
 * Finding Reddit's items (posts and comments, both generations) and reading their ids: the
 * part of the adapter that runs on every mutation batch, so it reads attributes only.
 *
 * Every comment is an item of its own, and so is every reply: both generations nest a
 * reply inside its parent (shreddit-comment in shreddit-comment, old Reddit's .thing in
 * the parent's .child), so the nearest item around a node is the one it belongs to.
 */
import * as R from './reddit-selectors';
import { COMMENT_FULLNAME, FULLNAME, POST_FULLNAME } from './reddit-urls';

export type ItemKind = 'new-post' | 'new-comment' | 'old-thing';

const NEW_POST = R.any(R.NEW_POST);
const NEW_COMMENT = R.any(R.NEW_COMMENT);
const OLD_THING = R.any(R.OLD_THING);
export const ITEM = R.any([...R.NEW_POST, ...R.NEW_COMMENT, ...R.OLD_THING]);

/** The first of these attributes the element has (attribute names are alternatives too). */
export function attrOf(el: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

export function kindOf(el: Element): ItemKind | null {
  if (el.matches(NEW_POST)) return 'new-post';
  if (el.matches(NEW_COMMENT)) return 'new-comment';
  if (el.matches(OLD_THING)) return 'old-thing';
  return null;
}

/** The item's fullname ("t3_…" for posts, "t1_…" for comments), or null. */
export function postIdOf(el: Element): string | null {
  const kind = kindOf(el);
  const raw =
    kind === 'new-post'
      ? attrOf(el, R.POST_ATTR.id)
      : kind === 'new-comment'
        ? attrOf(el, R.COMMENT_ATTR.id)
        : kind === 'old-thing'
          ? attrOf(el, R.OLD_ATTR.id)
          : null;
  const id = raw?.trim() ?? '';
  if (kind === 'new-post') return POST_FULLNAME.test(id) ? id : null;
  if (kind === 'new-comment') return COMMENT_FULLNAME.test(id) ? id : null;
  // Old Reddit's "load more comments" rows are things too (class morechildren): not items.
  return FULLNAME.test(id) && !el.classList.contains('morechildren') ? id : null;
}

/** Every post and comment under root (root itself included), in document order. */
export function findPosts(root: ParentNode): Element[] {
  const found: Element[] = [];
  const rootEl = (root as Node).nodeType === 1 ? (root as Element) : null;
  if (rootEl?.matches(ITEM) && postIdOf(rootEl)) found.push(rootEl);
  for (const el of root.querySelectorAll(ITEM)) if (postIdOf(el)) found.push(el);
  return found;
}

/** The item node belongs to: the nearest post or comment around it (node itself when one). */
export function closestPost(node: Element): Element | null {
  for (let el = node.closest(ITEM); el; el = el.parentElement?.closest(ITEM) ?? null) {
    if (postIdOf(el)) return el;
  }
  return null;
}

/** A direct child in one of these slots: slotted content is always a host's child. */
export function slotChild(host: Element, slots: readonly string[]): Element | null {
  for (const slot of slots) {
    for (const child of host.children) if (child.getAttribute('slot') === slot) return child;
  }
  return null;
}

/** An old Reddit thing's own entry (its replies are in the sibling .child, never in here). */
export function ownEntry(thing: Element): Element | null {
  for (const child of thing.children) if (child.classList.contains(R.OLD_ENTRY_CLASS)) return child;
  return null;
}
