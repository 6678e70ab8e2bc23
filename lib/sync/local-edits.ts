/**
 * Turns this browser's edits into stamped changes in the outbox. Records changed since the
 * last scan (by their updatedAt index; events by their time) are compared with their
 * shadows; each edited field gets a clock stamp, the shadow takes the new value, and the
 * changes wait in the outbox, in pushes of at most MAX_CHANGES_PER_PUSH, until the server
 * acknowledges them. One transaction: a worker stopped halfway leaves no edit half-queued.
 */
import type { Table } from 'dexie';
import type { CasebookDatabase } from '../db/database';
import { readClock, saveClock } from './clock-store';
import { tick, type ClockState } from './hlc';
import { MAX_CHANGES_PER_PUSH, SYNC_TABLES, type Change, type SyncTable } from './protocol';
import { editedFields, syncedFieldsOf } from './shadow';

/** Records edited this long before the last scan are looked at again (clock jitter). */
const SCAN_OVERLAP_MS = 60_000;

export const syncedTable = (db: CasebookDatabase, table: SyncTable) =>
  db.table(table) as Table<Record<string, unknown> & { id: string }, string>;

const timeIndexOf = (table: SyncTable) => (table === 'events' ? 'at' : 'updatedAt');

/** Stamps one record's edits (if any), updating its shadow; returns the change or null. */
export async function stampRecord(
  db: CasebookDatabase,
  table: SyncTable,
  record: Record<string, unknown> & { id: string },
  clock: { state: ClockState },
  now: number,
): Promise<Change | null> {
  const shadow = await db.syncShadows.get([table, record.id]);
  const current = syncedFieldsOf(record);
  const edited = editedFields(current, shadow?.fields ?? null);
  if (edited.length === 0) return null;
  const fields: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  // Stamped at the edit's own time (found later, at the scan), never in the future: so the
  // later edit wins, not the later scan.
  const editedAt = Number(record[timeIndexOf(table)] ?? now);
  const at = Number.isSafeInteger(editedAt) ? Math.min(editedAt, now) : now;
  for (const field of edited) {
    const next = tick(clock.state, at);
    clock.state = next.state;
    fields[field] = current[field];
    clocks[field] = next.stamp;
  }
  await db.syncShadows.put({
    table,
    id: record.id,
    fields: { ...shadow?.fields, ...fields },
    clocks: { ...shadow?.clocks, ...clocks },
  });
  return { table, id: record.id, fields, clocks };
}

export async function queuePushes(db: CasebookDatabase, changes: Change[], now: number) {
  for (let start = 0; start < changes.length; start += MAX_CHANGES_PER_PUSH) {
    await db.syncOutbox.add({
      pushId: crypto.randomUUID(),
      createdAt: now,
      changes: changes.slice(start, start + MAX_CHANGES_PER_PUSH),
    });
  }
}

/** Scans for edits since the last scan and queues them; returns how many records changed. */
export async function queueLocalEdits(db: CasebookDatabase, now = Date.now()): Promise<number> {
  const tables = [
    db.syncShadows,
    db.syncOutbox,
    db.syncMeta,
    ...SYNC_TABLES.map((t) => db.table(t)),
  ];
  return db.transaction('rw', tables, async () => {
    const mark = Number((await db.syncMeta.get('scanMark'))?.value ?? 0);
    const clock = { state: await readClock(db) };
    const changes: Change[] = [];
    for (const table of SYNC_TABLES) {
      const edited = await syncedTable(db, table)
        .where(timeIndexOf(table))
        .aboveOrEqual(Math.max(0, mark - SCAN_OVERLAP_MS))
        .toArray();
      for (const record of edited) {
        const change = await stampRecord(db, table, record, clock, now);
        if (change) changes.push(change);
      }
    }
    await queuePushes(db, changes, now);
    await saveClock(db, clock.state);
    await db.syncMeta.put({ key: 'scanMark', value: now });
    return changes.length;
  });
}
