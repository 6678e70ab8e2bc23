/**
 * What listening reads of an X post (issue 11): its text box's words and its author's
 * handle, in a few queries, since every post of a timeline is read while the team has a
 * watch list. The full reading (emoji kept, the author's name) waits for the posts that
 * match.
 */
import { inlineText } from './dom-text';
import type { ListenRead } from './types';
import { displayNameIn, readAuthor } from './x-author';
import { isPost, lastStatusOf, statusRefOf } from './x-find';
import { ownedByPost, scopeOf } from './x-scope';
import * as X from './x-selectors';

const TEXT = X.any(X.TEXT);
const USER_NAME = X.any(X.USER_NAME);

export function listenOf(post: Element): ListenRead | null {
  if (!isPost(post)) return null;
  // The first text box in the post is its own: a quoted post's comes after it. One inside
  // a quote means the post has no words of its own.
  const first = post.querySelector(TEXT);
  const box = first && ownedByPost(post, first) ? first : null;
  const ref = lastStatusOf.get(post) ?? statusRefOf(post, (node) => ownedByPost(post, node));
  return {
    text: box?.textContent ?? '',
    handle: ref && ref.handle !== 'i' ? ref.handle : null,
    details() {
      const text = box ? inlineText(box).trim() : '';
      // The first User-Name is the post's own (a quote's comes after): with the handle of
      // its status link, that is the author, without the full reading's scope of quotes.
      const nameBox = post.querySelector(USER_NAME);
      if (ref && ref.handle !== 'i' && nameBox && ownedByPost(post, nameBox)) {
        return { text, author: { handle: ref.handle, name: displayNameIn(nameBox) } };
      }
      const author = readAuthor(scopeOf(post), ref);
      return { text, author: author ? { handle: author.handle, name: author.name } : null };
    },
  };
}
