import { CasebookDatabase } from '@/lib/db/database';
import type { ParsedPost } from '@/lib/db/schema';

let dbCounter = 0;

/** A fresh database in fake-indexeddb, named uniquely so tests never share state. */
export function freshDatabase(upToVersion?: number): CasebookDatabase {
  dbCounter += 1;
  return new CasebookDatabase(`casebook-test-${dbCounter}-${Math.random()}`, upToVersion);
}

/** A valid post as an adapter would return it; override any field. */
export function parsedPost(overrides: Partial<ParsedPost> = {}): ParsedPost {
  const postId = overrides.postId ?? '1850000000000000001';
  const handle = overrides.author?.handle ?? 'dana_r';
  return {
    platform: 'x',
    postId,
    permalink: `https://x.com/${handle}/status/${postId}`,
    author: {
      handle,
      name: 'Dana R',
      profileUrl: `https://x.com/${handle}`,
      avatarUrl: null,
      followers: null,
      verified: false,
    },
    text: '@AcmeSupport my order #4411 never arrived 😡',
    title: null,
    truncated: false,
    postedAt: Date.UTC(2026, 10, 20, 9, 30),
    language: 'en',
    metrics: { replies: 2, reposts: 0, likes: 5, bookmarks: 0, views: 120 },
    isReply: false,
    isPromoted: false,
    isArticle: false,
    quoted: null,
    ...overrides,
  };
}

export const actor = (now = Date.UTC(2026, 10, 22, 10, 0)) => ({ by: 'me', now });
