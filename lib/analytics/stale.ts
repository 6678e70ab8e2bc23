import type { CasebookDatabase } from '../db/database';

/**
 * Events arrived (or changed) with times the analytics have already built past: a team
 * member's pulled from sync, a restored backup's. The days from `since` on are rebuilt
 * at the next refresh. Call inside the transaction that writes them (analyticsMarks).
 */
export async function markAnalyticsStale(db: CasebookDatabase, since: number): Promise<void> {
  if (!Number.isFinite(since)) return;
  const mark = await db.analyticsMarks.get('built');
  // Never built: the first build reads every event there is anyway.
  if (!mark) return;
  const at = Math.max(0, Math.floor(since));
  if (mark.staleFrom === null || at < mark.staleFrom)
    await db.analyticsMarks.put({ ...mark, staleFrom: at });
}
