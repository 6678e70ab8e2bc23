import Dexie, { type Table } from 'dexie';
import { z } from '../zod';
import type { CasebookDatabase } from '../db/database';
import { CaseSchema, CaseStatusSchema, isOpenStatus, OPEN_STATUSES, type Case } from '../db/schema';
import { readSettings, type Settings } from '../settings';
import { slaRulesOf, withDerivedFields } from './derive';

/** Cases read and written per transaction: small enough not to hold the database long. */
export const RECOMPUTE_BATCH = 500;

export interface RecomputeProgress {
  /** Open cases looked at so far. */
  checked: number;
  /** Of those, the ones whose due times moved (and were written). */
  changed: number;
  /** Open cases in all (as counted when the pass started). */
  total: number;
}

/**
 * Whether a settings change moves SLA due times: the policies, or which priorities get a
 * shorter SLA and by how much. The rest of the priority rules (follower tiers, severity
 * words, thresholds) score new cases; stored priorities, and so due times, stay.
 */
export const slaRulesChanged = (before: Settings, after: Settings): boolean =>
  JSON.stringify([before.slaPolicies, before.priority.shortenSla]) !==
  JSON.stringify([after.slaPolicies, after.priority.shortenSla]);

/** The key of the pass's record in the settings table (beside the settings, 'main'). */
export const RECOMPUTE_KEY = 'slaRecompute';

/**
 * A pass under way, stored so that it survives the service worker stopping: written with
 * every batch, in the batch's transaction, and deleted by the last. `cursor` is the last
 * case done, by the [status+updatedAt] index (and id among equal times); null: none yet.
 */
export const RecomputeMarkerSchema = z.object({
  key: z.literal(RECOMPUTE_KEY),
  startedAt: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  checked: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  cursor: z
    .object({ status: CaseStatusSchema, updatedAt: z.number(), id: z.string().min(1) })
    .nullable(),
});
export type RecomputeMarker = z.infer<typeof RecomputeMarkerSchema>;
type Cursor = NonNullable<RecomputeMarker['cursor']>;

const markers = (db: CasebookDatabase): Table<RecomputeMarker, string> => db.table('settings');

/** The pass under way, if any (the options page shows its progress). */
export async function readRecompute(db: CasebookDatabase): Promise<RecomputeMarker | null> {
  const parsed = RecomputeMarkerSchema.safeParse(await markers(db).get(RECOMPUTE_KEY));
  return parsed.success ? parsed.data : null;
}

const openRange = (db: CasebookDatabase, status: string) =>
  db.cases.where('[status+updatedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);

/**
 * Starts a pass over the open cases from the beginning (the rules changed again: what a
 * pass under way has done may follow older rules). Counts them for the progress.
 */
export async function startRecompute(db: CasebookDatabase, now: number): Promise<RecomputeMarker> {
  return db.transaction('rw', [db.cases, db.settings], async () => {
    let total = 0;
    for (const status of OPEN_STATUSES) total += await openRange(db, status).count();
    const marker = RecomputeMarkerSchema.parse({
      key: RECOMPUTE_KEY,
      startedAt: now,
      total,
      checked: 0,
      changed: 0,
      cursor: null,
    });
    await markers(db).put(marker);
    return marker;
  });
}

/**
 * The next `n` open cases after the cursor, in [status+updatedAt] order (and by id among
 * equal times, as the index keeps them). Keys only: no record is read here.
 */
async function keysAfter(db: CasebookDatabase, cursor: Cursor | null, n: number) {
  const keys: Cursor[] = [];
  const first = cursor ? Math.max(0, OPEN_STATUSES.indexOf(cursor.status)) : 0;
  for (let s = first; s < OPEN_STATUSES.length && keys.length < n; s++) {
    const status = OPEN_STATUSES[s]!;
    const index = db.cases.where('[status+updatedAt]');
    const after = s === first ? cursor : null;
    let range = openRange(db, status);
    if (after) {
      // Cases changed in the same millisecond as the cursor's: those after it by id.
      const tied = await index.equals([status, after.updatedAt]).primaryKeys();
      for (const id of tied) {
        if (id > after.id && keys.length < n) keys.push({ status, updatedAt: after.updatedAt, id });
      }
      range = index.between([status, after.updatedAt], [status, Dexie.maxKey], false, true);
    }
    if (keys.length >= n) break;
    const page = range.limit(n - keys.length);
    const [indexKeys, ids] = await Promise.all([page.keys(), page.primaryKeys()]);
    ids.forEach((id, i) => {
      keys.push({ status, updatedAt: (indexKeys[i] as unknown as [string, number])[1], id });
    });
  }
  return keys;
}

const DUE_FIELDS = CaseSchema.pick({ resolutionDueAt: true, responseDueAt: true, slaDueAt: true });

const sameDueTimes = (a: Case, b: Case) =>
  a.resolutionDueAt === b.resolutionDueAt &&
  a.responseDueAt === b.responseDueAt &&
  a.slaDueAt === b.slaDueAt;

/**
 * One batch of the pass under way, in one short transaction: the next open cases after
 * the stored cursor get due times by the settings as they are now, and the cursor moves
 * on (or the record goes, after the last). Null when no pass is under way.
 *
 * Cases are found by the [status+updatedAt] index. A case edited meanwhile was given due
 * times by the edit itself (changeCase), so that it moves in the index does not matter;
 * a case closed meanwhile is no longer in the range. Due times are derived fields, not
 * an agent's edit: no history entry, and `updatedAt`/`version` stay as they were.
 */
export async function recomputeBatch(
  db: CasebookDatabase,
  now: number,
  batchSize = RECOMPUTE_BATCH,
): Promise<(RecomputeProgress & { done: boolean }) | null> {
  return db.transaction('rw', [db.cases, db.settings], async () => {
    const marker = await readRecompute(db);
    if (!marker) return null;
    const rules = slaRulesOf(await readSettings(db));
    // One key more than the batch says whether another batch is needed.
    const keys = await keysAfter(db, marker.cursor, batchSize + 1);
    const batch = keys.slice(0, batchSize);
    const updates: Case[] = [];
    for (const record of await db.cases.bulkGet(batch.map((k) => k.id))) {
      if (!record || record.deleted || !isOpenStatus(record.status)) continue;
      const next = withDerivedFields(record, now, rules);
      if (sameDueTimes(record, next)) continue;
      DUE_FIELDS.parse(next);
      updates.push(next);
    }
    await db.cases.bulkPut(updates);
    const next: RecomputeMarker = {
      ...marker,
      checked: marker.checked + batch.length,
      changed: marker.changed + updates.length,
      cursor: batch.at(-1) ?? marker.cursor,
    };
    const done = keys.length <= batchSize;
    if (done) await markers(db).delete(RECOMPUTE_KEY);
    else await markers(db).put(RecomputeMarkerSchema.parse(next));
    return { checked: next.checked, changed: next.changed, total: next.total, done };
  });
}

/**
 * Recomputes the stored due times of every open case after the SLA rules changed, so the
 * queue (sorted by the stored slaDueAt) follows the new rules: a new pass, run to the end
 * here, batch by batch. The background runs passes through SlaRecomputer instead, which
 * resumes one a stopped service worker left.
 */
export async function recomputeOpenCaseDueTimes(
  db: CasebookDatabase,
  now: number,
  {
    batchSize = RECOMPUTE_BATCH,
    onProgress = (_p: RecomputeProgress): void | Promise<void> => {},
  } = {},
): Promise<RecomputeProgress> {
  const { total } = await startRecompute(db, now);
  let progress: RecomputeProgress = { checked: 0, changed: 0, total };
  for (;;) {
    const step = await recomputeBatch(db, now, batchSize);
    if (!step) return progress;
    progress = { checked: step.checked, changed: step.changed, total: step.total };
    await onProgress({ ...progress });
    if (step.done) return progress;
  }
}
