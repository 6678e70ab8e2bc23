/**
 * Applies a page of pulled records to this browser's database, in one transaction: each is
 * merged field by field into its shadow (merge.ts), the fields the team's later edits won
 * are written into the local record, and a local edit that lost is kept as a conflict to
 * show on the record. Local edits not yet stamped are stamped first, so they compete
 * fairly. The running totals (cases, open cases, posts, the day's topics) follow the
 * records they count.
 */
import type { CasebookDatabase } from '../db/database';
import { countTopics } from '../cases/topic-store';
import { cutEventsAbout } from '../testimonials/erase';
import { bumpCounter } from '../db/counters';
import { isOpenStatus, type CaseStatus } from '../db/constants';
import type { Case, CasebookEvent } from '../db/schema';
import { readClock, saveClock } from './clock-store';
import { observe, parseHlc } from './hlc';
import { stampRecord, syncedTable, queuePushes } from './local-edits';
import { mergeRecord } from './merge';
import {
  LOG_FIELDS,
  RECORD_SCHEMAS,
  SYNC_TABLES,
  type Change,
  type PulledChange,
} from './protocol';
import { sameValue, syncedFieldsOf } from './shadow';
import { markAnalyticsStale } from '../analytics/stale';
import { pulledAssignment, type PulledAssignment } from './assigned-to-me';

export interface AppliedPage {
  /** Records whose local copy changed. */
  written: number;
  /** Local edits the team's later edits overrode. */
  conflicts: number;
  /** Records that stay incomplete or invalid here (kept in the shadow, not shown). */
  invalid: number;
  /** Cases whose assignee the page moved (for "assigned to you", issue 11). */
  assignments: PulledAssignment[];
  /** Cases captured elsewhere in the team, new here (their 'case.created' events; issue 12). */
  captured: PulledCaptureEvent[];
}

/** A pulled 'case.created' event, as the alerts read it (lib/activity/alerts.ts). */
export type PulledCaptureEvent = Pick<CasebookEvent, 'caseId' | 'by' | 'data'>;

type LocalRecord = Record<string, unknown> & { id: string };

/**
 * Fields that change with every edit or are derived from others: losing one of them to a
 * later edit is no choice the agent made, so it is never shown as a conflict.
 */
const BOOKKEEPING = new Set([
  'updatedAt',
  'history',
  'terms',
  'slaDueAt',
  'responseDueAt',
  'resolutionDueAt',
  'awaitingSince',
  'identityKeys',
  'emailKeys',
  'crmKeys',
  'nameKey',
]);

const live = (record: LocalRecord | undefined) => !!record && record.deleted !== true;
const openCase = (record: LocalRecord | undefined) =>
  live(record) && isOpenStatus(record!.status as CaseStatus);

export async function countersFollow(
  db: CasebookDatabase,
  table: string,
  before: LocalRecord | undefined,
  after: LocalRecord,
) {
  if (table === 'cases') {
    // A case new here counts toward its day's topics, as a capture here would have.
    if (!before && live(after))
      await countTopics(db, String(after.text ?? ''), Number(after.createdAt));
    await bumpCounter(db, 'cases', Number(live(after)) - Number(live(before)));
    await bumpCounter(db, 'openCases', Number(openCase(after)) - Number(openCase(before)));
  } else if (table === 'posts' && !before) {
    await bumpCounter(db, 'posts', 1);
  }
}

/** Applies one pulled page and moves the cursor past it, in one transaction. */
export async function applyPulled(
  db: CasebookDatabase,
  page: readonly PulledChange[],
  cursor: string,
  now = Date.now(),
): Promise<AppliedPage> {
  const tables = [
    db.syncShadows,
    db.syncOutbox,
    db.syncConflicts,
    db.syncMeta,
    db.counters,
    db.topicCounts,
    db.analyticsMarks,
    ...SYNC_TABLES.map((table) => db.table(table)),
  ];
  return db.transaction('rw', tables, async () => {
    const clock = { state: await readClock(db) };
    const result: AppliedPage = {
      written: 0,
      conflicts: 0,
      invalid: 0,
      assignments: [],
      captured: [],
    };
    const stampedNow: Change[] = [];
    // The team's events carry their own times, before what the analytics have built.
    let earliestEvent = Infinity;
    for (const pulled of page) {
      for (const stamp of Object.values(pulled.clocks))
        clock.state = observe(clock.state, stamp, now);
      const store = syncedTable(db, pulled.table);
      const before = await store.get(pulled.id);
      if (pulled.erased) {
        // Erased on request somewhere in the team: this copy goes too, edits and all.
        await store.delete(pulled.id);
        await db.syncShadows.put({
          table: pulled.table,
          id: pulled.id,
          fields: pulled.fields,
          clocks: pulled.clocks,
        });
        await db.syncConflicts.where('[table+recordId]').equals([pulled.table, pulled.id]).delete();
        if (pulled.table === 'testimonials') await cutEventsAbout(db, new Set([pulled.id]));
        if (before) {
          await countersFollow(db, pulled.table, before, { ...before, deleted: true });
          result.written += 1;
        }
        continue;
      }
      const known = await db.syncShadows.get([pulled.table, pulled.id]);
      // Edits made here since the last round compete with the team's by their stamps. A
      // record never synced here (a browser joining, or joining again) takes the team's
      // copy instead: stamping all of it now would make stale values win every field.
      if (before && known) {
        const stamped = await stampRecord(db, pulled.table, before, clock, now);
        if (stamped) stampedNow.push(stamped);
      }
      const shadow = await db.syncShadows.get([pulled.table, pulled.id]);
      const { record: merged, taken } = mergeRecord(
        shadow ?? null,
        pulled,
        LOG_FIELDS[pulled.table],
      );
      await db.syncShadows.put({ table: pulled.table, id: pulled.id, ...merged });
      if (taken.length === 0) continue;

      for (const field of taken) {
        const local = before ? syncedFieldsOf(before)[field] : undefined;
        // A conflict: this browser's own edit (the stamp is this clock's) overridden by a
        // later one, or, when joining, a local value the team's copy replaces.
        const ownStamp = shadow?.clocks[field];
        const editedHere = ownStamp ? parseHlc(ownStamp).node === clock.state.node : !known;
        // A log keeps every side's entries: nothing of this browser's was lost there.
        if (
          editedHere &&
          !BOOKKEEPING.has(field) &&
          !(field in LOG_FIELDS[pulled.table]) &&
          local !== undefined &&
          !sameValue(local, pulled.fields[field])
        ) {
          result.conflicts += 1;
          await db.syncConflicts.put({
            id: `${pulled.table}/${pulled.id}/${field}`,
            table: pulled.table,
            recordId: pulled.id,
            field,
            mine: local,
            theirs: pulled.fields[field],
            at: now,
          });
        }
      }

      // The local record fills what the team's copy lacks (a record pushed in parts).
      const next = {
        ...before,
        ...merged.fields,
        id: pulled.id,
        version: Number(before?.version ?? 0) + 1,
      };
      const checked = RECORD_SCHEMAS[pulled.table].safeParse(next);
      if (!checked.success) {
        result.invalid += 1;
        continue;
      }
      const after = checked.data as unknown as LocalRecord;
      await store.put(after);
      await countersFollow(db, pulled.table, before, after);
      const moved =
        pulled.table === 'cases' && pulledAssignment(before as Case | undefined, after as Case);
      if (moved) result.assignments.push(moved);
      if (pulled.table === 'events') earliestEvent = Math.min(earliestEvent, Number(after.at));
      if (pulled.table === 'events' && !before && after.type === 'case.created') {
        const { caseId, by, data } = after as unknown as CasebookEvent;
        result.captured.push({ caseId, by, data });
      }
      // A case new here, perhaps in a later page than its events: their facts need it.
      if (pulled.table === 'cases' && !before)
        earliestEvent = Math.min(earliestEvent, Number(after.createdAt));
      result.written += 1;
    }
    await markAnalyticsStale(db, earliestEvent);
    await queuePushes(db, stampedNow, now);
    await saveClock(db, clock.state);
    await db.syncMeta.put({ key: 'cursor', value: cursor });
    return result;
  });
}
