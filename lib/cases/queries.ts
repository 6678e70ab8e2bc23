import type { CasebookDatabase } from '../db/database';
import type { Case, CaseStatus, Platform, Post } from '../db/schema';
import { readCounter } from '../db/counters';
import { queryTerms } from './search-terms';
import type { CaseSearchIndex, IndexedCase } from './search-index';

/** A status, everything, or the queue: the cases that need the agent, by SLA due. */
export type StatusFilter = CaseStatus | 'all' | 'queue';
/** What the queue holds: new and open cases (waiting ones wait on the customer). */
const QUEUE_STATUSES: CaseStatus[] = ['new', 'open'];
/** A page of the dashboard's list: what an agent scans at once, read in one go. */
export const LIST_LIMIT = 50;

/** What the dashboard narrows the list by, besides the status. */
export interface CaseFilter {
  /** Words, each matched as the start of a word of the case (full-text, any order). */
  search: string;
  /** An agent; null: unassigned cases; undefined: anyone. */
  assignee?: string | null;
  /** One tag (lower case); undefined: any. */
  tag?: string;
  /** One channel; undefined: any. */
  channel?: Platform;
}

/** Every query word is the start of one of the case's indexed words. */
function hasTerms(record: Case, words: readonly string[]): boolean {
  // One-letter words are not indexed (see searchTermsOf), so they cannot narrow.
  return words.every(
    (word) => word.length < 2 || record.terms.some((term) => term.startsWith(word)),
  );
}

export function matchesFilter(record: Case, filter: CaseFilter): boolean {
  if (record.deleted || !hasTerms(record, queryTerms(filter.search))) return false;
  return matchesFields(record, filter);
}

/** The filters besides the words, on fields the search index keeps as well. */
function matchesFields(record: IndexedCase, filter: CaseFilter): boolean {
  if (filter.assignee !== undefined && record.assignee !== filter.assignee) return false;
  if (filter.channel && record.channel !== filter.channel) return false;
  return !filter.tag || record.tags.includes(filter.tag.trim().toLowerCase());
}

/** Whether anything besides the status narrows the list. */
const narrows = (filter: CaseFilter) =>
  filter.assignee !== undefined ||
  !!filter.tag?.trim() ||
  filter.channel !== undefined ||
  queryTerms(filter.search).some((word) => word.length >= 2);

/*
 * How the lists stay fast at 100,000 cases: reads are bulk index reads (Dexie turns a
 * collection without a JS filter into getAll, in either direction) and filters run on
 * the records read. Measured in Chromium: getAll about 0.06 ms a record, a read by id
 * (bulkGet) about 0.2 ms, a key of the multi-entry `terms` index about 20 µs. So ids
 * are read one by one only for a page of search matches, and key lists only when
 * common words rarely meet.
 */
/** Records read per bulk read when filters must pick among them. */
const CHUNK = 250;
/** Records a filtered list or search examines at most; beyond, the agent narrows it. */
const SCAN_CAP = 5_000;

/**
 * The dashboard's list: newest activity first (the queue: soonest SLA due first), one
 * status or all, filtered, at most `limit` rows. With a loaded search `index`, searches
 * and filters are answered from it; without (still loading), from IndexedDB indexes.
 */
export async function listCases(
  db: CasebookDatabase,
  status: StatusFilter,
  filter: CaseFilter,
  limit = LIST_LIMIT,
  index?: CaseSearchIndex | null,
): Promise<Case[]> {
  if (index && narrows(filter)) return listFromIndex(db, index, status, filter, limit);
  if (queryTerms(filter.search).some((word) => word.length >= 2)) {
    return search(db, status, filter, limit);
  }
  if (status === 'queue') return queue(db, filter, limit);
  const keep = (record: Case) => matchesFilter(record, filter);
  if (!narrows(filter)) {
    const newest = await newestInStatus(db, status, Infinity).limit(limit).toArray();
    return newest.filter(keep);
  }
  return scanNewest(db, status, keep, limit);
}

/** Cases of one status (or all), newest activity first, updated at or before `bound`. */
const newestInStatus = (db: CasebookDatabase, status: CaseStatus | 'all', bound: number) =>
  (status === 'all'
    ? db.cases.where('updatedAt').belowOrEqual(bound)
    : db.cases.where('[status+updatedAt]').between([status, -Infinity], [status, bound], true, true)
  ).reverse();

/**
 * Reads a status's cases newest first a chunk at a time (one bulk read each), keeps
 * those `keep` accepts, and stops at `limit` kept or SCAN_CAP read.
 */
async function scanNewest(
  db: CasebookDatabase,
  status: CaseStatus | 'all',
  keep: (record: Case) => boolean,
  limit: number,
  maxRead = SCAN_CAP,
): Promise<Case[]> {
  const kept: Case[] = [];
  const seen = new Set<string>();
  let bound = Infinity;
  for (let read = 0; read < maxRead && kept.length < limit;) {
    const chunk = await newestInStatus(db, status, bound).limit(CHUNK).toArray();
    for (const record of chunk) {
      // The next chunk starts at the last time read (inclusive): skip what was seen.
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      if (keep(record) && kept.length < limit) kept.push(record);
    }
    read += chunk.length;
    const last = chunk.at(-1)?.updatedAt;
    if (chunk.length < CHUNK || last === undefined) break;
    // A whole chunk with one time (a bulk import) must not stall the walk.
    bound = last === bound ? last - 1 : last;
  }
  return kept;
}

/**
 * The queue: new and open cases, the soonest (or longest overdue) SLA first. Only
 * those have an SLA due time (it is null once a case waits or is finished, and
 * IndexedDB leaves null out of an index), so the `slaDueAt` index is the queue in order.
 * Cases no policy covers have no due time: they follow, newest first.
 */
async function queue(
  db: CasebookDatabase,
  filter: CaseFilter,
  limit: number,
  maxRead = SCAN_CAP,
): Promise<Case[]> {
  const keep = (record: Case) => inStatus(record, 'queue') && matchesFilter(record, filter);
  const listed: Case[] = [];
  let exhausted = false;
  let bound = -Infinity;
  const seen = new Set<string>();
  for (let read = 0; read < maxRead && listed.length < limit;) {
    const size = narrows(filter) ? CHUNK : limit;
    const chunk = await db.cases.where('slaDueAt').aboveOrEqual(bound).limit(size).toArray();
    for (const record of chunk) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      if (keep(record) && listed.length < limit) listed.push(record);
    }
    read += chunk.length;
    const last = chunk.at(-1)?.slaDueAt;
    if (chunk.length < size || last == null) {
      exhausted = true;
      break;
    }
    bound = last === bound ? last + 1 : last;
  }
  listed.sort(byQueueOrder);
  // Undated cases come after every dated one: only once the dated ones ran out.
  if (listed.length === limit || !exhausted) return listed;
  const undated = await Promise.all(
    QUEUE_STATUSES.map((status) =>
      scanNewest(db, status, (record) => record.slaDueAt === null && keep(record), limit, maxRead),
    ),
  );
  const rest = undated.flat().sort((a, b) => b.updatedAt - a.updatedAt);
  return [...listed, ...rest].slice(0, limit);
}

/**
 * Soonest SLA due first; on the same due time, the higher priority (P1 before P2), then
 * the earlier case. Cases without a due time follow, newest first.
 */
function byQueueOrder(a: IndexedCase, b: IndexedCase): number {
  if (a.slaDueAt === null || b.slaDueAt === null) {
    if (a.slaDueAt !== b.slaDueAt) return a.slaDueAt === null ? 1 : -1;
    return byNewest(a, b);
  }
  return (
    a.slaDueAt - b.slaDueAt ||
    a.priority.localeCompare(b.priority) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Newest activity first; on the same time, the later case (ids are time-ordered). */
const byNewest = (a: IndexedCase, b: IndexedCase) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const inStatus = (record: Pick<Case, 'status'>, status: StatusFilter) =>
  status === 'all' ||
  (status === 'queue' ? QUEUE_STATUSES.includes(record.status) : record.status === status);

/** Index entries counted per query word to tell a rare word from a common one. */
const PROBE = 500;
/** Keys of a common word read at most to intersect it with the others. */
const KEYS_CAP = 20_000;

/**
 * Full-text search over the `terms` index, never a table scan. Each query word's index
 * range is probed for up to PROBE keys (keys only: cheap).
 * - A rare word: all its cases are read in one bulk read, the rest checked on each.
 * - Common words: their keys are intersected. Few cases in common are read by id; many
 *   are dense enough that the list's own order (newest, or the queue's SLA order) read
 *   in bulk chunks and checked finds a page quickly.
 * The queue gets the most urgent matches, the other lists the newest.
 */
async function search(
  db: CasebookDatabase,
  status: StatusFilter,
  filter: CaseFilter,
  limit: number,
): Promise<Case[]> {
  const words = queryTerms(filter.search).filter((word) => word.length >= 2);
  const keep = (record: Case) => inStatus(record, status) && matchesFilter(record, filter);
  const range = (word: string) => db.cases.where('terms').startsWith(word);
  const probes = await Promise.all(words.map((word) => range(word).limit(PROBE).primaryKeys()));
  const rarest = probes.reduce(
    (best, keys, i) => (keys.length < probes[best]!.length ? i : best),
    0,
  );
  const order = (found: Case[]) =>
    distinct(found)
      .sort(status === 'queue' ? byQueueOrder : byNewest)
      .slice(0, limit);

  if (probes[rarest]!.length < PROBE) {
    return order((await range(words[rarest]!).toArray()).filter(keep));
  }
  const list = (maxRead: number) =>
    status === 'queue'
      ? queue(db, filter, limit, maxRead)
      : scanNewest(db, status, keep, limit, maxRead);
  // Common words are usually dense: the list's own order, read in bulk and checked,
  // fills a page within a few chunks.
  const first = await list(FIRST_READ);
  if (first.length === limit) return first;
  // They rarely meet: intersect their keys (keys only). A word in more than KEYS_CAP
  // cases is checked on the records instead.
  const keys = await Promise.all(words.map((word) => range(word).limit(KEYS_CAP).primaryKeys()));
  const usable = keys.filter((list) => list.length < KEYS_CAP).map((list) => new Set(list));
  if (!usable.length) return list(SCAN_CAP);
  const ids = [...usable[0]!].filter((id) => usable.every((set) => set.has(id)));
  const newestFirst = ids.sort().reverse();
  if (newestFirst.length <= FEW) return order(await newestOf(db, newestFirst, keep, FEW));
  // All cases: the newest matching ids are the page (ids are time-ordered).
  if (status === 'all') return order(await newestOf(db, newestFirst, keep, limit));
  // One status or the queue: read its own order, as far as the matches' density says.
  const total = Math.max(await readCounter(db, 'cases'), newestFirst.length);
  return list(Math.min(SCAN_CAP, Math.ceil((2 * limit * total) / newestFirst.length)));
}

/** Records a search of common words reads before it looks at their keys. */
const FIRST_READ = 4 * CHUNK;

/** Matches few enough to read one by one (a round trip each) rather than scan for. */
const FEW = 150;

/** A case appears once per indexed word starting with the query word: keep one. */
function distinct(cases: Case[]): Case[] {
  const seen = new Set<string>();
  return cases.filter((record) => !seen.has(record.id) && seen.add(record.id));
}

/** Reads `ids` (newest first) a page at a time until `wanted` pass `keep`. */
async function newestOf(
  db: CasebookDatabase,
  ids: string[],
  keep: (record: Case) => boolean,
  wanted: number,
): Promise<Case[]> {
  const found: Case[] = [];
  for (let start = 0; start < ids.length && start < SCAN_CAP && found.length < wanted;) {
    const page = ids.slice(start, start + Math.max(10, Math.min(CHUNK, wanted - found.length)));
    start += page.length;
    for (const record of await db.cases.bulkGet(page)) {
      if (record && keep(record)) found.push(record);
    }
  }
  return found;
}

/**
 * A list answered from the in-memory search index: the matches are found, filtered and
 * ordered there, and only the page is read. The index can trail a write by a moment, so
 * what the records read now say has the last word.
 */
async function listFromIndex(
  db: CasebookDatabase,
  index: CaseSearchIndex,
  status: StatusFilter,
  filter: CaseFilter,
  limit: number,
): Promise<Case[]> {
  const order = status === 'queue' ? byQueueOrder : byNewest;
  const keep = (row: IndexedCase) => inStatus(row, status) && matchesFields(row, filter);
  const page = firstInOrder(index.matching(queryTerms(filter.search), keep), order, limit);
  const records = await db.cases.bulkGet(page.map((row) => row.id));
  return records
    .filter(
      (record): record is Case =>
        !!record && inStatus(record, status) && matchesFilter(record, filter),
    )
    .sort(order);
}

/** The first `count` of `items` in `order`, without sorting them all when they are many. */
export function firstInOrder<T>(items: T[], order: (a: T, b: T) => number, count: number): T[] {
  if (items.length <= 4 * count) return items.sort(order).slice(0, count);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && order(item, best[count - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (order(best[mid]!, item) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

export async function loadCaseWithPosts(
  db: CasebookDatabase,
  caseId: string,
): Promise<{ record: Case; posts: Post[] } | null> {
  const record = await db.cases.get(caseId);
  if (!record || record.deleted) return null;
  const posts = await db.posts.where('key').anyOf(record.postKeys).toArray();
  return { record, posts };
}
