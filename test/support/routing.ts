import {
  RoutingRulesSchema,
  type RoutingRules,
  type RoutingRulesInput,
} from '@/lib/routing/rule-schema';
import type { RoutingContext, RoutingInput } from '@/lib/routing/route';

/** Builders for the routing tests (test/unit/routing-*.test.ts). */

/** Wednesday 2026-06-03 12:00 UTC: a plain weekday far from any DST change. */
export const NOON = Date.UTC(2026, 5, 3, 12, 0);

export const caseFacts = (change: Partial<RoutingInput> = {}): RoutingInput => ({
  channel: 'x',
  topics: [],
  language: 'en',
  text: 'Where is my parcel?',
  priority: 'P3',
  customer: null,
  capturedAt: NOON,
  ...change,
});

export const desk = (change: Partial<RoutingContext> = {}): RoutingContext => ({
  now: NOON,
  available: ['Ana', 'Ben', 'Cleo'],
  openCases: {},
  cursors: {},
  experts: [],
  ...change,
});

/** Rules as a team lead would save them: through the schema, defaults filled in. */
export const ruleSet = (input: RoutingRulesInput): RoutingRules => RoutingRulesSchema.parse(input);

/** A rule set of one rule with these conditions assigning to Ana, else to Ben. */
export const oneRule = (conditions: RoutingRulesInput['rules'][number]['conditions']) =>
  ruleSet({
    rules: [{ id: 'r1', name: 'Only rule', conditions, action: { kind: 'agent', agent: 'Ana' } }],
    default: { action: { kind: 'agent', agent: 'Ben' } },
  });

export const VIP_CUSTOMER = {
  vip: true,
  lifetimeValue: { amount: 12_500, currency: 'EUR' },
  segment: 'Enterprise',
};
