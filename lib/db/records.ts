import type { EntityTable, IDType } from 'dexie';
import type { RecordMeta } from './schema';
import { newId } from '../ids';

/** Thrown when a record to change is not there (or was deleted). */
export class RecordNotFoundError extends Error {
  constructor(kind: string, id: string) {
    super(`No ${kind} with id ${id}; it may have been deleted.`);
    this.name = 'RecordNotFoundError';
  }
}

/** The meta fields of a new record, or of the next version of an existing one. */
export function nextMeta(existing: RecordMeta | undefined, now: number): RecordMeta {
  return existing
    ? { ...pickMeta(existing), updatedAt: now, version: existing.version + 1 }
    : { id: newId(), createdAt: now, updatedAt: now, version: 1, deleted: false };
}

const pickMeta = ({ id, createdAt, updatedAt, version, deleted }: RecordMeta): RecordMeta => ({
  id,
  createdAt,
  updatedAt,
  version,
  deleted,
});

/** A live (not deleted) record, or an error naming what is missing. */
export async function liveRecord<T extends RecordMeta>(
  table: EntityTable<T, 'id'>,
  kind: string,
  id: string,
): Promise<T> {
  const found = await table.get(id as IDType<T, 'id'>);
  if (!found || found.deleted) throw new RecordNotFoundError(kind, id);
  return found;
}

/**
 * Marks a record deleted (a tombstone, which sync will carry) instead of removing it:
 * cases that point to it can still say what it was.
 */
export async function tombstone<T extends RecordMeta>(
  table: EntityTable<T, 'id'>,
  kind: string,
  id: string,
  now: number,
): Promise<void> {
  const found = await liveRecord(table, kind, id);
  await table.put({ ...found, ...nextMeta(found, now), deleted: true });
}

/** The newest records of a table, tombstones left out: a bounded index read. */
export async function newestLive<T extends RecordMeta>(
  table: EntityTable<T, 'id'>,
  limit: number,
): Promise<T[]> {
  const rows = await table.orderBy('updatedAt').reverse().limit(limit).toArray();
  return rows.filter((row) => !row.deleted);
}
