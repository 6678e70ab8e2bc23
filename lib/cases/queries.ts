import type { CasebookDatabase } from '../db/database';
import type { Case, CaseStatus, Platform, Post } from '../db/schema';
import { queryTerms } from './search-terms';

/** A status, everything, or the queue: the cases that need the agent, by SLA due. */
export type StatusFilter = CaseStatus | 'all' | 'queue';
/** What the queue holds: new and open cases (waiting ones wait on the customer). */
const QUEUE_STATUSES: CaseStatus[] = ['new', 'open'];
export const LIST_LIMIT = 100;

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
  if (filter.assignee !== undefined && record.assignee !== filter.assignee) return false;
  if (filter.channel && record.channel !== filter.channel) return false;
  return !filter.tag || record.tags.includes(filter.tag.trim().toLowerCase());
}

/** Whether anything besides the status narrows the list. */
const narrows = (filter: CaseFilter) =>
  filter.assignee !== undefined || !!filter.tag?.trim() || filter.channel !== undefined;

/**
 * The dashboard's list: newest activity first, one status or all, filtered, at most
 * LIST_LIMIT rows. Walks an index in order and stops at the limit; without filters it
 * is one bulk index read (a cursor with a filter costs a callback per record).
 */
export async function listCases(
  db: CasebookDatabase,
  status: StatusFilter,
  filter: CaseFilter,
): Promise<Case[]> {
  if (queryTerms(filter.search).some((word) => word.length >= 2)) {
    return search(db, status, filter);
  }
  if (status === 'queue') return queue(db, filter);
  const ordered =
    status === 'all'
      ? db.cases.orderBy('updatedAt').reverse()
      : db.cases
          .where('[status+updatedAt]')
          .between([status, -Infinity], [status, Infinity])
          .reverse();
  return (narrows(filter) ? ordered.filter((record) => matchesFilter(record, filter)) : ordered)
    .limit(LIST_LIMIT)
    .toArray()
    .then((cases) => cases.filter((record) => !record.deleted));
}

/**
 * The queue: new and open cases, the soonest (or longest overdue) SLA first. Only
 * those have an SLA due time (it is null once a case waits or is finished, and
 * IndexedDB leaves null out of an index), so the `slaDueAt` index is the queue in order.
 * Cases no policy covers have no due time: they follow, newest first.
 */
async function queue(db: CasebookDatabase, filter: CaseFilter): Promise<Case[]> {
  const byDue = db.cases.orderBy('slaDueAt');
  const due = await (
    narrows(filter) ? byDue.filter((record) => matchesFilter(record, filter)) : byDue
  )
    .limit(LIST_LIMIT)
    .toArray();
  const listed = due.filter((record) => !record.deleted && inStatus(record, 'queue'));
  if (due.length === LIST_LIMIT) return listed.sort(byQueueOrder);
  const undated = await Promise.all(
    QUEUE_STATUSES.map((status) =>
      db.cases
        .where('[status+updatedAt]')
        .between([status, -Infinity], [status, Infinity])
        .reverse()
        .filter((record) => record.slaDueAt === null && matchesFilter(record, filter))
        .limit(LIST_LIMIT - listed.length)
        .toArray(),
    ),
  );
  return [
    ...listed.sort(byQueueOrder),
    ...undated.flat().sort((a, b) => b.updatedAt - a.updatedAt),
  ].slice(0, LIST_LIMIT);
}

/** Soonest SLA due first; on the same due time, the higher priority (P1 before P2). */
const byQueueOrder = (a: Case, b: Case) =>
  (a.slaDueAt ?? Infinity) - (b.slaDueAt ?? Infinity) || a.priority.localeCompare(b.priority);

const inStatus = (record: Case, status: StatusFilter) =>
  status === 'all' ||
  (status === 'queue' ? QUEUE_STATUSES.includes(record.status) : record.status === status);

/** Index entries read per query word to tell a rare word (all of it read) from a common one. */
const PROBE = 1_000;
/** Records a search over common words examines at most before it stops. */
const SCAN_CAP = 5_000;

/**
 * Full-text search over the `terms` index, never a table scan. Each query word's index
 * range is probed for up to PROBE keys (keys only: cheap): when a word is rare, the
 * probe holds all of its cases, and the search reads the newest of those present for
 * every rare word, a page at a time. When every word is common, it walks the longest
 * word's range newest first (ids are time-ordered), checks the rest on each record,
 * and stops at the limit or after SCAN_CAP records.
 */
async function search(
  db: CasebookDatabase,
  status: StatusFilter,
  filter: CaseFilter,
): Promise<Case[]> {
  const words = queryTerms(filter.search).filter((word) => word.length >= 2);
  const keep = (record: Case) => inStatus(record, status) && matchesFilter(record, filter);
  const probes = await Promise.all(
    words.map((word) => db.cases.where('terms').startsWith(word).limit(PROBE).primaryKeys()),
  );
  const complete = probes.filter((keys) => keys.length < PROBE).map((keys) => new Set(keys));
  const found = complete.length
    ? await newestIn(db, intersect(complete), keep)
    : await walk(db, words[0]!, keep);
  // Search results are the newest cases that match (creation order, as ids are
  // time-ordered); the queue keeps its own order.
  return found.sort(status === 'queue' ? byQueueOrder : (a, b) => b.createdAt - a.createdAt);
}

function intersect(sets: Set<string>[]): string[] {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return [...smallest!].filter((key) => rest.every((set) => set.has(key)));
}

/** The newest matching cases among `ids`, read a page at a time until the list is full. */
async function newestIn(db: CasebookDatabase, ids: string[], keep: (record: Case) => boolean) {
  const newestFirst = ids.sort().reverse();
  const found: Case[] = [];
  for (let start = 0; start < newestFirst.length && found.length < LIST_LIMIT;) {
    const page = newestFirst.slice(start, start + LIST_LIMIT - found.length);
    start += page.length;
    for (const record of await db.cases.bulkGet(page)) {
      if (record && keep(record)) found.push(record);
    }
  }
  return found;
}

async function walk(db: CasebookDatabase, word: string, keep: (record: Case) => boolean) {
  const seen = new Set<string>();
  let examined = 0;
  return db.cases
    .where('terms')
    .startsWith(word)
    .reverse()
    .until(() => examined >= SCAN_CAP)
    .filter((record) => {
      examined += 1;
      // A record with several words starting with `word` appears once per word.
      if (seen.has(record.id)) return false;
      seen.add(record.id);
      return keep(record);
    })
    .limit(LIST_LIMIT)
    .toArray();
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
