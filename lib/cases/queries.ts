import type { CasebookDatabase } from '../db/database';
import type { Case, CaseStatus, Post } from '../db/schema';

/** A status, everything, or the queue: the cases that need the agent, by SLA due. */
export type StatusFilter = CaseStatus | 'all' | 'queue';
/** What the queue holds: new and open cases (waiting ones wait on the customer). */
const QUEUE_STATUSES: CaseStatus[] = ['new', 'open'];
export const LIST_LIMIT = 100;

/** Case-insensitive match of a search string against what an agent would search by. */
export function caseMatches(record: Case, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const { customer } = record;
  return [
    record.ref,
    record.title,
    record.text,
    customer.handle,
    `@${customer.handle}`,
    customer.name,
  ].some((field) => field.toLowerCase().includes(needle));
}

/** What the dashboard narrows the list by, besides the status. */
export interface CaseFilter {
  search: string;
  /** An agent; null: unassigned cases; undefined: anyone. */
  assignee?: string | null;
  /** One tag (lower case); undefined: any. */
  tag?: string;
}

export function matchesFilter(record: Case, filter: CaseFilter): boolean {
  if (record.deleted || !caseMatches(record, filter.search)) return false;
  if (filter.assignee !== undefined && record.assignee !== filter.assignee) return false;
  return !filter.tag || record.tags.includes(filter.tag.trim().toLowerCase());
}

/**
 * The dashboard's list: newest activity first, one status or all, filtered by search,
 * at most LIST_LIMIT rows. Walks an index in order and stops at the limit.
 * (A full-text index replaces the scan-until-limit search when the queue grows.)
 */
export async function listCases(
  db: CasebookDatabase,
  status: StatusFilter,
  filter: CaseFilter,
): Promise<Case[]> {
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
        .where('[status+resolutionDueAt]')
        .between([status, -Infinity], [status, Infinity])
        .filter((record) => matchesFilter(record, filter))
        .limit(LIST_LIMIT)
        .toArray(),
    ),
  );
  return (
    ranges
      .flat()
      // Soonest due first; on the same due time, the higher priority (P1 before P2).
      .sort(
        (a, b) =>
          (a.resolutionDueAt ?? Infinity) - (b.resolutionDueAt ?? Infinity) ||
          a.priority.localeCompare(b.priority),
      )
      .slice(0, LIST_LIMIT)
  );
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
