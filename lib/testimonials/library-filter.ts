import { PLATFORMS, type Platform } from '../db/constants';
import {
  CONSENT_STATES,
  TESTIMONIAL_STATES,
  type ConsentState,
  type TestimonialState,
} from '../db/schema';
import type { TestimonialFilter } from './queries';

/**
 * What the marketer narrowed the library to. It lives in the URL hash
 * (#view=testimonials&q=…&platform=x…) like the other views' state, so a filtered library
 * is a link, Back works, and an export says exactly which filter made it.
 */
export interface LibraryFilter {
  /** Words the quote, name or @handle must contain. */
  q: string;
  platform: Platform | null;
  tag: string | null;
  product: string | null;
  /** At least this many stars. */
  minRating: number | null;
  state: TestimonialState | null;
  consent: ConsentState | null;
  /** Posted on or after / before the end of these days (yyyy-mm-dd, local). */
  from: string | null;
  to: string | null;
  favourites: boolean;
}

export const NO_FILTER: LibraryFilter = {
  q: '',
  platform: null,
  tag: null,
  product: null,
  minRating: null,
  state: null,
  consent: null,
  from: null,
  to: null,
  favourites: false,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(known: readonly T[], value: string | null): T | null =>
  known.find((k) => k === value) ?? null;
const day = (value: string | null) => (value && DAY.test(value) ? value : null);
const text = (value: string | null, max: number) => value?.trim().slice(0, max) || null;

/** The filter a hash describes; anything unknown or malformed is ignored, never an error. */
export function filterFromHash(hash: string): LibraryFilter {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const rating = Number(params.get('rating'));
  return {
    q: params.get('q')?.slice(0, 200) ?? '',
    platform: oneOf(PLATFORMS, params.get('platform')),
    tag: text(params.get('tag'), 60)?.toLowerCase() ?? null,
    product: text(params.get('product'), 100),
    minRating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    state: oneOf(TESTIMONIAL_STATES, params.get('state')),
    consent: oneOf(CONSENT_STATES, params.get('consent')),
    from: day(params.get('from')),
    to: day(params.get('to')),
    favourites: params.get('fav') === '1',
  };
}

/** The hash of a filter: only what is set, after `view=testimonials`. */
export function filterToHash(filter: LibraryFilter): string {
  const params = new URLSearchParams({ view: 'testimonials' });
  if (filter.q) params.set('q', filter.q);
  if (filter.platform) params.set('platform', filter.platform);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.product) params.set('product', filter.product);
  if (filter.minRating) params.set('rating', String(filter.minRating));
  if (filter.state) params.set('state', filter.state);
  if (filter.consent) params.set('consent', filter.consent);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.favourites) params.set('fav', '1');
  return params.toString();
}

export const isNarrowed = (filter: LibraryFilter) =>
  filterToHash(filter) !== filterToHash(NO_FILTER);

/** Local midnight of a yyyy-mm-dd day, in epoch ms. */
const startOfDay = (value: string) => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
};

/**
 * The library query (queries.ts) for a filter of the view: dates are the days the posts
 * were made, from the first day's start to the last day's end, in local time.
 */
export function toQueryFilter(filter: LibraryFilter): TestimonialFilter {
  return {
    query: filter.q,
    platforms: filter.platform ? [filter.platform] : [],
    tags: filter.tag ? [filter.tag] : [],
    product: filter.product,
    minRating: filter.minRating,
    states: filter.state ? [filter.state] : [],
    consent: filter.consent ? [filter.consent] : [],
    dateField: 'postedAt',
    from: filter.from ? startOfDay(filter.from) : null,
    to: filter.to ? startOfDay(filter.to) + 86_400_000 - 1 : null,
    favouritesOnly: filter.favourites,
  };
}
