/**
 * What the site end-to-end tests and the benchmark need to know of each site's demo
 * (test/demo/<host>/): one descriptor per site, in test/e2e/sites/<site>.ts, read by the
 * table-driven tests (test/e2e/sites.test.ts) and by `npm run bench`.
 */
import type { Page } from 'playwright-core';
import type { SiteId } from '../../../lib/sites/hosts';

export interface DemoPage {
  /** The page on the real host name, e.g. 'https://www.reddit.com/r/acme/comments/abc/x/'. */
  url: string;
  /** A text fragment found in exactly one post (or review, or video) on that page. */
  post: string;
  /** That post's id as the adapter reads it (its controls carry it as data-post-id). */
  postId: string;
  /** A text fragment found in exactly one comment on that page, where the page has comments. */
  comment?: string;
  /** That comment's id as the adapter reads it. */
  commentId?: string;
  /** What the case made from `comment` must carry as its parent post's id. */
  commentParentId?: string;
}

export interface SiteDemo {
  site: SiteId;
  /** Every page variant worth capturing from (feed, post page, old/new markup…). */
  pages: DemoPage[];
  /**
   * The feed for the benchmark: its `window.__demo.appendPosts(n)` adds n new posts, each
   * a match for `postSelector`.
   */
  bench: { url: string; postSelector: string };
  /**
   * Types `text` into the site's own reply box for the post or comment whose text contains
   * `target`, as an agent would (open the box with the site's own control, type, send with
   * the site's own button or key). Null where the site has no reply box (Trustpilot).
   */
  reply: ((page: Page, target: string, text: string) => Promise<void>) | null;
}
