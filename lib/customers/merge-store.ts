import { z } from '../zod';
import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { nextMeta, RecordNotFoundError } from '../db/records';
import {
  CustomerMergeSchema,
  CustomerSchema,
  MergeChoicesSchema,
  type Customer,
  type CustomerMerge,
} from '../db/schema';
import { newId } from '../ids';
import { assertKeysFree, liveCustomer } from './customer-store';
import { CustomerInputError, MergeRefusedError, parseOrThrow } from './errors';
import { withKeys } from './keys';
import { mergeContent, splitMerge, type MergedContent } from './merge';

export const MergeRequestSchema = z
  .object({
    survivorId: z.string().min(1).max(64),
    mergedId: z.string().min(1).max(64),
    choices: MergeChoicesSchema.default({}),
  })
  .strict();
export type MergeRequest = z.input<typeof MergeRequestSchema>;

/** A customer with new content, validated, keys derived, meta advanced. */
function rewrite(
  customer: Customer,
  content: MergedContent,
  mergedInto: string | null,
  now: number,
): Customer {
  const parsed = CustomerSchema.safeParse(
    withKeys({ ...customer, ...content, mergedInto, ...nextMeta(customer, now) }),
  );
  if (!parsed.success) {
    // Two full customers can add up to more than one may hold (50 identities…).
    throw new MergeRefusedError(
      `The merged customer would not be valid (${CustomerInputError.of(parsed.error).message}).`,
    );
  }
  return parsed.data;
}

async function mergeEvent(
  db: CasebookDatabase,
  type: 'customer.merged' | 'customer.unmerged',
  merge: CustomerMerge,
  actor: Actor,
) {
  const data = { mergeId: merge.id, survivorId: merge.survivorId, mergedId: merge.mergedId };
  await db.events.bulkAdd(
    [merge.survivorId, merge.mergedId].map((customerId) => ({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type,
      caseId: null,
      customerId,
      data,
    })),
  );
}

/**
 * Merges `mergedId` into `survivorId` in one transaction: lists are unioned, each
 * conflicting field takes the value `choices` names (MergeConflictError when one has no
 * choice), the merged-away customer stays as a record pointing at the survivor, and
 * the merge is recorded with both customers as they were, so it can be undone.
 */
export async function mergeCustomers(
  db: CasebookDatabase,
  input: unknown,
  actor: Actor,
): Promise<{ merge: CustomerMerge; survivor: Customer }> {
  const { survivorId, mergedId, choices } = parseOrThrow(MergeRequestSchema, input);
  if (survivorId === mergedId)
    throw new MergeRefusedError('A customer cannot be merged with itself.');
  return db.transaction('rw', [db.customers, db.customerMerges, db.events], async () => {
    const survivor = await liveCustomer(db, survivorId);
    const merged = await liveCustomer(db, mergedId);
    const survivorAfter = rewrite(
      survivor,
      mergeContent(survivor, merged, choices),
      null,
      actor.now,
    );
    const mergedAfter = rewrite(merged, { ...merged }, survivorId, actor.now);
    const merge = CustomerMergeSchema.parse({
      id: newId(),
      survivorId,
      mergedId,
      survivorBefore: survivor,
      mergedBefore: merged,
      survivorAfter,
      choices,
      by: actor.by,
      at: actor.now,
      undoneAt: null,
      undoneBy: null,
    });
    await db.customers.bulkPut([mergedAfter, survivorAfter]);
    await db.customerMerges.add(merge);
    await mergeEvent(db, 'customer.merged', merge, actor);
    return { merge, survivor: survivorAfter };
  });
}

/**
 * Undoes a recorded merge (see splitMerge for what each side gets back). Refused when
 * it was undone already, or when the survivor has since been merged into another
 * customer (undo that merge first). The undo is recorded on the merge and as events.
 */
export async function unmergeCustomers(
  db: CasebookDatabase,
  mergeId: string,
  actor: Actor,
): Promise<{ survivor: Customer; merged: Customer }> {
  return db.transaction('rw', [db.customers, db.customerMerges, db.events], async () => {
    const merge = await db.customerMerges.get(mergeId);
    if (!merge) throw new RecordNotFoundError('merge', mergeId);
    if (merge.undoneAt !== null) {
      throw new MergeRefusedError(
        `This merge was undone already, by ${merge.undoneBy ?? 'someone'}.`,
      );
    }
    const survivorNow = await db.customers.get(merge.survivorId);
    const mergedNow = await db.customers.get(merge.mergedId);
    if (!survivorNow || survivorNow.deleted || !mergedNow) {
      throw new MergeRefusedError('One of the two customers was deleted since the merge.');
    }
    if (survivorNow.mergedInto !== null) {
      throw new MergeRefusedError(
        'The customer was merged into another one since; undo that later merge first.',
      );
    }
    const split = splitMerge(merge, survivorNow);
    const survivor = rewrite(survivorNow, split.survivor, null, actor.now);
    const merged = rewrite(mergedNow, split.merged, null, actor.now);
    // What the merged side takes back must not belong to a third customer by now.
    await assertKeysFree(db, merged, undefined, [survivor.id]);
    await db.customers.bulkPut([survivor, merged]);
    const undone = { ...merge, undoneAt: actor.now, undoneBy: actor.by };
    await db.customerMerges.put(undone);
    await mergeEvent(db, 'customer.unmerged', undone, actor);
    return { survivor, merged };
  });
}

/** The recorded merges a customer took part in, newest first (index reads, bounded). */
export async function mergesOf(
  db: CasebookDatabase,
  customerId: string,
  limit = 50,
): Promise<CustomerMerge[]> {
  const [kept, gone] = await Promise.all([
    db.customerMerges.where('survivorId').equals(customerId).limit(limit).toArray(),
    db.customerMerges.where('mergedId').equals(customerId).limit(limit).toArray(),
  ]);
  return [...kept, ...gone].sort((a, b) => b.at - a.at).slice(0, limit);
}
