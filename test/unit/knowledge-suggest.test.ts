import { describe, expect, it } from 'vitest';
import { caseWords, suggestArticles, suggestExperts } from '@/lib/knowledge/suggest';
import { indexArticles, indexExperts } from '@/lib/knowledge/search-index';
import { article, caseOf, expert } from '../support/knowledge';

const LOGIN_POST =
  '@AcmeSupport Login error again: the app says "session expired" every time I sign in';

const directory = [
  expert({ name: 'Dana Reyes', topics: ['login', 'password reset'] }),
  expert({ name: 'Sam Ortiz', topics: ['billing', 'refund'] }),
  expert({ name: 'Kim Lee', topics: ['roaming'] }),
  expert({ name: 'Ola Berg', topics: ['sessions', 'voicemail'] }),
];

describe('expert suggestions', () => {
  it('ranks experts by the case topics they cover, and says which topic matched', () => {
    const found = suggestExperts(caseOf(LOGIN_POST), directory);
    expect(found.map((s) => s.item.name)).toEqual(['Dana Reyes', 'Ola Berg']);
    expect(found[0]!.reasons).toEqual(['topic “login”']);
    // "sessions" is found from "session" (prefix), which counts less than a whole word.
    expect(found[1]!.reasons).toEqual(['topic “sessions”']);
    expect(found[0]!.score).toBeGreaterThan(0);
  });

  it('weighs the case tags, and marks a topic that is hot today', () => {
    const c = caseOf('Charged twice, I want my money back', { tags: ['billing'] });
    const found = suggestExperts(c, directory, {
      hotTopics: [{ topic: 'billing', today: 8, baseline: 1, rise: 7 }],
    });
    expect(found.map((s) => s.item.name)).toEqual(['Sam Ortiz']);
    expect(found[0]!.reasons).toEqual(['topic “billing” (hot today)']);
  });

  it('leaves out experts already on the case, deleted ones, and cases with no words', () => {
    const [dana, , , ola] = directory;
    expect(
      suggestExperts(caseOf(LOGIN_POST, { experts: [dana!.id] }), directory).map(
        (s) => s.item.name,
      ),
    ).toEqual(['Ola Berg']);
    const gone = [{ ...dana!, deleted: true }, ola!];
    expect(suggestExperts(caseOf(LOGIN_POST), gone).map((s) => s.item.name)).toEqual(['Ola Berg']);
    expect(suggestExperts(caseOf('the and of @AcmeSupport https://x.com'), directory)).toEqual([]);
  });

  it('tolerates typos in longer words, but not in short ones', () => {
    const found = suggestExperts(caseOf('my roamingg charges in Canada'), directory);
    expect(found.map((s) => s.item.name)).toEqual(['Kim Lee']);
  });

  it('treats hostile and odd text as plain words', () => {
    const hostile = caseOf(
      '<img src=x onerror=alert(1)> __proto__ constructor toString ((( [[ .* \\ login',
    );
    const found = suggestExperts(hostile, [
      ...directory,
      expert({ name: '<script>x</script>', topics: ['constructor'] }),
    ]);
    expect(found.map((s) => s.item.name)).toContain('Dana Reyes');
    expect(found.map((s) => s.item.name)).toContain('<script>x</script>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a query of a huge post small', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    expect(caseWords(caseOf(huge)).words.length).toBeLessThanOrEqual(40);
    expect(() => suggestExperts(caseOf(huge), directory)).not.toThrow();
  });

  it('accepts a prebuilt index', () => {
    const found = suggestExperts(caseOf(LOGIN_POST), indexExperts(directory), { limit: 1 });
    expect(found.map((s) => s.item.name)).toEqual(['Dana Reyes']);
  });
});

describe('article suggestions', () => {
  const library = [
    article({ title: 'Fix a login error', body: 'Session expired? Sign out and in again.' }),
    article({
      title: 'Refunds for double charges',
      tags: ['billing'],
      url: 'https://help.acme.example/refunds',
      body: 'We refund within 5 days.',
    }),
    article({
      title: 'Roaming in Canada',
      tags: ['roaming'],
      url: 'https://help.acme.example/roaming',
      body: 'Unlimited Plus includes Canada.',
    }),
    article({ title: 'Login draft', status: 'draft', url: null }),
  ];

  it('ranks published articles by full text, with the words that matched', () => {
    const found = suggestArticles(caseOf(LOGIN_POST), library);
    expect(found.map((s) => s.item.title)).toEqual(['Fix a login error']);
    expect(found[0]!.matched).toEqual(
      expect.arrayContaining(['login', 'error', 'session', 'expired']),
    );
    expect(found[0]!.reasons[0]).toMatch(/^matches “/);
  });

  it('a title match outranks a body match', () => {
    const found = suggestArticles(caseOf('Is roaming included? I need a refund'), library);
    expect(found.map((s) => s.item.title)).toEqual([
      'Roaming in Canada',
      'Refunds for double charges',
    ]);
  });

  it('leaves out drafts, deleted and already linked articles', () => {
    const [fix] = library;
    expect(suggestArticles(caseOf(LOGIN_POST, { articles: [fix!.id] }), library)).toEqual([]);
    expect(suggestArticles(caseOf(LOGIN_POST), [{ ...fix!, deleted: true }])).toEqual([]);
    expect(
      suggestArticles(caseOf('login draft'), indexArticles(library)).map((s) => s.item.title),
    ).toEqual(['Fix a login error']);
  });

  it('renders nothing of hostile text: it is only words', () => {
    const found = suggestArticles(caseOf('<script>alert(1)</script> login'), library);
    expect(found[0]!.matched).toEqual(['login']);
  });
});
