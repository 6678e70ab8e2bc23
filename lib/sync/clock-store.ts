/**
 * This browser's sync clock, kept in the database (syncMeta) so a restarted worker goes on
 * from where it was: a clock that restarted from zero could stamp an edit earlier than one
 * it had already made.
 */
import type { CasebookDatabase } from '../db/database';
import { newClock, type ClockState } from './hlc';

const NODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `x${Array.from(bytes, (byte) => NODE_ALPHABET[byte % NODE_ALPHABET.length]).join('')}`;
}

function isClockState(value: unknown): value is ClockState {
  const clock = value as ClockState | null;
  return (
    !!clock &&
    Number.isSafeInteger(clock.wall) &&
    Number.isSafeInteger(clock.counter) &&
    typeof clock.node === 'string' &&
    /^[A-Za-z0-9_-]{1,40}$/.test(clock.node)
  );
}

/** Call inside a transaction that includes syncMeta. */
export async function readClock(db: CasebookDatabase): Promise<ClockState> {
  const stored = (await db.syncMeta.get('clock'))?.value;
  return isClockState(stored) ? stored : newClock(newNodeId());
}

export async function saveClock(db: CasebookDatabase, clock: ClockState): Promise<void> {
  await db.syncMeta.put({ key: 'clock', value: clock });
}
