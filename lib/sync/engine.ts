/**
 * One round of sync: stamp and queue this browser's edits, push the outbox (oldest first,
 * each push retried with its own pushId until acknowledged), then pull every change after
 * the cursor and apply it. Safe to stop at any point: the outbox, the cursor and the
 * shadows are written in the same transactions as what they describe, so the next round
 * (the next alarm, or after a browser restart) goes on from there.
 */
import type { CasebookDatabase } from '../db/database';
import { applyPulled } from './apply-pulled';
import { readClock, saveClock } from './clock-store';
import { observe } from './hlc';
import { queueLocalEdits } from './local-edits';
import { MAX_CHANGES_PER_PULL } from './protocol';
import type { SyncTransport } from './transport';

export interface SyncRound {
  pushed: number;
  pulled: number;
  conflicts: number;
  invalid: number;
  /** Pushes still waiting (0 after a full round). */
  pending: number;
}

async function observeServerClock(db: CasebookDatabase, stamp: string, now: number) {
  await db.transaction('rw', db.syncMeta, async () => {
    await saveClock(db, observe(await readClock(db), stamp, now));
  });
}

export async function syncRound(
  db: CasebookDatabase,
  transport: SyncTransport,
  now: () => number = Date.now,
): Promise<SyncRound> {
  const round: SyncRound = { pushed: 0, pulled: 0, conflicts: 0, invalid: 0, pending: 0 };
  // Joining (no cursor yet): take the team's records first, so this browser's copies of
  // them are not stamped as new edits and pushed over the team's later ones.
  if ((await db.syncMeta.get('cursor')) === undefined) await pullAll(db, transport, now, round);
  await queueLocalEdits(db, now());

  for (const entry of await db.syncOutbox.orderBy('createdAt').toArray()) {
    const answer = await transport.push({ pushId: entry.pushId, changes: entry.changes });
    await db.syncOutbox.delete(entry.pushId);
    await observeServerClock(db, answer.clock, now());
    round.pushed += entry.changes.length;
  }

  await pullAll(db, transport, now, round);
  // Edits stamped while pulling (made during the round) go out in the next one.
  round.pending = await db.syncOutbox.count();
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
    if (!page.more) return;
  }
}
