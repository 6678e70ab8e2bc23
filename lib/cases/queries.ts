import type { CasebookDatabase } from '../db/database';
import type { Case, CaseStatus, Post } from '../db/schema';

export type StatusFilter = CaseStatus | 'all';
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

/**
 * The dashboard's list: newest activity first, one status or all, filtered by search,
 * at most LIST_LIMIT rows. Walks an index in order and stops at the limit.
 * (A full-text index replaces the scan-until-limit search when the queue grows.)
 */
export function listCases(
  db: CasebookDatabase,
  status: StatusFilter,
  search: string,
): Promise<Case[]> {
  const ordered =
    status === 'all'
      ? db.cases.orderBy('updatedAt').reverse()
      : db.cases
          .where('[status+updatedAt]')
          .between([status, -Infinity], [status, Infinity])
          .reverse();
  return ordered
    .filter((record) => !record.deleted && caseMatches(record, search))
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
