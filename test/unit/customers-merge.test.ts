import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { newCustomer } from '@/lib/customers/customer';
import {
  addCustomerNote,
  addEmail,
  addIdentity,
  createCustomer,
  updateCustomer,
} from '@/lib/customers/customer-store';
import {
  CustomerMergedAwayError,
  MergeConflictError,
  MergeRefusedError,
} from '@/lib/customers/errors';
import { contentOf, mergeContent, planMerge } from '@/lib/customers/merge';
import { mergeCustomers, mergesOf, unmergeCustomers } from '@/lib/customers/merge-store';
import type { Customer } from '@/lib/db/schema';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const at = (minutes: number) => actor(actor().now + minutes * 60_000);

/** Everything but meta: what "field for field" means for a round trip. */
const fieldsOf = (customer: Customer) => ({ ...customer, updatedAt: 0, version: 0 });

async function twoCustomers(db: ReturnType<typeof freshDatabase>) {
  await capturePost(db, parsedPost(), actor());
  const social = (await customerByIdentity(db, 'x:dana_r'))!;
  const crm = await createCustomer(
    db,
    {
      name: 'Dana Ruiz',
      emails: ['dana@example.com'],
      phone: '+1 555 0100',
      company: 'Acme',
      lifetimeValue: { amount: 4200, currency: 'USD' },
      vip: true,
      products: ['Fiber 500'],
      segment: 'SMB',
      crmLinks: [{ system: 'salesforce', recordId: '003A', objectType: 'Contact', url: null }],
      identities: [
        { platform: 'facebook', handle: 'dana.ruiz', profileUrl: null, followers: null },
      ],
    },
    actor(),
  );
  await addCustomerNote(db, crm.id, 'Called about billing', at(1));
  return { social: (await db.customers.get(social.id))!, crm: (await db.customers.get(crm.id))! };
}

describe('planMerge (pure)', () => {
  const a = newCustomer({ name: 'Dana R', company: 'Acme', vip: false }, 1);
  const b = newCustomer({ name: 'Dana Ruiz', company: 'Acme', phone: '1', vip: true }, 1);

  it('lists fields both have set differently; one-sided and equal fields do not conflict', () => {
    expect(planMerge(a, b).conflicts).toEqual([
      { field: 'name', survivor: 'Dana R', merged: 'Dana Ruiz' },
      { field: 'vip', survivor: false, merged: true },
    ]);
    expect(planMerge(a, a).conflicts).toEqual([]);
  });

  it('refuses without a choice for each conflict and names them', () => {
    expect(() => mergeContent(a, b, { name: 'merged' })).toThrow(MergeConflictError);
    expect(() => mergeContent(a, b, {})).toThrow(/Choose which value to keep for name, vip/);
  });

  it('takes chosen values, one-sided values, and unions the lists', () => {
    const withLists = {
      ...b,
      emails: ['D@x.io'],
      products: ['fiber 500', 'TV'],
      identities: [
        {
          platform: 'x' as const,
          handle: 'Dana_R',
          profileUrl: null,
          followers: { count: 9, seenAt: 5 },
        },
      ],
    };
    const base = {
      ...a,
      emails: ['d@x.io'],
      products: ['Fiber 500'],
      identities: [
        {
          platform: 'x' as const,
          handle: 'dana_r',
          profileUrl: 'https://x.com/dana_r',
          followers: { count: 3, seenAt: 1 },
        },
      ],
    };
    const content = mergeContent(base, withLists, { name: 'merged', vip: 'survivor' });
    expect(content).toMatchObject({
      name: 'Dana Ruiz',
      vip: false,
      phone: '1',
      company: 'Acme',
      emails: ['d@x.io'],
      products: ['Fiber 500', 'TV'],
      identities: [
        {
          platform: 'x',
          handle: 'dana_r',
          profileUrl: 'https://x.com/dana_r',
          followers: { count: 9, seenAt: 5 },
        },
      ],
    });
  });
});

describe('mergeCustomers and unmergeCustomers', () => {
  it('merges with explicit choices; the merged-away customer points at the survivor', async () => {
    const db = freshDatabase();
    const { social, crm } = await twoCustomers(db);
    await expect(
      mergeCustomers(db, { survivorId: crm.id, mergedId: social.id }, at(2)),
    ).rejects.toBeInstanceOf(MergeConflictError);
    const { survivor, merge } = await mergeCustomers(
      db,
      { survivorId: crm.id, mergedId: social.id, choices: { name: 'survivor', vip: 'survivor' } },
      at(2),
    );
    expect(survivor.identityKeys.sort()).toEqual(['facebook:dana.ruiz', 'x:dana_r']);
    expect(survivor.sentiment.posts).toBe(1);
    const gone = (await db.customers.get(social.id))!;
    expect(gone).toMatchObject({ mergedInto: crm.id, identityKeys: [], nameKey: '' });
    // Cases keep their customerKey: the survivor is found by it.
    expect((await customerByIdentity(db, 'x:dana_r'))!.id).toBe(crm.id);
    // A new capture by the merged handle joins the survivor.
    await capturePost(db, parsedPost({ postId: '2' }), at(3));
    expect(await db.customers.count()).toBe(2);
    await expect(updateCustomer(db, social.id, { vip: true }, at(3))).rejects.toBeInstanceOf(
      CustomerMergedAwayError,
    );
    expect((await mergesOf(db, social.id)).map((m) => m.id)).toEqual([merge.id]);
    const types = (await db.events.where('type').equals('customer.merged').toArray()).map(
      (e) => e.customerId,
    );
    expect(types.sort()).toEqual([crm.id, social.id].sort());
  });

  it('merge → unmerge gives back both records field for field', async () => {
    const db = freshDatabase();
    const { social, crm } = await twoCustomers(db);
    const { merge } = await mergeCustomers(
      db,
      { survivorId: social.id, mergedId: crm.id, choices: { name: 'merged', vip: 'merged' } },
      at(2),
    );
    const { survivor, merged } = await unmergeCustomers(db, merge.id, at(3));
    expect(fieldsOf(survivor)).toEqual(fieldsOf(social));
    expect(fieldsOf(merged)).toEqual(fieldsOf(crm));
    expect(fieldsOf((await db.customers.get(social.id))!)).toEqual(fieldsOf(social));
    expect(fieldsOf((await db.customers.get(crm.id))!)).toEqual(fieldsOf(crm));
    // Versions move on (sync must see a newer record), and the undo is recorded.
    expect(survivor.version).toBe(social.version + 2);
    expect(await db.customerMerges.get(merge.id)).toMatchObject({
      undoneAt: at(3).now,
      undoneBy: 'me',
    });
    await expect(unmergeCustomers(db, merge.id, at(4))).rejects.toThrow(/undone already/);
    expect(await db.events.where('type').equals('customer.unmerged').count()).toBe(2);
  });

  it('unmerge keeps edits made to the survivor since, and gives the merged side back what was its', async () => {
    const db = freshDatabase();
    const { social, crm } = await twoCustomers(db);
    const { merge } = await mergeCustomers(
      db,
      { survivorId: social.id, mergedId: crm.id, choices: { name: 'merged', vip: 'merged' } },
      at(2),
    );
    // Since the merge: a new email and note, a new segment, an identity added, a post captured.
    await addEmail(db, social.id, 'dana.personal@example.org', at(3));
    await addCustomerNote(db, social.id, 'Asked for a callback', at(3));
    await updateCustomer(db, social.id, { segment: 'Enterprise', name: 'Dana Ruiz' }, at(3));
    await addIdentity(db, social.id, { platform: 'instagram', handle: 'danaruiz' }, at(3));
    const post = parsedPost({ postId: '9', text: 'Thank you, great help!' });
    post.author = { ...post.author, handle: 'dana.ruiz', followers: 777 };
    await capturePost(db, { ...post, platform: 'facebook' }, at(4));

    const { survivor, merged } = await unmergeCustomers(db, merge.id, at(5));
    expect(survivor.name).toBe('Dana R'); // chosen at merge, untouched since → back to before
    expect(survivor.segment).toBe('Enterprise'); // set since → kept
    expect(survivor.emails).toEqual(['dana.personal@example.org']);
    expect(survivor.notes.map((n) => n.text)).toEqual(['Asked for a callback']);
    expect(survivor.identityKeys).toEqual(['x:dana_r', 'instagram:danaruiz']);
    expect(survivor.sentiment.posts).toBe(2); // its own post and the one captured since
    expect(merged.emails).toEqual(['dana@example.com']);
    expect(merged.notes.map((n) => n.text)).toEqual(['Called about billing']);
    expect(merged.segment).toBe('SMB');
    // The follower count seen since the merge is a fact, kept on the side it belongs to.
    expect(merged.identities[0]!.followers).toEqual({ count: 777, seenAt: at(4).now });
    expect({ ...fieldsOf(merged), identities: [], identityKeys: [] }).toEqual({
      ...fieldsOf(crm),
      identities: [],
      identityKeys: [],
    });
  });

  it('a chain of merges is undone newest first', async () => {
    const db = freshDatabase();
    const a = await createCustomer(db, { name: 'A' }, actor());
    const b = await createCustomer(db, { name: 'B2', emails: ['b@x.io'] }, actor());
    const c = await createCustomer(db, { name: 'C3' }, actor());
    const first = await mergeCustomers(
      db,
      { survivorId: b.id, mergedId: a.id, choices: { name: 'survivor' } },
      at(1),
    );
    const second = await mergeCustomers(
      db,
      { survivorId: c.id, mergedId: b.id, choices: { name: 'survivor' } },
      at(2),
    );
    await expect(unmergeCustomers(db, first.merge.id, at(3))).rejects.toBeInstanceOf(
      MergeRefusedError,
    );
    await unmergeCustomers(db, second.merge.id, at(3));
    const back = await unmergeCustomers(db, first.merge.id, at(4));
    expect(fieldsOf(back.survivor)).toEqual(fieldsOf(b));
    expect(fieldsOf(back.merged)).toEqual(fieldsOf(a));
    expect(fieldsOf((await db.customers.get(c.id))!)).toEqual(fieldsOf(c));
  });

  it('refuses to merge a customer with itself, a missing one, or past the caps', async () => {
    const db = freshDatabase();
    const a = await createCustomer(db, { name: 'A' }, actor());
    await expect(mergeCustomers(db, { survivorId: a.id, mergedId: a.id }, actor())).rejects.toThrow(
      /with itself/,
    );
    await expect(
      mergeCustomers(db, { survivorId: a.id, mergedId: 'nope' }, actor()),
    ).rejects.toThrow(/No customer with id nope/);
    const many = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => ({
        platform: 'x' as const,
        handle: `${prefix}${i}`,
        profileUrl: null,
        followers: null,
      }));
    const big1 = await createCustomer(db, { name: 'A', identities: many('a') }, actor());
    const big2 = await createCustomer(db, { name: 'A', identities: many('b') }, actor());
    await expect(
      mergeCustomers(db, { survivorId: big1.id, mergedId: big2.id }, actor()),
    ).rejects.toThrow(/would not be valid/);
    expect((await db.customers.get(big2.id))!.mergedInto).toBeNull();
  });

  it('contentOf leaves out meta and derived keys', () => {
    const customer = newCustomer({ name: 'A' }, 1);
    expect(Object.keys(contentOf(customer))).not.toContain('identityKeys');
  });
});
