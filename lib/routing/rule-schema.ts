import { IANAZone } from 'luxon';
import { z } from '../zod';
import { PlatformSchema, PRIORITIES } from '../db/schema';

/**
 * Routing rules (issue 11): an ordered list a team lead writes ("VIP billing posts go to the
 * billing group", "nights go to Sam"), the groups they assign to, and what happens when no
 * rule fires. Schemas first, like every stored record; route.ts runs them.
 *
 * Conditions and actions are strict objects: a misspelt condition ("channel" for
 * "channels") would otherwise be dropped, and the rule would fire on every case.
 */

export const ROUTING_LIMITS = {
  rules: 200,
  groups: 100,
  agents: 200,
  keywords: 200,
  keyword: 100,
  list: 100,
  name: 100,
  id: 64,
} as const;

const id = z.string().trim().min(1, 'An id is needed').max(ROUTING_LIMITS.id);
const name = (what: string) =>
  z.string().trim().min(1, `${what} needs a name`).max(ROUTING_LIMITS.name);
export const AgentNameSchema = name('An agent');

/** A condition's list: empty would match nothing, so it must be left out instead. */
const listOf = <T extends z.ZodType>(item: T, what: string, max: number = ROUTING_LIMITS.list) =>
  z.array(item).min(1, `List at least one ${what}, or leave the ${what} condition out`).max(max);

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Hours on a desk's wall clock. A window whose end is before its start crosses midnight
 * (22:00–06:00); its early hours belong to the day it started on, so "Fri 22:00–06:00" covers
 * Saturday 03:00. `clock` says which moment is tested: when the post was captured (the
 * default, so a dry run over yesterday's cases shows what would have happened then) or when
 * the case is routed (a backlog handed out when a shift starts).
 */
export const TimeWindowSchema = z
  .strictObject({
    start: z.string().regex(CLOCK_TIME, 'A start time like 09:00'),
    end: z
      .string()
      .refine(
        (t) => t === '24:00' || CLOCK_TIME.test(t),
        'An end time like 17:30 (24:00: midnight)',
      ),
    days: z
      .array(z.number().int().min(1).max(7, 'Days are 1 (Monday) to 7 (Sunday)'))
      .min(1, 'Pick at least one day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each day only once')
      .default(() => [...ISO_WEEKDAYS]),
    timeZone: z.string().max(100),
    clock: z.enum(['captured', 'routed']).default('captured'),
  })
  .superRefine((window, ctx) => {
    if (!IANAZone.isValidZone(window.timeZone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeZone'],
        message: `Unknown time zone "${window.timeZone.slice(0, 40)}": use an IANA name such as Europe/Berlin`,
      });
    }
    if (window.start === window.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `The window starts and ends at ${window.start}, so it is empty; for a whole day use 00:00 to 24:00`,
      });
    }
  });
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

const amount = z.number().finite().nonnegative('A lifetime value is 0 or more').max(1e12);

export const CustomerConditionSchema = z
  .strictObject({
    vip: z.boolean().optional(),
    /**
     * Bounds on the lifetime value, both inclusive. Amounts are compared as they are (no
     * exchange rates offline, as in priority.ts); with a currency, a value in another
     * currency does not match rather than being compared as if it were the same money.
     */
    lifetimeValue: z
      .strictObject({
        atLeast: amount.optional(),
        atMost: amount.optional(),
        currency: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code such as EUR')
          .optional(),
      })
      .refine((v) => v.atLeast !== undefined || v.atMost !== undefined, {
        message: 'Give a lowest or a highest lifetime value, or leave the condition out',
      })
      .refine((v) => v.atLeast === undefined || v.atMost === undefined || v.atLeast <= v.atMost, {
        message: 'The lowest lifetime value is above the highest: no customer could match',
        path: ['atMost'],
      })
      .optional(),
    segments: listOf(z.string().trim().min(1).max(60), 'segment').optional(),
  })
  .refine((c) => c.vip !== undefined || c.lifetimeValue || c.segments, {
    message: 'Say what the customer must be (VIP, lifetime value or segment), or leave it out',
  });

/** Every condition is optional; those present must all hold. */
export const RuleConditionsSchema = z.strictObject({
  channels: listOf(PlatformSchema, 'channel').optional(),
  /** Lower-case, as topicsOf (lib/cases/topics.ts) and the experts' topics are. */
  topics: listOf(z.string().trim().toLowerCase().min(1).max(120), 'topic').optional(),
  /** Language tags as sites label posts ("en", "pt-BR"); "en" also matches "en-GB". */
  languages: listOf(
    z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, 'A language tag like en or pt-BR'),
    'language',
  ).optional(),
  /** Any of them, as whole words, whatever the case; taken literally (no patterns). */
  keywords: listOf(
    z.string().trim().min(1, 'A keyword cannot be empty').max(ROUTING_LIMITS.keyword),
    'keyword',
    ROUTING_LIMITS.keywords,
  ).optional(),
  customer: CustomerConditionSchema.optional(),
  priorities: listOf(z.enum(PRIORITIES), 'priority').optional(),
  timeWindow: TimeWindowSchema.optional(),
});
export type RuleConditions = z.infer<typeof RuleConditionsSchema>;

const AssignAgentSchema = z.strictObject({ kind: z.literal('agent'), agent: AgentNameSchema });
const AssignGroupSchema = z.strictObject({ kind: z.literal('group'), group: id });
const UnassignedSchema = z.strictObject({ kind: z.literal('unassigned') });

export const RoutingActionSchema = z.discriminatedUnion('kind', [
  AssignAgentSchema,
  AssignGroupSchema,
  /** The expert covering the case's topic; the fallback when no available expert does. */
  z.strictObject({
    kind: z.literal('expert'),
    fallback: z.discriminatedUnion('kind', [AssignAgentSchema, AssignGroupSchema]),
  }),
  /** Leaves the case in the shared queue, and stops there. */
  UnassignedSchema,
]);
export type RoutingAction = z.infer<typeof RoutingActionSchema>;

export const GROUP_STRATEGIES = ['round-robin', 'least-loaded'] as const;
export type GroupStrategy = (typeof GROUP_STRATEGIES)[number];

/** Agents who share work, in their round-robin order. */
export const AgentGroupSchema = z
  .strictObject({
    id,
    name: name('A group'),
    strategy: z.enum(GROUP_STRATEGIES),
    agents: z.array(AgentNameSchema).max(ROUTING_LIMITS.agents),
  })
  .superRefine((group, ctx) => {
    const names = group.agents.map((agent) => agent.toLowerCase());
    const problem =
      names.length === 0
        ? 'has no agents: add one, or remove the group'
        : new Set(names).size !== names.length
          ? 'names an agent twice'
          : null;
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['agents'],
        message: `Group “${group.name}” ${problem}`,
      });
    }
  });
export type AgentGroup = z.infer<typeof AgentGroupSchema>;

/** A saved reply to prefill when the rule fires (lib/replies); only carried through here. */
const acknowledgementReplyId = id.nullable().default(null);

export const RoutingRuleSchema = z.strictObject({
  id,
  name: name('A rule'),
  enabled: z.boolean().default(true),
  conditions: RuleConditionsSchema.default({}),
  action: RoutingActionSchema,
  acknowledgementReplyId,
});
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

export const RoutingRulesSchema = z
  .strictObject({
    groups: z.array(AgentGroupSchema).max(ROUTING_LIMITS.groups).default([]),
    /** In order: the first enabled rule whose conditions hold and finds someone fires. */
    rules: z.array(RoutingRuleSchema).max(ROUTING_LIMITS.rules),
    /** What happens when no rule fires. */
    default: z.strictObject({ action: RoutingActionSchema, acknowledgementReplyId }),
  })
  .superRefine((set, ctx) => {
    for (const { path, message } of crossIssues(set))
      ctx.addIssue({ code: 'custom', path, message });
  });
export type RoutingRules = z.infer<typeof RoutingRulesSchema>;
export type RoutingRulesInput = z.input<typeof RoutingRulesSchema>;

/** Per group id, the agent it gave the last case to: round-robin resumes after them. */
export const RoundRobinCursorsSchema = z.record(id, AgentNameSchema);
export type RoundRobinCursors = z.infer<typeof RoundRobinCursorsSchema>;

/** What the field schemas cannot see: ids used twice, groups named but not defined. */
function crossIssues(set: Pick<RoutingRules, 'groups' | 'rules' | 'default'>) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const twice = (ids: string[], what: string, at: string) =>
    ids.forEach((value, i) => {
      if (ids.indexOf(value) !== i) {
        issues.push({ path: [at, i, 'id'], message: `Two ${what} have the id “${value}”` });
      }
    });
  twice(
    set.groups.map((g) => g.id),
    'groups',
    'groups',
  );
  twice(
    set.rules.map((r) => r.id),
    'rules',
    'rules',
  );
  const groupIds = new Set(set.groups.map((g) => g.id));
  const checkGroup = (action: RoutingAction, path: (string | number)[], who: string) => {
    const target = action.kind === 'expert' ? action.fallback : action;
    if (target.kind !== 'group' || groupIds.has(target.group)) return;
    const at = action.kind === 'expert' ? [...path, 'fallback', 'group'] : [...path, 'group'];
    issues.push({
      path: at,
      message: `${who} assigns to group “${target.group}”, which is not defined`,
    });
  };
  set.rules.forEach((rule, i) =>
    checkGroup(rule.action, ['rules', i, 'action'], `Rule ${i + 1} “${rule.name}”`),
  );
  checkGroup(set.default.action, ['default', 'action'], 'The default');
  return issues;
}
