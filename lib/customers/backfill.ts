import type { Transaction } from 'dexie';
import type { Case, Customer, Post } from '../db/schema';
import { identityOfAuthor, newCustomer } from './customer';

/**
 * The v5 upgrade: one customer per distinct `customerKey` of the cases already stored,
 * named and linked from the newest case of that key, with the follower count of its
 * first post when the page showed one. A one-time scan, inside the upgrade only.
 * Posts stored before v5 keep no sentiment score (it is optional on a post): the
 * customer's trend starts with the next capture.
 */
export async function backfillCustomers(tx: Transaction, now: number): Promise<number> {
  const newest = new Map<string, { record: Case; firstAt: number }>();
  await tx.table('cases').each((record: Case) => {
    if (record.deleted || !record.customerKey) return;
    const seen = newest.get(record.customerKey);
    const firstAt = Math.min(seen?.firstAt ?? record.createdAt, record.createdAt);
    const latest = !seen || record.createdAt >= seen.record.createdAt ? record : seen.record;
    newest.set(record.customerKey, { record: latest, firstAt });
  });
  const customers: Customer[] = [];
  for (const { record, firstAt } of newest.values()) {
    const post: Post | undefined = await tx
      .table('posts')
      .where('key')
      .equals(record.postKeys[0] ?? '')
      .first();
    const { customer } = record;
    const identity = identityOfAuthor(
      customer.platform,
      {
        handle: customer.handle,
        profileUrl: customer.profileUrl,
        followers: post?.author.followers ?? null,
      },
      post?.capturedAt ?? record.createdAt,
    );
    try {
      const made = newCustomer({ name: customer.name, identities: [identity] }, now);
      customers.push({ ...made, createdAt: firstAt });
    } catch {
      // A case whose stored customer does not validate any more must not stop the
      // upgrade (the database would not open): the next capture creates the customer.
    }
  }
  await tx.table('customers').bulkAdd(customers);
  return customers.length;
}
