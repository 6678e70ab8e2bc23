import type { RoutingRules } from './rule-schema';

/**
 * A new team's routing: no rules, and the default leaves cases in the shared queue. That is
 * how Casebook worked before routing existed, so turning it on changes nothing until a lead
 * writes a rule; "the first agent" would quietly hand every case to one person.
 */
export const DEFAULT_ROUTING_RULES: RoutingRules = {
  groups: [],
  rules: [],
  default: { action: { kind: 'unassigned' }, acknowledgementReplyId: null },
};
