import type { Platform } from '../db/constants';
import { nextMeta } from '../db/records';
import {
  CustomerSchema,
  type Author,
  type Customer,
  type CustomerFields,
  type Identity,
} from '../db/schema';
import { cleanHandle, identityKey, withKeys } from './keys';

/** Fields of a customer nobody has filled in yet. */
export const EMPTY_CUSTOMER_FIELDS: CustomerFields = {
  name: '',
  identities: [],
  emails: [],
  phone: '',
  company: '',
  owner: '',
  crmLinks: [],
  lifetimeValue: null,
  vip: false,
  products: [],
  segment: '',
  notes: [],
};

export const EMPTY_SENTIMENT: Customer['sentiment'] = { score: 0, posts: 0, trend: [] };

/** A new customer record (validated, keys derived) from some fields. */
export function newCustomer(fields: Partial<CustomerFields>, now: number): Customer {
  return CustomerSchema.parse(
    withKeys({
      ...nextMeta(undefined, now),
      ...EMPTY_CUSTOMER_FIELDS,
      ...fields,
      sentiment: EMPTY_SENTIMENT,
      mergedInto: null,
      identityKeys: [],
      emailKeys: [],
      crmKeys: [],
      nameKey: '',
    }),
  );
}

/** The identity a post's author is on its site; followers only when the page showed them. */
export function identityOfAuthor(
  platform: Platform,
  author: Pick<Author, 'handle' | 'profileUrl' | 'followers'>,
  seenAt: number,
): Identity {
  return {
    platform,
    handle: cleanHandle(author.handle),
    profileUrl: author.profileUrl,
    followers: author.followers === null ? null : { count: author.followers, seenAt },
  };
}

/**
 * The customer after seeing their author details on a page again: the display name,
 * profile link and follower count (with when it was seen) are refreshed when the page
 * shows them. The name is filled from the page only while empty: a name an agent or a
 * CRM gave ("Dana Ruiz") beats a display name ("Dana R 🚀"). Returns null when nothing
 * changed.
 */
export function refreshFromAuthor(
  customer: Customer,
  platform: Platform,
  author: Pick<Author, 'handle' | 'name' | 'profileUrl' | 'followers'>,
  seenAt: number,
): Customer | null {
  const seen = identityOfAuthor(platform, author, seenAt);
  const key = identityKey(seen);
  let changed = false;
  const identities = customer.identities.map((identity) => {
    if (identityKey(identity) !== key) return identity;
    const next: Identity = {
      ...identity,
      profileUrl: seen.profileUrl ?? identity.profileUrl,
      followers: seen.followers ?? identity.followers,
    };
    if (
      next.profileUrl !== identity.profileUrl ||
      next.followers?.seenAt !== identity.followers?.seenAt
    ) {
      changed = true;
      return next;
    }
    return identity;
  });
  if (!identities.some((identity) => identityKey(identity) === key)) {
    identities.push(seen);
    changed = true;
  }
  // An empty name is filled from the page; a name an agent or a CRM gave is kept.
  const name = customer.name || author.name.trim();
  if (name !== customer.name) changed = true;
  return changed ? { ...customer, identities, name } : null;
}

/** The largest audience among the customer's identities (audiences overlap: not a sum). */
export function largestAudience(customer: Pick<Customer, 'identities'>): number | null {
  const counts = customer.identities
    .map((identity) => identity.followers?.count)
    .filter((count): count is number => count !== undefined);
  return counts.length ? Math.max(...counts) : null;
}
