import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { newCustomer } from '@/lib/customers/customer';
import { addCrmLink, createCustomer } from '@/lib/customers/customer-store';
import { buildCustomerView, PAST_CASES } from '@/lib/customers/customer-view';
import { influenceScore } from '@/lib/customers/influence';
import { addSentiment, combineSentiment, sentimentTrend } from '@/lib/customers/sentiment-trend';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const followers = (...counts: number[]) =>
  newCustomer(
    {
      identities: counts.map((count, i) => ({
        platform: 'x' as const,
        handle: `h${i}`,
        profileUrl: null,
        followers: { count, seenAt: 1 },
      })),
    },
    1,
  );

describe('influenceScore', () => {
  it('is log-scaled on the largest audience, capped at 100, null when unknown', () => {
    expect(influenceScore(newCustomer({}, 1))).toBeNull();
    expect(influenceScore(followers(0))).toBe(0);
    expect(influenceScore(followers(9))).toBe(20);
    expect(influenceScore(followers(999))).toBe(60);
    expect(influenceScore(followers(50, 99_999))).toBe(100);
    expect(influenceScore(followers(5_000_000))).toBe(100);
  });
});

describe('sentimentTrend', () => {
  const points = (...scores: number[]) => scores.map((score, i) => ({ at: 1000 - i, score }));

  it('orders by time, averages, and says which way it goes', () => {
    // Given newest first: the oldest post scored 3, the newest -4.
    const worse = sentimentTrend(points(-4, -2, 1, 3));
    expect(worse.recent.map((p) => p.score)).toEqual([3, 1, -2, -4]);
    expect(worse).toMatchObject({ average: -0.5, direction: 'worsening' });
    expect(sentimentTrend(points(3, 2, -3, -2)).direction).toBe('improving');
    expect(sentimentTrend(points(1, 0, 1, 0)).direction).toBe('steady');
    expect(sentimentTrend([])).toEqual({ recent: [], average: 0, direction: 'steady' });
    expect(sentimentTrend(points(5)).direction).toBe('steady');
  });

  it('keeps only the most recent scores and ignores ones that are not numbers', () => {
    const many = sentimentTrend(points(...Array.from({ length: 50 }, (_, i) => i)), 30);
    expect(many.recent).toHaveLength(30);
    expect(sentimentTrend([{ at: 1, score: Number.NaN }]).recent).toEqual([]);
  });

  it('adds and combines stored sentiment', () => {
    const one = addSentiment({ score: 0, posts: 0, trend: [] }, { at: 1, score: -3 });
    expect(one).toEqual({ score: -3, posts: 1, trend: [{ at: 1, score: -3 }] });
    const both = combineSentiment(one, { score: 2, posts: 4, trend: [{ at: 2, score: 2 }] });
    expect(both).toEqual({
      score: -0.5,
      posts: 5,
      trend: [
        { at: 1, score: -3 },
        { at: 2, score: 2 },
      ],
    });
  });
});

describe('buildCustomerView', () => {
  it('shows the customer of a post author with open cases (SLA) and past cases', async () => {
    const db = freshDatabase();
    const first = await capturePost(db, parsedPost({ postId: '1' }), actor());
    const second = await capturePost(db, parsedPost({ postId: '2' }), actor(actor().now + 1));
    await setCaseStatus(db, first.caseId, 'closed', actor(actor().now + 2), 'done');
    await capturePost(db, { ...parsedPost({ postId: '3' }), platform: 'facebook' }, actor());

    const view = await buildCustomerView(db, { identityKey: 'X:Dana_R' }, actor().now + 60_000);
    expect(view.customer).toMatchObject({ name: 'Dana R', vip: false });
    expect(view.openCases.map((c) => c.id)).toEqual([second.caseId]);
    expect(view.openCases[0]!.sla).toMatchObject({ target: 'first', state: 'on-track' });
    expect(view.pastCases.map((c) => c.id)).toEqual([first.caseId]);
    expect(view.sentiment!.recent).toHaveLength(2);
    expect(view.influence).toBeNull();
    expect(view).toMatchObject({ suggestions: [], promises: [], testimonials: [] });
  });

  it('finds the customer by CRM record, with cases of every identity; past cases are capped', async () => {
    const db = freshDatabase();
    for (let i = 0; i < PAST_CASES + 3; i++) {
      const { caseId } = await capturePost(
        db,
        parsedPost({ postId: `${i}` }),
        actor(actor().now + i),
      );
      await setCaseStatus(db, caseId, 'closed', actor(actor().now + 100 + i), 'done');
    }
    const customer = (await customerByIdentity(db, 'x:dana_r'))!;
    await addCrmLink(db, customer.id, { system: 'hubspot', recordId: '77' }, actor());
    const view = await buildCustomerView(
      db,
      { crm: { system: 'hubspot', recordId: '77' } },
      actor().now,
    );
    expect(view.customer!.id).toBe(customer.id);
    expect(view.pastCases).toHaveLength(PAST_CASES);
    expect(view.pastCases[0]!.ref).toBe((await db.cases.orderBy('updatedAt').last())!.ref);
  });

  it('an unknown CRM record gets suggested matches; nothing known gets an empty view', async () => {
    const db = freshDatabase();
    const dana = await createCustomer(
      db,
      { name: 'Dana Ruiz', emails: ['dana@example.com'] },
      actor(),
    );
    const view = await buildCustomerView(
      db,
      {
        crm: { system: 'zendesk', recordId: '5' },
        record: { name: 'Dana Ruiz', emails: ['DANA@example.com'] },
      },
      actor().now,
    );
    expect(view.customer).toBeNull();
    expect(view.suggestions.map((s) => [s.customerId, s.confidence])).toEqual([[dana.id, 0.95]]);
    const none = await buildCustomerView(
      db,
      { crm: { system: 'zendesk', recordId: '5' } },
      actor().now,
    );
    expect(none).toMatchObject({ customer: null, suggestions: [], openCases: [] });
    expect((await buildCustomerView(db, { identityKey: 'x:nobody' }, 1)).customer).toBeNull();
  });
});
