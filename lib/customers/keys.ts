import { customerKey, type CrmSystem, type Platform } from '../db/constants';
import type { Customer, CustomerFields } from '../db/schema';
import { foldText } from '../cases/search-terms';

/**
 * The index keys of a customer, derived from its fields on every write so the indexes
 * never go stale (like a case's `terms`). A merged-away or deleted customer has none: lookups by
 * identity, email or CRM record find the survivor only.
 */

/** A handle as stored: without the "@" people type before it. */
export const cleanHandle = (handle: string) => handle.trim().replace(/^@+/, '');

/** `${platform}:${handle lower}`: the same key cases keep as `customerKey`. */
export const identityKey = (identity: { platform: Platform; handle: string }) =>
  customerKey(identity.platform, cleanHandle(identity.handle));

/** Email addresses compare without case (the local part is case-insensitive in practice). */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** CRM record ids are kept as the CRM spells them: Salesforce ids are case-sensitive. */
export const crmKey = (link: { system: CrmSystem; recordId: string }) =>
  `${link.system}:${link.recordId.trim()}`;

/** A name as search compares it: folded, spaces collapsed ("  Dana  Ruiz" → "dana ruiz"). */
export const nameKey = (name: string) => foldText(name).replace(/\s+/g, ' ').trim();

export type CustomerKeys = Pick<Customer, 'identityKeys' | 'emailKeys' | 'crmKeys' | 'nameKey'>;

const unique = (keys: string[]) => [...new Set(keys)];

export function keysOf(
  fields: Pick<CustomerFields, 'identities' | 'emails' | 'crmLinks' | 'name'>,
  gone: boolean,
): CustomerKeys {
  if (gone) return { identityKeys: [], emailKeys: [], crmKeys: [], nameKey: '' };
  return {
    identityKeys: unique(fields.identities.map(identityKey)),
    emailKeys: unique(fields.emails.map(emailKey)),
    crmKeys: unique(fields.crmLinks.map(crmKey)),
    nameKey: nameKey(fields.name),
  };
}

/** A customer with its index keys recomputed: every write goes through here. */
export const withKeys = (customer: Customer): Customer => ({
  ...customer,
  ...keysOf(customer, customer.deleted || customer.mergedInto !== null),
});

/** A customer that stands on its own (not deleted, not merged away). */
export const isLive = (customer: Customer | undefined): customer is Customer =>
  !!customer && !customer.deleted && customer.mergedInto === null;
