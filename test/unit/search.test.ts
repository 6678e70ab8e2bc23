import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus, setCaseTags } from '@/lib/cases/edit';
import { LIST_LIMIT, listCases } from '@/lib/cases/queries';
import { queryTerms, searchTermsOf } from '@/lib/cases/search-terms';
import { importCases } from '@/lib/cases/bulk-import';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
import { saveSettings } from '@/lib/settings';
import { generateCases } from '../support/case-generator';
import { actor, freshDatabase, parsedPost } from '../support/factories';

describe('search terms', () => {
  it('folds case and accents, splits on anything but letters and digits, drops one letter', () => {
    const terms = searchTermsOf({
      ref: 'C-3F9A2B',
      title: 'Café login — ошибка!',
      text: 'Login error 500 at the café, a 😡 day',
      customer: { handle: 'dana_r', name: 'Dana R' } as never,
      tags: ['billing'],
    });
    expect(terms).toEqual(
      expect.arrayContaining(['3f9a2b', 'dana', 'billing', 'cafe', 'login', 'ошибка', '500']),
    );
    expect(terms).not.toContain('a');
    expect(terms).not.toContain('c');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('caps the number of terms and their length', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const terms = searchTermsOf({
      ref: 'C-000001',
      title: 'x'.repeat(100),
      text: words,
      customer: { handle: 'h', name: 'n' } as never,
      tags: [],
    });
    expect(terms.length).toBe(400);
    expect(terms.every((t) => t.length <= 40)).toBe(true);
  });

  it('orders query words longest first', () => {
    expect(queryTerms('the Login ERROR login')).toEqual(['login', 'error', 'the']);
  });
});

describe('full-text search of cases', () => {
  async function seed() {
    const db = freshDatabase();
    const login = await capturePost(
      db,
      parsedPost({ postId: '1', text: 'Login error again' }),
      actor(1),
    );
    const refund = await capturePost(
      db,
      parsedPost({ postId: '2', text: 'I want a refund for the login outage' }),
      actor(2),
    );
    const other = await capturePost(db, parsedPost({ postId: '3', text: 'Nice app' }), actor(3));
    return { db, login, refund, other };
  }

  it('finds cases with every word, as the start of a word, newest first', async () => {
    const { db, login, refund } = await seed();
    const ids = async (search: string) => (await listCases(db, 'all', { search })).map((c) => c.id);
    expect(await ids('log')).toEqual([refund.caseId, login.caseId]);
    expect(await ids('LOGIN refund')).toEqual([refund.caseId]);
    expect(await ids('ogin')).toEqual([]); // the middle of a word is not a match
    expect(await ids('zebra')).toEqual([]);
  });

  it('respects the status, the queue and the other filters', async () => {
    const { db, login, refund } = await seed();
    await setCaseStatus(db, refund.caseId, 'waiting', actor(4));
    await setCaseTags(db, login.caseId, ['Billing'], actor(5));
    expect((await listCases(db, 'queue', { search: 'login' })).map((c) => c.id)).toEqual([
      login.caseId,
    ]);
    expect((await listCases(db, 'waiting', { search: 'login' })).map((c) => c.id)).toEqual([
      refund.caseId,
    ]);
    // Tags are searchable words too, and the tag filter still applies.
    expect((await listCases(db, 'all', { search: 'billing' })).map((c) => c.id)).toEqual([
      login.caseId,
    ]);
    expect(await listCases(db, 'all', { search: 'login', tag: 'other' })).toEqual([]);
    expect(await listCases(db, 'all', { search: 'login', channel: 'facebook' })).toEqual([]);
  });

  it('finds a case by its reference and by @handle', async () => {
    const { db, login } = await seed();
    const ref = (await db.cases.get(login.caseId))!.ref;
    expect((await listCases(db, 'all', { search: ref })).map((c) => c.id)).toEqual([login.caseId]);
    expect(await listCases(db, 'all', { search: '@dana' })).toHaveLength(3);
  });
});

describe('search over many cases', () => {
  it('finds the newest matches of common words (walk) and all of rare ones (probe)', async () => {
    const db = freshDatabase();
    // 1,200 cases: every one has a common word ("my", "the", …) past the probe's reach.
    const cases = generateCases(1_200, 11);
    await importCases(db, cases, { now: Date.UTC(2026, 10, 22) });
    const common = await listCases(db, 'all', { search: 'the' });
    expect(common).toHaveLength(LIST_LIMIT);
    const expected = cases
      .filter((c) => searchTermsOf(c).includes('the'))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, LIST_LIMIT)
      .map((c) => c.id);
    expect(common.map((c) => c.id)).toEqual(expected);
    // A rarer word with a common one: exactly the cases that have both.
    const counts = new Map<string, number>();
    for (const c of cases)
      for (const t of searchTermsOf(c)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const rare = searchTermsOf(cases[500]!).find(
      (t) => (counts.get(t) ?? 0) >= 3 && counts.get(t)! < 50,
    )!;
    const both = cases.filter((c) => {
      const terms = searchTermsOf(c);
      return terms.includes(rare) && terms.some((t) => t.startsWith('the'));
    });
    const found = await listCases(db, 'all', { search: `the ${rare}` }, 1_000);
    expect(found.map((c) => c.id).sort()).toEqual(both.map((c) => c.id).sort());
  });
});

describe('search of common words that rarely meet', () => {
  it('intersects their keys and finds the few cases with both, and the queue gets the most urgent', async () => {
    const db = freshDatabase();
    // 600 cases say "alpha", 600 say "beta": both common; three say both.
    const both = new Set([17, 640, 1100]);
    const cases = generateCases(1_200, 5).map((c, i) => ({
      ...c,
      status: 'open' as const,
      // Answered once, same priority: due by their resolution target, in capture order.
      priority: 'P3' as const,
      awaitingSince: null,
      firstResponseAt: c.createdAt,
      text: both.has(i) ? 'alpha and beta' : i < 600 ? `alpha ${c.text}` : `beta ${c.text}`,
    }));
    await importCases(db, cases, { now: Date.UTC(2026, 10, 22) });
    const found = await listCases(db, 'all', { search: 'beta alpha' });
    expect(found.map((c) => c.id).sort()).toEqual([...both].map((i) => cases[i]!.id).sort());
    // In the queue the order is by SLA due, soonest first (the oldest capture here).
    const queue = await listCases(db, 'queue', { search: 'alpha beta' });
    expect(queue.map((c) => c.id)).toEqual([17, 640, 1100].map((i) => cases[i]!.id));
  });
});

describe('the queue', () => {
  it('lists cases no SLA policy covers after the dated ones', async () => {
    const db = freshDatabase();
    const dated = await capturePost(db, parsedPost({ postId: '1' }), actor(1));
    // A desk whose only policy covers Facebook: an X case has no due time.
    const facebookOnly = DEFAULT_SLA_POLICIES.map((p) => ({ ...p, channel: 'facebook' as const }));
    await saveSettings(db, { key: 'main', agents: ['me'], slaPolicies: facebookOnly });
    const undated = await capturePost(db, parsedPost({ postId: '2' }), actor(2));
    expect((await db.cases.get(undated.caseId))!.slaDueAt).toBeNull();
    const queue = await listCases(db, 'queue', { search: '' });
    expect(queue.map((c) => c.id)).toEqual([dated.caseId, undated.caseId]);
    await setCaseStatus(db, undated.caseId, 'waiting', actor(3));
    expect((await listCases(db, 'queue', { search: '' })).map((c) => c.id)).toEqual([dated.caseId]);
  });
});
