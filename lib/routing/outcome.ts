import type { Actor } from '../cases/actor';
import type { Case, CaseEvent } from '../db/schema';
import { quote } from './conditions';
import type { RoutingRules } from './rule-schema';
import type { RoutingDecision } from './types';

/** What routing did to a case, as capture and the "Route" button report it. */
export interface RoutingOutcome {
  /** Who has the case now; null when it was left (or stays) unassigned. */
  assignee: string | null;
  /** "rule 2 'VIP billing'", "the default rule"; null when routing failed. */
  rule: string | null;
  /** The saved reply the fired rule prefills as an acknowledgement (issue 11, point 4). */
  acknowledgementReplyId: string | null;
  /** What the case's history says: "Routed by rule 2 'VIP billing'", "Not routed: …". */
  note: string;
  /** One line for the agent: "Assigned to Ana by rule 1 'VIP'". */
  summary: string;
}

/** What became of a fired rule's acknowledgement reply, for the capturing tab's sidebar. */
export interface AcknowledgementNotice {
  caseId: string;
  inserted: boolean;
  /** "Acknowledgement “Thanks” is in the reply box: review it and press Reply on X." */
  message: string;
}

/** A history entry's text is at most this long (CaseEventSchema). */
const NOTE_MAX = 200;

/**
 * Whether the team routes at all. A desk that never wrote a rule keeps what capture always
 * did (the capturing agent has the case): the default routing "leave unassigned" would
 * otherwise take every new case away from whoever captured it.
 */
export function routingIsOn(routing: Pick<RoutingRules, 'rules' | 'default'>): boolean {
  return (
    routing.rules.length > 0 ||
    routing.default.action.kind !== 'unassigned' ||
    routing.default.acknowledgementReplyId !== null
  );
}

/** "rule 2 'VIP billing'" or "the default rule". */
export function ruleLabel(fired: RoutingDecision['firedRule']): string {
  return fired === 'default' ? 'the default rule' : `rule ${fired.position} ${quote(fired.name)}`;
}

export function outcomeOf(decision: RoutingDecision): RoutingOutcome {
  const rule = ruleLabel(decision.firedRule);
  const summary =
    decision.assignee !== null
      ? `Assigned to ${decision.assignee} by ${rule}`
      : decision.strategy === null
        ? `Left unassigned: nobody was available (${rule})`
        : `Left unassigned by ${rule}`;
  return {
    assignee: decision.assignee,
    rule,
    acknowledgementReplyId: decision.acknowledgementReplyId,
    note: `Routed by ${rule}`.slice(0, NOTE_MAX),
    summary,
  };
}

/** Routing threw: the case stays unassigned, and its history says why. */
export function failedOutcome(error: unknown): RoutingOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  const note = `Not routed: ${reason || 'unknown error'}`.slice(0, NOTE_MAX);
  return { assignee: null, rule: null, acknowledgementReplyId: null, note, summary: note };
}

/** The case given to the outcome's assignee, with the history entry saying which rule did it. */
export function withOutcome(record: Case, outcome: RoutingOutcome, actor: Actor): Case {
  const entry: CaseEvent = {
    at: actor.now,
    by: actor.by,
    type: 'assignee',
    from: record.assignee,
    to: outcome.assignee,
    note: outcome.note,
  };
  return {
    ...record,
    assignee: outcome.assignee,
    updatedAt: actor.now,
    history: [...record.history, entry],
  };
}
