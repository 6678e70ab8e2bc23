/**
 * Erasing records on request (a customer's testimonials, lib/testimonials/erase.ts) with
 * team sync on: the content must leave the team's server and every other browser too, not
 * only this one. Runs inside the erasing transaction (with syncShadows, syncOutbox and
 * syncMeta in scope), so an erasure is never half sent: each record this browser had synced
 * gets an erasure change (a bare tombstone, `erase: true`), and pushes still waiting lose
 * their changes of those records, so the content never goes out after it was erased.
 */
import type { CasebookDatabase } from '../db/database';
import { readClock, saveClock } from './clock-store';
import { tick } from './hlc';
import { queuePushes } from './local-edits';
import type { Change, SyncTable } from './protocol';

export async function queueErasures(
  db: CasebookDatabase,
  table: SyncTable,
  ids: readonly string[],
  now: number,
): Promise<number> {
  if (ids.length === 0) return 0;
  const erased = new Set(ids);
  const concerns = (change: Change) => change.table === table && erased.has(change.id);
  await db.syncOutbox
    .filter((entry) => entry.changes.some(concerns))
    .modify((entry, ref) => {
      const kept = entry.changes.filter((change) => !concerns(change));
      if (kept.length === 0) delete (ref as { value?: unknown }).value;
      else entry.changes = kept;
    });

  const clock = { state: await readClock(db) };
  const changes: Change[] = [];
  for (const id of ids) {
    // Never stamped here: it never left this browser, so there is nothing to erase elsewhere.
    if (!(await db.syncShadows.get([table, id]))) continue;
    const next = tick(clock.state, now);
    clock.state = next.state;
    const tombstone = { fields: { deleted: true }, clocks: { deleted: next.stamp } };
    await db.syncShadows.put({ table, id, ...tombstone });
    changes.push({ table, id, ...tombstone, erase: true });
  }
  await queuePushes(db, changes, now);
  await saveClock(db, clock.state);
  return changes.length;
}
