/**
 * The listening badges on a saved X timeline (test/fixtures/x/home-timeline.html): only the
 * posts whose own words match the watch list are parsed and reported, each gets the label
 * the background answers, and a reused row loses the badge of the post it showed before.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ListenedLabels, ListenedPostInput } from '../../lib/listening/page-listening';
import { EMPTY_WATCH_LIST } from '../../lib/listening/watch-list-schema';
import type { WatchList } from '../../lib/listening/watch-list';
import { BADGE_ATTR } from '../../lib/page/listening-badge';
import { createListeningMarker, LISTEN_WAIT_MS } from '../../lib/page/listening-marker';
import { placePostControls } from '../../lib/page/post-controls';
import { TESTIMONIAL_ATTR } from '../../lib/page/testimonial-button';
import { xAdapter } from '../../lib/sites/x';
import { loadPage } from './fixtures';

function setUp(
  list: WatchList | null,
  answer: (post: ListenedPostInput) => ListenedLabels[string],
  /** The background answers once this settles. */
  answered: Promise<void> = Promise.resolve(),
) {
  const { doc, url } = loadPage('x', 'home-timeline.html');
  const timers: { run: () => void; ms: number }[] = [];
  const reports: ListenedPostInput[][] = [];
  const adapter = { ...xAdapter, parsePost: vi.fn(xAdapter.parsePost) };
  let watched = list;
  const marker = createListeningMarker({
    adapter,
    watchList: async () => watched,
    report: async (posts) => {
      reports.push(posts);
      await answered;
      return Object.fromEntries(posts.map((post) => [post.postId, answer(post)]));
    },
    setTimeout: (run, ms) => timers.push({ run, ms }),
    pageUrl: () => url,
  });
  const posts = xAdapter.findPosts(doc).map((el) => ({ el, id: xAdapter.postIdOf(el)! }));
  for (const { el, id } of posts) placePostControls(xAdapter, el, id, false);
  /** Shows every post to the marker and lets its timer run. */
  const showAll = async () => {
    await marker.load();
    for (const { el, id } of posts) marker.seen(el, id, false);
    for (const timer of timers.splice(0)) timer.run();
    await vi.waitFor(() => expect(timers).toEqual([]));
    await new Promise((done) => setTimeout(done, 0));
  };
  const watch = (next: WatchList | null) => (watched = next);
  return { doc, marker, posts, reports, timers, adapter, showAll, watch };
}

const textOf = (el: Element) => el.querySelector('[data-testid="tweetText"]')?.textContent ?? '';
const complaint = () => ({ label: 'complaint' as const, needsAnswer: true });

describe('listening badges on an X timeline', () => {
  it('reports and marks only the posts whose own text matches, beside the buttons', async () => {
    const list = { ...EMPTY_WATCH_LIST, keywords: ['refund'] };
    const { posts, reports, showAll, timers } = setUp(list, complaint);
    await showAll();
    expect(timers).toEqual([]);
    const matching = posts.filter(({ el }) => /refund/i.test(textOf(el)));
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(posts.length);
    expect(reports.flat().map((post) => post.postId)).toEqual(matching.map(({ id }) => id));
    expect(reports.flat()[0]).toMatchObject({
      terms: ['refund'],
      author: { handle: expect.any(String) },
    });
    for (const { el, id } of posts) {
      const badge = el.querySelector(`[${BADGE_ATTR}]`);
      expect(badge !== null, `post ${id}`).toBe(matching.some((m) => m.id === id));
      if (!badge) continue;
      expect(badge.textContent).toBe('Needs answer');
      expect(badge.getAttribute('data-post-id')).toBe(id);
      // Right after the testimonial button, in the buttons' slot.
      expect(badge.previousElementSibling?.hasAttribute(TESTIMONIAL_ATTR)).toBe(true);
    }
  });

  it('leaves out a post an exclusion names, and reads nothing when the list is empty', async () => {
    const excluded = setUp(
      { ...EMPTY_WATCH_LIST, keywords: ['refund'], exclusions: ['order 5521'] },
      complaint,
    );
    await excluded.showAll();
    expect(excluded.reports.flat().some((post) => /order 5521/.test(post.text))).toBe(false);

    const none = setUp(null, complaint);
    await none.showAll();
    expect(none.reports).toEqual([]);
    expect(none.adapter.parsePost).not.toHaveBeenCalled();
    expect(none.doc.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
  });

  it('shows a known post again without a new report, and clears a reused row', async () => {
    const list = { ...EMPTY_WATCH_LIST, keywords: ['refund'] };
    const { posts, reports, showAll, marker, timers } = setUp(list, complaint);
    await showAll();
    const [marked] = posts.filter(({ el }) => el.querySelector(`[${BADGE_ATTR}]`));
    const other = posts.find(({ el }) => !el.querySelector(`[${BADGE_ATTR}]`))!;
    const asked = reports.length;

    // The site re-rendered the post: its badge is back at once, with no new report.
    marked!.el.querySelector(`[${BADGE_ATTR}]`)!.remove();
    marker.seen(marked!.el, marked!.id, false);
    expect(marked!.el.querySelector(`[${BADGE_ATTR}]`)?.textContent).toBe('Needs answer');
    expect(timers).toEqual([]);

    // The row now shows another post: the old post's badge goes.
    placePostControls(xAdapter, marked!.el, other.id, true);
    marker.seen(marked!.el, other.id, true);
    expect(marked!.el.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
    expect(reports.length).toBe(asked);
  });

  it('keeps the page as it was when the background fails', async () => {
    const { doc, marker, posts, timers } = setUp(
      { ...EMPTY_WATCH_LIST, keywords: ['refund'] },
      () => {
        throw new Error('worker stopped');
      },
    );
    await marker.load();
    for (const { el, id } of posts) marker.seen(el, id, false);
    timers.splice(0).forEach((timer) => timer.run());
    await new Promise((done) => setTimeout(done, LISTEN_WAIT_MS / 10));
    expect(doc.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
  });

  it('badges the posts anew when the watch list changes', async () => {
    const refunds = { ...EMPTY_WATCH_LIST, keywords: ['refund'] };
    const { posts, reports, showAll, marker, timers, watch } = setUp(refunds, complaint);
    await showAll();
    const byRefund = posts.filter(({ el }) => /refund/i.test(textOf(el)));
    // Another word, from a post that does not mention refunds.
    const word = posts
      .map(({ el }) => textOf(el))
      .filter((text) => !/refund/i.test(text))
      .flatMap((text) => text.match(/\b[a-z]{6,}\b/gi) ?? [])[0]!;
    const byWord = posts.filter(({ el }) => new RegExp(`\\b${word}\\b`, 'i').test(textOf(el)));
    expect(byWord.length).toBeGreaterThan(0);
    expect(byRefund.some(({ id }) => !byWord.some((match) => match.id === id))).toBe(true);

    watch({ ...EMPTY_WATCH_LIST, keywords: [word] });
    const asked = reports.length;
    await marker.reload(posts.map(({ el, id }) => [el, id] as const));
    for (const timer of timers.splice(0)) timer.run();
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(asked));
    await new Promise((done) => setTimeout(done, 0));

    expect(
      reports
        .slice(asked)
        .flat()
        .map((post) => post.postId),
    ).toEqual(byWord.map(({ id }) => id));
    for (const { el, id } of posts) {
      const badged = el.querySelector(`[${BADGE_ATTR}]`) !== null;
      expect(badged, `post ${id}`).toBe(byWord.some((match) => match.id === id));
    }
  });

  it('drops the answer to a report made under the old watch list', async () => {
    let release = () => {};
    const answered = new Promise<void>((done) => (release = done));
    const list = { ...EMPTY_WATCH_LIST, keywords: ['refund'] };
    const { doc, posts, marker, reports, timers, watch } = setUp(list, complaint, answered);
    await marker.load();
    for (const { el, id } of posts) marker.seen(el, id, false);
    for (const timer of timers.splice(0)) timer.run();
    // The report is out when the team empties its watch list.
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    watch(null);
    await marker.reload(posts.map(({ el, id }) => [el, id] as const));
    release();
    await new Promise((done) => setTimeout(done, 10));
    expect(doc.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
    expect(timers).toEqual([]);
  });
});
