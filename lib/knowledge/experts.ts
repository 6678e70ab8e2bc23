import type { CasebookDatabase } from '../db/database';
import { ExpertSchema, type Expert } from '../db/schema';
import type { Actor } from '../cases/actor';
import { ExpertInputSchema, type ExpertInput } from './inputs';
import { liveRecord, newestLive, nextMeta, tombstone } from '../db/records';

/** The directory is small by nature; reads stop here all the same. */
export const EXPERT_LIST_LIMIT = 2000;

/**
 * The experts, newest first; with a topic, those covering it (the `topics` multi-entry
 * index). At most EXPERT_LIST_LIMIT.
 */
export async function listExperts(
  db: CasebookDatabase,
  { topic, limit = EXPERT_LIST_LIMIT }: { topic?: string; limit?: number } = {},
): Promise<Expert[]> {
  if (!topic) return newestLive(db.experts, limit);
  const rows = await db.experts.where('topics').equals(topic.trim().toLowerCase()).limit(limit);
  return (await rows.toArray()).filter((e) => !e.deleted).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Creates an expert, or changes one when the input has an id. Validated whole. */
export async function saveExpert(
  db: CasebookDatabase,
  input: ExpertInput,
  actor: Actor,
): Promise<Expert> {
  const { id, ...fields } = ExpertInputSchema.parse(input);
  return db.transaction('rw', db.experts, async () => {
    const existing = id ? await liveRecord(db.experts, 'expert', id) : undefined;
    const expert = ExpertSchema.parse({ ...nextMeta(existing, actor.now), ...fields });
    await db.experts.put(expert);
    return expert;
  });
}

export async function deleteExpert(db: CasebookDatabase, id: string, actor: Actor) {
  await db.transaction('rw', db.experts, () => tombstone(db.experts, 'expert', id, actor.now));
}

/** Every topic of these experts, each once, sorted: the choices of the topic filter. */
export const topicsOfExperts = (experts: readonly Expert[]): string[] =>
  [...new Set(experts.flatMap((e) => e.topics))].sort((a, b) => a.localeCompare(b));
