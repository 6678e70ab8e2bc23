/**
 * What belongs to an Instagram item. A post's parts are spread over its article (header,
 * photo, caption, likes) around its comments, which are items of their own: reading the
 * post means reading the article while skipping them.
 */
import { any } from './instagram-selectors';

/** The element to read (an article, a comment) and the parts of it that are not the item's. */
export interface Scope {
  root: Element;
  skip: readonly Element[];
}

export const owns = (scope: Scope, node: Node) => !scope.skip.some((el) => el.contains(node));

/** Own matches of any alternative, in document order. */
export function ownAll(scope: Scope, alternatives: readonly string[]): Element[] {
  return Array.from(scope.root.querySelectorAll(any(alternatives))).filter((el) => owns(scope, el));
}

/** The article an item belongs to; any article, so that a detached copy still parses. */
export const articleOf = (el: Element): Element | null => el.closest('article');
