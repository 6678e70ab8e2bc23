import { describe, expect, it } from 'vitest';
import {
  filterFromHash,
  filterToHash,
  isNarrowed,
  NO_FILTER,
  type LibraryFilter,
} from '@/lib/testimonials/library-filter';
import { collectForExport, listLibrary } from '@/lib/testimonials/library-query';
import { freshDatabase } from '../support/factories';
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

  it('finds by words (case and accents folded), tag, product, rating, state, consent, days', async () => {
    const db = freshDatabase();
    const t = testimonial({
      quote: 'The Café team was FAST',
      tags: ['speed'],
      product: 'Acme One',
      rating: 4,
      favourite: true,
      postedAt: new Date(2026, 10, 12, 12).getTime(),
    });
    await db.testimonials.bulkAdd([
      t,
      testimonial({ state: 'pending' }),
      testimonial({ deleted: true }),
    ]);
    const found = async (change: Partial<LibraryFilter>) =>
      (await listLibrary(db, { ...NO_FILTER, ...change })).items.map((x) => x.id);
    expect(await found({})).toHaveLength(2);
    expect(await found({ q: 'cafe fast' })).toEqual([t.id]);
    expect(await found({ q: 'slow' })).toEqual([]);
    expect(
      await found({ tag: 'speed', product: 'acme one', minRating: 4, favourites: true }),
    ).toEqual([t.id]);
    expect(await found({ minRating: 5 })).toEqual([]);
    expect(await found({ platform: 'facebook' })).toEqual([]);
    expect(await found({ state: 'approved', consent: 'granted' })).toEqual([t.id]);
    expect(await found({ from: '2026-11-12', to: '2026-11-12', q: 'cafe' })).toEqual([t.id]);
    expect(await found({ from: '2026-11-13' })).toEqual([]);
    expect(await found({ to: '2026-11-11' })).toEqual([]);
    expect(await listLibrary(db, NO_FILTER, 1)).toMatchObject({ more: true });
  });

  it('exports the whole filter, only publishable ones unless asked, with progress', async () => {
    const db = freshDatabase();
    await db.testimonials.bulkAdd([
      ...Array.from({ length: 450 }, () => testimonial()),
      testimonial({ consent: { state: 'declined' } }),
    ]);
    const progress: number[] = [];
    const only = await collectForExport(db, NO_FILTER, true, (read) => progress.push(read));
    expect(only).toHaveLength(450);
    expect(progress.at(-1)).toBe(450);
    expect(progress.length).toBeGreaterThan(2);
    expect(await collectForExport(db, NO_FILTER, false)).toHaveLength(451);
  });
});
