import type { CasebookDatabase } from '../db/database';
import { liveRecord, nextMeta } from '../db/records';
import {
  FOLLOW_UP_LIMITS,
  FollowUpSchema,
  type CasebookEvent,
  type FollowUp,
  type FollowUpChange,
  type FollowUpEvidence,
  type FollowUpSource,
} from '../db/schema';
import { newId } from '../ids';
import { markAnalyticsStale } from '../analytics/stale';
import type { Actor } from '../cases/actor';
import { changeCase } from '../cases/change';
import { readSettings, type Settings } from '../settings';

/**
 * Promised follow-ups: every write is one transaction that also records a 'followup.*'
 * event and, when the follow-up belongs to a live case, an entry in the case's history
 * (through changeCase, so the case's derived fields stay right).
 */

/** One promise found in what the agent wrote (the shape findPromises returns). */
export interface FoundPromise {
  phrase: string;
  dueAt: Date;
}

export interface NewFollowUps {
  caseId: string | null;
  /** The customer ("x:dana_r"); taken from the case when null and a case is given. */
  customerKey: string | null;
  /** The agent who owes them. */
  owner: string;
  /** What the agent wrote: the reply, note or saved reply the promises are in. */
  text: string;
  source: FollowUpSource;
  /** Permalink or page URL where the promise was made. */
  where: string | null;
  promises: readonly FoundPromise[];
  /** The agent kept the due time in the confirmation (or made it by hand). */
  confirmed?: boolean;
}

/** A change the follow-up's status does not allow ("This follow-up is done…"). */
export class FollowUpStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FollowUpStateError';
  }
}

/** A value the follow-up cannot take (a snooze into the past, an unknown agent). */
export class FollowUpInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FollowUpInputError';
  }
}

const MINUTE = 60_000;
/** The same promise caught twice (a reply sent, then noted) within this is one follow-up. */
export const DEDUPE_WINDOW_MS = 10 * MINUTE;
/** The farthest a snooze or a due time may be moved, so a typo cannot bury a promise. */
export const MAX_AHEAD_MS = 366 * 24 * 60 * MINUTE;

/** When the "due soon" reminder fires: the lead time before the due time. */
export const remindAtOf = (dueAt: number, leadMinutes: number): number =>
  Math.max(0, dueAt - leadMinutes * MINUTE);

/**
 * Sources that say more than another about the same sent words: a reply Casebook inserted
 * (a saved reply) is also seen by the send watcher as a plain reply, and the follow-up
 * keeps the more specific source whichever report lands first.
 */
const MORE_SPECIFIC_THAN: Partial<Record<FollowUpSource, readonly FollowUpSource[]>> = {
  'saved-reply': ['reply'],
};
const isMoreSpecific = (source: FollowUpSource, than: FollowUpSource) =>
  MORE_SPECIFIC_THAN[source]?.includes(than) ?? false;

const phraseKey = (phrase: string) => phrase.trim().toLowerCase().replace(/\s+/g, ' ');
const clip = (text: string, max: number) => text.trim().slice(0, max);
const iso = (ms: number) => new Date(ms).toISOString();

const TABLES = (db: CasebookDatabase) => [
  db.followUps,
  db.cases,
  db.events,
  db.counters,
  db.settings,
  db.analyticsMarks,
];

/** Adds an entry to the case's history, when the case is still there. */
async function noteOnCase(
  db: CasebookDatabase,
  caseId: string | null,
  entries: { from: string; to: string }[],
  actor: Actor,
): Promise<void> {
  if (!caseId || !entries.length) return;
  const record = await db.cases.get(caseId);
  if (!record || record.deleted) return; // the follow-up outlives a deleted case
  await changeCase(
    db,
    caseId,
    actor.now,
    (current) => ({
      ...current,
      updatedAt: actor.now,
      history: [
        ...current.history,
        ...entries.map((entry) => ({
          at: actor.now,
          by: actor.by,
          type: 'followup' as const,
          from: entry.from.slice(0, 200),
          to: entry.to.slice(0, 200),
        })),
      ],
    }),
    undefined,
    [db.followUps],
  );
}

/**
 * Makes one pending follow-up per promise. A promise with the same words on the same
 * case (or, without a case, the same customer) made in the last 10 minutes is not made
 * again: it is returned among `duplicates` (with the more specific source of the two).
 */
export async function createFollowUps(
  db: CasebookDatabase,
  input: NewFollowUps,
  actor: Actor,
): Promise<{ created: FollowUp[]; duplicates: FollowUp[] }> {
  return db.transaction('rw', TABLES(db), async () => {
    const settings = await readSettings(db);
    let customerKey = input.customerKey;
    if (input.caseId) {
      const linked = await db.cases.get(input.caseId);
      if (!linked || linked.deleted) {
        throw new FollowUpInputError(`No case with id ${input.caseId}; it may have been deleted.`);
      }
      customerKey ??= linked.customerKey;
    }
    const recent = await recentFollowUps(db, input.caseId, customerKey, actor.now);
    const created: FollowUp[] = [];
    const duplicates: FollowUp[] = [];
    for (const promise of input.promises) {
      const dueAt = promise.dueAt.getTime();
      if (!Number.isFinite(dueAt) || dueAt < 0) {
        throw new FollowUpInputError(`"${clip(promise.phrase, 60)}" has no valid due time.`);
      }
      const same = [...recent, ...created].find(
        (other) => phraseKey(other.phrase) === phraseKey(promise.phrase),
      );
      if (same) {
        duplicates.push(
          isMoreSpecific(input.source, same.source) && !created.includes(same)
            ? await withSource(db, same, input.source, actor.now)
            : same,
        );
        continue;
      }
      created.push(newFollowUp(input, customerKey, promise.phrase, dueAt, settings, actor));
    }
    await db.followUps.bulkAdd(created);
    await db.events.bulkAdd(
      created.map((followUp) => ({
        id: newId(),
        at: actor.now,
        by: actor.by,
        type: 'followup.created' as const,
        caseId: followUp.caseId,
        data: {
          followUpId: followUp.id,
          dueAt: followUp.dueAt,
          source: followUp.source,
          owner: followUp.owner,
        },
      })),
    );
    await noteOnCase(
      db,
      input.caseId,
      created.map((followUp) => ({
        from: 'promised',
        to: `${followUp.phrase} (due ${iso(followUp.dueAt)})`,
      })),
      actor,
    );
    return { created, duplicates };
  });
}

/** The same follow-up, its source made more specific (not an agent's change: no history). */
async function withSource(
  db: CasebookDatabase,
  followUp: FollowUp,
  source: FollowUpSource,
  now: number,
): Promise<FollowUp> {
  const next = FollowUpSchema.parse({ ...followUp, ...nextMeta(followUp, now), source });
  await db.followUps.put(next);
  return next;
}

async function recentFollowUps(
  db: CasebookDatabase,
  caseId: string | null,
  customerKey: string | null,
  now: number,
): Promise<FollowUp[]> {
  const since = now - DEDUPE_WINDOW_MS;
  const range = caseId
    ? db.followUps.where('caseId').equals(caseId)
    : customerKey
      ? db.followUps.where('customerKey').equals(customerKey)
      : null;
  if (!range) return [];
  return range
    .filter((f) => !f.deleted && f.createdAt >= since && (caseId !== null || f.caseId === null))
    .toArray();
}

function newFollowUp(
  input: NewFollowUps,
  customerKey: string | null,
  phrase: string,
  dueAt: number,
  settings: Settings,
  actor: Actor,
): FollowUp {
  const confirmed = input.confirmed === true || settings.followUps.autoConfirm;
  return FollowUpSchema.parse({
    ...nextMeta(undefined, actor.now),
    caseId: input.caseId,
    customerKey,
    owner: clip(input.owner, FOLLOW_UP_LIMITS.owner),
    text: clip(input.text, FOLLOW_UP_LIMITS.text),
    phrase: clip(phrase, FOLLOW_UP_LIMITS.phrase),
    source: input.source,
    where: input.where,
    dueAt,
    remindAt: remindAtOf(dueAt, settings.followUps.leadMinutes),
    status: 'pending',
    confirmedAt: confirmed ? actor.now : null,
    doneAt: null,
    evidence: null,
    snoozedUntil: null,
    remindedAt: null,
    dueNotifiedAt: null,
    history: [{ at: actor.now, by: actor.by, what: 'created', from: null, to: iso(dueAt) }],
  });
}

type What = FollowUpChange['what'];

/** What one transition makes of a follow-up; null when there is nothing to do. */
interface Transition {
  what: What;
  next: Partial<FollowUp>;
  from: string | null;
  to: string | null;
}

/** Reads, changes, re-validates and stores one follow-up, with its event and case entry. */
async function changeFollowUp(
  db: CasebookDatabase,
  id: string,
  actor: Actor,
  transition: (current: FollowUp, settings: Settings) => Transition | null,
): Promise<FollowUp> {
  return db.transaction('rw', TABLES(db), async () => {
    const before = await liveRecord(db.followUps, 'follow-up', id);
    const change = transition(before, await readSettings(db));
    if (!change) return before;
    const entry: FollowUpChange = {
      at: actor.now,
      by: actor.by,
      what: change.what,
      from: change.from?.slice(0, 200) ?? null,
      to: change.to?.slice(0, 200) ?? null,
    };
    const next = FollowUpSchema.parse({
      ...before,
      ...change.next,
      ...nextMeta(before, actor.now),
      history: [...before.history, entry].slice(-FOLLOW_UP_LIMITS.history),
    });
    await db.followUps.put(next);
    // Done after all, once missed: it counts as done late, no longer as missed, so the
    // analytics rebuild the day it was missed.
    const missedAt = before.history.findLast((entry) => entry.what === 'missed')?.at;
    if (change.what === 'done' && before.status === 'missed' && missedAt !== undefined)
      await markAnalyticsStale(db, missedAt);
    await db.events.add({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type: `followup.${change.what}`,
      caseId: before.caseId,
      data: { followUpId: id, from: entry.from, to: entry.to },
    });
    await noteOnCase(
      db,
      before.caseId,
      [{ from: change.what, to: `${before.phrase}${entry.to ? ` → ${entry.to}` : ''}` }],
      actor,
    );
    return next;
  });
}

const requireStatus = (
  followUp: FollowUp,
  allowed: readonly FollowUp['status'][],
  doing: string,
) => {
  if (!allowed.includes(followUp.status)) {
    throw new FollowUpStateError(`This follow-up is ${followUp.status}: it cannot be ${doing}.`);
  }
};

const checkAhead = (at: number, now: number, what: string) => {
  if (at > now + MAX_AHEAD_MS) throw new FollowUpInputError(`${what} is more than a year ahead.`);
};

/**
 * Keeps the follow-up (the sidebar's "keep"), or moves its due time ("change"): a new
 * due time brings new reminders.
 */
export async function confirmFollowUp(
  db: CasebookDatabase,
  id: string,
  change: { dueAt?: number },
  actor: Actor,
): Promise<FollowUp> {
  return changeFollowUp(db, id, actor, (current, settings) => {
    requireStatus(current, ['pending'], 'confirmed');
    const dueAt = change.dueAt;
    if (dueAt === undefined || dueAt === current.dueAt) {
      return current.confirmedAt !== null
        ? null
        : {
            what: 'confirmed',
            next: { confirmedAt: actor.now },
            from: null,
            to: iso(current.dueAt),
          };
    }
    checkAhead(dueAt, actor.now, 'The due time');
    return {
      what: 'due',
      next: {
        dueAt,
        remindAt: remindAtOf(dueAt, settings.followUps.leadMinutes),
        confirmedAt: actor.now,
        remindedAt: null,
        dueNotifiedAt: null,
      },
      from: iso(current.dueAt),
      to: iso(dueAt),
    };
  });
}

/** Not a promise after all (or no longer owed): no reminders, not counted as missed. */
export async function dismissFollowUp(
  db: CasebookDatabase,
  id: string,
  reason: string | null,
  actor: Actor,
): Promise<FollowUp> {
  return changeFollowUp(db, id, actor, (current) => {
    requireStatus(current, ['pending'], 'dismissed');
    return {
      what: 'dismissed',
      next: { status: 'dismissed', snoozedUntil: null },
      from: null,
      to: reason,
    };
  });
}

const evidenceText = (evidence: FollowUpEvidence) =>
  evidence.kind === 'link' ? evidence.url : evidence.text;

/** Kept, with what shows it; a missed follow-up kept after all counts as done late. */
export async function markFollowUpDone(
  db: CasebookDatabase,
  id: string,
  evidence: FollowUpEvidence,
  actor: Actor,
): Promise<FollowUp> {
  return changeFollowUp(db, id, actor, (current) => {
    requireStatus(current, ['pending', 'missed'], 'marked done');
    return {
      what: 'done',
      next: { status: 'done', doneAt: actor.now, evidence, snoozedUntil: null },
      from: current.status,
      to: evidenceText(evidence),
    };
  });
}

/** No reminder until `until`; the due time the customer was promised stays as it is. */
export async function snoozeFollowUp(
  db: CasebookDatabase,
  id: string,
  until: number,
  actor: Actor,
): Promise<FollowUp> {
  return changeFollowUp(db, id, actor, (current) => {
    requireStatus(current, ['pending'], 'snoozed');
    if (until <= actor.now) throw new FollowUpInputError('Snooze until a time still to come.');
    checkAhead(until, actor.now, 'The snooze');
    return {
      what: 'snoozed',
      next: { snoozedUntil: until },
      from: current.snoozedUntil === null ? null : iso(current.snoozedUntil),
      to: iso(until),
    };
  });
}

/** Hands the follow-up to another agent of the team (settings name them). */
export async function reassignFollowUp(
  db: CasebookDatabase,
  id: string,
  owner: string,
  actor: Actor,
): Promise<FollowUp> {
  return changeFollowUp(db, id, actor, (current, settings) => {
    requireStatus(current, ['pending', 'missed'], 'reassigned');
    const name = owner.trim();
    if (!settings.agents.includes(name)) {
      throw new FollowUpInputError(`"${name}" is not an agent of this team (see Settings).`);
    }
    if (name === current.owner) return null;
    return { what: 'reassigned', next: { owner: name }, from: current.owner, to: name };
  });
}

/** The promise was not kept: it leaves the reminders and the badge, and counts as missed. */
export async function markFollowUpMissed(
  db: CasebookDatabase,
  id: string,
  actor: Actor,
): Promise<FollowUp> {
  return changeFollowUp(db, id, actor, (current) => {
    requireStatus(current, ['pending'], 'marked missed');
    return { what: 'missed', next: { status: 'missed', snoozedUntil: null }, from: null, to: null };
  });
}

/**
 * Records that a reminder was shown ("before": due soon; "due": due or overdue), so a
 * restart does not show it again. Not a change by an agent: no history entry, no event.
 */
export async function markFollowUpNotified(
  db: CasebookDatabase,
  id: string,
  kind: 'before' | 'due',
  now: number,
): Promise<void> {
  await db.transaction('rw', db.followUps, db.events, async () => {
    const current = await db.followUps.get(id);
    if (!current || current.deleted) return;
    const field = kind === 'before' ? 'remindedAt' : 'dueNotifiedAt';
    await db.followUps.put({ ...current, ...nextMeta(current, now), [field]: now });
    if (kind === 'due' && current.dueNotifiedAt === null)
      await db.events.put(cameDueEvent(current));
  });
}

/**
 * Issue 12: the activity stream shows a follow-up came due. The id is the same in every
 * browser that sees it come due (a lead's and the owner's), so sync keeps one event, not two.
 */
function cameDueEvent(followUp: FollowUp): CasebookEvent {
  return {
    id: `due-${followUp.id}-${followUp.dueAt}`.slice(0, 64),
    at: followUp.dueAt,
    by: followUp.owner,
    type: 'followup.cameDue',
    caseId: followUp.caseId,
    data: { followUpId: followUp.id, dueAt: followUp.dueAt },
  };
}

/**
 * A teammate's follow-up came due in this browser (a lead's, which pulls everyone's): only
 * the stream's event, once. The follow-up itself is left alone: its "notified" marks are
 * synced, and set here they would keep the owner's browser from ever reminding the owner.
 */
export async function recordFollowUpCameDue(db: CasebookDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.followUps, db.events, async () => {
    const current = await db.followUps.get(id);
    if (!current || current.deleted || current.dueNotifiedAt !== null) return;
    const event = cameDueEvent(current);
    if (!(await db.events.get(event.id))) await db.events.put(event);
  });
}

/**
 * A new lead time in settings: every pending follow-up whose "due soon" reminder is still
 * to come gets its reminder time from it (the background then re-plans the alarms).
 * Not a change by an agent: no history entry, no event. Returns how many moved.
 */
export async function applyLeadTime(
  db: CasebookDatabase,
  leadMinutes: number,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.followUps, async () => {
    const moved = (await db.followUps.where('status').equals('pending').toArray()).flatMap(
      (followUp) => {
        const remindAt = remindAtOf(followUp.dueAt, leadMinutes);
        return !followUp.deleted && followUp.remindedAt === null && followUp.remindAt !== remindAt
          ? [{ ...followUp, ...nextMeta(followUp, now), remindAt }]
          : [];
      },
    );
    await db.followUps.bulkPut(moved);
    return moved.length;
  });
}
