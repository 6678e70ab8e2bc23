import type { Platform } from '../db/schema';
import type { PostLabel } from './classify';

/**
 * What listening found on one tab's page (issue 11): the posts that match the team's watch
 * list, each with the classifier's label. Kept by the background per tab, shown by the
 * sidebar; the page itself only ever gets a label for its badges.
 */
export interface PageListening {
  platform: Platform;
  /** The page these posts were seen on: another page starts a new list. */
  url: string;
  posts: ListenedPost[];
}

export interface ListenedPost {
  postId: string;
  label: PostLabel;
  needsAnswer: boolean;
  /** The classifier's priority (higher first), for the "needs answer" list's order. */
  priority: number;
  reasons: string[];
  /** The watch-list terms the post mentions, as the list spells them. */
  terms: string[];
  /** The start of the post's text, for the sidebar's list. */
  snippet: string;
  author: { handle: string; name: string } | null;
  seenAt: number;
}

/** How much of a post's text a page sends to be classified: the start says what it asks. */
export const LISTENED_TEXT_LENGTH = 2_000;
/** Posts per report: the page sends them as they come, a few dozen at a time. */
export const MAX_LISTENED_PER_REPORT = 200;

/** A matching post as the page reports it (checked by lib/listening/requests.ts). */
export interface ListenedPostInput {
  postId: string;
  text: string;
  terms: string[];
  author: { handle: string; name: string } | null;
}

/** What the page gets back per post: only what its badge says. */
export type ListenedLabels = Record<string, { label: PostLabel; needsAnswer: boolean }>;

/**
 * The capture's outcome as the page reports it: the case's ref (for a testimonial, "saved"),
 * or why not in the agent's words.
 */
export type ListeningCaptureAnswer = { ok: true; ref: string } | { ok: false; message: string };

/** A page's posts kept at most: a long scroll through search results keeps the latest. */
export const MAX_LISTENED_POSTS = 300;
export const SNIPPET_LENGTH = 280;

/**
 * The tab's list once these posts were seen: on a new page the old list goes; a post seen
 * again keeps its first sighting's place but takes its newest reading.
 */
export function mergeListened(
  previous: PageListening | null,
  page: { platform: Platform; url: string },
  seen: readonly ListenedPost[],
): PageListening {
  const samePage = previous?.url === page.url && previous.platform === page.platform;
  const byId = new Map<string, ListenedPost>();
  for (const post of samePage ? previous.posts : []) byId.set(post.postId, post);
  for (const post of seen) {
    const before = byId.get(post.postId);
    byId.set(post.postId, before ? { ...post, seenAt: before.seenAt } : post);
  }
  const posts = [...byId.values()];
  return { ...page, posts: posts.slice(Math.max(0, posts.length - MAX_LISTENED_POSTS)) };
}

/** The posts that need an answer, most urgent first (then the first seen first). */
export function needingAnswer(listening: PageListening | null): ListenedPost[] {
  return (listening?.posts ?? [])
    .filter((post) => post.needsAnswer)
    .sort((a, b) => b.priority - a.priority || a.seenAt - b.seenAt);
}

/** The words on a post's badge: short, and no customer data. */
export function badgeText(post: Pick<ListenedPost, 'label' | 'needsAnswer'>): string {
  if (post.needsAnswer) return 'Needs answer';
  return post.label === 'praise' ? 'Praise' : 'Mention';
}
