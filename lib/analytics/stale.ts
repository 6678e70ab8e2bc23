import type { CasebookDatabase } from '../db/database';

/**
 * Events arrived (or what they mean changed) with times the analytics may have built
 * past: a team member's pulled from sync, a restored backup's, a case pulled after its
 * events. The days from `since` on are rebuilt at the next refresh. Call inside the
 * transaction that writes them (with analyticsMarks in its scope).
 */
export async function markAnalyticsStale(db: CasebookDatabase, since: number): Promise<void> {
  if (!Number.isFinite(since)) return;
  const at = Math.max(0, Math.floor(since));
  const mark = await db.analyticsMarks.get('built');
  // Marked even before the first build finishes: one may be running, and must not clear it.
  await db.analyticsMarks.put({
    key: 'built',
    builtUpTo: mark?.builtUpTo ?? null,
    staleFrom: mark?.staleFrom == null ? at : Math.min(mark.staleFrom, at),
    generation: (mark?.generation ?? 0) + 1,
  });
}
