/**
 * The stored analytics facts, one row per UTC day, kept up to date from the event log.
 * A refresh rebuilds only the days that can have changed since the last one: today's
 * (and the days since the last refresh) when their count of events moved, and any day an
 * import or a sync pull wrote older events into (stale.ts). A day is rebuilt whole from its events, so rebuilding
 * twice never counts twice.
 */
import type { CasebookDatabase } from '../db/database';
import { AnalyticsFactSchema, type AnalyticsMark } from '../db/schema';
import { readSettings } from '../settings';
import { DAY_MS, utcDay } from './days';
import { factsOf, recordsNeeded, type Fact } from './facts';

export interface RefreshProgress {
  done: number;
  total: number;
}

const byId = <T extends { id: string }>(records: (T | undefined)[]) =>
  new Map(records.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));

const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

const eventsOfDay = (db: CasebookDatabase, day: string) => {
  const start = dayStart(day);
  return db.events.where('at').between(start, start + DAY_MS, true, false);
};

/** Rebuilds one UTC day's facts from its events. Returns how many facts it holds. */
export async function rebuildDay(db: CasebookDatabase, day: string, now: number): Promise<number> {
  const events = await eventsOfDay(db, day).toArray();
  const needed = recordsNeeded(events);
  const [cases, followUps, testimonials, settings] = await Promise.all([
    db.cases.bulkGet(needed.cases),
    db.followUps.bulkGet(needed.followUps),
    db.testimonials.bulkGet(needed.testimonials),
    readSettings(db),
  ]);
  const caseMap = byId(cases);
  const followUpMap = byId(followUps);
  const testimonialMap = byId(testimonials);
  const context = {
    caseOf: (id: string) => caseMap.get(id),
    followUpOf: (id: string) => followUpMap.get(id),
    testimonialOf: (id: string) => testimonialMap.get(id),
    policies: settings.slaPolicies,
    priority: settings.priority,
  };
  const facts: Fact[] = [];
  for (const event of events) {
    // A fact that would not pass its schema (a record from a newer version, a damaged
    // import) is left out rather than stopping the whole day.
    for (const fact of factsOf(event, context))
      if (AnalyticsFactSchema.safeParse(fact).success) facts.push(fact);
  }
  facts.sort((a, b) => a.at - b.at);
  if (events.length)
    await db.analyticsDays.put({ day, facts, builtAt: now, events: events.length });
  else await db.analyticsDays.delete(day);
  return facts.length;
}

/**
 * Whether a day rebuilt only because it is recent (today, the settle hour) can be left as
 * it is: its events are only ever added to (what changes an old one marks its day stale),
 * so the same count means the same events. Counting reads the index alone, a few ms for
 * a busy day, where rebuilding it read every event and the records they name: the refresh
 * each view asks for first then costs next to nothing.
 */
async function unchangedSinceBuilt(db: CasebookDatabase, day: string): Promise<boolean> {
  const [row, count] = await Promise.all([db.analyticsDays.get(day), eventsOfDay(db, day).count()]);
  return row?.events !== undefined ? row.events === count : count === 0;
}

/**
 * Rebuilt again on every refresh before the last one's time: an event's time is taken
 * before its write commits, so one stamped just before a refresh can land just after it
 * (and just before midnight, in the day before the refresh's).
 */
const SETTLE_MS = 60 * 60_000;

/**
 * The first UTC day that must be rebuilt, or null when there is nothing to build. Never
 * before the first event (a mark from 0, after new SLA rules, means "everything").
 */
async function firstStaleDay(db: CasebookDatabase, mark: AnalyticsMark | undefined) {
  const first = await db.events.orderBy('at').first();
  if (!first) return null;
  // Never built: from the first event there is.
  if (mark?.builtUpTo == null) return utcDay(first.at);
  const from = Math.min(mark.builtUpTo - SETTLE_MS, mark.staleFrom ?? Infinity);
  return utcDay(Math.max(from, first.at));
}

/**
 * Brings the stored facts up to `now`. Progress is reported per day, since the first
 * refresh on a large history (a year of events) takes a while. The mark moves only at the
 * end, so a refresh cut short is simply done again; a mark made while it ran (a sync
 * pull: `generation` moved) keeps its days stale for the next one.
 */
export async function refreshFacts(
  db: CasebookDatabase,
  now: number,
  onProgress?: (progress: RefreshProgress) => void,
): Promise<{ daysRebuilt: number }> {
  const mark = await db.analyticsMarks.get('built');
  const from = await firstStaleDay(db, mark);
  const days: string[] = [];
  if (from !== null) for (let at = dayStart(from); at <= now; at += DAY_MS) days.push(utcDay(at));
  // Days from a mark on are rebuilt whatever their count: their events may have changed.
  const staleFrom = mark?.builtUpTo == null ? -Infinity : (mark.staleFrom ?? Infinity);
  let daysRebuilt = 0;
  for (const [index, day] of days.entries()) {
    onProgress?.({ done: index, total: days.length });
    const marked = dayStart(day) + DAY_MS > staleFrom;
    if (!marked && (await unchangedSinceBuilt(db, day))) continue;
    await rebuildDay(db, day, now);
    daysRebuilt++;
  }
  onProgress?.({ done: days.length, total: days.length });
  await db.transaction('rw', db.analyticsMarks, async () => {
    const latest = await db.analyticsMarks.get('built');
    const generation = latest?.generation ?? 0;
    const markedMeanwhile = generation !== (mark?.generation ?? 0);
    const version = latest?.factsVersion ?? 0;
    await db.analyticsMarks.put({
      key: 'built',
      builtUpTo: now,
      staleFrom: markedMeanwhile ? (latest?.staleFrom ?? null) : null,
      generation,
      factsVersion: daysRebuilt > 0 ? version + 1 : version,
    });
  });
  return { daysRebuilt };
}

/** Which version of the stored facts is current (see AnalyticsMark.factsVersion). */
export const factsVersion = async (db: CasebookDatabase) =>
  (await db.analyticsMarks.get('built'))?.factsVersion ?? 0;

/** The stored facts of the UTC days that overlap [from, to), in time order. */
export async function readFacts(db: CasebookDatabase, from: number, to: number): Promise<Fact[]> {
  const rows = await db.analyticsDays
    .where('day')
    .between(utcDay(from), utcDay(to), true, true)
    .toArray();
  return rows.flatMap((row) => row.facts as Fact[]);
}
