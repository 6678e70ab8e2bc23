/** Shared checks of the Facebook DOM tests. */
import { expect } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { facebookAdapter } from '../../lib/sites/facebook';

/** Every item (post, comment, reply) of the document with an id, parsed and schema-checked. */
export function parseAll(doc: Document, url: URL): ParsedPost[] {
  return facebookAdapter
    .findPosts(doc)
    .filter((el) => facebookAdapter.postIdOf(el) !== null)
    .map((el) => {
      const post = facebookAdapter.parsePost(el, url);
      expect(post, `item ${facebookAdapter.postIdOf(el)} parses`).not.toBeNull();
      // The cheap id read on every mutation batch must agree with the full parse.
      expect(facebookAdapter.postIdOf(el)).toBe(post?.postId);
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

/** What every Facebook item shares: no machine time, no title, never an article or a quote. */
export const FACEBOOK = {
  platform: 'facebook',
  title: null,
  postedAt: null,
  isArticle: false,
  quoted: null,
  rating: null,
} as const;

/** An author as Facebook shows one in a post or comment (followers are never shown there). */
export function author(
  handle: string,
  name: string,
  avatar: string | null,
  verified = false,
): ParsedPost['author'] {
  const numeric = /^\d+$/.test(handle);
  return {
    handle,
    name,
    profileUrl: numeric
      ? `https://www.facebook.com/profile.php?id=${handle}`
      : `https://www.facebook.com/${handle}`,
    avatarUrl: avatar && `https://scontent.xx.fbcdn.net/v/t39.30808-1/${avatar}`,
    followers: null,
    verified,
  };
}
