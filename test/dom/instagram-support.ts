/** Shared checks of the Instagram DOM tests. */
import { expect } from 'vitest';
import { ParsedPostSchema, type Metrics, type ParsedPost } from '../../lib/db/schema';
import { instagramAdapter } from '../../lib/sites/instagram';

/** Every post and comment of the document, parsed and checked against ParsedPostSchema. */
export function parseAll(doc: Document, url: URL): ParsedPost[] {
  return instagramAdapter.findPosts(doc).map((el) => {
    const post = instagramAdapter.parsePost(el, url);
    expect(post, `item ${instagramAdapter.postIdOf(el)} parses`).not.toBeNull();
    // The cheap id read on every mutation batch must agree with the full parse.
    expect(instagramAdapter.postIdOf(el)).toBe(post?.postId);
    return ParsedPostSchema.parse(post);
  });
}

/** Fields that are the same on every Instagram item (asserted, through toEqual, all the same). */
export const COMMON = {
  platform: 'instagram',
  title: null,
  shownTime: null,
  language: null,
  isArticle: false,
  quoted: null,
  rating: null,
} as const;

export const NO_METRICS: Metrics = {
  replies: null,
  reposts: null,
  likes: null,
  bookmarks: null,
  views: null,
};

export const profile = (handle: string, avatar: string | null, verified = false) => ({
  handle,
  name: handle,
  profileUrl: `https://www.instagram.com/${handle}/`,
  avatarUrl: avatar && `https://scontent.cdninstagram.com/v/t51.2885-19/${avatar}`,
  followers: null,
  verified,
});

/** A control as run-site places it: in the adapter's slot, else at the end of the item. */
export function placeControl(el: Element): HTMLButtonElement {
  const button = el.ownerDocument.createElement('button');
  button.setAttribute('data-casebook-capture', '');
  (instagramAdapter.buttonSlot(el) ?? el).append(button);
  return button;
}
