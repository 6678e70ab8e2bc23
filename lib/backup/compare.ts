/**
 * What a chunk of a backup's records would do to the database: add (no record with that
 * key here), update (here, and different) or skip (here and identical). Used twice: for
 * the preview, and again inside the import's transaction, where it is the truth (the
 * database may have changed since the preview) that the counters follow.
 */
import type { CasebookDatabase } from '../db/database';
import { BACKUP_TABLES, backupTable, keyOf, type BackupTable, type StoredRecord } from './format';
import type { RecordProblem } from './problems';

export type Decision = 'add' | 'update' | 'skip';

/**
 * Equal as JSON: the same values whatever the key order (IndexedDB keeps a record's key
 * order as it was written, zod gives the schema's), with absent and undefined alike.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const leftKeys = keys(left);
  return (
    leftKeys.length === keys(right).length && leftKeys.every((k) => sameJson(left[k], right[k]))
  );
}

export interface ChunkComparison {
  decisions: Decision[];
  /** The record here now for each one of the chunk (undefined: none). */
  existing: (StoredRecord | undefined)[];
  /** Records whose unique value (a post's key, a case's ref) another record here holds. */
  clashes: RecordProblem[];
}

/** Compares records of the file (starting at `start` in its list) with what is stored. */
export async function compareChunk(
  db: CasebookDatabase,
  name: BackupTable,
  records: readonly StoredRecord[],
  start: number,
): Promise<ChunkComparison> {
  const table = backupTable(db, name);
  const existing = await table.bulkGet(records.map((record) => keyOf(name, record)));
  const decisions = records.map((record, i): Decision => {
    const before = existing[i];
    return !before ? 'add' : sameJson(before, record) ? 'skip' : 'update';
  });
  const unique = BACKUP_TABLES[name].unique;
  const clashes: RecordProblem[] = [];
  if (unique) {
    const written = records.filter((_, i) => decisions[i] !== 'skip');
    const values = written.map((record) => String(record[unique]));
    const holders = new Map<string, string>();
    if (values.length) {
      for (const held of await table.where(unique).anyOf(values).toArray()) {
        holders.set(String(held[unique]), keyOf(name, held));
      }
    }
    records.forEach((record, i) => {
      const holder = holders.get(String(record[unique]));
      if (decisions[i] === 'skip' || holder === undefined || holder === keyOf(name, record)) return;
      clashes.push({
        table: name,
        index: start + i,
        field: unique,
        message: `another record here (id ${holder}) has the same ${unique} ${JSON.stringify(record[unique])}`,
      });
    });
  }
  return { decisions, existing, clashes };
}

/** The time a record was last changed (updatedAt, or `at`), for "newer here" and sync. */
export function timeOf(name: BackupTable, record: StoredRecord): number | null {
  const field = BACKUP_TABLES[name].time;
  const value = field ? record[field] : undefined;
  return typeof value === 'number' ? value : null;
}
