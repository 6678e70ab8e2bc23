/**
 * The analytics facts: what one event of the history means for the desk's measures
 * ("a case opened on X", "a first reply after 42 working minutes, within its SLA"). They
 * are derived once per event and kept per day (rollup-store.ts), so a view over a year
 * reads a year of small facts instead of replaying every case. Pure: no database here.
 */
import { FACT_KINDS, isOpenStatus, type Platform } from '../db/constants';
import type { Case, CasebookEvent, FollowUp, Testimonial } from '../db/schema';
import { slaShare, type PrioritySettings } from '../cases/priority';
import { slaClock } from '../cases/sla';
import { policyFor, waitingPauses, type SlaPolicy } from '../cases/sla-policy';
import { topicsOf } from '../cases/topics';

export type FactKind = (typeof FACT_KINDS)[number];
export { FACT_KINDS };

export interface Fact {
  kind: FactKind;
  at: number;
  caseId: string | null;
  channel: Platform | null;
  /** Who did it: the capturing, replying or resolving agent (the event's author). */
  agent: string | null;
  /**
   * The case's main topics (words of its first post) and its tags, as they were when the
   * day's facts were last built: a tag added later counts from the next rebuild of that
   * day (a refresh rebuilds today's; sync, restores and new SLA rules rebuild older ones).
   */
  topics: string[];
  tags: string[];
  /**
   * first-reply and resolved: working time since the case opened, by its SLA policy's
   * schedule (business hours where the policy says so), time waiting on the customer
   * left out of the resolution, as the SLA clock counts it. Null otherwise.
   */
  durationMs: number | null;
  /** first-reply and resolved: whether it came within the SLA target. Null otherwise. */
  withinSla: boolean | null;
}

/** Topics kept per fact: the first few of the post's, enough to filter by and chart. */
export const TOPICS_PER_FACT = 5;

/** What deriving facts needs besides the event: the records it is about and the SLA. */
export interface FactContext {
  caseOf: (id: string) => Case | undefined;
  followUpOf: (id: string) => FollowUp | undefined;
  testimonialOf: (id: string) => Testimonial | undefined;
  policies: readonly SlaPolicy[];
  priority: PrioritySettings;
}

const MINUTE = 60_000;

/** The topics a case's facts carry: the first few of its first post's. */
export const caseTopics = (record: Case) => topicsOf(record.text).slice(0, TOPICS_PER_FACT);

function caseFact(
  kind: FactKind,
  event: CasebookEvent,
  record: Case,
  timing: Pick<Fact, 'durationMs' | 'withinSla'> = { durationMs: null, withinSla: null },
): Fact {
  return {
    kind,
    at: event.at,
    caseId: record.id,
    channel: record.channel,
    agent: event.by,
    topics: caseTopics(record),
    tags: [...record.tags],
    ...timing,
  };
}

/** Working time from the case's opening to `at` against one of its SLA targets. */
function timing(
  record: Case,
  at: number,
  target: 'firstResponseMinutes' | 'resolutionMinutes',
  context: FactContext,
): Pick<Fact, 'durationMs' | 'withinSla'> {
  const policy = policyFor(context.policies, record.channel, record.kind);
  if (!policy) return { durationMs: at - record.createdAt, withinSla: null };
  const targetMs = policy[target] * MINUTE * slaShare(record.priority, context.priority);
  // Waiting on the customer does not count against the resolution, as on the SLA clock;
  // only the stretches before this moment (the history goes on after it).
  const pauses =
    target === 'resolutionMinutes'
      ? waitingPauses(record.history.filter((entry) => entry.at < at))
      : [];
  const clock = slaClock({
    startedAt: record.createdAt,
    targetMs,
    schedule: policy.schedule,
    pauses,
    now: at,
    atRiskShare: policy.atRiskShare,
  });
  return { durationMs: clock.usedMs, withinSla: clock.leftMs >= 0 };
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The facts one event stands for (most stand for none: notes, customer edits…). */
export function factsOf(event: CasebookEvent, context: FactContext): Fact[] {
  const record = event.caseId ? context.caseOf(event.caseId) : undefined;
  switch (event.type) {
    case 'case.created':
      return record ? [caseFact('opened', event, record)] : [];
    case 'case.reply':
      return record && event.data.first === true
        ? [
            caseFact(
              'first-reply',
              event,
              record,
              timing(record, event.at, 'firstResponseMinutes', context),
            ),
          ]
        : [];
    case 'case.status': {
      const from = text(event.data.from);
      const to = text(event.data.to);
      if (!record || !from || !to) return [];
      const wasOpen = isOpenStatus(from as Case['status']);
      const isOpen = isOpenStatus(to as Case['status']);
      if (wasOpen && !isOpen)
        return [
          caseFact(
            'resolved',
            event,
            record,
            timing(record, event.at, 'resolutionMinutes', context),
          ),
        ];
      if (!wasOpen && isOpen) return [caseFact('reopened', event, record)];
      return [];
    }
    case 'followup.done':
    case 'followup.missed':
      return followUpFacts(event, record, context);
    case 'testimonial.saved':
    case 'testimonial.approved':
      return testimonialFacts(event, context);
    case 'case.feedback': {
      const score = event.data.score;
      // A changed rating replaces the earlier one: only the case's latest counts.
      if (!record || typeof score !== 'number' || record.feedback?.recordedAt !== event.at) {
        return [];
      }
      const kind = score >= 4 ? 'feedback-good' : score === 3 ? 'feedback-neutral' : 'feedback-bad';
      // The rating counts for the agent the case is with, not whoever typed it in.
      return [{ ...caseFact(kind, event, record), agent: record.assignee ?? event.by }];
    }
    default:
      return [];
  }
}

function followUpFacts(
  event: CasebookEvent,
  record: Case | undefined,
  context: FactContext,
): Fact[] {
  const id = text(event.data.followUpId);
  const followUp = id ? context.followUpOf(id) : undefined;
  // Missed, then done after all: counted once, as done late (the review does the same).
  if (event.type === 'followup.missed' && followUp?.status === 'done') return [];
  const kind: FactKind =
    event.type === 'followup.missed'
      ? 'followup-missed'
      : followUp && event.at > followUp.dueAt
        ? 'followup-late'
        : 'followup-kept';
  return [
    {
      kind,
      at: event.at,
      caseId: event.caseId,
      channel: record?.channel ?? null,
      // The owner answers for the promise, whoever marked it.
      agent: followUp?.owner ?? event.by,
      topics: record ? caseTopics(record) : [],
      tags: record ? [...record.tags] : [],
      durationMs: null,
      withinSla: null,
    },
  ];
}

function testimonialFacts(event: CasebookEvent, context: FactContext): Fact[] {
  const id = text(event.data.testimonialId);
  const testimonial = id ? context.testimonialOf(id) : undefined;
  return [
    {
      kind: event.type === 'testimonial.saved' ? 'testimonial-saved' : 'testimonial-approved',
      at: event.at,
      caseId: event.caseId,
      channel: testimonial?.platform ?? null,
      agent: event.by,
      topics: [],
      tags: testimonial ? [...testimonial.tags] : [],
      durationMs: null,
      withinSla: null,
    },
  ];
}

/** The ids of the records a batch of events needs, to read them in one go each. */
export function recordsNeeded(events: readonly CasebookEvent[]) {
  const cases = new Set<string>();
  const followUps = new Set<string>();
  const testimonials = new Set<string>();
  for (const event of events) {
    if (event.caseId) cases.add(event.caseId);
    const followUpId = text(event.data.followUpId);
    if (followUpId && event.type.startsWith('followup.')) followUps.add(followUpId);
    const testimonialId = text(event.data.testimonialId);
    if (testimonialId && event.type.startsWith('testimonial.')) testimonials.add(testimonialId);
  }
  return { cases: [...cases], followUps: [...followUps], testimonials: [...testimonials] };
}
