import type { Actor } from '../cases/actor';
import { customerByIdentity } from '../customers/capture-store';
import { identityKey } from '../customers/keys';
import type { CasebookDatabase } from '../db/database';
import { RecordNotFoundError } from '../db/records';
import {
  TESTIMONIAL_LIMITS,
  TestimonialErasureSchema,
  type Customer,
  type TestimonialErasure,
} from '../db/schema';
import { newId } from '../ids';
import { queueErasures } from '../sync/erasure';
import { rescanFrom } from '../sync/rescan';

/**
 * Erasing a customer's testimonials on request ("remove my posts from your marketing"):
 * every testimonial of every identity the customer has is deleted, the 'testimonial.*'
 * events about them are cut down to ids, and a TestimonialErasure says who erased how
 * many, when, and why — all in one transaction, so it is never half done.
 */

/** Whose testimonials: a customer record, or the author of one testimonial. */
export type ErasureTarget = { customerId: string } | { testimonialId: string };

const TESTIMONIAL_EVENTS = [
  'testimonial.saved',
  'testimonial.edited',
  'testimonial.approved',
  'testimonial.rejected',
  'testimonial.consent',
] as const;

/** How far a chain of merges is followed (a customer merged into one merged again…). */
const MAX_MERGE_HOPS = 10;

/** The customer and everyone it was merged into: identities move to the survivor. */
async function customerChain(db: CasebookDatabase, customer: Customer): Promise<Customer[]> {
  const chain = [customer];
  let current = customer;
  for (let hop = 0; hop < MAX_MERGE_HOPS && current.mergedInto; hop += 1) {
    const survivor = await db.customers.get(current.mergedInto);
    if (!survivor || chain.some((c) => c.id === survivor.id)) break;
    chain.push(survivor);
    current = survivor;
  }
  return chain;
}

const identityKeysOf = (customers: readonly Customer[]) =>
  customers.flatMap((customer) => customer.identities.map(identityKey));

/** Whom the request is about: the customer (if Casebook has one) and their identity keys. */
async function whoseTestimonials(
  db: CasebookDatabase,
  target: ErasureTarget,
): Promise<{ customerId: string | null; keys: string[]; ids: string[]; people: Customer[] }> {
  if ('customerId' in target) {
    const customer = await db.customers.get(target.customerId);
    if (!customer) throw new RecordNotFoundError('customer', target.customerId);
    const people = await customerChain(db, customer);
    return { customerId: customer.id, keys: identityKeysOf(people), ids: [], people };
  }
  const testimonial = await db.testimonials.get(target.testimonialId);
  if (!testimonial) throw new RecordNotFoundError('testimonial', target.testimonialId);
  const key = testimonial.customerKey;
  const customer = key ? await customerByIdentity(db, key) : undefined;
  const people = customer ? await customerChain(db, customer) : [];
  return {
    customerId: customer?.id ?? null,
    keys: [...(key ? [key] : []), ...identityKeysOf(people)],
    ids: [testimonial.id],
    people,
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The marketer's reason, without the names and handles being erased: a reason such as
 * "Dana asked by email" must not keep what the erasure removes.
 */
function scrubbedReason(reason: string | null, words: readonly string[]): string | null {
  let text = reason?.trim() ?? '';
  for (const word of [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 2))].sort(
    (a, b) => b.length - a.length,
  )) {
    text = text.replace(new RegExp(`@?${escapeRegExp(word)}`, 'giu'), '[erased]');
  }
  return text ? text.slice(0, TESTIMONIAL_LIMITS.note) : null;
}

/**
 * Events keep only which testimonial they were about (ours never hold more; older or
 * foreign data is cut down all the same). Also run when a teammate's erasure arrives by
 * sync. The events keep their time, so sync is told to look back at them.
 */
export async function cutEventsAbout(
  db: CasebookDatabase,
  testimonialIds: ReadonlySet<string>,
): Promise<void> {
  let earliest = Infinity;
  await db.events
    .where('type')
    .anyOf(TESTIMONIAL_EVENTS)
    .filter((event) => testimonialIds.has(String(event.data.testimonialId)))
    .modify((event) => {
      event.data = { testimonialId: String(event.data.testimonialId) };
      earliest = Math.min(earliest, event.at);
    });
  await rescanFrom(db, earliest);
}

/**
 * Erases the testimonials of a customer (all their identities), or of the author of one
 * testimonial (all of theirs: the request is about a person, not a post). Returns the
 * erasure record; a request that finds nothing is recorded too (it was honoured).
 */
export async function eraseTestimonials(
  db: CasebookDatabase,
  target: ErasureTarget,
  reason: string | null,
  actor: Actor,
): Promise<TestimonialErasure> {
  const tables = [
    db.testimonials,
    db.testimonialErasures,
    db.events,
    db.customers,
    db.syncShadows,
    db.syncOutbox,
    db.syncMeta,
  ];
  return db.transaction('rw', tables, async () => {
    const who = await whoseTestimonials(db, target);
    const keys = [...new Set(who.keys)];
    const byKey = keys.length
      ? await db.testimonials.where('customerKey').anyOf(keys).toArray()
      : [];
    const byId = (await db.testimonials.bulkGet(who.ids)).filter((t) => t !== undefined);
    const erased = [...new Map([...byKey, ...byId].map((t) => [t.id, t])).values()];
    const ids = new Set(erased.map((t) => t.id));

    // Hard delete: nothing of the quote stays on this device, and with team sync on, the
    // server and the other browsers are told to erase their copies too.
    await db.testimonials.bulkDelete([...ids]);
    await queueErasures(db, 'testimonials', [...ids], actor.now);

    await cutEventsAbout(db, ids);

    // Whole names and handles, each name's words ("Dana" of "Dana Ruiz") and emails.
    const names = [...erased.map((t) => t.author.name), ...who.people.map((c) => c.name)];
    const words = [
      ...names,
      ...names.flatMap((name) => name.split(/\s+/).filter((word) => word.length >= 3)),
      ...erased.map((t) => t.author.handle),
      ...who.people.flatMap((c) => [...c.identities.map((i) => i.handle), ...c.emails]),
    ];
    const erasure = TestimonialErasureSchema.parse({
      id: newId(),
      at: actor.now,
      by: actor.by,
      customerId: who.customerId,
      testimonialIds: [...ids],
      reason: scrubbedReason(reason, words),
    });
    await db.testimonialErasures.add(erasure);
    await db.events.add({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type: 'testimonial.erased',
      caseId: null,
      customerId: who.customerId,
      data: { erasureId: erasure.id, count: ids.size },
    });
    return erasure;
  });
}
