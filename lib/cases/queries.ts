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

/**
 * The dashboard's list: newest activity first, one status or all, filtered by search,
 * at most LIST_LIMIT rows. Walks an index in order and stops at the limit.
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
  return ordered
    .filter((record) => matchesFilter(record, filter))
    .limit(LIST_LIMIT)
    .toArray();
}

/**
 * The queue: new and open cases, the soonest (or longest overdue) SLA first. One index
 * range per status, each read in due order and stopped at the limit, then merged.
 */
async function queue(db: CasebookDatabase, filter: CaseFilter): Promise<Case[]> {
  const ranges = await Promise.all(
    QUEUE_STATUSES.map((status) =>
      db.cases
        .where('[status+slaDueAt]')
        .between([status, -Infinity], [status, Infinity])
        .filter((record) => matchesFilter(record, filter))
        .limit(LIST_LIMIT)
        .toArray(),
    ),
  );
  return ranges.flat().sort(byQueueOrder).slice(0, LIST_LIMIT);
}

/** Soonest SLA due first; on the same due time, the higher priority (P1 before P2). */
const byQueueOrder = (a: Case, b: Case) =>
  (a.slaDueAt ?? Infinity) - (b.slaDueAt ?? Infinity) || a.priority.localeCompare(b.priority);

const inStatus = (record: Case, status: StatusFilter) =>
  status === 'all' ||
  (status === 'queue' ? QUEUE_STATUSES.includes(record.status) : record.status === status);

/**
 * Full-text search: walks the `terms` index for the longest query word (the rarest,
 * most likely), newest first (ids are time-ordered), checks the other words and the
 * filters on each record, and stops at the limit: no scan of the table.
 */
async function search(
  db: CasebookDatabase,
  status: StatusFilter,
  filter: CaseFilter,
): Promise<Case[]> {
  const [driver] = queryTerms(filter.search);
  const seen = new Set<string>();
  const found = await db.cases
    .where('terms')
    .startsWith(driver!)
    .reverse()
    .filter((record) => {
      // A record with several words starting with the driver appears once per word.
      if (seen.has(record.id)) return false;
      seen.add(record.id);
      return inStatus(record, status) && matchesFilter(record, filter);
    })
    .limit(LIST_LIMIT)
    .toArray();
  return status === 'queue'
    ? found.sort(byQueueOrder)
    : found.sort((a, b) => b.updatedAt - a.updatedAt);
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
