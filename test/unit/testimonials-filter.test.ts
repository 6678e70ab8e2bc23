import { describe, expect, it } from 'vitest';
import {
  filterFromHash,
  filterToHash,
  isNarrowed,
  matchesFilter,
  NO_FILTER,
  type LibraryFilter,
} from '@/lib/testimonials/library-filter';
import { testimonial } from '../support/testimonial-factory';

describe("the library's filter", () => {
  it('round-trips through the URL hash, only what is set', () => {
    const filter: LibraryFilter = {
      q: 'fast café',
      platform: 'x',
      tag: 'speed',
      product: 'Acme One',
      minRating: 4,
      state: 'approved',
      consent: 'granted',
      from: '2026-11-01',
      to: '2026-11-30',
      favourites: true,
    };
    const hash = filterToHash(filter);
    expect(hash.startsWith('view=testimonials&')).toBe(true);
    expect(filterFromHash(`#${hash}`)).toEqual(filter);
    expect(filterToHash(NO_FILTER)).toBe('view=testimonials');
    expect(isNarrowed(NO_FILTER)).toBe(false);
    expect(isNarrowed(filter)).toBe(true);
  });

  it('ignores what it does not know instead of failing', () => {
    expect(
      filterFromHash('#view=testimonials&platform=myspace&rating=9&state=x&from=yesterday&fav=yes'),
    ).toEqual(NO_FILTER);
  });

  it('matches by words (case and accents folded), tag, product, rating, state, consent, dates', () => {
    const t = testimonial({
      quote: 'The Café team was FAST',
      tags: ['speed'],
      product: 'Acme One',
      rating: 4,
      favourite: true,
      postedAt: new Date(2026, 10, 12, 12).getTime(),
    });
    const is = (change: Partial<LibraryFilter>) => matchesFilter(t, { ...NO_FILTER, ...change });
    expect(is({ q: 'cafe fast' })).toBe(true);
    expect(is({ q: '@happy_hana' })).toBe(true);
    expect(is({ q: 'slow' })).toBe(false);
    expect(is({ tag: 'speed', product: 'acme one', minRating: 4, favourites: true })).toBe(true);
    expect(is({ minRating: 5 })).toBe(false);
    expect(is({ platform: 'facebook' })).toBe(false);
    expect(is({ state: 'pending' })).toBe(false);
    expect(is({ consent: 'granted' })).toBe(true);
    expect(is({ from: '2026-11-12', to: '2026-11-12' })).toBe(true);
    expect(is({ from: '2026-11-13' })).toBe(false);
    expect(is({ to: '2026-11-11' })).toBe(false);
    expect(matchesFilter({ ...t, deleted: true }, NO_FILTER)).toBe(false);
  });
});
