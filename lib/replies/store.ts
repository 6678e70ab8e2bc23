import type { CasebookDatabase } from '../db/database';
import { SavedReplySchema, type Platform, type SavedReply } from '../db/schema';
import type { Actor } from '../cases/actor';
import { nextMeta } from '../db/records';
import { foldText } from '../cases/search-terms';
import { DEFAULT_SAVED_REPLIES } from './defaults';
import { SavedReplyInputSchema, type SavedReplyInput } from './input';

/**
 * The desk's saved replies. A library an agent scrolls, not a data set: reads are bounded
 * (the newest MAX_SAVED_REPLIES by change) and saving refuses more than that.
 */
export const MAX_SAVED_REPLIES = 500;

/** A refusal the agent can act on, in plain words (shown as is). */
export class SavedReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SavedReplyError';
  }
}

const byName = (a: SavedReply, b: SavedReply) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** The saved replies (not deleted), by name. One bounded index read. */
export async function listSavedReplies(
  db: CasebookDatabase,
  limit = MAX_SAVED_REPLIES,
): Promise<SavedReply[]> {
  const replies = await db.savedReplies
    .orderBy('updatedAt')
    .reverse()
    .filter((reply) => !reply.deleted)
    .limit(limit)
    .toArray();
  return replies.sort(byName);
}

/**
 * The replies for a channel ("any" replies fit every channel) whose name, text or tags
 * contain every word of the query. Pure: the list is already in memory.
 */
export function filterReplies(
  replies: readonly SavedReply[],
  query: string,
  channel?: Platform,
): SavedReply[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return replies.filter((reply) => {
    if (channel && reply.channel !== 'any' && reply.channel !== channel) return false;
    const haystack = foldText([reply.name, reply.body, ...reply.tags].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** Creates a saved reply, or changes the one with `input.id`. */
export async function saveSavedReply(
  db: CasebookDatabase,
  input: SavedReplyInput,
  actor: Actor,
): Promise<SavedReply> {
  const fields = SavedReplyInputSchema.parse(input);
  return db.transaction('rw', db.savedReplies, async () => {
    const existing = await listSavedReplies(db, MAX_SAVED_REPLIES + 1);
    const before = fields.id ? await db.savedReplies.get(fields.id) : undefined;
    if (fields.id && (!before || before.deleted)) {
      throw new SavedReplyError('This saved reply was deleted meanwhile. Save it as a new one.');
    }
    const sameName = existing.find(
      (reply) => reply.id !== fields.id && foldText(reply.name) === foldText(fields.name),
    );
    if (sameName) {
      throw new SavedReplyError(`There is a saved reply named “${sameName.name}” already.`);
    }
    if (!before && existing.length >= MAX_SAVED_REPLIES) {
      throw new SavedReplyError(
        `A desk keeps at most ${MAX_SAVED_REPLIES} saved replies. Delete some you no longer use.`,
      );
    }
    const record = SavedReplySchema.parse({
      ...nextMeta(before, actor.now),
      name: fields.name,
      body: fields.body,
      channel: fields.channel,
      tags: fields.tags,
    });
    await db.savedReplies.put(record);
    return record;
  });
}

/**
 * Deletes a saved reply. A tombstone stays (deleted: true) so sync can pass the deletion
 * on, and so the defaults are not created again once a desk has deleted them all.
 */
export async function deleteSavedReply(
  db: CasebookDatabase,
  id: string,
  actor: Actor,
): Promise<void> {
  await db.transaction('rw', db.savedReplies, async () => {
    const before = await db.savedReplies.get(id);
    if (!before || before.deleted) return; // deleting twice is harmless
    await db.savedReplies.put({ ...before, ...nextMeta(before, actor.now), deleted: true });
  });
}

/**
 * Gives a new desk its first saved replies, once: only while the table has never held
 * one (tombstones count, so deleting them all does not bring them back). Idempotent and
 * safe to race: one transaction, fixed ids.
 */
export async function ensureDefaultReplies(db: CasebookDatabase, now: number): Promise<boolean> {
  return db.transaction('rw', db.savedReplies, async () => {
    if (await db.savedReplies.limit(1).first()) return false;
    await db.savedReplies.bulkPut(
      DEFAULT_SAVED_REPLIES.map((reply) =>
        SavedReplySchema.parse({
          ...reply,
          tags: [...reply.tags],
          createdAt: now,
          updatedAt: now,
          version: 1,
          deleted: false,
        }),
      ),
    );
    return true;
  });
}
