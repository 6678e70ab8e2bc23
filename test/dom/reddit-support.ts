/** Shared checks of the Reddit DOM tests. */
import { expect } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { redditAdapter } from '../../lib/sites/reddit';

/** Every item of the document, parsed and checked against ParsedPostSchema. */
export function parseAll(doc: Document, url: URL): ParsedPost[] {
  return redditAdapter.findPosts(doc).map((el) => {
    const post = redditAdapter.parsePost(el, url);
    expect(post, `item ${redditAdapter.postIdOf(el)} parses`).not.toBeNull();
    // The cheap id read on every mutation batch must agree with the full parse.
    expect(redditAdapter.postIdOf(el)).toBe(post?.postId);
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
