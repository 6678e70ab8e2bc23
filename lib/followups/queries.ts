import { DateTime } from 'luxon';
import type { CasebookDatabase } from '../db/database';
import type { FollowUp, FollowUpStatus, Platform } from '../db/schema';

/**
 * Reads of follow-ups, each one index range (never a table scan): pending ones by
 * [status+dueAt], a customer's by customerKey, an agent's by owner, a case's by caseId.
 * Lists are bounded by `limit`; counts are index counts.
 */

export const DEFAULT_LIMIT = 200;

const live = (followUp: FollowUp) => !followUp.deleted;
const byDue = (a: FollowUp, b: FollowUp) => a.dueAt - b.dueAt;

/** The local day of `now` in a time zone, as [start, end) in epoch ms (23 or 25 h on DST days). */
export function dayBounds(now: number, timeZone?: string): [number, number] {
  const day = DateTime.fromMillis(now, timeZone ? { zone: timeZone } : {}).startOf('day');
  if (!day.isValid) throw new Error(`Unknown time zone "${timeZone}"`);
  return [day.toMillis(), day.plus({ days: 1 }).startOf('day').toMillis()];
}

/** Follow-ups of one status due in [from, to), soonest first. */
export async function dueBetween(
  db: CasebookDatabase,
  status: FollowUpStatus,
  from: number,
  to: number,
  limit = DEFAULT_LIMIT,
  /** Narrows the rows before the limit counts them (the lead's agent and channel filters). */
  also: (followUp: FollowUp) => boolean = () => true,
): Promise<FollowUp[]> {
  if (to <= from) return [];
  const rows = await db.followUps
    .where('[status+dueAt]')
    .between([status, from], [status, to], true, false)
    .filter((f) => live(f) && also(f))
    .limit(limit)
    .toArray();
  return rows;
}

/** Pending follow-ups whose due time has come (at or before now), oldest first. */
export const overdueFollowUps = (db: CasebookDatabase, now: number, limit = DEFAULT_LIMIT) =>
  dueBetween(db, 'pending', 0, now + 1, limit);

/** Pending follow-ups still to fall due today (after now, before the day ends). */
export function dueTodayFollowUps(
  db: CasebookDatabase,
  now: number,
  timeZone?: string,
  limit = DEFAULT_LIMIT,
): Promise<FollowUp[]> {
  const [, end] = dayBounds(now, timeZone);
  return dueBetween(db, 'pending', now + 1, end, limit);
}

/** Done follow-ups due in [from, to), split into kept in time and done late. */
async function doneBetween(
  db: CasebookDatabase,
  from: number,
  to: number,
  late: boolean,
  limit: number,
): Promise<FollowUp[]> {
  if (to <= from) return [];
  return db.followUps
    .where('[status+dueAt]')
    .between(['done', from], ['done', to], true, false)
    .filter((f) => live(f) && f.doneAt !== null && f.doneAt > f.dueAt === late)
    .limit(limit)
    .toArray();
}

/** Kept: done by the due time (due in [from, to)). */
export const keptFollowUps = (
  db: CasebookDatabase,
  from: number,
  to: number,
  limit = DEFAULT_LIMIT,
) => doneBetween(db, from, to, false, limit);

/** Done, but after the due time (due in [from, to)). */
export const doneLateFollowUps = (
  db: CasebookDatabase,
  from: number,
  to: number,
  limit = DEFAULT_LIMIT,
) => doneBetween(db, from, to, true, limit);

/** One agent's follow-ups of a status (pending by default), soonest due first. */
export async function followUpsOfOwner(
  db: CasebookDatabase,
  owner: string,
  status: FollowUpStatus = 'pending',
  limit = DEFAULT_LIMIT,
): Promise<FollowUp[]> {
  const rows = await db.followUps
    .where('owner')
    .equals(owner)
    .filter((f) => live(f) && f.status === status)
    .limit(limit)
    .toArray();
  return rows.sort(byDue);
}

/** A case's follow-ups, every status, soonest due first. */
export async function followUpsOfCase(
  db: CasebookDatabase,
  caseId: string,
  limit = DEFAULT_LIMIT,
): Promise<FollowUp[]> {
  const rows = await db.followUps
    .where('caseId')
    .equals(caseId)
    .filter(live)
    .limit(limit)
    .toArray();
  return rows.sort(byDue);
}

/**
 * The open (pending) promises to a customer, soonest due first: by the customer's key, or
 * by every identity of a customer record (the same keys cases keep as customerKey).
 */
export async function openFollowUpsForCustomer(
  db: CasebookDatabase,
  who: { customerKey?: string | null; customerId?: string | null },
  limit = DEFAULT_LIMIT,
): Promise<FollowUp[]> {
  const keys = new Set<string>();
  if (who.customerKey) keys.add(who.customerKey);
  if (who.customerId) {
    const customer = await db.customers.get(who.customerId);
    for (const key of customer?.identityKeys ?? []) keys.add(key);
  }
  if (!keys.size) return [];
  const rows = await db.followUps
    .where('customerKey')
    .anyOf([...keys])
    .filter((f) => live(f) && f.status === 'pending')
    .limit(limit)
    .toArray();
  return rows.sort(byDue);
}

/** Follow-ups grouped by the agent who owes them. */
export function groupByOwner(followUps: readonly FollowUp[]): Map<string, FollowUp[]> {
  const groups = new Map<string, FollowUp[]>();
  for (const followUp of followUps) {
    groups.set(followUp.owner, [...(groups.get(followUp.owner) ?? []), followUp]);
  }
  return groups;
}

/**
 * Follow-ups grouped by the channel of their case (one bulk read of the cases they name);
 * `none` holds those without a case.
 */
export async function groupByChannel(
  db: CasebookDatabase,
  followUps: readonly FollowUp[],
): Promise<Map<Platform | 'none', FollowUp[]>> {
  const caseIds = [...new Set(followUps.flatMap((f) => (f.caseId ? [f.caseId] : [])))];
  const cases = await db.cases.bulkGet(caseIds);
  const channelOf = new Map(
    cases.flatMap((record) => (record ? [[record.id, record.channel] as const] : [])),
  );
  const groups = new Map<Platform | 'none', FollowUp[]>();
  for (const followUp of followUps) {
    const channel = (followUp.caseId && channelOf.get(followUp.caseId)) || 'none';
    groups.set(channel, [...(groups.get(channel) ?? []), followUp]);
  }
  return groups;
}

export interface FollowUpCounts {
  /** Pending and due at or before now: what the toolbar badge shows. */
  overdue: number;
  /** Pending and falling due later today. */
  dueToday: number;
  pending: number;
}

/** Pending follow-ups overdue at `now` (an index count: the badge reads it after every change). */
export const countOverdue = (db: CasebookDatabase, now: number): Promise<number> =>
  db.followUps
    .where('[status+dueAt]')
    .between(['pending', 0], ['pending', now], true, true)
    .count();

export async function countFollowUps(
  db: CasebookDatabase,
  now: number,
  timeZone?: string,
): Promise<FollowUpCounts> {
  const [, end] = dayBounds(now, timeZone);
  const range = (from: number, to: number) =>
    db.followUps
      .where('[status+dueAt]')
      .between(['pending', from], ['pending', to], true, false)
      .count();
  const [overdue, dueToday, pending] = await Promise.all([
    countOverdue(db, now),
    end > now + 1 ? range(now + 1, end) : Promise.resolve(0),
    db.followUps.where('status').equals('pending').count(),
  ]);
  return { overdue, dueToday, pending };
}

/** Every pending follow-up, soonest due first (for planning alarms in the background). */
export const pendingFollowUps = (db: CasebookDatabase): Promise<FollowUp[]> =>
  db.followUps
    .where('[status+dueAt]')
    .between(['pending', 0], ['pending', Infinity])
    .filter(live)
    .toArray();

/**
 * When a follow-up was finished: done at doneAt, missed when an agent marked it so (its
 * last 'missed' change); null while it is still owed or was dismissed.
 */
export function finishedAtOf(followUp: FollowUp): number | null {
  if (followUp.status === 'done') return followUp.doneAt;
  if (followUp.status !== 'missed') return null;
  return followUp.history.findLast((change) => change.what === 'missed')?.at ?? followUp.updatedAt;
}

/**
 * Follow-ups done or missed in [from, to), most recently finished first: one range of the
 * updatedAt index (a follow-up is updated when it is finished, so one finished in the
 * window was last updated in it or later), narrowed before the limit counts.
 */
export async function finishedBetween(
  db: CasebookDatabase,
  from: number,
  to: number,
  limit = DEFAULT_LIMIT,
  also: (followUp: FollowUp) => boolean = () => true,
): Promise<FollowUp[]> {
  if (to <= from) return [];
  // Newest updates first, so a limit keeps the most recently finished.
  const rows = await db.followUps
    .where('updatedAt')
    .aboveOrEqual(from)
    .reverse()
    .filter((f) => {
      const at = live(f) ? finishedAtOf(f) : null;
      return at !== null && at >= from && at < to && also(f);
    })
    .limit(limit)
    .toArray();
  return rows.sort((a, b) => finishedAtOf(b)! - finishedAtOf(a)!);
}
