/**
 * Which nodes of an X post are its own. A post can hold other posts (a quoted post, posts
 * embedded in an X Article) with their own author, text and time; every read of the outer
 * post must skip them, or a quote's author ends up as the post's author.
 */
import { any, NESTED_POST, QUOTE_WRAPPER, USER_NAME } from './x-selectors';

const NESTED = any(NESTED_POST);

/** A post (or a quoted post) and the roots of the posts nested in it. */
export interface Scope {
  root: Element;
  nested: Element[];
}

/**
 * Finds the nested posts by their authors: each User-Name below a nested-post box other
 * than the root's own. When a second User-Name has no such box (X changed the quote box),
 * the quote's aria-labelledby wrapper stands in for it.
 */
export function scopeOf(root: Element): Scope {
  const nested: Element[] = [];
  let ownNames = 0;
  for (const name of root.querySelectorAll(any(USER_NAME))) {
    let holder = name.parentElement?.closest(NESTED) ?? null;
    if (!holder || holder.contains(root)) {
      if (ownNames++ === 0) continue;
      holder = name.closest(any(QUOTE_WRAPPER));
      if (!holder || holder.contains(root)) continue;
    }
    const box = holder;
    if (!nested.some((outer) => outer.contains(box))) nested.push(box);
  }
  return { root, nested };
}

export function owns(scope: Scope, node: Node): boolean {
  return !scope.nested.some((root) => root.contains(node));
}

/** The cheap test used on every mutation batch: no nested-post box between post and node. */
export function ownedByPost(post: Element, node: Element): boolean {
  const holder = node.parentElement?.closest(NESTED) ?? null;
  return !holder || holder.contains(post);
}

type Accept = (el: Element) => boolean;

/** Own matches of any alternative, in document order. */
export function ownAll(scope: Scope, alternatives: readonly string[], accept?: Accept): Element[] {
  return Array.from(scope.root.querySelectorAll(any(alternatives))).filter(
    (el) => owns(scope, el) && (!accept || accept(el)),
  );
}

/** The first own match, trying the alternatives in their order (best first). */
export function ownFirst(
  scope: Scope,
  alternatives: readonly string[],
  accept?: Accept,
): Element | null {
  for (const selector of alternatives) {
    for (const el of scope.root.querySelectorAll(selector)) {
      if (owns(scope, el) && (!accept || accept(el))) return el;
    }
  }
  return null;
}
