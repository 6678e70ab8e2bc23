import { beforeAll, describe, expect, it } from 'vitest';
import type { CasebookDatabase } from '@/lib/db/database';
import { PLATFORMS, type Testimonial } from '@/lib/db/schema';
import {
  exportRows,
  listTestimonials,
  testimonialFacets,
  testimonialsOfCustomer,
  type TestimonialFilter,
} from '@/lib/testimonials/queries';
import { newTestimonial } from '@/lib/testimonials/testimonial';
import { newId } from '@/lib/ids';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const COUNT = 2_000;
const START = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

/**
 * A library of 2,000: every 3rd approved, every 4th consent granted, every 10th on reddit,
 * tags by i % 7, every 50th a favourite with "kettle" in the quote, saved a minute apart
 * (some pairs in the same millisecond, to page across ties).
 */
function library(): Testimonial[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const platform = i % 10 === 0 ? 'reddit' : 'x';
    const saved = newTestimonial(
      parsedPost({
        platform,
        postId: `p${i}`,
        permalink: null,
        text: i % 50 === 0 ? `The Kettle number ${i} is lovely` : `Happy customer number ${i}`,
        author: { ...parsedPost().author, handle: `user${i % 40}`, name: `User ${i % 40}` },
        postedAt: START - i * MINUTE,
      }),
      { customerKey: `${platform}:user${i % 40}`, caseId: null },
      'page',
      // Pairs share a millisecond: the cursor must page across ties.
      actor(START + Math.floor(i / 2) * MINUTE),
    );
    return {
      ...saved,
      id: newId(),
      state: i % 3 === 0 ? 'approved' : 'pending',
      consent: { ...saved.consent, state: i % 4 === 0 ? 'granted' : 'not-asked' },
      tags: [`tag${i % 7}`],
      favourite: i % 50 === 0,
      product: i % 50 === 0 ? 'Kettle' : null,
      rating: (i % 5) + 1,
    };
  });
}

let db: CasebookDatabase;
let all: Testimonial[];

beforeAll(async () => {
  db = freshDatabase();
  all = library();
  await db.testimonials.bulkAdd(all);
});

const newestFirst = (rows: Testimonial[]) =>
  [...rows].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1));

/** Every page of a filter, and what each page looked at. */
async function allPages(filter: TestimonialFilter, limit = 50) {
  const pages: { ids: string[]; scanned: number }[] = [];
  let cursor: string | null = null;
  do {
    const page = await listTestimonials(db, filter, { limit, cursor });
    pages.push({ ids: page.items.map((t) => t.id), scanned: page.scanned });
    cursor = page.nextCursor;
  } while (cursor && pages.length < 500);
  return pages;
}

describe('listing the library', () => {
  it('pages through 2,000 newest saved first, each page reading one page', async () => {
    const pages = await allPages({});
    expect(pages).toHaveLength(COUNT / 50);
    expect(pages.flatMap((p) => p.ids)).toEqual(newestFirst(all).map((t) => t.id));
    for (const page of pages) expect(page.scanned).toBeLessThanOrEqual(51);
  });

  it('drives an indexed filter from its index: pages hold only matches, in order', async () => {
    const filter: TestimonialFilter = { states: ['approved'], consent: ['granted'] };
    const expected = newestFirst(
      all.filter((t) => t.state === 'approved' && t.consent.state === 'granted'),
    );
    const pages = await allPages(filter, 40);
    expect(pages.flatMap((p) => p.ids)).toEqual(expected.map((t) => t.id));
    // Only the intersection is fetched: a page reads its own records.
    for (const page of pages) expect(page.scanned).toBeLessThanOrEqual(40);
  });

  it('narrows in memory: platform, tags, product, rating, favourites, words, dates', async () => {
    const check = async (filter: TestimonialFilter, keep: (t: Testimonial) => boolean) => {
      const ids = (await allPages(filter, 30)).flatMap((p) => p.ids);
      expect(ids).toEqual(newestFirst(all.filter(keep)).map((t) => t.id));
    };
    await check(
      { platforms: ['reddit'], tags: ['TAG3'] },
      (t) => t.platform === 'reddit' && t.tags[0] === 'tag3',
    );
    await check({ product: 'kettle', favouritesOnly: true }, (t) => t.favourite);
    await check(
      { minRating: 5, states: ['pending'] },
      (t) => t.rating === 5 && t.state === 'pending',
    );
    await check({ query: 'KETTLE lovely' }, (t) => t.quote.includes('Kettle'));
    await check({ query: 'USER7' }, (t) => t.author.handle === 'user7');
    const from = START + 100 * MINUTE;
    const to = START + 200 * MINUTE;
    await check({ from, to }, (t) => t.savedAt >= from && t.savedAt <= to);
    await check(
      { dateField: 'postedAt', from: START - 30 * MINUTE, to: START, tags: ['tag1', 'tag2'] },
      (t) => t.postedAt! >= START - 30 * MINUTE && ['tag1', 'tag2'].includes(t.tags[0]!),
    );
  });

  it('a sparse search stops at the scan budget and goes on from its cursor', async () => {
    const first = await listTestimonials(db, { query: 'kettle' }, { limit: 50 }, 300);
    expect(first.scanned).toBe(300);
    expect(first.items).toHaveLength(6); // every 50th of the newest 300
    expect(first.nextCursor).not.toBeNull();
    const second = await listTestimonials(
      db,
      { query: 'kettle' },
      { limit: 50, cursor: first.nextCursor },
      300,
    );
    expect(second.items.map((t) => t.id)).toEqual(
      newestFirst(all.filter((t) => t.quote.includes('Kettle')))
        .slice(6, 12)
        .map((t) => t.id),
    );
  });

  it('an empty result says so at once', async () => {
    const page = await listTestimonials(db, { states: ['rejected'] });
    expect(page).toEqual({ items: [], nextCursor: null, scanned: 0 });
  });
});

describe('facets, a customer’s, exports', () => {
  it('offers the tags, platforms and products in use', async () => {
    const facets = await testimonialFacets(db);
    expect(facets.tags).toEqual(['tag0', 'tag1', 'tag2', 'tag3', 'tag4', 'tag5', 'tag6']);
    expect(facets.platforms.sort()).toEqual(['reddit', 'x']);
    expect(PLATFORMS).toEqual(expect.arrayContaining(facets.platforms));
    expect(facets.products).toEqual(['Kettle']);
  });

  it('finds a customer’s newest few across identities', async () => {
    const mine = await testimonialsOfCustomer(db, ['x:user1', 'x:user3'], 5);
    const expected = newestFirst(
      all.filter((t) => ['x:user1', 'x:user3'].includes(t.customerKey!)),
    );
    expect(mine.map((t) => t.id)).toEqual(expected.slice(0, 5).map((t) => t.id));
  });

  it('exports in chunks; only publishable ones unless asked otherwise', async () => {
    const chunks: Testimonial[][] = [];
    for await (const chunk of exportRows(db, {}, { onlyPublishable: true })) chunks.push(chunk);
    const publishable = newestFirst(
      all.filter((t) => t.state === 'approved' && t.consent.state === 'granted'),
    );
    expect(chunks.flat().map((t) => t.id)).toEqual(publishable.map((t) => t.id));
    expect(chunks.every((c) => c.length <= 200)).toBe(true);

    let rows = 0;
    for await (const chunk of exportRows(
      db,
      { platforms: ['reddit'] },
      { onlyPublishable: false },
    )) {
      rows += chunk.length;
    }
    expect(rows).toBe(COUNT / 10);
    const none = exportRows(db, { states: ['pending'] }, { onlyPublishable: true });
    expect((await none.next()).done).toBe(true);
  });
});
