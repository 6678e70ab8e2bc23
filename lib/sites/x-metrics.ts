/**
 * Exact engagement counts of an X post. The numbers shown ("25K") are rounded; the exact
 * ones are in aria-labels: the action bar's ("2534 replies, 4483 reposts, 25616 likes,
 * 797 bookmarks, 2596467 views") and each control's ("25616 Likes. Like"). Both labels are
 * in the reader's language, so English words are only the fast path:
 *
 * 1. English: every count in the bar label named by its English word. Counts the label
 *    leaves out are zero (X omits zero counts).
 * 2. Otherwise each control, found by its data-testid in any language, gives the first
 *    number of its own label ("25616 Likes. Like", "25 616 J'aime. J'aime").
 * 3. Then the counts of the bar label are fitted onto their fixed order (replies, reposts,
 *    likes, bookmarks, views, zeros left out), anchored on the counts of step 2; a slot
 *    is filled only when every fit agrees (lib/sites/parse.ts fitInOrder).
 *
 * Views stay null when the post shows no views at all: posts older than view counts.
 */
import type { Metrics } from '../db/schema';
import { countsIn, firstCount, fitInOrder } from './parse';
import { ownAll, ownedByPost, ownFirst, type Scope } from './x-scope';
import { ACTION_BAR, any, CONTROLS } from './x-selectors';

export const METRIC_ORDER = ['replies', 'reposts', 'likes', 'bookmarks', 'views'] as const;
type MetricKey = (typeof METRIC_ORDER)[number];

const BAR_CONTROLS = [...CONTROLS.replies, ...CONTROLS.likes];

/** The bar of the post itself: the group that holds its controls (never a quoted post's). */
export function actionBar(scope: Scope): Element | null {
  return pickBar(ownAll(scope, ACTION_BAR));
}

/**
 * The same bar found without a full scope, for placing the capture button on every post
 * of every mutation batch: a group with no nested-post box between it and the post.
 */
export function ownActionBar(post: Element): Element | null {
  const groups = Array.from(post.querySelectorAll(any(ACTION_BAR)));
  return pickBar(groups.filter((group) => ownedByPost(post, group)));
}

function pickBar(groups: Element[]): Element | null {
  const controls = BAR_CONTROLS;
  return (
    groups.find((group) => controls.some((control) => group.querySelector(control))) ??
    groups.at(-1) ??
    null
  );
}

export function readMetrics(scope: Scope): Metrics {
  const bar = actionBar(scope);
  const label = bar?.getAttribute('aria-label') ?? null;
  const control = (key: MetricKey) =>
    ownFirst(scope, CONTROLS[key], (el) => !bar || bar.contains(el));
  const english = label === null ? null : englishCounts(label);

  const metrics: Metrics = {
    replies: null,
    reposts: null,
    likes: null,
    bookmarks: null,
    views: null,
  };
  for (const key of METRIC_ORDER) {
    metrics[key] = english
      ? (english[key] ?? 0)
      : firstCount(control(key)?.getAttribute('aria-label'));
  }
  if (!english && label !== null) {
    const fitted = fitInOrder(METRIC_ORDER, countsIn(label), metrics);
    for (const key of METRIC_ORDER) metrics[key] ??= fitted[key] ?? null;
  }
  if (metrics.views === 0 && !control('views')) metrics.views = null;
  return metrics;
}

const ENGLISH_WORDS: ReadonlyArray<readonly [string, MetricKey]> = [
  ['repl', 'replies'],
  ['repost', 'reposts'],
  ['like', 'likes'],
  ['bookmark', 'bookmarks'],
  ['view', 'views'],
];
const ENGLISH_SEGMENT = /^(\d[\d,.]*)\s+(repl(?:y|ies)|reposts?|likes?|bookmarks?|views?)$/i;

/**
 * Counts of an English bar label, or null as soon as one count is not named by an English
 * word (another language: never mix word matches with the fallback). Segments without a
 * number are the pressed states ("Liked", "Bookmarked") and are skipped.
 */
function englishCounts(label: string): Partial<Record<MetricKey, number>> | null {
  const counts: Partial<Record<MetricKey, number>> = {};
  for (const segment of label.split(/,\s+/)) {
    const part = segment.trim();
    if (!/\d/.test(part)) continue;
    const match = ENGLISH_SEGMENT.exec(part);
    const value = firstCount(match?.[1]);
    const word = match?.[2]?.toLowerCase() ?? '';
    const key = ENGLISH_WORDS.find(([stem]) => word.startsWith(stem))?.[1];
    if (value === null || !key) return null;
    counts[key] = value;
  }
  return counts;
}
