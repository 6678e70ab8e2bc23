import { describe, expect, it } from 'vitest';
import {
  RoundRobinCursorsSchema,
  RoutingRulesSchema,
  type RoutingRulesInput,
} from '@/lib/routing/rule-schema';

type RuleInput = RoutingRulesInput['rules'][number];

const rule = (change: Partial<RuleInput> = {}): RuleInput => ({
  id: 'r1',
  name: 'VIP',
  action: { kind: 'agent', agent: 'Ana' },
  ...change,
});
const set = (change: Partial<RoutingRulesInput> = {}): RoutingRulesInput => ({
  groups: [{ id: 'night', name: 'Night', strategy: 'round-robin', agents: ['Ana'] }],
  rules: [rule()],
  default: { action: { kind: 'unassigned' } },
  ...change,
});
const withConditions = (conditions: RuleInput['conditions']) =>
  set({ rules: [rule({ conditions })] });

/** Each refusal as "path: message", the way a settings page would show it beside a field. */
function refusals(input: unknown): string[] {
  const result = RoutingRulesSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const window = { start: '09:00', end: '17:00', timeZone: 'Europe/Berlin' };

describe('RoutingRulesSchema', () => {
  it('fills in what a rule may leave out', () => {
    const parsed = RoutingRulesSchema.parse({
      rules: [
        rule({
          conditions: {
            timeWindow: window,
            customer: { lifetimeValue: { atLeast: 100, currency: 'eur' } },
          },
        }),
      ],
      default: { action: { kind: 'unassigned' } },
    });
    expect(parsed).toEqual({
      groups: [],
      rules: [
        {
          id: 'r1',
          name: 'VIP',
          enabled: true,
          conditions: {
            timeWindow: { ...window, days: [1, 2, 3, 4, 5, 6, 7], clock: 'captured' },
            customer: { lifetimeValue: { atLeast: 100, currency: 'EUR' } },
          },
          action: { kind: 'agent', agent: 'Ana' },
          acknowledgementReplyId: null,
        },
      ],
      default: { action: { kind: 'unassigned' }, acknowledgementReplyId: null },
    });
  });

  it('accepts a window across midnight and one ending at 24:00', () => {
    expect(
      refusals(withConditions({ timeWindow: { ...window, start: '22:00', end: '06:00' } })),
    ).toEqual([]);
    expect(
      refusals(withConditions({ timeWindow: { ...window, start: '00:00', end: '24:00' } })),
    ).toEqual([]);
  });

  it.each([
    [
      'an empty group',
      set({ groups: [{ id: 'night', name: 'Night', strategy: 'round-robin', agents: [] }] }),
      'groups.0.agents: Group “Night” has no agents: add one, or remove the group',
    ],
    [
      'an agent twice in a group',
      set({
        groups: [{ id: 'night', name: 'Night', strategy: 'least-loaded', agents: ['Ana', 'ana'] }],
      }),
      'groups.0.agents: Group “Night” names an agent twice',
    ],
    [
      'a group strategy it does not know',
      set({
        groups: [{ id: 'night', name: 'Night', strategy: 'random', agents: ['Ana'] }],
      } as never),
      'groups.0.strategy: Invalid option: expected one of "round-robin"|"least-loaded"',
    ],
    [
      'an unknown time zone',
      withConditions({ timeWindow: { ...window, timeZone: 'Mars/Olympus' } }),
      'rules.0.conditions.timeWindow.timeZone: Unknown time zone "Mars/Olympus": use an IANA name such as Europe/Berlin',
    ],
    [
      'a window that starts when it ends',
      withConditions({ timeWindow: { ...window, start: '09:00', end: '09:00' } }),
      'rules.0.conditions.timeWindow.end: The window starts and ends at 09:00, so it is empty; for a whole day use 00:00 to 24:00',
    ],
    [
      'a start that is not a time',
      withConditions({ timeWindow: { ...window, start: '24:00' } }),
      'rules.0.conditions.timeWindow.start: A start time like 09:00',
    ],
    [
      'an end that is not a time',
      withConditions({ timeWindow: { ...window, end: '9pm' } }),
      'rules.0.conditions.timeWindow.end: An end time like 17:30 (24:00: midnight)',
    ],
    [
      'a window on no day',
      withConditions({ timeWindow: { ...window, days: [] } }),
      'rules.0.conditions.timeWindow.days: Pick at least one day',
    ],
    [
      'a day 8',
      withConditions({ timeWindow: { ...window, days: [8] } }),
      'rules.0.conditions.timeWindow.days.0: Days are 1 (Monday) to 7 (Sunday)',
    ],
    [
      'a day twice',
      withConditions({ timeWindow: { ...window, days: [1, 1] } }),
      'rules.0.conditions.timeWindow.days: Each day only once',
    ],
    [
      'an empty channel list',
      withConditions({ channels: [] }),
      'rules.0.conditions.channels: List at least one channel, or leave the channel condition out',
    ],
    [
      'a blank keyword',
      withConditions({ keywords: ['refund', '   '] }),
      'rules.0.conditions.keywords.1: A keyword cannot be empty',
    ],
    [
      'a misspelt condition, which would match every case',
      withConditions({ channel: ['x'] } as never),
      'rules.0.conditions: Unrecognized key: "channel"',
    ],
    [
      'a customer condition that asks nothing',
      withConditions({ customer: {} }),
      'rules.0.conditions.customer: Say what the customer must be (VIP, lifetime value or segment), or leave it out',
    ],
    [
      'a lifetime value without bounds',
      withConditions({ customer: { lifetimeValue: {} } }),
      'rules.0.conditions.customer.lifetimeValue: Give a lowest or a highest lifetime value, or leave the condition out',
    ],
    [
      'a lowest value above the highest',
      withConditions({ customer: { lifetimeValue: { atLeast: 500, atMost: 100 } } }),
      'rules.0.conditions.customer.lifetimeValue.atMost: The lowest lifetime value is above the highest: no customer could match',
    ],
    [
      'a currency that is not a code',
      withConditions({ customer: { lifetimeValue: { atLeast: 1, currency: 'euro' } } }),
      'rules.0.conditions.customer.lifetimeValue.currency: A currency is a three-letter ISO 4217 code such as EUR',
    ],
    [
      'a language that is not a tag',
      withConditions({ languages: ['english!'] }),
      'rules.0.conditions.languages.0: A language tag like en or pt-BR',
    ],
    [
      'a rule without a name',
      set({ rules: [rule({ name: '  ' })] }),
      'rules.0.name: A rule needs a name',
    ],
    [
      'two rules with one id',
      set({ rules: [rule(), rule({ name: 'Other' })] }),
      'rules.1.id: Two rules have the id “r1”',
    ],
    [
      'a rule assigning to a group not defined',
      set({ rules: [rule({ action: { kind: 'group', group: 'day' } })] }),
      'rules.0.action.group: Rule 1 “VIP” assigns to group “day”, which is not defined',
    ],
    [
      'an expert fallback to a group not defined',
      set({
        rules: [rule({ action: { kind: 'expert', fallback: { kind: 'group', group: 'day' } } })],
      }),
      'rules.0.action.fallback.group: Rule 1 “VIP” assigns to group “day”, which is not defined',
    ],
    [
      'a default assigning to a group not defined',
      set({ default: { action: { kind: 'group', group: 'day' } } }),
      'default.action.group: The default assigns to group “day”, which is not defined',
    ],
  ])('refuses %s with a clear message', (_label, input, message) => {
    expect(refusals(input)).toContain(message);
  });

  it('refuses an expert action without a fallback', () => {
    const input = set({ rules: [rule({ action: { kind: 'expert' } as never })] });
    expect(refusals(input).some((line) => line.startsWith('rules.0.action.fallback:'))).toBe(true);
  });
});

describe('RoundRobinCursorsSchema', () => {
  it('keeps a last-assigned agent per group, and refuses a blank one', () => {
    expect(RoundRobinCursorsSchema.parse({ night: 'Ana' })).toEqual({ night: 'Ana' });
    expect(RoundRobinCursorsSchema.safeParse({ night: ' ' }).error?.issues[0]?.message).toBe(
      'An agent needs a name',
    );
  });
});
