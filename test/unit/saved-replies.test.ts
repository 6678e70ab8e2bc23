import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { SavedReply } from '@/lib/db/schema';
import { DEFAULT_SAVED_REPLIES } from '@/lib/replies/defaults';
import { replyProblems, fillReply } from '@/lib/replies/fill';
import { fieldErrors, SavedReplyInputSchema } from '@/lib/replies/input';
import {
  deleteSavedReply,
  ensureDefaultReplies,
  filterReplies,
  listSavedReplies,
  MAX_SAVED_REPLIES,
  saveSavedReply,
  SavedReplyError,
} from '@/lib/replies/store';
import { replyPostId } from '@/lib/replies/target';
import { actor, freshDatabase } from '../support/factories';

const T0 = Date.UTC(2026, 10, 22, 10, 0);

describe('default saved replies', () => {
  it('are created once for a new desk, even when two contexts race on first run', async () => {
    const db = freshDatabase();
    const results = await Promise.all([ensureDefaultReplies(db, T0), ensureDefaultReplies(db, T0)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await ensureDefaultReplies(db, T0 + 1)).toBe(false);
    const names = (await listSavedReplies(db)).map((r) => r.name);
    expect(names).toEqual(['Acknowledge', 'Ask for details', 'Move to DM', 'Resolved – check']);
    expect(await db.savedReplies.count()).toBe(DEFAULT_SAVED_REPLIES.length);
  });

  it('do not come back once the desk has deleted them all', async () => {
    const db = freshDatabase();
    await ensureDefaultReplies(db, T0);
    for (const reply of await listSavedReplies(db)) await deleteSavedReply(db, reply.id, actor());
    expect(await ensureDefaultReplies(db, T0 + 1)).toBe(false);
    expect(await listSavedReplies(db)).toEqual([]);
  });

  it('use only known placeholders, and every one of them fills for a captured case', () => {
    for (const reply of DEFAULT_SAVED_REPLIES) {
      expect(SavedReplyInputSchema.safeParse(reply).success).toBe(true);
      const filled = fillReply(reply.body, {
        name: 'Dana',
        handle: 'dana',
        caseRef: 'C-ABCDEF',
        link: 'https://x.com/dana/status/1',
        agent: 'Sam',
      });
      expect(filled.missing).toEqual([]);
      expect(filled.text).toContain('C-ABCDEF');
    }
  });
});

describe('saving saved replies', () => {
  const input = { name: 'Refund sent', body: 'Hi {name}, your refund for {case} is on its way.' };

  it('creates one with defaults, then changes it in place with a new version', async () => {
    const db = freshDatabase();
    const created = await saveSavedReply(db, input, actor(T0));
    expect(created).toMatchObject({
      ...input,
      channel: 'any',
      tags: [],
      version: 1,
      createdAt: T0,
      deleted: false,
    });
    const changed = await saveSavedReply(
      db,
      {
        id: created.id,
        name: 'Refund sent',
        body: 'Done: {case}.',
        channel: 'x',
        tags: ['Billing', 'billing '],
      },
      actor(T0 + 1000),
    );
    expect(changed).toMatchObject({
      id: created.id,
      body: 'Done: {case}.',
      channel: 'x',
      tags: ['billing'],
      version: 2,
      createdAt: T0,
      updatedAt: T0 + 1000,
    });
    expect(await db.savedReplies.count()).toBe(1);
  });

  it('refuses a second reply with the same name (in any case), in plain words', async () => {
    const db = freshDatabase();
    await saveSavedReply(db, input, actor());
    const error = await saveSavedReply(db, { ...input, name: ' REFUND SENT ' }, actor()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SavedReplyError);
    expect((error as Error).message).toBe('There is a saved reply named “Refund sent” already.');
  });

  it('refuses unknown placeholders, empty fields and edits of a deleted reply', async () => {
    const db = freshDatabase();
    await expect(saveSavedReply(db, { name: 'x', body: 'Hi {nmae}' }, actor())).rejects.toThrow(
      ZodError,
    );
    const parsed = SavedReplyInputSchema.safeParse({ name: ' ', body: 'Hi {nmae} {hadle}' });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!)).toEqual({
      name: 'Give the saved reply a name.',
      body: '{nmae}, {hadle} are not placeholders: use {name}, {handle}, {case}, {link}, {agent}.',
    });
    const gone = await saveSavedReply(db, input, actor());
    await deleteSavedReply(db, gone.id, actor());
    await expect(saveSavedReply(db, { ...input, id: gone.id }, actor())).rejects.toThrow(
      'This saved reply was deleted meanwhile',
    );
  });

  it(`keeps at most ${MAX_SAVED_REPLIES} per desk`, async () => {
    const db = freshDatabase();
    await db.savedReplies.bulkAdd(
      Array.from({ length: MAX_SAVED_REPLIES }, (_, i) => ({
        id: `r${i}`,
        name: `Reply ${i}`,
        body: 'Thanks!',
        channel: 'any' as const,
        tags: [],
        createdAt: T0,
        updatedAt: T0 + i,
        version: 1,
        deleted: false,
      })),
    );
    await expect(saveSavedReply(db, input, actor())).rejects.toThrow(SavedReplyError);
    // Editing one of them is still fine.
    await expect(
      saveSavedReply(db, { id: 'r3', name: 'Reply 3', body: 'Thanks again!' }, actor()),
    ).resolves.toMatchObject({ version: 2 });
  });
});

describe('deleting saved replies', () => {
  it('leaves a tombstone (for sync), hides it from the list, and is harmless twice', async () => {
    const db = freshDatabase();
    const reply = await saveSavedReply(db, { name: 'A', body: 'B' }, actor(T0));
    await deleteSavedReply(db, reply.id, actor(T0 + 5));
    await deleteSavedReply(db, reply.id, actor(T0 + 9));
    expect(await db.savedReplies.get(reply.id)).toMatchObject({
      deleted: true,
      version: 2,
      updatedAt: T0 + 5,
    });
    expect(await listSavedReplies(db)).toEqual([]);
  });
});

describe('finding saved replies', () => {
  const reply = (name: string, body: string, channel: SavedReply['channel'], tags: string[] = []) =>
    ({ id: name, name, body, channel, tags }) as SavedReply;
  const replies = [
    reply('Résumé', 'Your CV', 'any'),
    reply('Move to DM', 'Please DM us', 'x', ['privacy']),
    reply('Page inbox', 'Message our page', 'facebook'),
  ];

  it('matches every word in the name, text or tags, ignoring case and accents', () => {
    expect(filterReplies(replies, 'resume').map((r) => r.id)).toEqual(['Résumé']);
    expect(filterReplies(replies, 'PRIVACY dm').map((r) => r.id)).toEqual(['Move to DM']);
    expect(filterReplies(replies, '  ')).toHaveLength(3);
    expect(filterReplies(replies, 'dm page')).toEqual([]);
  });

  it('keeps replies for the channel and for any channel', () => {
    expect(filterReplies(replies, '', 'x').map((r) => r.id)).toEqual(['Résumé', 'Move to DM']);
  });
});

describe('what a reply goes under', () => {
  const record = { channel: 'x' as const, postKeys: ['x:1', 'x:2'] };
  it('the post in focus when it is the case’s, else the case’s latest post', () => {
    expect(replyPostId(record, { platform: 'x', postId: '1' })).toBe('1');
    expect(replyPostId(record, { platform: 'x', postId: '9' })).toBe('2');
    expect(replyPostId(record, null)).toBe('2');
    expect(replyPostId({ ...record, postKeys: ['web:abc'] }, null)).toBeNull();
  });
});

describe('reply problems in plain words', () => {
  it('names each missing placeholder and each typo', () => {
    expect(replyProblems({ missing: ['link'], unknown: ['{nmae}'] })).toEqual([
      "Nothing to fill {link} (the link to the customer's post) with for this case: replace it by hand.",
      '{nmae} is not a placeholder. Use {name}, {handle}, {case}, {link}, {agent}.',
    ]);
  });
});
