import Dexie from 'dexie';
import type { CasebookDatabase } from '../db/database';
import { CaseSchema, isOpenStatus, OPEN_STATUSES, type Case } from '../db/schema';
import { readSettings, type Settings } from '../settings';
import { slaRulesOf, withDerivedFields } from './derive';

/** Cases read and written per transaction: small enough not to hold the database long. */
export const RECOMPUTE_BATCH = 500;

export interface RecomputeProgress {
  /** Open cases looked at so far. */
  checked: number;
  /** Of those, the ones whose due times moved (and were written). */
  changed: number;
  /** Open cases in all (as listed when the work started). */
  total: number;
}

/** Whether a settings change moves SLA due times (the policies or the priority rules). */
export const slaRulesChanged = (before: Settings, after: Settings): boolean =>
  JSON.stringify(slaRulesOf(before)) !== JSON.stringify(slaRulesOf(after));

const DUE_FIELDS = CaseSchema.pick({ resolutionDueAt: true, responseDueAt: true, slaDueAt: true });

const sameDueTimes = (a: Case, b: Case) =>
  a.resolutionDueAt === b.resolutionDueAt &&
  a.responseDueAt === b.responseDueAt &&
  a.slaDueAt === b.slaDueAt;

/**
 * Recomputes the stored due times of every open case after the SLA policies or priority
 * rules changed, so the queue (sorted by the stored [status+slaDueAt]) follows the new
 * rules. Only open cases are read: their ids come from the [status+updatedAt] index
 * range of each open status (keys only), and the records are then read, recomputed and
 * written in batches, one short transaction each, so tens of thousands of open cases
 * never sit in memory at once and the sidebar and dashboard keep working in between.
 *
 * Each batch reads the settings again: if they change while this runs, later batches use
 * the newer rules (and the save that changed them starts another pass). A case closed
 * meanwhile is skipped. Due times are derived fields, not an agent's edit: no history
 * entry, and `updatedAt`/`version` stay as they were.
 */
export async function recomputeOpenCaseDueTimes(
  db: CasebookDatabase,
  now: number,
  {
    batchSize = RECOMPUTE_BATCH,
    onProgress = (_p: RecomputeProgress): void | Promise<void> => {},
  } = {},
): Promise<RecomputeProgress> {
  const ids: string[] = [];
  for (const status of OPEN_STATUSES) {
    const range = db.cases
      .where('[status+updatedAt]')
      .between([status, Dexie.minKey], [status, Dexie.maxKey]);
    ids.push(...(await range.primaryKeys()));
  }
  const progress: RecomputeProgress = { checked: 0, changed: 0, total: ids.length };
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    progress.changed += await db.transaction('rw', [db.cases, db.settings], async () => {
      const rules = slaRulesOf(await readSettings(db));
      const updates: Case[] = [];
      for (const record of await db.cases.bulkGet(batch)) {
        if (!record || record.deleted || !isOpenStatus(record.status)) continue;
        const next = withDerivedFields(record, now, rules);
        if (sameDueTimes(record, next)) continue;
        DUE_FIELDS.parse(next);
        updates.push(next);
      }
      await db.cases.bulkPut(updates);
      return updates.length;
    });
    progress.checked += batch.length;
    await onProgress({ ...progress });
  }
  return progress;
}
