/**
 * "Case C-3F9A2B assigned to you" (issue 11): which cases the team's changes, pulled by sync,
 * gave to this browser's agent. Pure: apply-pulled.ts notes each case whose assignee a pull
 * moved, and the background shows what assignmentNotices decides.
 */
import type { Case } from '../db/schema';
import { sameAgent } from '../cases/actor';

/** A case whose assignee a pulled change moved, as this browser saw it before and after. */
export interface PulledAssignment {
  caseId: string;
  ref: string;
  /** The assignee before the pull; undefined when the case is new to this browser. */
  before: string | null | undefined;
  after: string | null;
  /** Who made the assignment (from the case's history); null when it does not say. */
  by: string | null;
  /** "Dana R (@dana_r)": the notification's second line. */
  customer: string;
}

export interface AssignmentNotice {
  /** The notification's id: "assigned:<caseId>", or "assigned:many" for a summary. */
  id: string;
  /** The case a click opens; null for a summary (the dashboard opens on its queue). */
  caseId: string | null;
  title: string;
  message: string;
}

type CaseSide = Pick<Case, 'id' | 'ref' | 'assignee' | 'history' | 'customer'>;

/**
 * Who gave the case to its assignee: the latest history entry assigning it to them, else the
 * agent who opened the case (capture gives the case to whoever captured it).
 */
export function assignedBy(record: Pick<Case, 'assignee' | 'history'>): string | null {
  const entry = record.history.findLast(
    (event) => event.type === 'assignee' && event.to === record.assignee,
  );
  if (entry) return entry.by;
  return record.history.find((event) => event.type === 'created')?.by ?? null;
}

/** The pull's change to the case's assignee, or null when it did not move it. */
export function pulledAssignment(
  before: Pick<Case, 'assignee'> | undefined,
  after: CaseSide,
): PulledAssignment | null {
  if (before && before.assignee === after.assignee) return null;
  const { name, handle } = after.customer;
  return {
    caseId: after.id,
    ref: after.ref,
    before: before ? before.assignee : undefined,
    after: after.assignee,
    by: assignedBy(after),
    customer: name ? `${name} (@${handle})` : `@${handle}`,
  };
}

/** More at once than this, and one summary says how many instead. */
export const MAX_SINGLE_NOTICES = 3;

/**
 * What to tell the agent after a round of sync: each case now theirs that was not before,
 * given by someone else. Nothing with sync off, and nothing on joining a team (the first
 * pull brings every case they already had, news to this browser only).
 */
export function assignmentNotices(
  changes: readonly PulledAssignment[],
  context: { me: string; syncOn: boolean; joining: boolean },
): AssignmentNotice[] {
  if (!context.syncOn || context.joining) return [];
  const mine = new Map<string, PulledAssignment>();
  for (const change of changes) {
    // The case's last change in the round counts: given, then taken back, is no news.
    mine.delete(change.caseId);
    const news =
      sameAgent(change.after, context.me) &&
      !sameAgent(change.before, context.me) &&
      !sameAgent(change.by, context.me);
    if (news) mine.set(change.caseId, change);
  }
  const cases = [...mine.values()];
  if (cases.length > MAX_SINGLE_NOTICES) {
    return [
      {
        id: 'assigned:many',
        caseId: null,
        title: `${cases.length} cases assigned to you`,
        message: cases.map((c) => c.ref).join(', '),
      },
    ];
  }
  return cases.map((change) => ({
    id: `assigned:${change.caseId}`,
    caseId: change.caseId,
    title: `Case ${change.ref} assigned to you`,
    message: change.by ? `By ${change.by}: ${change.customer}` : change.customer,
  }));
}
