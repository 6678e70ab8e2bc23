import { describe, expect, it } from 'vitest';
import { routeCase, type RoutingInput } from '@/lib/routing/route';
import type { RoutingRulesInput } from '@/lib/routing/rule-schema';
import { caseFacts, desk, oneRule, ruleSet, VIP_CUSTOMER } from '../support/routing';

type Conditions = RoutingRulesInput['rules'][number]['conditions'];

/** The one rule's line of the explanation: "fired — …" or "skipped — …". */
const verdict = (conditions: Conditions, facts: Partial<RoutingInput>) => {
  const decision = routeCase(caseFacts(facts), oneRule(conditions), desk());
  const line = decision.explanation[0]?.text ?? '';
  return line.replace("Rule 1 'Only rule': ", '').replace(/ → Ana$/, '');
};

describe('keywords', () => {
  const refund = { keywords: ['refund', 'chargeback'] };

  it.each([
    ['I want a REFUND now', true],
    ['refund!', true],
    ['(Refund) please', true],
    ['#refund', true],
    ['I was refunded', false],
    ['prerefund offer', false],
    ['see refund_id 42', false],
  ])('matches whole words only, whatever the case: %s', (text, found) => {
    expect(verdict(refund, { text })).toBe(
      found
        ? "fired — keyword 'refund'"
        : "skipped — the text does not mention 'refund' or 'chargeback'",
    );
  });

  it('knows word edges in any script', () => {
    expect(verdict({ keywords: ['störung'] }, { text: 'Große STÖRUNG heute' })).toBe(
      "fired — keyword 'störung'",
    );
    expect(verdict({ keywords: ['störung'] }, { text: 'Störungen seit gestern' })).toMatch(
      /^skipped/,
    );
    expect(verdict({ keywords: ['ошибка'] }, { text: 'Ошибка входа' })).toMatch(/^fired/);
  });

  it('lets the words of a phrase stand apart by any white space', () => {
    const card = { keywords: ['credit card'] };
    expect(verdict(card, { text: 'my credit\n  card was charged' })).toBe(
      "fired — keyword 'credit card'",
    );
    expect(verdict(card, { text: 'two credit cards' })).toMatch(/^skipped/);
  });

  it('matches as the watch list does: accents, invisible characters and styled letters aside', () => {
    const cafe = { keywords: ['Cafe'] };
    expect(verdict(cafe, { text: 'Le CAFÉ est fermé' })).toBe("fired — keyword 'Cafe'");
    expect(verdict(cafe, { text: 'ca\u200Bfe closed' })).toBe("fired — keyword 'Cafe'");
    expect(verdict(cafe, { text: '\u{1D402}\u{1D41A}\u{1D41F}\u{1D41E} closed' })).toBe(
      "fired — keyword 'Cafe'",
    );
    expect(verdict(cafe, { text: 'cafeteria' })).toMatch(/^skipped/);
  });

  it('names the keyword found earliest in the text', () => {
    expect(verdict(refund, { text: 'chargeback filed, refund refused' })).toBe(
      "fired — keyword 'chargeback'",
    );
  });

  it('takes regular-expression characters literally', () => {
    const odd = { keywords: ['a.b', '(refund', 'c++', '.*', '\\d', '[x]'] };
    expect(verdict(odd, { text: 'axb and anything 5 x' })).toMatch(/^skipped/);
    expect(verdict(odd, { text: 'see a.b now' })).toBe("fired — keyword 'a.b'");
    expect(verdict(odd, { text: 'I write c++ daily' })).toBe("fired — keyword 'c++'");
    expect(verdict(odd, { text: 'typed \\d here' })).toBe("fired — keyword '\\d'");
    expect(verdict(odd, { text: 'no (refund yet' })).toBe("fired — keyword '(refund'");
  });
});

describe('customer conditions', () => {
  it('needs a customer record', () => {
    expect(verdict({ customer: { vip: true } }, { customer: null })).toBe(
      'skipped — no customer record',
    );
  });

  it('VIP, lifetime value and segment together, each said', () => {
    const wanted = { vip: true, lifetimeValue: { atLeast: 10_000 }, segments: ['enterprise'] };
    expect(verdict({ customer: wanted }, { customer: VIP_CUSTOMER })).toBe(
      "fired — VIP, lifetime value 12,500 EUR, segment 'enterprise'",
    );
    expect(verdict({ customer: { vip: false } }, { customer: VIP_CUSTOMER })).toBe(
      'skipped — customer is VIP',
    );
  });

  it.each([
    [{ atLeast: 12_500 }, 'fired — lifetime value 12,500 EUR'],
    [{ atMost: 12_500 }, 'fired — lifetime value 12,500 EUR'],
    [{ atLeast: 12_500.01 }, 'skipped — lifetime value 12,500 EUR is below 12,500.01'],
    [{ atMost: 1_000 }, 'skipped — lifetime value 12,500 EUR is above 1,000'],
    [{ atLeast: 1, currency: 'usd' }, "skipped — lifetime value is in 'EUR', not USD"],
    [{ atLeast: 1, currency: 'EUR' }, 'fired — lifetime value 12,500 EUR'],
  ])('lifetime value %j (bounds inclusive)', (lifetimeValue, expected) => {
    expect(verdict({ customer: { lifetimeValue } }, { customer: VIP_CUSTOMER })).toBe(expected);
  });

  it('a customer without a value or a segment does not match either', () => {
    const bare = { vip: false, lifetimeValue: null, segment: ' ' };
    expect(verdict({ customer: { lifetimeValue: { atMost: 5 } } }, { customer: bare })).toBe(
      'skipped — customer has no lifetime value',
    );
    expect(verdict({ customer: { segments: ['smb'] } }, { customer: bare })).toBe(
      'skipped — customer has no segment',
    );
  });

  it('segments compare whatever their case', () => {
    const customer = { ...VIP_CUSTOMER, segment: 'SMB' };
    expect(verdict({ customer: { segments: ['smb'] } }, { customer })).toBe(
      "fired — segment 'smb'",
    );
    expect(verdict({ customer: { segments: ['enterprise', 'mid-market'] } }, { customer })).toBe(
      "skipped — segment is 'SMB', not 'enterprise' or 'mid-market'",
    );
  });
});

describe('channel, language, topic and priority', () => {
  it.each([
    [{ channels: ['x', 'reddit'] }, { channel: 'reddit' }, 'fired — channel Reddit'],
    [
      { channels: ['x', 'reddit'] },
      { channel: 'youtube' },
      'skipped — channel is YouTube, not X or Reddit',
    ],
    [{ languages: ['de'] }, { language: 'de-AT' }, 'fired — language de'],
    [{ languages: ['de'] }, { language: 'DE' }, 'fired — language de'],
    [{ languages: ['de'] }, { language: 'den' }, "skipped — language is 'den', not de"],
    [{ languages: ['de'] }, { language: null }, 'skipped — language unknown'],
    [{ topics: ['billing'] }, { topics: ['Billing '] }, "fired — topic 'billing'"],
    [
      { topics: ['billing', 'refund'] },
      { topics: ['login'] },
      "skipped — topics do not include 'billing' or 'refund'",
    ],
    [{ topics: ['billing'] }, { topics: [] }, 'skipped — the case has no topics'],
    [{ priorities: ['P1', 'P2'] }, { priority: 'P3' }, 'skipped — priority is P3, not P1 or P2'],
    [{ priorities: ['P1', 'P2'] }, { priority: 'P2' }, 'fired — priority P2'],
  ] as [Conditions, Partial<RoutingInput>, string][])('%j on %j', (conditions, facts, expected) => {
    expect(verdict(conditions, facts)).toBe(expected);
  });

  it('every condition must hold; the first that fails is named', () => {
    const conditions: Conditions = { channels: ['x'], priorities: ['P1'], keywords: ['outage'] };
    expect(verdict(conditions, { priority: 'P1', text: 'total outage' })).toBe(
      "fired — channel X, priority P1, keyword 'outage'",
    );
    expect(verdict(conditions, { priority: 'P2', text: 'total outage' })).toBe(
      'skipped — priority is P2, not P1',
    );
  });
});

describe('hostile input', () => {
  it('searches a huge text only as far as a stored case holds, and quickly', () => {
    const filler = 'lorem ipsum '.repeat(500_000); // 6 MB
    const keywords = Array.from({ length: 199 }, (_, i) => `word${i}`).concat('refund');
    const early = `${filler.slice(0, 50_000)} refund ${filler}`;
    const late = `${filler} refund`;
    const started = performance.now();
    expect(verdict({ keywords }, { text: early })).toBe("fired — keyword 'refund'");
    expect(verdict({ keywords }, { text: late })).toMatch(/^skipped — the text does not mention/);
    // A hang detector, not a benchmark: both searches stop at 100,000 characters.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('an unknown channel matches no channel condition and breaks nothing else', () => {
    const facts = { channel: 'myspace' } as unknown as Partial<RoutingInput>;
    expect(verdict({ channels: ['x'] }, facts)).toBe(
      "skipped — channel 'myspace' is not one Casebook knows",
    );
    expect(verdict({ channels: ['x'] }, { channel: 'constructor' } as never)).toBe(
      "skipped — channel 'constructor' is not one Casebook knows",
    );
    expect(verdict({ priorities: ['P3'] }, facts)).toBe('fired — priority P3');
  });

  it('clips long values in the explanation', () => {
    const customer = { ...VIP_CUSTOMER, segment: 'x'.repeat(10_000) };
    const line = verdict({ customer: { segments: ['smb'] } }, { customer });
    expect(line).toBe(`skipped — segment is '${'x'.repeat(39)}…', not 'smb'`);
  });

  it('a group id or agent name like "__proto__" is only a name', () => {
    const rules = ruleSet({
      groups: [
        { id: '__proto__', name: 'Proto', strategy: 'round-robin', agents: ['Ana', 'constructor'] },
      ],
      rules: [],
      default: { action: { kind: 'group', group: '__proto__' } },
    });
    const context = desk({ available: ['Ana', 'constructor'] });
    const first = routeCase(caseFacts(), rules, context);
    expect(first.assignee).toBe('Ana');
    expect(Object.hasOwn(first.cursors, '__proto__')).toBe(true);
    const second = routeCase(caseFacts(), rules, { ...context, cursors: first.cursors });
    expect(second.assignee).toBe('constructor');
    const stored = JSON.parse(JSON.stringify(second.cursors)) as Record<string, string>;
    expect(routeCase(caseFacts(), rules, { ...context, cursors: stored }).assignee).toBe('Ana');
  });
});
