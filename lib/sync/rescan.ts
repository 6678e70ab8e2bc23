/**
 * Sync finds this browser's edits by their time (local-edits.ts: records changed since the
 * last scan). A write that keeps an older time, a backup's cases restored as they were,
 * would be missed: it calls this in its own transaction (with db.syncMeta in scope), and
 * the next scan goes back to that time. Comparing with the shadows then finds exactly what
 * changed, so going back further than needed costs time, never a duplicate.
 */
import type { CasebookDatabase } from '../db/database';

export async function rescanFrom(db: CasebookDatabase, since: number): Promise<void> {
  const mark = await db.syncMeta.get('scanMark');
  // Never scanned (sync off, or not yet run): the first scan reads everything anyway.
  if (mark === undefined || !Number.isFinite(since)) return;
  const at = Math.max(0, Math.floor(since));
  if (at < Number(mark.value)) await db.syncMeta.put({ key: 'scanMark', value: at });
}
