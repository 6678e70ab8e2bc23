import { isOpenStatus, type Case } from '../db/schema';
import { slaShare } from './priority';
import { slaClock, type SlaClock } from './sla';
import { DEFAULT_SLA_POLICIES, policyFor, waitingPauses, type SlaPolicy } from './sla-policy';

const MINUTE = 60_000;

type SlaFields = Pick<Case, 'status' | 'createdAt' | 'history' | 'channel' | 'kind' | 'priority'>;

/** Where a case stands against its resolution target; null once it is resolved or closed. */
export function resolutionClock(
  record: SlaFields,
  now: number,
  policies: readonly SlaPolicy[] = DEFAULT_SLA_POLICIES,
): SlaClock | null {
  if (!isOpenStatus(record.status)) return null;
  const policy = policyFor(policies, record.channel, record.kind);
  if (!policy) return null;
  return slaClock({
    startedAt: record.createdAt,
    // A high enough priority gets a shorter target (priority settings).
    targetMs: policy.resolutionMinutes * MINUTE * slaShare(record.priority),
    schedule: policy.schedule,
    pauses: pausesOf(record, now),
    now,
    atRiskShare: policy.atRiskShare,
  });
}

/**
 * The case's waiting stretches. A case waiting on the customer is paused even when its
 * history does not say since when (records from before v3): from now on, then.
 */
function pausesOf(record: Pick<Case, 'status' | 'history'>, now: number) {
  const pauses = waitingPauses(record.history);
  const open = pauses.some((p) => p.to === null);
  return record.status === 'waiting' && !open ? [...pauses, { from: now, to: null }] : pauses;
}

/** The due moment to store on the case (see CaseSchema.resolutionDueAt). */
export function resolutionDueAt(
  record: SlaFields,
  now: number,
  policies?: readonly SlaPolicy[],
): number | null {
  // While the case waits on the customer it is not in the agent's queue, breached or not.
  if (record.status === 'waiting') return null;
  return resolutionClock(record, now, policies)?.dueAt ?? null;
}
