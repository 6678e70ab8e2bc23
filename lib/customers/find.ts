import type { CasebookDatabase } from '../db/database';
import { PLATFORMS } from '../db/constants';
import type { Customer } from '../db/schema';
import { cleanHandle, emailKey, nameKey } from './keys';

/** A customer as a picker lists them. */
export interface CustomerMatch {
  customerId: string;
  name: string;
  /** "x @priya_codes", at most a few. */
  identities: string[];
  emails: string[];
}

const FIND_LIMIT = 8;

/**
 * Customers whose name, email or handle on any site starts with what the agent typed:
 * a bounded range of the name, email and identity indexes each, never a table scan.
 */
export async function findCustomers(
  db: CasebookDatabase,
  query: string,
  limit = FIND_LIMIT,
): Promise<CustomerMatch[]> {
  const name = nameKey(query);
  const handle = cleanHandle(query).toLowerCase();
  if (name.length < 2 && handle.length < 2) return [];
  const reads: Promise<Customer[]>[] = [
    db.customers.where('nameKey').startsWith(name).limit(limit).toArray(),
    db.customers.where('emailKeys').startsWith(emailKey(query)).limit(limit).toArray(),
    ...PLATFORMS.map((platform) =>
      db.customers.where('identityKeys').startsWith(`${platform}:${handle}`).limit(limit).toArray(),
    ),
  ];
  const found = new Map<string, Customer>();
  for (const customer of (await Promise.all(reads)).flat()) {
    if (!customer.deleted && customer.mergedInto === null) found.set(customer.id, customer);
  }
  return [...found.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((customer) => ({
      customerId: customer.id,
      name: customer.name,
      identities: customer.identities.slice(0, 3).map((i) => `${i.platform} @${i.handle}`),
      emails: customer.emails.slice(0, 2),
    }));
}
