/**
 * One round of sync: stamp and queue this browser's edits, push the outbox (oldest first,
 * each push retried with its own pushId until acknowledged), then pull every change after
 * the cursor and apply it. Safe to stop at any point: the outbox, the cursor and the
 * shadows are written in the same transactions as what they describe, so the next round
 * (the next alarm, or after a browser restart) goes on from there.
 */
import type { CasebookDatabase } from '../db/database';
import { applyPulled, type PulledCaptureEvent } from './apply-pulled';
import { readClock, saveClock } from './clock-store';
import { observe } from './hlc';
import { queueLocalEdits } from './local-edits';
import type { SyncOutboxEntry } from './local-types';
import { MAX_CHANGES_PER_PULL } from './protocol';
import { SyncTransportError, type SyncTransport } from './transport';
import type { PulledAssignment } from './assigned-to-me';

export interface SyncRound {
  pushed: number;
  pulled: number;
  conflicts: number;
  invalid: number;
  /** Pushes still waiting (0 after a full round). */
  pending: number;
  /** Changes the server refused, set aside (see setAside). */
  refused: number;
  /** Why the latest of them was refused, in the server's words. */
  refusedReason: string | null;
  /** Cases whose assignee the pulled changes moved, in the order they came. */
  assignments: PulledAssignment[];
  /** Cases captured elsewhere in the team, new here (issue 12's alerts). */
  captured: PulledCaptureEvent[];
  /** Whether this round joined the team's history (its first pull): all of it is new here. */
  joining: boolean;
}

/**
 * A refusal that no retry will change: the member's role may not make this change, or the
 * server will not take its value. A clock set ahead is refused too, but that is this
 * machine's to fix, and every change would meet it: the round stops and says so instead.
 */
const refusedForGood = (error: unknown): error is SyncTransportError =>
  error instanceof SyncTransportError &&
  error.failure === 'refused' &&
  error.code !== 'clock_ahead';

/** The oldest push not set aside. */
const nextPush = (db: CasebookDatabase) =>
  db.syncOutbox
    .orderBy('createdAt')
    .filter((entry) => !entry.refused)
    .first();

/**
 * A refused push of several changes is split into one push per change, so only the ones
 * the server refuses are set aside; a single refused change is kept with the reason.
 */
async function setAside(db: CasebookDatabase, entry: SyncOutboxEntry, reason: string, now: number) {
  await db.transaction('rw', db.syncOutbox, async () => {
    await db.syncOutbox.delete(entry.pushId);
    if (entry.changes.length === 1) {
      await db.syncOutbox.put({ ...entry, refused: { reason: reason.slice(0, 400), at: now } });
      return;
    }
    await db.syncOutbox.bulkAdd(
      entry.changes.map((change) => ({
        pushId: crypto.randomUUID(),
        createdAt: entry.createdAt,
        changes: [change],
      })),
    );
  });
}

async function observeServerClock(db: CasebookDatabase, stamp: string, now: number) {
  await db.transaction('rw', db.syncMeta, async () => {
    await saveClock(db, observe(await readClock(db), stamp, now));
  });
}

/** Whether this browser has joined its team's history (it has pulled once). */
const joined = async (db: CasebookDatabase) => (await db.syncMeta.get('cursor')) !== undefined;

/**
 * Stamps and queues this browser's edits without the server, so that while it cannot be
 * reached the status still counts what waits to be sent. Not before the first pull: see
 * syncRound.
 */
export async function queueEditsOffline(db: CasebookDatabase, now: number): Promise<void> {
  if (await joined(db)) await queueLocalEdits(db, now);
}

export async function syncRound(
  db: CasebookDatabase,
  transport: SyncTransport,
  now: () => number = Date.now,
): Promise<SyncRound> {
  const round: SyncRound = {
    pushed: 0,
    pulled: 0,
    conflicts: 0,
    invalid: 0,
    pending: 0,
    refused: 0,
    refusedReason: null,
    assignments: [],
    captured: [],
    joining: !(await joined(db)),
  };
  // Joining (no cursor yet): take the team's records first, so this browser's copies of
  // them are not stamped as new edits and pushed over the team's later ones.
  if (round.joining) await pullAll(db, transport, now, round);
  await queueLocalEdits(db, now());

  for (let entry = await nextPush(db); entry; entry = await nextPush(db)) {
    let answer;
    try {
      answer = await transport.push({ pushId: entry.pushId, changes: entry.changes });
    } catch (error) {
      if (!refusedForGood(error)) throw error;
      await setAside(db, entry, error.message, now());
      continue;
    }
    await db.syncOutbox.delete(entry.pushId);
    await observeServerClock(db, answer.clock, now());
    round.pushed += entry.changes.length;
  }

  await pullAll(db, transport, now, round);
  // Edits stamped while pulling (made during the round) go out in the next one.
  const outbox = await db.syncOutbox.toArray();
  const refused = outbox.filter((entry) => entry.refused);
  round.pending = outbox.length - refused.length;
  round.refused = refused.length;
  round.refusedReason =
    refused.sort((a, b) => b.refused!.at - a.refused!.at)[0]?.refused?.reason ?? null;
  return round;
}

async function pullAll(
  db: CasebookDatabase,
  transport: SyncTransport,
  now: () => number,
  round: SyncRound,
) {
  for (;;) {
    const cursor = String((await db.syncMeta.get('cursor'))?.value ?? '0');
    const page = await transport.pull(cursor, MAX_CHANGES_PER_PULL);
    const applied = await applyPulled(db, page.changes, page.cursor, now());
    round.pulled += page.changes.length;
    round.conflicts += applied.conflicts;
    round.invalid += applied.invalid;
    round.assignments.push(...applied.assignments);
    round.captured.push(...applied.captured);
    if (!page.more) return;
  }
}
