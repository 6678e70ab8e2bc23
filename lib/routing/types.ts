import type { Expert, Money, Platform, Priority } from '../db/schema';
import type { GroupStrategy, RoundRobinCursors } from './rule-schema';

/** What routing needs to know of the customer: from their record, or null without one. */
export interface CustomerSummary {
  vip: boolean;
  lifetimeValue: Money | null;
  /** As the record spells it; empty when none is set. */
  segment: string;
}

/** The facts of a case that rules look at; the caller reads them from the case. */
export interface RoutingInput {
  channel: Platform;
  /** The case's topics, as `caseTopics` (lib/analytics/facts.ts) reads them. */
  topics: readonly string[];
  /** The post's language as the site labels it ("en", "pt-BR"); null when unknown. */
  language: string | null;
  /** The post's text (title and body). */
  text: string;
  priority: Priority;
  customer: CustomerSummary | null;
  /** When the post was captured (epoch ms): what a time window looks at by default. */
  capturedAt: number;
}

export type RoutingExpert = Pick<Expert, 'id' | 'name' | 'topics'> & { deleted?: boolean };

/** The state of the desk at the moment of routing; routeCase changes none of it. */
export interface RoutingContext {
  /** Epoch ms of the routing: what a window with `clock: 'routed'` looks at. */
  now: number;
  /** Agents who can take a case now (the team's members who are on); names as in settings. */
  available: readonly string[];
  /** Open cases per agent name; an agent not listed has none. */
  openCases: Readonly<Record<string, number>>;
  cursors: RoundRobinCursors;
  /** The expert directory; an expert takes cases only when also an available agent. */
  experts: readonly RoutingExpert[];
}

export type RoutingStrategy = 'agent' | GroupStrategy | 'expert' | 'unassigned';

/** What happened at one rule, for the dry-run view. */
export interface RuleTrace {
  /** The rule's id, or 'default' for the default action. */
  ruleId: string;
  /** 1-based, as the rules list shows them; null for the default. */
  position: number | null;
  outcome: 'disabled' | 'skipped' | 'nobody-available' | 'fired';
  /** "Rule 1 'VIP billing': skipped — customer is not VIP". */
  text: string;
}

export interface RoutingDecision {
  /** The rule that fired, or 'default' when none did. */
  firedRule: { id: string; name: string; position: number } | 'default';
  /** Null when the case stays unassigned (by the rules, or because nobody is available). */
  assignee: string | null;
  /** How the assignee was chosen; null when nobody could be. */
  strategy: RoutingStrategy | null;
  acknowledgementReplyId: string | null;
  /** One entry per rule evaluated, in order, then the default's when it was used. */
  explanation: RuleTrace[];
  /** The cursors to store: the context's, with the group that assigned moved on. */
  cursors: RoundRobinCursors;
}
