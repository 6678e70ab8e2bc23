import type { CasebookDatabase } from '../db/database';
import { z } from '../zod';
import { RoundRobinCursorsSchema, type RoundRobinCursors } from './rule-schema';

/**
 * Where each round-robin group stands (issue 11): the agent it gave its last case to. A row
 * of its own, not a field of the settings record: it moves on every routed capture, while
 * the options page writes the settings whole from what it loaded, so a save there would
 * put back the turns of when the page was opened. Kept per browser, like the counters: not
 * synced and not in backups (a restored desk starts each group from its first agent).
 */
export const RoutingStateSchema = z.object({
  key: z.literal('cursors'),
  cursors: RoundRobinCursorsSchema,
  updatedAt: z.number().int().nonnegative(),
});
export type RoutingState = z.infer<typeof RoutingStateSchema>;

/** The stored cursors; none when there are none yet or what is stored does not read. */
export async function readCursors(db: CasebookDatabase): Promise<RoundRobinCursors> {
  const stored = RoutingStateSchema.safeParse(await db.routingState.get('cursors'));
  return stored.success ? stored.data.cursors : {};
}

export async function saveCursors(
  db: CasebookDatabase,
  cursors: RoundRobinCursors,
  now: number,
): Promise<void> {
  await db.routingState.put(RoutingStateSchema.parse({ key: 'cursors', cursors, updatedAt: now }));
}
