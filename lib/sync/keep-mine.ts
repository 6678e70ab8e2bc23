/**
 * "Use mine" on a sync conflict: the value this agent had set goes back into the record,
 * as a new edit. The next scan stamps it later than the team's, so it wins everywhere (the
 * merge is last writer wins per field), and the notice goes. One transaction.
 */
import { slaRulesOf, withDerivedFields } from '../cases/derive';
import type { CasebookDatabase } from '../db/database';
import { RecordNotFoundError } from '../db/records';
import type { Case } from '../db/schema';
import { readSettings } from '../settings';
import { countersFollow } from './apply-pulled';
import { syncedTable } from './local-edits';
import { RECORD_SCHEMAS, SYNC_TABLES } from './protocol';
import { rescanFrom } from './rescan';
import { markAnalyticsStale } from '../analytics/stale';

export class ConflictChoiceError extends Error {}

export async function keepMine(db: CasebookDatabase, conflictId: string, now: number) {
  const tables = [
    db.syncConflicts,
    db.syncMeta,
    db.counters,
    db.settings,
    db.analyticsMarks,
    ...SYNC_TABLES.map((table) => db.table(table)),
  ];
  return db.transaction('rw', tables, async () => {
    const conflict = await db.syncConflicts.get(conflictId);
    if (!conflict) throw new RecordNotFoundError('conflict', conflictId);
    const store = syncedTable(db, conflict.table);
    const before = await store.get(conflict.recordId);
    if (!before || before.deleted === true)
      throw new ConflictChoiceError(
        'Your team deleted this record since: there is nothing to set.',
      );
    let next: Record<string, unknown> & { id: string } = {
      ...before,
      [conflict.field]: conflict.mine,
      version: Number(before.version ?? 0) + 1,
    };
    // Events are found by their time, which stays; other records by their updatedAt.
    if (conflict.table === 'events') {
      await rescanFrom(db, Number(before.at));
      await markAnalyticsStale(db, Number(before.at));
    } else next.updatedAt = now;
    // A case's due times and search terms follow its fields, as with any edit of a case.
    if (conflict.table === 'cases')
      next = withDerivedFields(next as unknown as Case, now, slaRulesOf(await readSettings(db)));
    const checked = RECORD_SCHEMAS[conflict.table].safeParse(next);
    if (!checked.success)
      throw new ConflictChoiceError(
        `Your value no longer fits this record: ${checked.error.issues[0]?.message ?? 'invalid'}.`,
      );
    const after = checked.data as unknown as typeof before;
    await store.put(after);
    await countersFollow(db, conflict.table, before, after);
    await db.syncConflicts.delete(conflictId);
    return after;
  });
}
