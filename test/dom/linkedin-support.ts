/** Shared checks of the LinkedIn DOM tests. */
import { expect } from 'vitest';
import { ParsedPostSchema, type Author, type ParsedPost } from '../../lib/db/schema';
import { linkedinAdapter } from '../../lib/sites/linkedin';

/** Every item of the document, parsed and checked against ParsedPostSchema. */
export function parseAll(doc: Document, url: URL): ParsedPost[] {
  return linkedinAdapter.findPosts(doc).map((el) => {
    const post = linkedinAdapter.parsePost(el, url);
    expect(post, `item ${linkedinAdapter.postIdOf(el)} parses`).not.toBeNull();
    // The cheap id read on every mutation batch must agree with the full parse.
    expect(linkedinAdapter.postIdOf(el)).toBe(post?.postId);
    return ParsedPostSchema.parse(post);
  });
}

/** The item of the document with this id. */
export function itemById(doc: Document, id: string): Element {
  const item = linkedinAdapter.findPosts(doc).find((el) => linkedinAdapter.postIdOf(el) === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

const MEDIA = 'https://media.licdn.com/dms/image/v2';

/** An author as the fixtures write them: profile URL from the handle, avatar on media.licdn.com. */
export function author(
  handle: string,
  name: string,
  avatar: string | null,
  extra: Partial<Author> = {},
): Author {
  const [kind, slug] = handle.startsWith('company/')
    ? ['company', handle.slice(8)]
    : ['in', handle];
  return {
    handle,
    name,
    profileUrl: `https://www.linkedin.com/${kind}/${encodeURIComponent(slug ?? '')}/`,
    avatarUrl: avatar === null ? null : `${MEDIA}/${avatar}`,
    followers: null,
    verified: false,
    ...extra,
  };
}

export const NO_COUNTS = { bookmarks: null, views: null };

/** A comment's link as LinkedIn shares it. */
export function commentLink(activity: string, comment: string, reply?: string): string {
  const urn = (id: string) => encodeURIComponent(`urn:li:comment:(activity:${activity},${id})`);
  const base = `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/`;
  return reply
    ? `${base}?commentUrn=${urn(comment)}&replyUrn=${urn(reply)}`
    : `${base}?commentUrn=${urn(comment)}`;
}
