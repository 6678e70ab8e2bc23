import { describe, expect, it } from 'vitest';
import { HEALTH_GRACE_MS, watchPageHealth, type PageHealthReport } from '@/lib/page/page-health';
import type { SiteAdapter } from '@/lib/sites/types';

function setup(expects: boolean) {
  document.body.innerHTML = '<main></main>';
  const timers: { run: () => void; ms: number }[] = [];
  const reports: PageHealthReport[] = [];
  const adapter = {
    findPosts: (root: ParentNode) => Array.from(root.querySelectorAll('article')),
    expectsPosts: () => expects,
  } as unknown as SiteAdapter;
  const handled = { count: 0 };
  const health = watchPageHealth({
    adapter,
    postsHandled: () => handled.count,
    report: (h) => reports.push(h),
    pageUrl: () => new URL('https://x.com/home'),
    setTimeout: (run, ms) => timers.push({ run, ms }),
  });
  return { health, timers, reports, handled };
}

describe('page health', () => {
  it('reports posts expected but none found, after the grace period only', () => {
    const { health, timers, reports } = setup(true);
    health.pageStarted();
    expect(reports).toEqual([]);
    expect(timers[0]?.ms).toBe(HEALTH_GRACE_MS);
    timers[0]!.run();
    expect(reports).toEqual([{ expected: true, postsFound: 0 }]);
  });

  it('clears the report as soon as posts turn up', () => {
    const { health, timers, reports } = setup(true);
    health.pageStarted();
    timers[0]!.run();
    health.postsSeen(3);
    expect(reports.at(-1)).toEqual({ expected: true, postsFound: 3 });
    health.postsSeen(5); // still healthy: nothing new to say
    expect(reports).toHaveLength(2);
  });

  it('a newer page supersedes the older check', () => {
    const { health, timers, reports } = setup(true);
    health.pageStarted();
    document.querySelector('main')!.innerHTML = '<article></article>';
    health.pageStarted();
    timers[0]!.run(); // the first page's check: dropped
    expect(reports).toEqual([]);
    timers[1]!.run();
    expect(reports).toEqual([{ expected: true, postsFound: 1 }]);
  });

  it('a page that shows no posts by design is reported as such, never as broken', () => {
    const { health, timers, reports } = setup(false);
    health.pageStarted();
    timers[0]!.run();
    expect(reports).toEqual([{ expected: false, postsFound: 0 }]);
  });

  it("takes the watcher's count when it has one, and searches the page only when it has none", () => {
    const { health, timers, reports, handled } = setup(true);
    handled.count = 4; // none of them in the DOM: the count alone must answer
    health.pageStarted();
    timers[0]!.run();
    expect(reports).toEqual([{ expected: true, postsFound: 4 }]);
  });
});
