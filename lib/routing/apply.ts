import type { Actor } from '../cases/actor';
import { caseTopics } from '../analytics/facts';
import type { CasebookDatabase } from '../db/database';
import type { Case, Customer } from '../db/schema';
import type { Settings } from '../settings';
import { readCursors, saveCursors } from './cursor-store';
import { readDesk } from './desk-reads';
import { failedOutcome, outcomeOf, routingIsOn, withOutcome, type RoutingOutcome } from './outcome';
import { routeCase } from './route';
import type { RoutingDecision, RoutingInput } from './types';

/** The tables routing reads and writes besides the case itself (for the caller's transaction). */
export const routingTables = (db: CasebookDatabase) => [db.cases, db.experts, db.routingState];

/** What routing knows of a case besides the record: its customer and its post's language. */
export interface CaseFacts {
  customer: Pick<Customer, 'vip' | 'lifetimeValue' | 'segment'> | null;
  /** As the site labelled the post ("en", "pt-BR"); null when it did not. */
  language: string | null;
}

/**
 * The facts rules look at, from a case: its first post's main topics (as the analytics read
 * them) and the tags an agent gave it, lower-case, each once.
 */
export function routingInputOf(record: Case, facts: CaseFacts): RoutingInput {
  const topics = [...caseTopics(record), ...record.tags].map((t) => t.trim().toLowerCase());
  const { customer } = facts;
  return {
    channel: record.channel,
    topics: [...new Set(topics)].filter(Boolean),
    language: facts.language,
    text: record.text,
    priority: record.priority,
    customer: customer && {
      vip: customer.vip,
      lifetimeValue: customer.lifetimeValue,
      segment: customer.segment,
    },
    capturedAt: record.createdAt,
  };
}

/**
 * Runs the team's rules for the case against the desk as it is now, inside the caller's
 * transaction (see routingTables). Reads only: keepTurn stores the turn a group took, once
 * the caller keeps the decision. Throws when routing cannot be done.
 */
export async function decideRouting(
  db: CasebookDatabase,
  record: Case,
  facts: CaseFacts,
  settings: Pick<Settings, 'routing' | 'agents'>,
  now: number,
): Promise<RoutingDecision> {
  const input = routingInputOf(record, facts);
  const desk = await readDesk(db, settings.routing, settings.agents, input.topics, now);
  return routeCase(input, settings.routing, desk);
}

/** Stores where each round-robin group stands after the decision; no write when none moved. */
export async function keepTurn(db: CasebookDatabase, decision: RoutingDecision, now: number) {
  if (JSON.stringify(decision.cursors) !== JSON.stringify(await readCursors(db))) {
    await saveCursors(db, decision.cursors, now);
  }
}

/**
 * A new case, routed before it is stored (issue 11, point 3): given to whoever the rules
 * pick, with a history entry naming the rule. A team without routing keeps the capturing
 * agent as the assignee, and no outcome. Routing never fails a capture: when it throws, the
 * case is stored unassigned and its history says why.
 */
export async function routeNewCase(
  db: CasebookDatabase,
  record: Case,
  facts: CaseFacts,
  settings: Pick<Settings, 'routing' | 'agents'>,
  actor: Actor,
): Promise<{ record: Case; outcome: RoutingOutcome | null }> {
  if (!routingIsOn(settings.routing)) return { record, outcome: null };
  let outcome: RoutingOutcome;
  try {
    const decision = await decideRouting(db, record, facts, settings, actor.now);
    await keepTurn(db, decision, actor.now);
    outcome = outcomeOf(decision);
  } catch (error) {
    console.warn('Casebook: routing failed; the case stays unassigned', error);
    outcome = failedOutcome(error);
  }
  // Nobody had the case before routing: the capturing agent is only a placeholder.
  return { record: withOutcome({ ...record, assignee: null }, outcome, actor), outcome };
}
