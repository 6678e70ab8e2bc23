/**
 * Finding Instagram posts and comments in a page, and reading their ids: the part of the
 * adapter that runs on every mutation batch, so it stays cheap (an article without
 * comments is its post at once; see instagram-items.ts for the others).
 */
import { itemsOf } from './instagram-items';
import { commentLinkOf, postLinkIn } from './instagram-links';
import { articleOf } from './instagram-scope';
import { any, CONTAINER } from './instagram-selectors';
import { commentPostId } from './instagram-urls';

/** Every post and comment under root: each article's post first, then its comments. */
export function findPosts(root: ParentNode): Element[] {
  const node = root as Node;
  if (node.nodeType === 1) {
    const el = node as Element;
    const article = el.closest(any(CONTAINER));
    if (article) {
      const { post, comments } = itemsOf(article);
      return [post, ...comments].filter((item): item is Element => !!item && el.contains(item));
    }
  }
  return Array.from(root.querySelectorAll(any(CONTAINER))).flatMap((article) => {
    const { post, comments } = itemsOf(article);
    return post ? [post, ...comments] : comments;
  });
}

/** The post or comment holding node (node itself when it is one), or null. */
export function closestPost(node: Element): Element | null {
  const article = node.closest(any(CONTAINER));
  if (!article) return null;
  const { post, comments } = itemsOf(article);
  return comments.find((comment) => comment.contains(node)) ?? (post?.contains(node) ? post : null);
}

/** The id of an item, cheaply: a comment's own link ("comment:<id>"), else its post's code. */
export function postIdOf(el: Element): string | null {
  const comment = commentLinkOf(el);
  if (comment) return commentPostId(comment.ref.id);
  return postLinkIn(articleOf(el) ?? el)?.ref.code ?? null;
}
