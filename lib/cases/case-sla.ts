import { isOpenStatus, type Case } from '../db/schema';
import { DEFAULT_PRIORITY_SETTINGS, slaShare, type PrioritySettings } from './priority';
import { slaClock, type SlaClock } from './sla';
import { DEFAULT_SLA_POLICIES, policyFor, waitingPauses, type SlaPolicy } from './sla-policy';

const MINUTE = 60_000;

/** What the SLA computation reads from settings. */
export interface SlaRules {
  policies: readonly SlaPolicy[];
  priority: PrioritySettings;
}
export const DEFAULT_SLA_RULES: SlaRules = {
  policies: DEFAULT_SLA_POLICIES,
  priority: DEFAULT_PRIORITY_SETTINGS,
};

type SlaFields = Pick<Case, 'status' | 'createdAt' | 'history' | 'channel' | 'kind' | 'priority'>;
type ResponseFields = SlaFields & Pick<Case, 'firstResponseAt' | 'awaitingSince'>;

/** Where a case stands against its resolution target; null once it is resolved or closed. */
export function resolutionClock(
  record: SlaFields,
  now: number,
  rules: SlaRules = DEFAULT_SLA_RULES,
): SlaClock | null {
  if (!isOpenStatus(record.status)) return null;
  const policy = policyFor(rules.policies, record.channel, record.kind);
  if (!policy) return null;
  return slaClock({
    startedAt: record.createdAt,
    // A high enough priority gets a shorter target (priority settings).
    targetMs: policy.resolutionMinutes * MINUTE * slaShare(record.priority, rules.priority),
    schedule: policy.schedule,
    pauses: pausesOf(record, now),
    now,
    atRiskShare: policy.atRiskShare,
  });
}

/**
 * Where the pending reply stands: the first-response target until an agent has replied
 * once, the next-response target for every customer post after that. Null when no
 * customer post waits for an answer, or the case is not in the agent's hands.
 */
export function responseClock(
  record: ResponseFields,
  now: number,
  rules: SlaRules = DEFAULT_SLA_RULES,
): (SlaClock & { target: 'first' | 'next' }) | null {
  if (record.awaitingSince === null || !['new', 'open'].includes(record.status)) return null;
  const policy = policyFor(rules.policies, record.channel, record.kind);
  if (!policy) return null;
  const target = record.firstResponseAt === null ? 'first' : 'next';
  const minutes = target === 'first' ? policy.firstResponseMinutes : policy.nextResponseMinutes;
  const clock = slaClock({
    startedAt: record.awaitingSince,
    targetMs: minutes * MINUTE * slaShare(record.priority, rules.priority),
    schedule: policy.schedule,
    pauses: [],
    now,
    atRiskShare: policy.atRiskShare,
  });
  return { ...clock, target };
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
  rules: SlaRules = DEFAULT_SLA_RULES,
): number | null {
  // While the case waits on the customer it is not in the agent's queue, breached or not.
  if (record.status === 'waiting') return null;
  return resolutionClock(record, now, rules)?.dueAt ?? null;
}

/** The stored due times of a case, recomputed on every write (and when policies change). */
export function slaDueTimes(
  record: ResponseFields,
  now: number,
  rules: SlaRules = DEFAULT_SLA_RULES,
): Pick<Case, 'resolutionDueAt' | 'responseDueAt' | 'slaDueAt'> {
  const resolution = resolutionDueAt(record, now, rules);
  const response = responseClock(record, now, rules)?.dueAt ?? null;
  const both = [resolution, response].filter((t): t is number => t !== null);
  return {
    resolutionDueAt: resolution,
    responseDueAt: response,
    slaDueAt: both.length ? Math.min(...both) : null,
  };
}

/** The clock a case is shown by: the one falling due first (a pending reply, usually). */
export interface SlaSummary extends Pick<SlaClock, 'state' | 'leftMs' | 'dueAt'> {
  target: 'first' | 'next' | 'resolution';
}

export function slaSummary(
  record: ResponseFields,
  now: number,
  rules: SlaRules = DEFAULT_SLA_RULES,
): SlaSummary | null {
  const response = responseClock(record, now, rules);
  const resolution = resolutionClock(record, now, rules);
  const pick =
    response && (!resolution || response.leftMs <= resolution.leftMs)
      ? { ...response, target: response.target }
      : resolution && { ...resolution, target: 'resolution' as const };
  return pick && { target: pick.target, state: pick.state, leftMs: pick.leftMs, dueAt: pick.dueAt };
}
