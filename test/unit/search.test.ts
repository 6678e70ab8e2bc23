import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus, setCaseTags } from '@/lib/cases/edit';
import { listCases } from '@/lib/cases/queries';
import { queryTerms, searchTermsOf } from '@/lib/cases/search-terms';
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
