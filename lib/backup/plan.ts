/**
 * The import's preview: per table, how many records it will add, update and skip, read
 * from the database without writing anything. Shown before the agent confirms.
 */
import type { CasebookDatabase } from '../db/database';
import { compareChunk, sameJson, timeOf } from './compare';
import { BackupError } from './errors';
import { BACKUP_TABLE_NAMES, type BackupTable, type StoredRecord } from './format';
import { describeProblems, type RecordProblem } from './problems';
import type { Backup } from './read';
import { yieldToEventLoop } from '../next-task';

export interface TablePlan {
  add: number;
  update: number;
  skip: number;
  /** Updates that would replace a record changed here after the backup's copy (by content). */
  newerHere: number;
}

export type BackupPlan = Record<BackupTable, TablePlan>;

export const emptyPlan = (): BackupPlan =>
  Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [name, { add: 0, update: 0, skip: 0, newerHere: 0 }]),
  ) as BackupPlan;

export const planTotals = (plan: BackupPlan): TablePlan =>
  Object.values(plan).reduce(
    (sum, t) => ({
      add: sum.add + t.add,
      update: sum.update + t.update,
      skip: sum.skip + t.skip,
      newerHere: sum.newerHere + t.newerHere,
    }),
    { add: 0, update: 0, skip: 0, newerHere: 0 },
  );

/** Refuses the import when records clash with different ones here (a unique index). */
export function refuseClashes(clashes: readonly RecordProblem[]): void {
  if (!clashes.length) return;
  throw new BackupError(
    'clash',
    `Nothing can be imported: the file has ${describeProblems(clashes, clashes.length)}. ` +
      'Casebook cannot hold both.',
  );
}

/**
 * The same but for when they were written (a fresh desk's default saved replies, made at
 * install with the ids the backup's have): no change of the agent's would be lost.
 */
function sameButTimes(a: StoredRecord, b: StoredRecord): boolean {
  const content = ({ createdAt: _c, updatedAt: _u, version: _v, ...rest }: StoredRecord) => rest;
  return sameJson(content(a), content(b));
}

export interface PlanOptions {
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function planBackup(
  db: CasebookDatabase,
  backup: Backup,
  { chunkSize = 500, onProgress }: PlanOptions = {},
): Promise<BackupPlan> {
  const plan = emptyPlan();
  const clashes: RecordProblem[] = [];
  let done = 0;
  onProgress?.(0, backup.records);
  for (const name of BACKUP_TABLE_NAMES) {
    const records = backup.tables[name];
    for (let start = 0; start < records.length; start += chunkSize) {
      const chunk = records.slice(start, start + chunkSize);
      const compared = await compareChunk(db, name, chunk, start);
      compared.decisions.forEach((decision, i) => {
        plan[name][decision] += 1;
        const here = compared.existing[i];
        const mine = timeOf(name, chunk[i]!);
        const theirs = here ? timeOf(name, here) : null;
        if (decision === 'update' && mine !== null && theirs !== null && theirs > mine) {
          if (!sameButTimes(here!, chunk[i]!)) plan[name].newerHere += 1;
        }
      });
      clashes.push(...compared.clashes);
      done += chunk.length;
      onProgress?.(done, backup.records);
      await yieldToEventLoop();
    }
  }
  refuseClashes(clashes);
  return plan;
}
