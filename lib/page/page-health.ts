import type { SiteAdapter } from '../sites/types';

/** How long a page may take to show its first posts before Casebook calls it broken. */
export const HEALTH_GRACE_MS = 6_000;

export interface PageHealthReport {
  expected: boolean;
  postsFound: number;
}

export interface HealthWatchOptions {
  adapter: SiteAdapter;
  report: (health: PageHealthReport) => void;
  /**
   * Posts the post watcher has handled since the page started: the cheap answer. The page
   * is searched only when it says none (a page can show posts handled before a navigation).
   */
  postsHandled: () => number;
  pageUrl?: () => URL;
  root?: ParentNode;
  setTimeout: (run: () => void, ms: number) => unknown;
}

/**
 * Tells the background whether the adapter finds posts where the page should show them. A
 * site that changed its markup shows up as "posts expected, none found" a few seconds after
 * a page (or an in-app navigation) loads; the sidebar then says so and offers selection
 * capture. Only changes are reported, so a healthy page costs one message per page.
 */
export function watchPageHealth(options: HealthWatchOptions) {
  const { adapter, report } = options;
  const pageUrl = options.pageUrl ?? (() => new URL(location.href));
  const root = options.root ?? document;
  let last: string | null = null;
  let check = 0;

  const send = (health: PageHealthReport) => {
    // Healthy pages differ only in their counts: one report until that changes.
    const key = `${health.expected}:${health.postsFound > 0}`;
    if (key === last) return;
    last = key;
    report(health);
  };

  return {
    /** A page (or an in-app navigation) started: look again once it had time to render. */
    pageStarted() {
      const mine = ++check;
      options.setTimeout(() => {
        if (mine !== check) return; // a newer page is being watched
        const expected = adapter.expectsPosts(pageUrl());
        const handled = options.postsHandled();
        const found = handled > 0 || !expected ? handled : adapter.findPosts(root).length;
        send({ expected, postsFound: found });
      }, HEALTH_GRACE_MS);
    },
    /** Posts turned up: a page reported broken is fine after all. */
    postsSeen(count: number) {
      if (count > 0 && last !== null)
        send({ expected: adapter.expectsPosts(pageUrl()), postsFound: count });
    },
  };
}
