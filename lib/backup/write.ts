/**
 * The import's write: every table of the backup in ONE transaction, a chunk at a time, so
 * it is all or nothing: a failure anywhere (a full disk, a record that clashes with one
 * captured since the preview, a closed tab) aborts the transaction and the database is as
 * it was. The running totals and topic counts follow what was really written, and team
 * sync is told to look back to the oldest restored record, so the restore goes out too.
 */
import type { CasebookDatabase } from '../db/database';
import { rescanFrom } from '../sync/rescan';
import { markAnalyticsStale } from '../analytics/stale';
import { compareChunk, timeOf } from './compare';
import { DerivedTotals } from './derived';
import { BackupError } from './errors';
import { BACKUP_TABLE_NAMES, backupTable } from './format';
import { emptyPlan, refuseClashes, type BackupPlan } from './plan';
import type { Backup } from './read';

export interface WriteOptions {
  chunkSize?: number;
  /** Records handled so far (written or skipped), of all records in the file. */
  onProgress?: (done: number, total: number) => void;
  now?: number;
  /** Aborts the import between chunks; the transaction then rolls back whole. */
  signal?: AbortSignal;
}

/** Writes the backup; returns what it did (the preview's counts, as they turned out). */
export async function writeBackup(
  db: CasebookDatabase,
  backup: Backup,
  { chunkSize = 500, onProgress, now = Date.now(), signal }: WriteOptions = {},
): Promise<BackupPlan> {
  const tables = [
    ...BACKUP_TABLE_NAMES.map((name) => backupTable(db, name)),
    db.counters,
    db.topicCounts,
    db.syncMeta,
    db.analyticsMarks,
  ];
  return db.transaction('rw', tables, async () => {
    const done = emptyPlan();
    const totals = new DerivedTotals(now);
    let handled = 0;
    let earliest = Infinity;
    onProgress?.(0, backup.records);
    for (const name of BACKUP_TABLE_NAMES) {
      const records = backup.tables[name];
      for (let start = 0; start < records.length; start += chunkSize) {
        if (signal?.aborted) throw new BackupError('stopped', 'The import was stopped.');
        const chunk = records.slice(start, start + chunkSize);
        const { decisions, existing, clashes } = await compareChunk(db, name, chunk, start);
        refuseClashes(clashes);
        const writes = chunk.filter((record, i) => {
          const decision = decisions[i]!;
          done[name][decision] += 1;
          totals.follow(name, decision, existing[i], record);
          if (decision === 'skip') return false;
          earliest = Math.min(earliest, timeOf(name, record) ?? Infinity);
          return true;
        });
        if (writes.length) await backupTable(db, name).bulkPut(writes);
        handled += chunk.length;
        // Between chunks the page paints: each await of IndexedDB gives the event loop a turn.
        onProgress?.(handled, backup.records);
      }
    }
    await totals.save(db);
    // Restored records keep their own times: the next sync scan must look back that far.
    if (Number.isFinite(earliest)) await rescanFrom(db, earliest);
    // So are the analytics, built from the events: their days from then on are rebuilt.
    await markAnalyticsStale(db, earliest);
    return done;
  });
}
