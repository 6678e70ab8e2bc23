import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_SETTINGS,
  priorityLabel,
  PrioritySettingsSchema,
  scorePriority,
  slaShare,
} from '@/lib/cases/priority';
import { sentimentOf } from '@/lib/cases/sentiment';

describe('sentimentOf', () => {
  it.each([
    ['@AcmeSupport my order #4411 never arrived. What is going on?', 'negative'],
    ['Charged twice for my March bill 😡 I want a refund, not a chatbot.', 'negative'],
    ['Three days without working voicemail. Support says it is "escalated" 🙄', 'negative'],
    [
      'Dana moved my eSIM in 10 minutes 🎉 Best support experience I have had all year ❤️',
      'positive',
    ],
    ['The new case arrived a day early and it is perfect 😍 Thank you', 'positive'],
    ['Does the Unlimited Plus plan include roaming in Canada?', 'neutral'],
  ])('%s → %s', (text, label) => {
    expect(sentimentOf(text).label).toBe(label);
  });
});

describe('scorePriority', () => {
  const quiet = {
    text: 'Does the plan include roaming?',
    followers: 120,
    vip: false,
    hotTopic: null,
  };

  it('a calm question from a small account is P4 with no reasons', () => {
    expect(scorePriority(quiet)).toEqual({ priority: 'P4', score: 0, reasons: [] });
  });

  it('influence, tone, severity and a hot topic add up, and say why', () => {
    const result = scorePriority({
      text: 'Login broken again, this outage is unacceptable',
      followers: 54_000,
      vip: false,
      hotTopic: 'login',
    });
    expect(result.priority).toBe('P1');
    expect(priorityLabel(result)).toBe(
      "P1: 54k followers, negative, mentions 'outage', hot topic 'login'",
    );
  });

  it('thresholds decide the band; settings change the outcome', () => {
    const refund = { ...quiet, text: 'I would like a refund please' };
    expect(scorePriority(refund).priority).toBe('P3');
    const strict = { ...DEFAULT_PRIORITY_SETTINGS, thresholds: { P1: 10, P2: 8, P3: 3 } };
    expect(scorePriority(refund, strict).priority).toBe('P4');
    expect(scorePriority({ ...quiet, vip: true }).reasons).toEqual(['VIP']);
  });

  it('matches severity words at word starts, case-insensitively', () => {
    expect(scorePriority({ ...quiet, text: 'REFUNDS are late' }).reasons).toEqual([
      "mentions 'refund'",
    ]);
    expect(scorePriority({ ...quiet, text: 'the cancellation fee' }).reasons).toEqual([
      "mentions 'cancel'",
    ]);
    expect(scorePriority({ ...quiet, text: 'a precancel step' }).reasons).toEqual([]);
  });

  it('finds severity words that start with a letter outside ASCII, at word starts only', () => {
    const settings = {
      ...DEFAULT_PRIORITY_SETTINGS,
      severityWords: [
        { word: 'störung', points: 2 },
        { word: 'ошибка', points: 2 },
      ],
    };
    const reasons = (text: string) =>
      scorePriority({ ...quiet, text, language: 'de' }, settings).reasons;
    expect(reasons('Wann ist die Störung behoben?')).toEqual(["mentions 'störung'"]);
    expect(reasons('Опять ошибка входа')).toEqual(["mentions 'ошибка'"]);
    expect(reasons('Netzstörung seit gestern')).toEqual([]);
  });

  it('scores sentiment only for English posts (the word list is English)', () => {
    const german = { ...quiet, text: 'Die Rechnung kommt morgen' };
    // "die" reads as negative to an English word list.
    expect(scorePriority({ ...german, language: null }).reasons).toContain('negative');
    expect(scorePriority({ ...german, language: 'de' }).reasons).toEqual([]);
    expect(scorePriority({ ...quiet, text: 'This is awful', language: 'en' }).reasons).toEqual([
      'negative',
    ]);
  });

  it('shortens SLA targets up to the configured priority', () => {
    expect(slaShare('P1')).toBe(0.5);
    expect(slaShare('P2')).toBe(1);
    const upToP2 = {
      ...DEFAULT_PRIORITY_SETTINGS,
      shortenSla: { upTo: 'P2' as const, share: 0.75 },
    };
    expect(slaShare('P2', upToP2)).toBe(0.75);
    expect(slaShare('P3', upToP2)).toBe(1);
  });

  it('the default settings are valid', () => {
    expect(PrioritySettingsSchema.parse(DEFAULT_PRIORITY_SETTINGS)).toEqual(
      DEFAULT_PRIORITY_SETTINGS,
    );
  });

  it('lifetime value adds points by tier, saying how much; VIP adds its own', () => {
    const reasonsOf = (amount: number, currency = 'USD') =>
      scorePriority({ ...quiet, lifetimeValue: { amount, currency } }).reasons;
    expect(reasonsOf(500)).toEqual([]);
    expect(reasonsOf(1_000)).toEqual(['lifetime value $1K']);
    expect(reasonsOf(25_000, 'EUR')).toEqual(['lifetime value €25K']);
    expect(
      scorePriority({ ...quiet, lifetimeValue: { amount: 25_000, currency: 'EUR' } }).score,
    ).toBe(3);
    expect(scorePriority({ ...quiet, lifetimeValue: null }).score).toBe(0);
    const both = scorePriority({
      ...quiet,
      vip: true,
      lifetimeValue: { amount: 12_000, currency: 'USD' },
    });
    expect(both).toMatchObject({
      priority: 'P1',
      score: 6,
      reasons: ['VIP', 'lifetime value $12K'],
    });
    const custom = { ...DEFAULT_PRIORITY_SETTINGS, lifetimeValueTiers: [{ min: 100, points: 5 }] };
    expect(
      scorePriority({ ...quiet, lifetimeValue: { amount: 150, currency: 'GBP' } }, custom).priority,
    ).toBe('P2');
  });

  it('priority settings saved before lifetime value tiers still parse, with the default tiers', () => {
    const old: Partial<typeof DEFAULT_PRIORITY_SETTINGS> = { ...DEFAULT_PRIORITY_SETTINGS };
    delete old.lifetimeValueTiers;
    expect(PrioritySettingsSchema.parse(old).lifetimeValueTiers).toEqual([
      { min: 10_000, points: 3 },
      { min: 1_000, points: 1 },
    ]);
  });
});
