import { foldText } from '../cases/search-terms';
import type { CasebookDatabase } from '../db/database';
import type { ConsentState, Platform, Testimonial, TestimonialState } from '../db/schema';

/**
 * The testimonial library's reads. Newest saved first, a page at a time, from the
 * indexes: a filter on state, consent, platform or tags reads the matching ids from its
 * index (keys only), then fetches records a chunk at a time and narrows them in memory;
 * without one, the savedAt index is walked backwards from the cursor. Either way a page
 * reads what it shows plus what the in-memory filters drop, up to a scan budget, so a
 * library of 10,000 stays fast.
 *
 * Order: savedAt descending, then id descending. Ids are UUIDv7 minted when the
 * testimonial is saved (savedAt = createdAt), so id order is that same order: the
 * index-driven path sorts ids, the savedAt path walks the index, and both page alike.
 */

export interface TestimonialFilter {
  /** Words that must all appear in the quote, author name or handle, product or tags. */
  query?: string;
  platforms?: readonly Platform[];
  /** Any of these tags. */
  tags?: readonly string[];
  product?: string | null;
  /** At least this many stars. */
  minRating?: number | null;
  states?: readonly TestimonialState[];
  consent?: readonly ConsentState[];
  /** Which date from/to bound: when it was saved (default) or posted. */
  dateField?: 'savedAt' | 'postedAt';
  from?: number | null;
  /** Inclusive. */
  to?: number | null;
  favouritesOnly?: boolean;
}

export interface PageRequest {
  /** At most this many (1–200; default 50). */
  limit?: number;
  /** From the previous page's `nextCursor`. */
  cursor?: string | null;
}

export interface TestimonialPage {
  items: Testimonial[];
  /** Where the next page starts; null when there is nothing more. */
  nextCursor: string | null;
  /** How many records this page looked at (for "searched N…" while a search is sparse). */
  scanned: number;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;
/**
 * The most records one page looks at. A text search that matches little in a large
 * library returns what it found so far with a cursor, rather than reading everything.
 */
export const SCAN_BUDGET = 2_000;
const CHUNK = 100;

interface Cursor {
  savedAt: number;
  id: string;
}

const encode = (t: Pick<Testimonial, 'savedAt' | 'id'>) => `${t.savedAt}_${t.id}`;

function decode(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  const at = cursor.indexOf('_');
  const savedAt = Number(cursor.slice(0, at));
  const id = cursor.slice(at + 1);
  return at > 0 && Number.isSafeInteger(savedAt) && id ? { savedAt, id } : null;
}

const wordsOf = (text: string) => foldText(text).split(/\s+/).filter(Boolean);

/** The in-memory test of every filter (the index-driven ones are checked again: cheap). */
export function matches(t: Testimonial, filter: TestimonialFilter): boolean {
  if (t.deleted) return false;
  if (filter.states?.length && !filter.states.includes(t.state)) return false;
  if (filter.consent?.length && !filter.consent.includes(t.consent.state)) return false;
  if (filter.platforms?.length && !filter.platforms.includes(t.platform)) return false;
  if (filter.tags?.length && !filter.tags.some((tag) => t.tags.includes(tag.toLowerCase()))) {
    return false;
  }
  if (filter.product && foldText(t.product ?? '') !== foldText(filter.product)) return false;
  if (filter.minRating && (t.rating ?? 0) < filter.minRating) return false;
  if (filter.favouritesOnly && !t.favourite) return false;
  const when = filter.dateField === 'postedAt' ? t.postedAt : t.savedAt;
  if (filter.from != null && (when === null || when < filter.from)) return false;
  if (filter.to != null && (when === null || when > filter.to)) return false;
  if (filter.query?.trim()) {
    const haystack = foldText(
      [t.quote, t.author.name, t.author.handle, t.product ?? '', ...t.tags].join(' '),
    );
    if (!wordsOf(filter.query).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/**
 * The ids the indexed equality filters allow (the intersection), or null when none is set.
 * Keys only: no record is read.
 */
async function indexedIds(
  db: CasebookDatabase,
  filter: TestimonialFilter,
): Promise<string[] | null> {
  // One equals() read per value (getAllKeys: far cheaper than a cursor walking anyOf).
  const keysOf = (index: string, values: readonly string[]) =>
    Promise.all(
      [...new Set(values)].map((value) => db.testimonials.where(index).equals(value).primaryKeys()),
    ).then((lists) => lists.flat());
  const reads: Promise<string[]>[] = [];
  if (filter.states?.length) reads.push(keysOf('state', filter.states));
  if (filter.consent?.length) reads.push(keysOf('consent.state', filter.consent));
  if (filter.platforms?.length) reads.push(keysOf('platform', filter.platforms));
  if (filter.tags?.length) {
    reads.push(
      keysOf(
        'tags',
        filter.tags.map((tag) => tag.trim().toLowerCase()),
      ),
    );
  }
  if (!reads.length) return null;
  const [first, ...rest] = await Promise.all(reads);
  const sets = rest.map((ids) => new Set(ids));
  return [...new Set(first)].filter((id) => sets.every((set) => set.has(id)));
}

const pageSize = (limit: number | undefined) =>
  Math.min(MAX_PAGE, Math.max(1, Math.floor(limit ?? DEFAULT_PAGE)));

/** One page of the library, newest saved first. */
export async function listTestimonials(
  db: CasebookDatabase,
  filter: TestimonialFilter,
  page: PageRequest = {},
  budget = SCAN_BUDGET,
): Promise<TestimonialPage> {
  const limit = pageSize(page.limit);
  const cursor = decode(page.cursor);
  const ids = await indexedIds(db, filter);
  return ids
    ? pageOfIds(db, ids, filter, cursor, limit, budget)
    : pageBySavedAt(db, filter, cursor, limit, budget);
}

/** The index-driven path: ids newest first, records fetched a chunk at a time. */
async function pageOfIds(
  db: CasebookDatabase,
  ids: string[],
  filter: TestimonialFilter,
  cursor: Cursor | null,
  limit: number,
  budget: number,
): Promise<TestimonialPage> {
  const order = ids.filter((id) => !cursor || id < cursor.id).sort((a, b) => (a < b ? 1 : -1));
  const items: Testimonial[] = [];
  let looked = 0; // ids of `order` looked at
  let lastSavedAt = 0;
  while (looked < order.length && items.length < limit && looked < budget) {
    const chunk = order.slice(looked, looked + Math.min(CHUNK, budget - looked));
    for (const record of await db.testimonials.bulkGet(chunk)) {
      looked += 1;
      if (record) lastSavedAt = record.savedAt;
      if (record && matches(record, filter)) items.push(record);
      if (items.length === limit) break;
    }
  }
  const more = looked < order.length;
  const nextCursor = more ? encode({ savedAt: lastSavedAt, id: order[looked - 1]! }) : null;
  return { items, nextCursor, scanned: looked };
}

/**
 * Testimonials saved in [lower, upper], newest first, strictly after the cursor: a chunk
 * at a time from the savedAt index (toArray of a bounded range, far cheaper than stepping
 * a cursor). A run saved in the same millisecond is read whole by equals(), so a chunk
 * boundary inside it neither repeats nor skips one.
 */
async function* bySavedAt(
  db: CasebookDatabase,
  lower: number,
  upper: number,
  cursor: Cursor | null,
  firstChunk: number,
): AsyncGenerator<Testimonial> {
  const sameMs = async (at: number, below: string | null) =>
    (await db.testimonials.where('savedAt').equals(at).toArray())
      .filter((t) => below === null || t.id < below)
      .sort((a, b) => (a.id < b.id ? 1 : -1));
  let top = upper;
  let includeTop = true;
  if (cursor && cursor.savedAt <= upper) {
    if (cursor.savedAt >= lower) yield* await sameMs(cursor.savedAt, cursor.id);
    top = cursor.savedAt;
    includeTop = false;
  }
  for (let size = firstChunk; top >= lower; size = CHUNK) {
    const chunk = await db.testimonials
      .where('savedAt')
      .between(lower, top, true, includeTop)
      .reverse()
      .limit(size)
      .toArray();
    if (chunk.length < size) {
      yield* chunk;
      return;
    }
    const lastAt = chunk[chunk.length - 1]!.savedAt;
    yield* chunk.filter((t) => t.savedAt !== lastAt);
    yield* await sameMs(lastAt, null);
    top = lastAt;
    includeTop = false;
  }
}

/** Without an indexed filter: the savedAt index backwards from the cursor (and `to`). */
async function pageBySavedAt(
  db: CasebookDatabase,
  filter: TestimonialFilter,
  cursor: Cursor | null,
  limit: number,
  budget: number,
): Promise<TestimonialPage> {
  const bySaved = filter.dateField !== 'postedAt';
  const upper = bySaved && filter.to != null ? filter.to : Number.MAX_SAFE_INTEGER;
  const lower = bySaved && filter.from != null ? filter.from : 0;
  const items: Testimonial[] = [];
  let scanned = 0;
  let last: Testimonial | null = null;
  for await (const record of bySavedAt(db, lower, upper, cursor, limit + 1)) {
    // One more record past a full page (or a spent budget): there is a next page.
    if (items.length >= limit || scanned >= budget) {
      const end = items.length >= limit ? items[items.length - 1]! : last!;
      return { items, nextCursor: encode(end), scanned };
    }
    scanned += 1;
    last = record;
    if (matches(record, filter)) items.push(record);
  }
  return { items, nextCursor: null, scanned };
}

/** What the filter menus offer: the values in use, from index keys (no record read). */
export interface TestimonialFacets {
  tags: string[];
  platforms: Platform[];
  /** Every product named, from the product index. */
  products: string[];
}

export async function testimonialFacets(db: CasebookDatabase): Promise<TestimonialFacets> {
  // Index keys only: a star clicked re-reads the menus, never the records.
  const [tags, platforms, productKeys] = await Promise.all([
    db.testimonials.orderBy('tags').uniqueKeys(),
    db.testimonials.orderBy('platform').uniqueKeys(),
    db.testimonials.orderBy('product').uniqueKeys(),
  ]);
  const products = new Map<string, string>();
  for (const product of productKeys as string[]) {
    if (!products.has(foldText(product))) products.set(foldText(product), product);
  }
  return {
    tags: (tags as string[]).sort(),
    platforms: platforms as Platform[],
    products: [...products.values()].sort((a, b) => a.localeCompare(b)),
  };
}

/** How many testimonials the customer panel shows. */
export const CUSTOMER_TESTIMONIALS = 5;

/** A customer's testimonials (any of their identity keys), newest saved first. */
export async function testimonialsOfCustomer(
  db: CasebookDatabase,
  keys: readonly string[],
  limit = CUSTOMER_TESTIMONIALS,
): Promise<Testimonial[]> {
  const lists = await Promise.all(
    [...new Set(keys)].map((key) =>
      db.testimonials.where('customerKey').equals(key).reverse().limit(limit).toArray(),
    ),
  );
  return lists
    .flat()
    .filter((t) => !t.deleted)
    .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1))
    .slice(0, limit);
}

/** Records per chunk of an export. */
export const EXPORT_CHUNK = 200;

/**
 * The rows of an export, a chunk at a time (for progress and bounded memory). With
 * `onlyPublishable` (the default an export offers) only approved testimonials whose
 * author granted consent: within the filter's states and consents, if it names any.
 */
export async function* exportRows(
  db: CasebookDatabase,
  filter: TestimonialFilter,
  options: { onlyPublishable: boolean },
): AsyncGenerator<Testimonial[], void, undefined> {
  const only = <T extends string>(chosen: readonly T[] | undefined, value: T): T[] =>
    chosen?.length ? chosen.filter((item) => item === value) : [value];
  const effective: TestimonialFilter = options.onlyPublishable
    ? {
        ...filter,
        states: only(filter.states, 'approved'),
        consent: only(filter.consent, 'granted'),
      }
    : filter;
  // A filter of only rejected (or only declined) ones has nothing publishable.
  if (!effective.states?.length && options.onlyPublishable) return;
  if (!effective.consent?.length && options.onlyPublishable) return;
  let cursor: string | null = null;
  do {
    const page: TestimonialPage = await listTestimonials(
      db,
      effective,
      { limit: EXPORT_CHUNK, cursor },
      Number.MAX_SAFE_INTEGER,
    );
    if (page.items.length) yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}
