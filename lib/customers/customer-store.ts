import type { Table } from 'dexie';
import { z } from '../zod';
import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { nextMeta, RecordNotFoundError } from '../db/records';
import {
  CrmLinkSchema,
  CustomerFieldsSchema,
  CustomerSchema,
  EmailSchema,
  IdentitySchema,
  NoteSchema,
  type Customer,
  type CustomerFields,
} from '../db/schema';
import { newId } from '../ids';
import { customerChanges, type CustomerChange } from './changes';
import { EMPTY_CUSTOMER_FIELDS, newCustomer } from './customer';
import {
  CustomerConflictError,
  CustomerInputError,
  CustomerMergedAwayError,
  parseOrThrow,
} from './errors';
import { cleanHandle, crmKey, emailKey, identityKey, withKeys } from './keys';

/** A customer to change: live, or an error saying why not. */
export async function liveCustomer(db: CasebookDatabase, id: string): Promise<Customer> {
  const found = await db.customers.get(id);
  if (!found || found.deleted) throw new RecordNotFoundError('customer', id);
  if (found.mergedInto !== null) throw new CustomerMergedAwayError(id, found.mergedInto);
  return found;
}

/**
 * The customer a stored id stands for now: itself, or the survivor it was merged into
 * (followed through later merges too). Undefined when there is none.
 */
export async function resolveCustomer(
  db: CasebookDatabase,
  id: string,
): Promise<Customer | undefined> {
  let found = await db.customers.get(id);
  for (let hops = 0; found?.mergedInto && hops < 20; hops++) {
    found = await db.customers.get(found.mergedInto);
  }
  return found && !found.deleted && found.mergedInto === null ? found : undefined;
}

/**
 * Refuses identities and CRM records another live customer has: one read of each
 * multi-entry index, for the keys this write adds.
 */
export async function assertKeysFree(
  db: CasebookDatabase,
  customer: Customer,
  before: Customer | undefined,
  ignore: readonly string[] = [],
): Promise<void> {
  const skip = new Set([customer.id, ...ignore]);
  for (const index of ['identityKeys', 'crmKeys'] as const) {
    const had = new Set(before?.[index] ?? []);
    const added = customer[index].filter((key) => !had.has(key));
    if (!added.length) continue;
    const owners = await db.customers.where(index).anyOf(added).toArray();
    const owner = owners.find((other) => !skip.has(other.id));
    if (owner) {
      const key = added.find((k) => owner[index].includes(k)) ?? added[0]!;
      throw new CustomerConflictError(key, owner.id, owner.name);
    }
  }
}

/** Writes 'customer.*' events for a list of changes (the caller's transaction). */
export async function recordCustomerEvents(
  db: CasebookDatabase,
  customerId: string,
  type: 'customer.created' | 'customer.updated' | 'customer.imported',
  changes: readonly CustomerChange[],
  actor: Actor,
): Promise<void> {
  await db.events.bulkAdd(
    changes.map((change) => ({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type,
      caseId: null,
      customerId,
      data: { field: change.field, from: change.from, to: change.to },
    })),
  );
}

/**
 * Reads, changes, validates and writes one live customer in a transaction, recording
 * each changed field as a 'customer.updated' event (who, when, from, to). `change`
 * returns null for "nothing to do". Index keys are derived here, so no caller can
 * forget them, and identities or CRM records of another customer are refused.
 */
export async function changeCustomer(
  db: CasebookDatabase,
  id: string,
  actor: Actor,
  change: (customer: Customer) => CustomerFields | null,
  tables: readonly Table[] = [],
): Promise<Customer> {
  return db.transaction('rw', [db.customers, db.events, ...tables], async () => {
    const before = await liveCustomer(db, id);
    const fields = change(before);
    if (!fields) return before;
    const parsed = CustomerSchema.safeParse(
      withKeys({ ...before, ...fields, ...nextMeta(before, actor.now) }),
    );
    if (!parsed.success) throw CustomerInputError.of(parsed.error);
    const next = parsed.data;
    const changes = customerChanges(before, next);
    if (!changes.length) return before;
    await assertKeysFree(db, next, before);
    await db.customers.put(next);
    await recordCustomerEvents(db, id, 'customer.updated', changes, actor);
    return next;
  });
}

/** What an agent may set by hand in one go (identities, emails, CRM links have their own). */
export const CustomerPatchSchema = CustomerFieldsSchema.pick({
  name: true,
  phone: true,
  company: true,
  owner: true,
  lifetimeValue: true,
  vip: true,
  products: true,
  segment: true,
})
  .partial()
  .strict();
export type CustomerPatch = z.input<typeof CustomerPatchSchema>;

/** A customer made by hand (or from a CRM record), with whatever fields are known. */
export const NewCustomerSchema = CustomerFieldsSchema.omit({ notes: true })
  .partial()
  .extend({ name: z.string().trim().min(1, 'A customer needs a name').max(200) })
  .strict();
export type NewCustomerInput = z.input<typeof NewCustomerSchema>;

export async function createCustomer(
  db: CasebookDatabase,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const fields = parseOrThrow(NewCustomerSchema, input);
  return db.transaction('rw', [db.customers, db.events], async () => {
    const customer = newCustomer(fields, actor.now);
    await assertKeysFree(db, customer, undefined);
    await db.customers.add(customer);
    await recordCustomerEvents(
      db,
      customer.id,
      'customer.created',
      customerChanges(EMPTY_CUSTOMER_FIELDS, customer),
      actor,
    );
    return customer;
  });
}

/** Sets fields by hand; the patch is validated and unknown fields refused. */
export async function updateCustomer(
  db: CasebookDatabase,
  id: string,
  patch: unknown,
  actor: Actor,
): Promise<Customer> {
  const valid = parseOrThrow(CustomerPatchSchema, patch);
  return changeCustomer(db, id, actor, (customer) => ({ ...customer, ...valid }));
}

const IdentityRefSchema = z.object({
  platform: IdentitySchema.shape.platform,
  handle: IdentitySchema.shape.handle,
});

export async function addIdentity(
  db: CasebookDatabase,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const identity = parseOrThrow(
    IdentitySchema.extend({
      profileUrl: IdentitySchema.shape.profileUrl.default(null),
      followers: IdentitySchema.shape.followers.default(null),
    }),
    input,
  );
  const key = identityKey(identity);
  const clean = { ...identity, handle: cleanHandle(identity.handle) };
  return changeCustomer(db, id, actor, (customer) =>
    customer.identities.some((known) => identityKey(known) === key)
      ? null
      : { ...customer, identities: [...customer.identities, clean] },
  );
}

export async function removeIdentity(
  db: CasebookDatabase,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const key = identityKey(parseOrThrow(IdentityRefSchema, input));
  return changeCustomer(db, id, actor, (customer) => {
    const identities = customer.identities.filter((known) => identityKey(known) !== key);
    return identities.length === customer.identities.length ? null : { ...customer, identities };
  });
}

export async function addEmail(
  db: CasebookDatabase,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const email = parseOrThrow(EmailSchema, input);
  return changeCustomer(db, id, actor, (customer) =>
    customer.emails.some((known) => emailKey(known) === emailKey(email))
      ? null
      : { ...customer, emails: [...customer.emails, email] },
  );
}

export async function removeEmail(
  db: CasebookDatabase,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const key = emailKey(parseOrThrow(z.string().max(300), input));
  return changeCustomer(db, id, actor, (customer) => {
    const emails = customer.emails.filter((known) => emailKey(known) !== key);
    return emails.length === customer.emails.length ? null : { ...customer, emails };
  });
}

export async function addCrmLink(
  db: CasebookDatabase,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const link = parseOrThrow(
    CrmLinkSchema.extend({
      objectType: CrmLinkSchema.shape.objectType.default(''),
      url: CrmLinkSchema.shape.url.default(null),
    }),
    input,
  );
  return changeCustomer(db, id, actor, (customer) =>
    customer.crmLinks.some((known) => crmKey(known) === crmKey(link))
      ? null
      : { ...customer, crmLinks: [...customer.crmLinks, link] },
  );
}

export async function removeCrmLink(
  db: CasebookDatabase,
  id: string,
  input: unknown,
  actor: Actor,
): Promise<Customer> {
  const key = crmKey(parseOrThrow(CrmLinkSchema.pick({ system: true, recordId: true }), input));
  return changeCustomer(db, id, actor, (customer) => {
    const crmLinks = customer.crmLinks.filter((known) => crmKey(known) !== key);
    return crmLinks.length === customer.crmLinks.length ? null : { ...customer, crmLinks };
  });
}

export async function addCustomerNote(
  db: CasebookDatabase,
  id: string,
  text: unknown,
  actor: Actor,
): Promise<Customer> {
  const note = parseOrThrow(NoteSchema, { id: newId(), text, at: actor.now, by: actor.by });
  return changeCustomer(db, id, actor, (customer) => ({
    ...customer,
    notes: [...customer.notes, note],
  }));
}
