import { capText } from '../listening/fold';
import {
  LISTENED_TEXT_LENGTH,
  MAX_LISTENED_PER_REPORT,
  type ListenedLabels,
  type ListenedPostInput,
} from '../listening/page-listening';
import { compileWatchList, type WatchList, type WatchMatcher } from '../listening/watch-list';
import type { ListenRead, SiteAdapter } from '../sites/types';
import { BADGE_ATTR, createBadge, setBadge } from './listening-badge';
import { TESTIMONIAL_ATTR } from './testimonial-button';

/**
 * How long posts arriving in a burst are gathered before they are read and reported: each
 * report is a message, which costs the page's thread (see batched-lookup.ts), and a badge
 * a second after its post is soon enough.
 */
export const LISTEN_WAIT_MS = 1000;

export interface ListeningMarkerOptions {
  adapter: SiteAdapter;
  /** The team's watch list, or null when it watches nothing. */
  watchList: () => Promise<WatchList | null>;
  /** Reports matching posts; answers each one's label. */
  report: (posts: ListenedPostInput[]) => Promise<ListenedLabels>;
  setTimeout: (run: () => void, ms: number) => unknown;
  pageUrl?: () => URL;
}

const byPostId = (attr: string, postId: string) =>
  `[${attr}][data-post-id="${CSS.escape(postId)}"]`;

/**
 * Marks the posts of a page that mention the team's watch list (issue 11). While the list
 * is empty nothing is read. Otherwise each post's words are matched where they stand (the
 * adapter's quick reading, else the element's whole text; then one pattern), and only the
 * posts that match are read in full and reported, a burst at a time; the background labels them and keeps them for
 * the sidebar, and the page shows the label as a badge. A label is kept by post id, so a
 * post shown again (a recycled row, a re-render) gets its badge without another report.
 */
export function createListeningMarker(options: ListeningMarkerOptions) {
  const { adapter } = options;
  const pageUrl = options.pageUrl ?? (() => new URL(location.href));
  let matcher: WatchMatcher | null = null;
  /** Until the list is read, posts are queued; once it is known to be empty, ignored. */
  let loading: Promise<void> | null = null;
  let loaded = false;
  const labels = new Map<string, ListenedLabels[string]>();
  /** The post each element showed when it was queued (a row may be reused meanwhile). */
  const queued = new Map<Element, string>();
  let waiting = false;
  /** Bumped when the watch list changes: answers asked under an older list are dropped. */
  let generation = 0;

  const badgeIn = (el: Element, postId: string) =>
    el.querySelector<HTMLElement>(byPostId(BADGE_ATTR, postId));

  const place = (el: Element, postId: string, label: ListenedLabels[string]) => {
    const existing = badgeIn(el, postId);
    if (existing) return setBadge(existing, label);
    const after = el.querySelector(byPostId(TESTIMONIAL_ATTR, postId));
    const badge = createBadge(postId, label);
    if (after) after.after(badge);
    else el.append(badge);
  };

  /** The post's words and author, as the adapter reads them for listening (or in full). */
  const quickRead = (el: Element): ListenRead | null => {
    if (adapter.listenOf) return adapter.listenOf(el);
    return {
      text: el.textContent ?? '',
      handle: null,
      details() {
        const parsed = adapter.parsePost(el, pageUrl());
        return parsed
          ? {
              text: parsed.text,
              author: { handle: parsed.author.handle, name: parsed.author.name },
            }
          : { text: '', author: null };
      },
    };
  };

  /** A matching post's report, or null when its own words do not match after all. */
  const read = (el: Element, postId: string): ListenedPostInput | null => {
    const match = matcher;
    const quick = match ? quickRead(el) : null;
    const first = quick && match ? match(quick.text, quick.handle) : null;
    if (!match || !quick || !first?.matched) return null;
    const { text, author } = quick.details();
    // Without the adapter's own reading, the element's text holds names, counts and
    // quoted posts: the post's own words and author decide.
    const found = adapter.listenOf ? first : match(text, author?.handle);
    if (!found.matched) return null;
    return {
      postId,
      text: capText(text, LISTENED_TEXT_LENGTH),
      terms: found.terms.slice(0, 20),
      author,
    };
  };

  const flush = async () => {
    waiting = false;
    const asked = generation;
    const batch = [...queued];
    queued.clear();
    const found: { el: Element; post: ListenedPostInput }[] = [];
    for (const [el, postId] of batch) {
      if (!el.isConnected || labels.has(postId)) continue;
      const post = read(el, postId);
      if (post) found.push({ el, post });
    }
    for (let start = 0; start < found.length; start += MAX_LISTENED_PER_REPORT) {
      const part = found.slice(start, start + MAX_LISTENED_PER_REPORT);
      let answer: ListenedLabels;
      try {
        answer = await options.report(part.map(({ post }) => post));
      } catch {
        continue; // no badges this time; a post shown again is asked about again
      }
      if (asked !== generation) return; // labelled under the old watch list
      for (const { el, post } of part) {
        const label = answer[post.postId];
        if (!label) continue;
        labels.set(post.postId, label);
        if (el.isConnected) place(el, post.postId, label);
      }
    }
  };

  const marker = {
    /** Reads the watch list again (at start and after an in-app navigation). */
    load(): Promise<void> {
      loading = options
        .watchList()
        .then(
          (list) => {
            matcher = list ? compileWatchList(list) : null;
          },
          () => {
            matcher = null;
          },
        )
        .finally(() => {
          loaded = true;
        });
      return loading;
    },
    /** A post the watcher handled (`recycled`: the element showed another post before). */
    seen(el: Element, postId: string, recycled: boolean): void {
      if (recycled) {
        for (const old of el.querySelectorAll(`[${BADGE_ATTR}]`)) {
          if (old.getAttribute('data-post-id') !== postId) old.remove();
        }
      }
      const known = labels.get(postId);
      if (known) return place(el, postId, known);
      if (loaded && !matcher) return;
      queued.set(el, postId);
      if (waiting) return;
      waiting = true;
      options.setTimeout(() => void (loading ?? Promise.resolve()).then(flush), LISTEN_WAIT_MS);
    },
    /**
     * The team changed its watch list (or how posts are labelled): every badge goes, the
     * list is read again, and the posts on the page now are matched against it.
     */
    async reload(posts: Iterable<readonly [Element, string]>): Promise<void> {
      generation += 1;
      labels.clear();
      queued.clear();
      const shown = [...posts];
      for (const [el] of shown) {
        for (const badge of el.querySelectorAll(`[${BADGE_ATTR}]`)) badge.remove();
      }
      await marker.load();
      for (const [el, postId] of shown) marker.seen(el, postId, false);
    },
  };
  return marker;
}
