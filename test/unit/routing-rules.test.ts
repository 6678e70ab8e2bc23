import { describe, expect, it } from 'vitest';
import { routeCase } from '@/lib/routing/route';
import { caseFacts, desk, ruleSet, VIP_CUSTOMER } from '../support/routing';

const rules = ruleSet({
  groups: [{ id: 'billing', name: 'Billing', strategy: 'round-robin', agents: ['Ben', 'Cleo'] }],
  rules: [
    {
      id: 'vip-billing',
      name: 'VIP billing',
      conditions: { topics: ['billing'], customer: { vip: true } },
      action: { kind: 'agent', agent: 'Ana' },
      acknowledgementReplyId: 'reply-vip',
    },
    {
      id: 'billing',
      name: 'Billing',
      conditions: { channels: ['x'], topics: ['billing'] },
      action: { kind: 'group', group: 'billing' },
    },
    {
      id: 'all-x',
      name: 'Everything on X',
      conditions: { channels: ['x'] },
      action: { kind: 'agent', agent: 'Cleo' },
    },
  ],
  default: { action: { kind: 'unassigned' }, acknowledgementReplyId: 'reply-thanks' },
});

describe('routeCase: rule order and the default', () => {
  it('the first rule that holds wins, though later ones hold too', () => {
    const decision = routeCase(
      caseFacts({ topics: ['billing'], customer: VIP_CUSTOMER }),
      rules,
      desk(),
    );
    expect(decision.firedRule).toEqual({ id: 'vip-billing', name: 'VIP billing', position: 1 });
    expect(decision.assignee).toBe('Ana');
    expect(decision.strategy).toBe('agent');
    expect(decision.acknowledgementReplyId).toBe('reply-vip');
    expect(decision.explanation.map((t) => t.text)).toEqual([
      "Rule 1 'VIP billing': fired — topic 'billing', VIP → Ana",
    ]);
  });

  it('explains each rule it passed over, in order, and why', () => {
    const decision = routeCase(caseFacts({ topics: ['billing', 'refund'] }), rules, desk());
    expect(decision.firedRule).toEqual({ id: 'billing', name: 'Billing', position: 2 });
    expect(decision.assignee).toBe('Ben');
    expect(decision.acknowledgementReplyId).toBeNull();
    expect(decision.explanation.map((t) => [t.ruleId, t.position, t.outcome, t.text])).toEqual([
      ['vip-billing', 1, 'skipped', "Rule 1 'VIP billing': skipped — no customer record"],
      [
        'billing',
        2,
        'fired',
        "Rule 2 'Billing': fired — channel X, topic 'billing' → Ben (round-robin in group 'Billing')",
      ],
    ]);
  });

  it('a customer who is not VIP is said so', () => {
    const decision = routeCase(
      caseFacts({ topics: ['billing'], customer: { ...VIP_CUSTOMER, vip: false } }),
      rules,
      desk(),
    );
    expect(decision.explanation[0]?.text).toBe(
      "Rule 1 'VIP billing': skipped — customer is not VIP",
    );
  });

  it('uses the default when no rule holds, with its acknowledgement', () => {
    const decision = routeCase(caseFacts({ channel: 'reddit', topics: ['login'] }), rules, desk());
    expect(decision.firedRule).toBe('default');
    expect(decision.assignee).toBeNull();
    expect(decision.strategy).toBe('unassigned');
    expect(decision.acknowledgementReplyId).toBe('reply-thanks');
    expect(decision.explanation.map((t) => t.outcome)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'fired',
    ]);
    expect(decision.explanation[2]?.text).toBe(
      "Rule 3 'Everything on X': skipped — channel is Reddit, not X",
    );
    expect(decision.explanation[3]).toEqual({
      ruleId: 'default',
      position: null,
      outcome: 'fired',
      text: 'Default: left unassigned',
    });
  });

  it('skips a disabled rule and says so', () => {
    const off = ruleSet({
      ...rules,
      rules: rules.rules.map((r) => (r.id === 'vip-billing' ? { ...r, enabled: false } : r)),
    });
    const decision = routeCase(
      caseFacts({ topics: ['billing'], customer: VIP_CUSTOMER }),
      off,
      desk(),
    );
    expect(decision.explanation[0]).toMatchObject({
      outcome: 'disabled',
      text: "Rule 1 'VIP billing': skipped — disabled",
    });
    expect(decision.firedRule).toMatchObject({ id: 'billing' });
  });

  it('a rule whose agent is away falls through to the next, and says so', () => {
    const decision = routeCase(
      caseFacts({ topics: ['billing'], customer: VIP_CUSTOMER }),
      rules,
      desk({ available: ['Ben', 'Cleo'] }),
    );
    expect(decision.explanation[0]).toMatchObject({
      outcome: 'nobody-available',
      text: "Rule 1 'VIP billing': matched (topic 'billing', VIP) but 'Ana' is not available; trying the next rule",
    });
    expect(decision.assignee).toBe('Ben');
  });

  it('a group with nobody available falls through to the next rule', () => {
    const decision = routeCase(
      caseFacts({ topics: ['billing'] }),
      rules,
      desk({ available: ['Ana'] }),
    );
    expect(decision.explanation[1]?.text).toBe(
      "Rule 2 'Billing': matched (channel X, topic 'billing') but nobody in group 'Billing' is available; trying the next rule",
    );
    expect(decision.explanation[2]?.text).toContain("Rule 3 'Everything on X': matched");
    expect(decision.firedRule).toBe('default');
    expect(decision.assignee).toBeNull();
  });

  it('a default with nobody available leaves the case unassigned, cursors untouched', () => {
    const set = ruleSet({ rules: [], default: { action: { kind: 'agent', agent: 'Dora' } } });
    const cursors = { billing: 'Cleo' };
    const decision = routeCase(caseFacts(), set, desk({ cursors }));
    expect(decision).toEqual({
      firedRule: 'default',
      assignee: null,
      strategy: null,
      acknowledgementReplyId: null,
      explanation: [
        {
          ruleId: 'default',
          position: null,
          outcome: 'nobody-available',
          text: "Default: 'Dora' is not available; left unassigned",
        },
      ],
      cursors: { billing: 'Cleo' },
    });
  });

  it('a rule without conditions fires for every case', () => {
    const set = ruleSet({
      rules: [{ id: 'all', name: 'All', action: { kind: 'agent', agent: 'cleo' } }],
      default: { action: { kind: 'unassigned' } },
    });
    const decision = routeCase(caseFacts({ channel: 'youtube' }), set, desk());
    // Spelt as the team's list spells the agent, whatever the rule wrote.
    expect(decision.assignee).toBe('Cleo');
    expect(decision.explanation[0]?.text).toBe("Rule 1 'All': fired — no conditions → Cleo");
  });

  it('changes nothing it was given', () => {
    const context = desk({ cursors: { billing: 'Ben' }, openCases: { Ben: 2 } });
    const before = JSON.stringify([context, rules]);
    const decision = routeCase(caseFacts({ topics: ['billing'] }), rules, context);
    expect(decision.cursors).toEqual({ billing: 'Cleo' });
    expect(JSON.stringify([context, rules])).toBe(before);
  });
});
