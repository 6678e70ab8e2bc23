import { describe, expect, it } from 'vitest';
import { routeCase, type RoutingContext, type RoutingExpert } from '@/lib/routing/route';
import type { GroupStrategy, RoundRobinCursors } from '@/lib/routing/rule-schema';
import { caseFacts, desk, ruleSet } from '../support/routing';

const groupRules = (strategy: GroupStrategy, agents = ['Ana', 'Ben', 'Cleo']) =>
  ruleSet({
    groups: [{ id: 'support', name: 'Support', strategy, agents }],
    rules: [],
    default: { action: { kind: 'group', group: 'support' } },
  });

/** Routes `count` cases one after the other, storing the cursor as the caller would. */
function routeMany(
  count: number,
  rules: ReturnType<typeof groupRules>,
  context: Partial<RoutingContext> & { countOpen?: boolean } = {},
) {
  let cursors: RoundRobinCursors = context.cursors ?? {};
  const open: Record<string, number> = { ...context.openCases };
  const assignees: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const decision = routeCase(caseFacts(), rules, desk({ ...context, cursors, openCases: open }));
    cursors = decision.cursors;
    assignees.push(decision.assignee);
    if (context.countOpen && decision.assignee) {
      open[decision.assignee] = (open[decision.assignee] ?? 0) + 1;
    }
  }
  return { assignees, cursors };
}

const tally = (names: (string | null)[]) =>
  names.reduce<Record<string, number>>((counts, name) => {
    counts[String(name)] = (counts[String(name)] ?? 0) + 1;
    return counts;
  }, {});

describe('round-robin', () => {
  it('takes turns in the group order and hands back the cursor', () => {
    const { assignees, cursors } = routeMany(5, groupRules('round-robin'));
    expect(assignees).toEqual(['Ana', 'Ben', 'Cleo', 'Ana', 'Ben']);
    expect(cursors).toEqual({ support: 'Ben' });
  });

  it('is fair over many cases: each agent within one of the others', () => {
    const agents = ['Ana', 'Ben', 'Cleo', 'Dov', 'Eve', 'Fin', 'Gus'];
    const { assignees } = routeMany(1000, groupRules('round-robin', agents), {
      available: agents,
    });
    // 1000 = 7 × 142 + 6: the first six in the order get 143, the last 142.
    expect(tally(assignees)).toEqual({
      Ana: 143,
      Ben: 143,
      Cleo: 143,
      Dov: 143,
      Eve: 143,
      Fin: 143,
      Gus: 142,
    });
  });

  it('skips an agent who is away, and resumes after the one it gave the last case to', () => {
    const rules = groupRules('round-robin');
    const away = routeMany(3, rules, { available: ['Ana', 'Cleo'], cursors: { support: 'Ana' } });
    expect(away.assignees).toEqual(['Cleo', 'Ana', 'Cleo']);
    const back = routeMany(3, rules, { cursors: away.cursors });
    expect(back.assignees).toEqual(['Ana', 'Ben', 'Cleo']);
  });

  it('reads a cursor whatever its case, and starts over when its agent left the group', () => {
    const rules = groupRules('round-robin');
    expect(routeMany(1, rules, { cursors: { support: 'ben' } }).assignees).toEqual(['Cleo']);
    expect(routeMany(1, rules, { cursors: { support: 'Zed' } }).assignees).toEqual(['Ana']);
  });
});

describe('least-loaded', () => {
  it('picks the agent with the fewest open cases', () => {
    const decision = routeCase(
      caseFacts(),
      groupRules('least-loaded'),
      desk({ openCases: { Ana: 5, Ben: 2, Cleo: 3 } }),
    );
    expect(decision.assignee).toBe('Ben');
    expect(decision.strategy).toBe('least-loaded');
    expect(decision.cursors).toEqual({ support: 'Ben' });
    expect(decision.explanation[0]?.text).toBe(
      "Default: Ben (least loaded, 2 open in group 'Support')",
    );
  });

  it('follows the counts as they change, ties going in round-robin order', () => {
    // Worked by hand: Ben 0 < Cleo 1 < Ana 3; then Ben and Cleo tie and take turns (each
    // tie goes to the one after the last assigned) until both reach Ana's 3.
    const { assignees } = routeMany(7, groupRules('least-loaded'), {
      openCases: { Ana: 3, Ben: 0, Cleo: 1 },
      countOpen: true,
    });
    expect(assignees).toEqual(['Ben', 'Cleo', 'Ben', 'Cleo', 'Ben', 'Cleo', 'Ana']);
  });

  it('turns to an agent whose cases were closed', () => {
    const rules = groupRules('least-loaded');
    const first = routeCase(caseFacts(), rules, desk({ openCases: { Ana: 2, Ben: 2, Cleo: 2 } }));
    expect(first.assignee).toBe('Ana');
    const next = routeCase(
      caseFacts(),
      rules,
      desk({ cursors: first.cursors, openCases: { Ana: 3, Ben: 2, Cleo: 0 } }),
    );
    expect(next.assignee).toBe('Cleo');
  });

  it('shares evenly when loads stay equal, and over many counted cases', () => {
    expect(routeMany(4, groupRules('least-loaded')).assignees).toEqual([
      'Ana',
      'Ben',
      'Cleo',
      'Ana',
    ]);
    const counted = routeMany(300, groupRules('least-loaded'), { countOpen: true });
    expect(tally(counted.assignees)).toEqual({ Ana: 100, Ben: 100, Cleo: 100 });
  });

  it('passes over an agent who is away, however idle', () => {
    const decision = routeCase(
      caseFacts(),
      groupRules('least-loaded'),
      desk({ available: ['Ana', 'Cleo'], openCases: { Ana: 4, Ben: 0, Cleo: 3 } }),
    );
    expect(decision.assignee).toBe('Cleo');
  });

  it('counts a negative or non-number count as none, not as the lightest load', () => {
    const rules = groupRules('least-loaded');
    const negative = routeCase(
      caseFacts(),
      rules,
      desk({ cursors: { support: 'Ana' }, openCases: { Ana: -5, Ben: 0, Cleo: 1 } }),
    );
    expect(negative.assignee).toBe('Ben');
    const notANumber = routeCase(
      caseFacts(),
      rules,
      desk({ cursors: { support: 'Cleo' }, openCases: { Ana: 1, Ben: Number.NaN, Cleo: 1 } }),
    );
    expect(notANumber.assignee).toBe('Ben');
  });
});

describe('experts', () => {
  const experts: RoutingExpert[] = [
    { id: 'e1', name: 'dana', topics: ['billing', 'refund'] },
    { id: 'e2', name: 'Eli', topics: ['billing'] },
    { id: 'e3', name: 'Fay', topics: ['login'] },
    { id: 'e4', name: 'Gil', topics: ['shipping'], deleted: true },
  ];
  const team = ['Ana', 'Ben', 'Dana', 'Eli', 'Fay', 'Gil'];
  const rules = ruleSet({
    groups: [{ id: 'support', name: 'Support', strategy: 'round-robin', agents: ['Ana', 'Ben'] }],
    rules: [
      {
        id: 'login',
        name: 'Login expert',
        conditions: { topics: ['login'] },
        action: { kind: 'expert', fallback: { kind: 'agent', agent: 'Zed' } },
      },
      {
        id: 'experts',
        name: 'Experts',
        action: { kind: 'expert', fallback: { kind: 'group', group: 'support' } },
      },
    ],
    default: { action: { kind: 'unassigned' } },
  });
  const route = (topics: string[], change: Partial<RoutingContext> = {}) =>
    routeCase(caseFacts({ topics }), rules, desk({ available: team, experts, ...change }));

  it('picks the expert covering most of the case topics', () => {
    // Eli comes first in this directory, but Dana covers both topics.
    const decision = route(['refund', 'billing'], { experts: [...experts].reverse() });
    expect(decision.assignee).toBe('Dana');
    expect(decision.strategy).toBe('expert');
    expect(decision.explanation[1]?.text).toBe(
      "Rule 2 'Experts': fired — no conditions → Dana (expert for 'billing', 'refund')",
    );
  });

  it('among equal experts the least loaded, then the first in the directory', () => {
    expect(route(['billing'], { openCases: { Dana: 4, Eli: 1 } }).assignee).toBe('Eli');
    expect(route(['billing'], { openCases: { Dana: 1, Eli: 1 } }).assignee).toBe('Dana');
  });

  it('looks only at the topics the rule asked for', () => {
    const decision = route(['billing', 'refund', 'login']);
    expect(decision.firedRule).toMatchObject({ id: 'login' });
    expect(decision.assignee).toBe('Fay');
  });

  it('falls back to the group when no expert covers the topic', () => {
    const decision = route(['shipping'], { cursors: { support: 'Ana' } });
    expect(decision.assignee).toBe('Ben');
    expect(decision.strategy).toBe('round-robin');
    expect(decision.cursors).toEqual({ support: 'Ben' });
    expect(decision.explanation[1]?.text).toBe(
      "Rule 2 'Experts': fired — no conditions → no expert covers 'shipping'; fallback to Ben (round-robin in group 'Support')",
    );
  });

  it('falls back when the experts are away, naming them', () => {
    const decision = route(['billing'], { available: ['Ana', 'Ben'] });
    expect(decision.assignee).toBe('Ana');
    expect(decision.explanation[1]?.text).toContain(
      "no available expert for 'billing' ('dana' or 'Eli' not available); fallback to Ana",
    );
  });

  it('falls through to the next rule when the fallback is away too', () => {
    const decision = route(['login'], { available: ['Ana', 'Ben'] });
    expect(decision.explanation[0]).toMatchObject({
      outcome: 'nobody-available',
      text: "Rule 1 'Login expert': matched (topic 'login') but no available expert for 'login' ('Fay' not available); fallback 'Zed' is not available; trying the next rule",
    });
    expect(decision.firedRule).toMatchObject({ id: 'experts' });
    expect(decision.assignee).toBe('Ana');
  });
});
