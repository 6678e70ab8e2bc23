import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import {
  addCrmLink,
  addCustomerNote,
  addEmail,
  addIdentity,
  createCustomer,
  removeCrmLink,
  removeEmail,
  removeIdentity,
  resolveCustomer,
  updateCustomer,
} from '@/lib/customers/customer-store';
import {
  CustomerConflictError,
  CustomerInputError,
  CustomerMergedAwayError,
} from '@/lib/customers/errors';
import { customerChanges } from '@/lib/customers/changes';
import { EMPTY_CUSTOMER_FIELDS } from '@/lib/customers/customer';
import { RecordNotFoundError } from '@/lib/db/records';
import { CustomerSchema } from '@/lib/db/schema';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const events = async (db: ReturnType<typeof freshDatabase>, customerId: string) =>
  (await db.events.where('customerId').equals(customerId).sortBy('at')).map(
    (e) => ({ type: e.type, by: e.by, ...e.data }) as Record<string, unknown>,
  );

describe('editing customers by hand', () => {
  it('creates a customer with validated fields and records what it was created with', async () => {
    const db = freshDatabase();
    const customer = await createCustomer(
      db,
      {
        name: '  Dana Ruiz ',
        emails: ['Dana@Example.com'],
        lifetimeValue: { amount: 1200, currency: 'eur' },
        crmLinks: [{ system: 'hubspot', recordId: '501', objectType: 'contact', url: null }],
      },
      actor(),
    );
    expect(customer).toMatchObject({
      name: 'Dana Ruiz',
      nameKey: 'dana ruiz',
      emailKeys: ['dana@example.com'],
      crmKeys: ['hubspot:501'],
      lifetimeValue: { amount: 1200, currency: 'EUR' },
    });
    expect(await events(db, customer.id)).toEqual([
      { type: 'customer.created', by: 'me', field: 'name', from: null, to: 'Dana Ruiz' },
      { type: 'customer.created', by: 'me', field: 'lifetimeValue', from: null, to: '1200 EUR' },
      { type: 'customer.created', by: 'me', field: 'emails', from: null, to: 'Dana@Example.com' },
      { type: 'customer.created', by: 'me', field: 'crmLinks', from: null, to: 'hubspot:501' },
    ]);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'A', emails: ['not an email'] }, 'emails.0'],
    [{ name: 'A', lifetimeValue: { amount: -5, currency: 'USD' } }, 'lifetimeValue.amount'],
    [{ name: 'A', lifetimeValue: { amount: 5, currency: 'dollars' } }, 'lifetimeValue.currency'],
    [{ name: 'A', phone: '1'.repeat(41) }, 'phone'],
    [{ name: 'A', products: Array.from({ length: 201 }, (_, i) => `p${i}`) }, 'products'],
    [{ name: 'A', mergedInto: 'x' }, ''],
    ['<script>alert(1)</script>', ''],
  ])('refuses bad input %#, naming the field', async (input, path) => {
    const db = freshDatabase();
    const error = await createCustomer(db, input, actor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CustomerInputError);
    expect((error as CustomerInputError).issues[0]!.path).toBe(path);
    expect(await db.customers.count()).toBe(0);
  });

  it('updates fields, recording who changed what from what to what', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const { id } = (await customerByIdentity(db, 'x:dana_r'))!;
    const later = actor(actor().now + 1000);
    const updated = await updateCustomer(
      db,
      id,
      { name: 'Dana Ruiz', vip: true, company: 'Acme', products: ['Fiber 500'] },
      later,
    );
    expect(updated).toMatchObject({
      name: 'Dana Ruiz',
      vip: true,
      version: 2,
      updatedAt: later.now,
    });
    const log = await events(db, id);
    expect(log.slice(1)).toEqual([
      { type: 'customer.updated', by: 'me', field: 'name', from: 'Dana R', to: 'Dana Ruiz' },
      { type: 'customer.updated', by: 'me', field: 'company', from: null, to: 'Acme' },
      { type: 'customer.updated', by: 'me', field: 'vip', from: 'no', to: 'yes' },
      { type: 'customer.updated', by: 'me', field: 'products', from: null, to: 'Fiber 500' },
    ]);
    // The same values again change nothing and record nothing.
    const same = await updateCustomer(db, id, { name: 'Dana Ruiz' }, later);
    expect(same.version).toBe(2);
    expect(await events(db, id)).toHaveLength(log.length);
  });

  it('refuses unknown fields and derived ones in a patch', async () => {
    const db = freshDatabase();
    const { id } = await createCustomer(db, { name: 'Dana' }, actor());
    for (const patch of [{ identityKeys: ['x:evil'] }, { sentiment: null }, { nope: 1 }, null]) {
      await expect(updateCustomer(db, id, patch, actor())).rejects.toBeInstanceOf(
        CustomerInputError,
      );
    }
  });

  it('adds and removes identities, emails, CRM links and notes', async () => {
    const db = freshDatabase();
    const { id } = await createCustomer(db, { name: 'Dana' }, actor());
    await addIdentity(db, id, { platform: 'x', handle: '@Dana_R' }, actor());
    await addIdentity(db, id, { platform: 'x', handle: 'dana_r' }, actor()); // already there
    await addEmail(db, id, 'dana@example.com', actor());
    await addCrmLink(db, id, { system: 'salesforce', recordId: '003XX0000001' }, actor());
    let customer = await addCustomerNote(db, id, 'Prefers email', actor());
    expect(customer.identityKeys).toEqual(['x:dana_r']);
    expect(customer.identities[0]).toEqual({
      platform: 'x',
      handle: 'Dana_R',
      profileUrl: null,
      followers: null,
    });
    expect(customer.crmKeys).toEqual(['salesforce:003XX0000001']);
    expect(customer.notes.map((n) => n.text)).toEqual(['Prefers email']);
    // The capture of a post by that handle now finds this customer.
    await capturePost(db, parsedPost(), actor());
    expect(await db.customers.count()).toBe(1);

    await removeIdentity(db, id, { platform: 'x', handle: 'DANA_R' }, actor());
    await removeEmail(db, id, 'DANA@example.com', actor());
    customer = await removeCrmLink(
      db,
      id,
      { system: 'salesforce', recordId: '003XX0000001' },
      actor(),
    );
    expect(customer).toMatchObject({ identityKeys: [], emailKeys: [], crmKeys: [] });
    const fields = (await events(db, id)).map((e) => `${e.field}:${e.from ?? ''}→${e.to ?? ''}`);
    expect(fields).toContain('identities:x:dana_r→');
    expect(fields).toContain('emails:dana@example.com→');
    expect(fields).toContain('notes:→Prefers email');
  });

  it('refuses an identity or CRM record that belongs to another customer, pointing to a merge', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const owner = (await customerByIdentity(db, 'x:dana_r'))!;
    await addCrmLink(db, owner.id, { system: 'zendesk', recordId: '42' }, actor());
    const other = await createCustomer(db, { name: 'Dana Ruiz' }, actor());
    const error = await addIdentity(
      db,
      other.id,
      { platform: 'x', handle: 'DANA_R' },
      actor(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CustomerConflictError);
    expect((error as Error).message).toMatch(
      /x:dana_r already belongs to the customer “Dana R”.*Merge/,
    );
    await expect(
      addCrmLink(db, other.id, { system: 'zendesk', recordId: '42' }, actor()),
    ).rejects.toBeInstanceOf(CustomerConflictError);
    await expect(
      createCustomer(
        db,
        { name: 'X', crmLinks: [{ system: 'zendesk', recordId: '42', objectType: '', url: null }] },
        actor(),
      ),
    ).rejects.toBeInstanceOf(CustomerConflictError);
  });

  it('says clearly when the customer is missing or was merged away', async () => {
    const db = freshDatabase();
    await expect(updateCustomer(db, 'nope', { vip: true }, actor())).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    const survivor = await createCustomer(db, { name: 'A' }, actor());
    const gone = await createCustomer(db, { name: 'B' }, actor());
    await db.customers.update(gone.id, { mergedInto: survivor.id });
    await expect(updateCustomer(db, gone.id, { vip: true }, actor())).rejects.toBeInstanceOf(
      CustomerMergedAwayError,
    );
    expect((await resolveCustomer(db, gone.id))?.id).toBe(survivor.id);
    expect(await resolveCustomer(db, 'nope')).toBeUndefined();
  });

  it('keeps hostile text as text and clips long values in history', async () => {
    const db = freshDatabase();
    const hostile = '<img src=x onerror=alert(1)>"; DROP TABLE customers; --';
    const customer = await createCustomer(db, { name: hostile, segment: 's'.repeat(60) }, actor());
    expect(CustomerSchema.parse(customer).name).toBe(hostile);
    const changes = customerChanges(EMPTY_CUSTOMER_FIELDS, {
      ...EMPTY_CUSTOMER_FIELDS,
      notes: [{ id: 'n', text: 'n'.repeat(5000), at: 1, by: 'me' }],
    });
    expect(changes[0]!.to!.length).toBe(200);
  });
});
