import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { CustomerSchema, PostSchema } from '@/lib/db/schema';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const later = (minutes: number) => actor(actor().now + minutes * 60_000);

describe('capture creates and reuses customers', () => {
  it('a first capture creates the customer in the same transaction, with the identity', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const customers = await db.customers.toArray();
    expect(customers).toHaveLength(1);
    const customer = CustomerSchema.parse(customers[0]);
    expect(customer).toMatchObject({
      name: 'Dana R',
      identityKeys: ['x:dana_r'],
      identities: [
        { platform: 'x', handle: 'dana_r', profileUrl: 'https://x.com/dana_r', followers: null },
      ],
      vip: false,
      mergedInto: null,
    });
    const events = await db.events.where('customerId').equals(customer.id).toArray();
    expect(events.map((e) => e.type)).toEqual(['customer.created']);
  });

  it('the same platform and handle (any case) is the same customer; followers are refreshed', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const second = parsedPost({ postId: '2' });
    second.author = { ...second.author, handle: 'Dana_R', followers: 54_000 };
    await capturePost(db, second, later(5));
    expect(await db.customers.count()).toBe(1);
    const customer = await customerByIdentity(db, 'x:dana_r');
    expect(customer!.identities).toHaveLength(1);
    expect(customer!.identities[0]!.followers).toEqual({ count: 54_000, seenAt: later(5).now });
    expect(customer!.sentiment.posts).toBe(2);
    // A third post that shows no follower count keeps the one seen before.
    await capturePost(db, parsedPost({ postId: '3' }), later(10));
    const again = await customerByIdentity(db, 'x:dana_r');
    expect(again!.identities[0]!.followers?.count).toBe(54_000);
  });

  it('another handle or another site is another customer', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const other = parsedPost({ postId: '2' });
    other.author = { ...other.author, handle: 'sam_k', name: 'Sam K' };
    await capturePost(db, other, actor());
    await capturePost(db, parsedPost({ postId: '3', platform: 'facebook' }), actor());
    const keys = (await db.customers.toArray()).flatMap((c) => c.identityKeys).sort();
    expect(keys).toEqual(['facebook:dana_r', 'x:dana_r', 'x:sam_k']);
  });

  it('stores the sentiment on the post and adds it to the customer trend once', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    await capturePost(db, parsedPost(), later(1)); // the same post again
    const post = PostSchema.parse(await db.posts.toCollection().first());
    expect(post.sentiment?.label).toBe('negative');
    const customer = await customerByIdentity(db, 'x:dana_r');
    expect(customer!.sentiment.posts).toBe(1);
    expect(customer!.sentiment.trend).toEqual([
      { at: parsedPost().postedAt, score: post.sentiment!.score },
    ]);
  });

  it('a post in another language gets no English sentiment score', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ language: 'de', text: 'Die Lieferung ist da' }), actor());
    const post = await db.posts.toCollection().first();
    expect(post!.sentiment).toBeUndefined();
    expect((await customerByIdentity(db, 'x:dana_r'))!.sentiment.posts).toBe(0);
  });

  it('a name given by an agent is not replaced by the display name on the page', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const customer = (await customerByIdentity(db, 'x:dana_r'))!;
    await db.customers.put({ ...customer, name: 'Dana Ruiz', nameKey: 'dana ruiz' });
    await capturePost(db, parsedPost({ postId: '2' }), later(1));
    expect((await customerByIdentity(db, 'x:dana_r'))!.name).toBe('Dana Ruiz');
  });

  it("priority uses the customer's VIP flag, lifetime value and largest audience", async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ text: 'Does the plan include roaming?' }), actor());
    const customer = (await customerByIdentity(db, 'x:dana_r'))!;
    await db.customers.put({
      ...customer,
      vip: true,
      lifetimeValue: { amount: 12_000, currency: 'USD' },
      identities: [
        ...customer.identities,
        {
          platform: 'facebook',
          handle: 'dana.ruiz',
          profileUrl: null,
          followers: { count: 20_000, seenAt: 1 },
        },
      ],
      identityKeys: ['x:dana_r', 'facebook:dana.ruiz'],
    });
    const result = await capturePost(
      db,
      parsedPost({ postId: '2', text: 'Does the plan include roaming?' }),
      later(1),
    );
    const record = await db.cases.get(result.caseId);
    expect(record!.priorityReasons).toEqual(['20k followers', 'VIP', 'lifetime value $12K']);
    expect(record!.priority).toBe('P1');
  });

  it('a capture that fails validation leaves no customer behind', async () => {
    const db = freshDatabase();
    const bad = parsedPost({ text: 'x'.repeat(100_001) });
    await expect(capturePost(db, bad, actor())).rejects.toThrow();
    expect(await db.customers.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);
  });
});
