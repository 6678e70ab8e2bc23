/** Shared checks of the X DOM tests. */
import { expect } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { xAdapter } from '../../lib/sites/x';

/** Every post of the document, parsed and checked against ParsedPostSchema. */
export function parseAll(doc: Document, url: URL): ParsedPost[] {
  return xAdapter.findPosts(doc).map((el) => {
    const post = xAdapter.parsePost(el, url);
    expect(post, `post ${xAdapter.postIdOf(el)} parses`).not.toBeNull();
    // The cheap id read on every mutation batch must agree with the full parse.
    expect(xAdapter.postIdOf(el)).toBe(post?.postId);
    return ParsedPostSchema.parse(post);
  });
}

export const NO_METRICS = {
  replies: null,
  reposts: null,
  likes: null,
  bookmarks: null,
  views: null,
};
