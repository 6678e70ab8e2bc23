import type { CasebookDatabase } from './database';
import type { Counter } from './schema';

/** Adds delta to a running total. Call inside the transaction that makes the change. */
export async function bumpCounter(
  db: CasebookDatabase,
  key: Counter['key'],
  delta: number,
): Promise<void> {
  if (delta === 0) return;
  const current = (await db.counters.get(key))?.value ?? 0;
  await db.counters.put({ key, value: Math.max(0, current + delta) });
}

export async function readCounter(db: CasebookDatabase, key: Counter['key']): Promise<number> {
  return (await db.counters.get(key))?.value ?? 0;
}
