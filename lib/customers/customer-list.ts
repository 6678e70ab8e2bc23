import type { CasebookDatabase } from '../db/database';
import { PLATFORMS, type Customer } from '../db/schema';
import { cleanHandle, emailKey, isLive, nameKey } from './keys';

/** Customers shown at first, and added by each "Show more". */
export const CUSTOMER_PAGE = 50;
/**
 * Company and the middle of names have no index (schema v5): they are matched among
 * this many most recently updated customers, a bounded read, never the whole table.
 */
export const RECENT_SCAN = 1_000;

export interface CustomerList {
  customers: Customer[];
  /** More match than are shown: "Show more" reads further. */
  more: boolean;
}

const newestFirst = (a: Customer, b: Customer) => b.updatedAt - a.updatedAt;

/**
 * The Customers list: newest updated first; with a search, the customers whose name
 * starts with it (nameKey), whose handle on any site starts with it (identityKeys),
 * whose email starts with it (emailKeys), and, among the most recent RECENT_SCAN, whose
 * company or name contains it. Index reads with limits only.
 */
export async function listCustomers(
  db: CasebookDatabase,
  search: string,
  limit: number = CUSTOMER_PAGE,
): Promise<CustomerList> {
  const want = limit + 1;
  const text = search.trim();
  if (!text) {
    const customers = await db.customers
      .orderBy('updatedAt')
      .reverse()
      .filter((customer) => isLive(customer))
      .limit(want)
      .toArray();
    return { customers: customers.slice(0, limit), more: customers.length > limit };
  }
  const name = nameKey(text);
  const handle = cleanHandle(text).toLowerCase();
  const email = emailKey(text);
  const reads: Promise<Customer[]>[] = [];
  if (name) reads.push(db.customers.where('nameKey').startsWith(name).limit(want).toArray());
  if (handle) {
    const prefixes = PLATFORMS.map((platform) => `${platform}:${handle}`);
    reads.push(db.customers.where('identityKeys').startsWithAnyOf(prefixes).limit(want).toArray());
  }
  if (email) reads.push(db.customers.where('emailKeys').startsWith(email).limit(want).toArray());
  // A letter matches nearly everyone: the bounded scan starts at two.
  if (name.length >= 2) {
    reads.push(
      db.customers
        .orderBy('updatedAt')
        .reverse()
        .limit(RECENT_SCAN)
        .toArray()
        .then((recent) =>
          recent.filter(
            (customer) =>
              customer.nameKey.includes(name) || nameKey(customer.company).includes(name),
          ),
        ),
    );
  }
  const found = new Map<string, Customer>();
  for (const customer of (await Promise.all(reads)).flat()) {
    if (isLive(customer)) found.set(customer.id, customer);
  }
  const customers = [...found.values()].sort(newestFirst);
  return { customers: customers.slice(0, limit), more: customers.length > limit };
}
