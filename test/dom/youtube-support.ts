/** Shared checks of the YouTube DOM tests. */
import { expect } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { loadPage } from './fixtures';

/** Every item of the document, parsed and checked against ParsedPostSchema. */
export function parseAll(doc: Document, url: URL): ParsedPost[] {
  return youtubeAdapter.findPosts(doc).map((el) => {
    const post = youtubeAdapter.parsePost(el, url);
    expect(post, `item ${youtubeAdapter.postIdOf(el)} parses`).not.toBeNull();
    // The cheap id read on every mutation batch must agree with the full parse.
    expect(youtubeAdapter.postIdOf(el)).toBe(post?.postId);
    return ParsedPostSchema.parse(post);
  });
}

/** A saved YouTube page, its items parsed, by post id. */
export function parsedPage(file: string) {
  const page = loadPage('youtube', file);
  const posts = parseAll(page.doc, page.url);
  const byId = (id: string) => {
    const post = posts.find((each) => each.postId === id);
    if (!post) throw new Error(`${file} has no item ${id}`);
    return post;
  };
  return { ...page, posts, byId };
}

/** The item element with this id. */
export function itemOf(doc: Document, postId: string): Element {
  const el = youtubeAdapter.findPosts(doc).find((each) => youtubeAdapter.postIdOf(each) === postId);
  if (!el) throw new Error(`no item ${postId}`);
  return el;
}

/** Metrics a comment never has: reposts, bookmarks, views. */
export const COMMENT_METRICS = { reposts: null, bookmarks: null, views: null };

/** The fields every comment shares: no title, no machine time, never promoted. */
export const COMMENT_FIELDS = {
  platform: 'youtube',
  title: null,
  postedAt: null,
  language: null,
  isReply: true,
  isPromoted: false,
  isArticle: false,
  quoted: null,
  rating: null,
} as const;
