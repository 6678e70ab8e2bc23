import type { CasebookDatabase } from '../db/database';
import type { CasebookEvent } from '../db/schema';
import { kindEntryOf, type ActivityKind, type CaseGist } from './kinds';
import { sameAgent } from '../cases/actor';

/** One line of the activity stream (issue 12, point 3): plain text, linked to its case. */
export interface StreamItem {
  id: string;
  at: number;
  actor: string;
  kind: ActivityKind;
  type: string;
  caseId: string | null;
  caseRef: string | null;
  text: string;
}

export interface StreamFilter {
  /** The kinds shown; empty means every kind. */
  kinds: readonly ActivityKind[];
  /** 'anyone', or 'me' (this browser's agent, as `me` names them). */
  actor: 'anyone' | 'me';
  /** Only events at or after this time; null for all time. */
  since: number | null;
}

export const ALL_ACTIVITY: StreamFilter = { kinds: [], actor: 'anyone', since: null };

/** The stream item of an event, or null when it is no case activity (customer records). */
export function streamItemOf(event: CasebookEvent, gist: CaseGist | null): StreamItem | null {
  const entry = kindEntryOf(event.type);
  if (!entry) return null;
  const ref = gist?.ref ?? (event.caseId ? 'a case' : 'no case');
  return {
    id: event.id,
    at: event.at,
    actor: event.by,
    kind: entry.kind,
    type: event.type,
    caseId: event.caseId,
    caseRef: gist?.ref ?? null,
    // One line, whatever a data field held (the sentence never carries captured text).
    text: entry.text({ data: event.data, ref, gist }).replace(/\s+/g, ' ').trim().slice(0, 300),
  };
}

/** Whether the filter keeps the item; `me` is this browser's agent's name. */
export function keeps(item: StreamItem, filter: StreamFilter, me: string): boolean {
  if (filter.kinds.length && !filter.kinds.includes(item.kind)) return false;
  if (filter.actor === 'me' && !sameAgent(item.actor, me)) return false;
  if (filter.since !== null && item.at < filter.since) return false;
  return true;
}

/** Newest first; the same time by id, so a page never shuffles. */
export const newestFirst = (a: { at: number; id: string }, b: { at: number; id: string }) =>
  b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export interface StreamPage {
  items: StreamItem[];
  /** More older items may match: "Load more" (or a wider time range) reads them. */
  more: boolean;
}

/** Events read from the index per round: the stream reads newest-first in chunks. */
const CHUNK = 200;

/**
 * The newest `limit` items the filter keeps, read from the events' `at` index newest-first
 * in chunks, never counting the table (it may hold 100k+ events; DESIGN's budgets). A
 * filter that keeps little stops after `scanLimit` events and says there may be more.
 */
export async function readStream(
  db: CasebookDatabase,
  filter: StreamFilter,
  options: { limit: number; me: string; scanLimit?: number },
): Promise<StreamPage> {
  const scanLimit = options.scanLimit ?? Math.max(5_000, options.limit * 50);
  const items: StreamItem[] = [];
  const gists = new Map<string, CaseGist | null>();
  let upper = Infinity;
  /** Ids already read at time `upper` (the next chunk starts there, inclusive). */
  let seenAtUpper = new Set<string>();
  let scanned = 0;
  for (;;) {
    const lower = filter.since ?? -Infinity;
    const range =
      upper === Infinity
        ? db.events.where('at').aboveOrEqual(lower)
        : db.events.where('at').between(lower, upper, true, true);
    // A short stream (the sidebar's ten) reads a short chunk.
    const size = Math.min(CHUNK, Math.max(20, options.limit * 2)) + seenAtUpper.size;
    const chunk = (await range.reverse().limit(size).toArray())
      .filter((event) => !(event.at === upper && seenAtUpper.has(event.id)))
      .sort(newestFirst);
    if (!chunk.length) return { items, more: false };
    await loadGists(db, chunk, gists);
    for (const event of chunk) {
      scanned += 1;
      const item = streamItemOf(event, event.caseId ? (gists.get(event.caseId) ?? null) : null);
      if (item && keeps(item, filter, options.me)) items.push(item);
      if (items.length >= options.limit) return { items, more: true };
      if (event.at !== upper) seenAtUpper = new Set();
      upper = event.at;
      seenAtUpper.add(event.id);
    }
    if (scanned >= scanLimit) return { items, more: true };
  }
}

/** The cases the chunk's events are about (ref, priority, customer), read once each. */
async function loadGists(
  db: CasebookDatabase,
  events: readonly CasebookEvent[],
  gists: Map<string, CaseGist | null>,
) {
  const ids = [...new Set(events.map((e) => e.caseId))].filter(
    (id): id is string => id !== null && !gists.has(id),
  );
  if (!ids.length) return;
  const cases = await db.cases.bulkGet(ids);
  ids.forEach((id, index) => {
    const record = cases[index];
    gists.set(
      id,
      record
        ? { ref: record.ref, priority: record.priority, handle: `@${record.customer.handle}` }
        : null,
    );
  });
}
