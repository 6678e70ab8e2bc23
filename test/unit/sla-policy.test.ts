import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SLA_POLICIES,
  policyFor,
  SlaPolicySchema,
  waitingPauses,
  type SlaPolicy,
} from '@/lib/cases/sla-policy';
import type { Case } from '@/lib/db/schema';

const event = (at: number, from: string, to: string): Case['history'][number] => ({
  at,
  by: 'me',
  type: 'status',
  from,
  to,
});

describe('SLA policies', () => {
  it('the defaults are valid policies', () => {
    for (const policy of DEFAULT_SLA_POLICIES)
      expect(SlaPolicySchema.parse(policy)).toEqual(policy);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'IANA time zone'],
    [
      'a closing time before opening',
      { week: { 1: { open: '17:00', close: '09:00' } } },
      'closing time',
    ],
    ['a week with no open day', { week: {} }, 'at least one open day'],
    ['a malformed holiday', { holidays: ['25/12/2026'] }, 'a date like'],
  ])('refuses %s with a clear message', (_label, change, message) => {
    const base = DEFAULT_SLA_POLICIES[1]!;
    if (base.schedule.kind !== 'working-hours') throw new Error('fixture');
    const closedWeek = { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null };
    const hours = {
      ...base.schedule.hours,
      ...change,
      week: 'week' in change ? { ...closedWeek, ...change.week } : base.schedule.hours.week,
    };
    const result = SlaPolicySchema.safeParse({
      ...base,
      schedule: { kind: 'working-hours', hours },
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });

  it('picks the most specific policy for a channel and kind', () => {
    const xPublic: SlaPolicy = { ...DEFAULT_SLA_POLICIES[0]!, id: 'x-public', channel: 'x' };
    const policies = [...DEFAULT_SLA_POLICIES, xPublic];
    expect(policyFor(policies, 'x', 'public')?.id).toBe('x-public');
    expect(policyFor(policies, 'facebook', 'public')?.id).toBe('public-any');
    expect(policyFor(policies, 'x', 'direct')?.id).toBe('direct-any');
    expect(policyFor([], 'x', 'public')).toBeNull();
  });
});

describe('waitingPauses', () => {
  it('reads the stretches spent waiting on the customer from the history', () => {
    const history = [
      { at: 1, by: 'me', type: 'created' as const, from: null, to: 'new' },
      event(10, 'new', 'waiting'),
      event(20, 'waiting', 'open'),
      event(30, 'open', 'waiting'),
    ];
    expect(waitingPauses(history)).toEqual([
      { from: 10, to: 20 },
      { from: 30, to: null },
    ]);
    expect(waitingPauses([])).toEqual([]);
    // Resolved (or closed) and reopened later: the clock stood still meanwhile.
    expect(waitingPauses([event(5, 'new', 'resolved'), event(50, 'resolved', 'open')])).toEqual([
      { from: 5, to: 50 },
    ]);
    expect(waitingPauses([event(5, 'new', 'waiting'), event(9, 'waiting', 'closed')])).toEqual([
      { from: 5, to: null },
    ]);
  });
});
