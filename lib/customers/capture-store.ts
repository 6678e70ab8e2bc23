import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { customerKey, CustomerSchema, type Customer, type ParsedPost } from '../db/schema';
import { nextMeta } from '../db/records';
import { newId } from '../ids';
import { identityOfAuthor, newCustomer, refreshFromAuthor } from './customer';
import { withKeys } from './keys';
import { addSentiment } from './sentiment-trend';

/**
 * The live customer with this identity key (`x:dana_r`): one read of the multi-entry
 * `identityKeys` index. Merged-away and deleted customers carry no keys, so what is
 * found is the survivor.
 */
export async function customerByIdentity(
  db: CasebookDatabase,
  key: string,
): Promise<Customer | undefined> {
  return db.customers.where('identityKeys').equals(key).first();
}

/**
 * The customer of a captured post, created or refreshed inside the capture's
 * transaction (the caller's; `db.customers` and `db.events` must be in its scope).
 * Same platform and handle → same customer. A new post's sentiment score joins the
 * customer's trend; a post captured again only refreshes the profile details.
 */
export async function upsertCapturedCustomer(
  db: CasebookDatabase,
  parsed: ParsedPost,
  sentiment: { at: number; score: number } | null,
  actor: Actor,
): Promise<Customer> {
  const key = customerKey(parsed.platform, parsed.author.handle);
  const existing = await customerByIdentity(db, key);
  if (!existing) {
    const created = newCustomer(
      {
        name: parsed.author.name.trim(),
        identities: [identityOfAuthor(parsed.platform, parsed.author, actor.now)],
      },
      actor.now,
    );
    const customer = sentiment
      ? { ...created, sentiment: addSentiment(created.sentiment, sentiment) }
      : created;
    await db.customers.add(customer);
    await db.events.add({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type: 'customer.created',
      caseId: null,
      customerId: customer.id,
      data: { from: 'capture', identity: key },
    });
    return customer;
  }
  const refreshed = refreshFromAuthor(existing, parsed.platform, parsed.author, actor.now);
  if (!refreshed && !sentiment) return existing;
  const next = refreshed ?? existing;
  const customer = CustomerSchema.parse(
    withKeys({
      ...next,
      ...nextMeta(existing, actor.now),
      sentiment: sentiment ? addSentiment(next.sentiment, sentiment) : next.sentiment,
    }),
  );
  await db.customers.put(customer);
  return customer;
}

/** A count seen again this soon is not written again (focus moves often). */
const FOLLOWERS_FRESH_MS = 60 * 60_000;

/**
 * An author's follower count as a page showed it (a profile header, a hover card), kept
 * on the identity with the time seen — only for a customer Casebook already has: looking
 * at someone makes no customer. A fact, not an edit, so no event is recorded; a count
 * unchanged within the hour is not written again.
 */
export async function recordFollowersSeen(
  db: CasebookDatabase,
  platform: ParsedPost['platform'],
  handle: string,
  followers: number,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.customers, async () => {
    const existing = await customerByIdentity(db, customerKey(platform, handle));
    const identity = existing?.identities.find(
      (known) => customerKey(known.platform, known.handle) === customerKey(platform, handle),
    );
    if (!existing || !identity) return false;
    const last = identity.followers;
    if (last && last.count === followers && now - last.seenAt < FOLLOWERS_FRESH_MS) return false;
    const identities = existing.identities.map((known) =>
      known === identity ? { ...known, followers: { count: followers, seenAt: now } } : known,
    );
    await db.customers.put(
      CustomerSchema.parse(withKeys({ ...existing, ...nextMeta(existing, now), identities })),
    );
    return true;
  });
}
