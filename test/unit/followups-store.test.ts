import { beforeEach, describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import { RecordNotFoundError } from '@/lib/db/records';
import { FollowUpSchema } from '@/lib/db/schema';
import {
  confirmFollowUp,
  createFollowUps,
  dismissFollowUp,
  FollowUpInputError,
  FollowUpStateError,
  markFollowUpDone,
  markFollowUpMissed,
  markFollowUpNotified,
  reassignFollowUp,
  snoozeFollowUp,
  type NewFollowUps,
} from '@/lib/followups/store';
import { readSettings, saveSettings } from '@/lib/settings';
import { freshDatabase, parsedPost } from '../support/factories';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 23, 9, 0); // Monday 23 Nov 2026, 09:00 UTC
const at = (now: number, by = 'me') => ({ by, now });

let db: CasebookDatabase;
let caseId: string;

beforeEach(async () => {
  db = freshDatabase();
  const { caseId: id } = await capturePost(db, parsedPost(), at(T0 - HOUR));
  caseId = id;
  await saveSettings(db, { ...(await readSettings(db)), agents: ['me', 'Sam'] });
});

const promise = (phrase: string, dueAt: number) => ({ phrase, dueAt: new Date(dueAt) });

function input(overrides: Partial<NewFollowUps> = {}): NewFollowUps {
  return {
    caseId,
    customerKey: null,
    owner: 'me',
    text: "Sorry about that! We'll get back to you within 24 hours.",
    source: 'reply',
    where: 'https://x.com/AcmeSupport/status/1850000000000000099',
    promises: [promise("we'll get back to you within 24 hours", T0 + 24 * HOUR)],
    ...overrides,
  };
}

async function one(overrides: Partial<NewFollowUps> = {}, now = T0) {
  const { created } = await createFollowUps(db, input(overrides), at(now));
  return created[0]!;
}

describe('createFollowUps', () => {
  it('makes a pending, valid follow-up with the reminder at the lead time, on the case', async () => {
    const followUp = await one();
    expect(() => FollowUpSchema.parse(followUp)).not.toThrow();
    expect(followUp).toMatchObject({
      caseId,
      customerKey: 'x:dana_r', // taken from the case
      owner: 'me',
      status: 'pending',
      dueAt: T0 + 24 * HOUR,
      remindAt: T0 + 23 * HOUR, // 60 min lead by default
      confirmedAt: null, // the agent has not pressed "keep" and autoConfirm is off
      source: 'reply',
    });
    expect(followUp.history).toEqual([
      { at: T0, by: 'me', what: 'created', from: null, to: new Date(T0 + 24 * HOUR).toISOString() },
    ]);
    const record = await db.cases.get(caseId);
    expect(record!.history.at(-1)).toMatchObject({ type: 'followup', from: 'promised', by: 'me' });
    const events = await db.events.where('type').equals('followup.created').toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ caseId, data: { followUpId: followUp.id } });
  });

  it('confirms at once when the agent kept it or the setting says so, with the lead time set', async () => {
    expect((await one({ confirmed: true })).confirmedAt).toBe(T0);
    const settings = await readSettings(db);
    await saveSettings(db, {
      ...settings,
      followUps: { ...settings.followUps, autoConfirm: true, leadMinutes: 15 },
    });
    const auto = await one({ promises: [promise('I will call you tomorrow', T0 + 30 * HOUR)] });
    expect(auto.confirmedAt).toBe(T0);
    expect(auto.remindAt).toBe(T0 + 30 * HOUR - 15 * MIN);
  });

  it('does not make the same promise on the same case twice within 10 minutes', async () => {
    const first = await one();
    const again = await createFollowUps(
      db,
      input({
        source: 'note',
        promises: [promise("We'll  get back to you WITHIN 24 hours", T0 + 25 * HOUR)],
      }),
      at(T0 + 9 * MIN),
    );
    expect(again.created).toEqual([]);
    expect(again.duplicates.map((f) => f.id)).toEqual([first.id]);
    // After 10 minutes it is a new promise.
    const later = await createFollowUps(db, input(), at(T0 + 11 * MIN));
    expect(later.created).toHaveLength(1);
    // Two promises in one text, one of them repeated in it: two follow-ups.
    const text = await createFollowUps(
      db,
      input({
        promises: [
          promise('let me check with billing by Friday', T0 + 96 * HOUR),
          promise('our team will call you tomorrow', T0 + 24 * HOUR),
          promise('Let me check with billing by Friday', T0 + 96 * HOUR),
        ],
      }),
      at(T0 + 12 * MIN),
    );
    expect(text.created).toHaveLength(2);
    expect(text.duplicates).toHaveLength(1);
    expect(await db.followUps.count()).toBe(4);
  });

  it('keeps follow-ups without a case, deduped by customer', async () => {
    const loose = { caseId: null, customerKey: 'x:sam_k', where: null };
    const first = await one(loose);
    expect(first).toMatchObject({ caseId: null, customerKey: 'x:sam_k', where: null });
    const again = await createFollowUps(db, input(loose), at(T0 + MIN));
    expect(again.duplicates.map((f) => f.id)).toEqual([first.id]);
    expect(await db.events.where('type').equals('followup.created').count()).toBe(1);
  });

  it('refuses a missing case or a due time that is not a time, and writes nothing', async () => {
    await expect(createFollowUps(db, input({ caseId: 'nope' }), at(T0))).rejects.toThrow(
      FollowUpInputError,
    );
    await expect(
      createFollowUps(
        db,
        input({ promises: [promise('soon', T0), { phrase: 'x', dueAt: new Date('bad') }] }),
        at(T0),
      ),
    ).rejects.toThrow(/no valid due time/);
    expect(await db.followUps.count()).toBe(0);
    expect(await db.events.where('type').startsWith('followup.').count()).toBe(0);
  });

  it('caps the promise text instead of refusing a long reply', async () => {
    const followUp = await one({ text: 'x'.repeat(5_000) });
    expect(followUp.text).toHaveLength(2_000);
  });
});

describe('follow-up transitions', () => {
  it('confirm keeps the due time once; a new due time moves the reminder and resets notices', async () => {
    const followUp = await one();
    await markFollowUpNotified(db, followUp.id, 'before', T0 + MIN);
    const kept = await confirmFollowUp(db, followUp.id, {}, at(T0 + 2 * MIN));
    expect(kept.confirmedAt).toBe(T0 + 2 * MIN);
    expect(kept.history.at(-1)).toMatchObject({ what: 'confirmed' });
    // Keeping again changes nothing (no new version, no event).
    const same = await confirmFollowUp(db, followUp.id, {}, at(T0 + 3 * MIN));
    expect(same.version).toBe(kept.version);
    const moved = await confirmFollowUp(
      db,
      followUp.id,
      { dueAt: T0 + 48 * HOUR },
      at(T0 + 4 * MIN),
    );
    expect(moved).toMatchObject({
      dueAt: T0 + 48 * HOUR,
      remindAt: T0 + 47 * HOUR,
      remindedAt: null,
      confirmedAt: T0 + 4 * MIN,
    });
    expect(moved.history.at(-1)).toMatchObject({
      what: 'due',
      from: new Date(T0 + 24 * HOUR).toISOString(),
      to: new Date(T0 + 48 * HOUR).toISOString(),
    });
    const types = (await db.events.where('caseId').equals(caseId).toArray()).map((e) => e.type);
    expect(types.filter((t) => t.startsWith('followup.'))).toEqual([
      'followup.created',
      'followup.confirmed',
      'followup.due',
    ]);
  });

  it('done keeps the evidence; a missed one done later counts as done', async () => {
    const followUp = await one();
    const done = await markFollowUpDone(
      db,
      followUp.id,
      { kind: 'link', url: 'https://x.com/AcmeSupport/status/1850000000000000123' },
      at(T0 + 2 * HOUR),
    );
    expect(done).toMatchObject({ status: 'done', doneAt: T0 + 2 * HOUR });
    expect(done.evidence).toEqual({
      kind: 'link',
      url: 'https://x.com/AcmeSupport/status/1850000000000000123',
    });
    await expect(
      markFollowUpDone(db, followUp.id, { kind: 'note', text: 'again' }, at(T0)),
    ).rejects.toThrow(FollowUpStateError);

    const other = await one({ promises: [promise('I will email you', T0 + HOUR)] });
    await markFollowUpMissed(db, other.id, at(T0 + 2 * HOUR));
    const late = await markFollowUpDone(
      db,
      other.id,
      { kind: 'note', text: 'Called her on the phone' },
      at(T0 + 3 * HOUR),
    );
    expect(late.history.map((h) => h.what)).toEqual(['created', 'missed', 'done']);
    expect(late.history.at(-1)).toMatchObject({ from: 'missed', to: 'Called her on the phone' });
  });

  it('refuses evidence that is not a link or a note', async () => {
    const followUp = await one();
    await expect(
      markFollowUpDone(db, followUp.id, { kind: 'link', url: 'javascript:alert(1)' }, at(T0)),
    ).rejects.toThrow();
    expect((await db.followUps.get(followUp.id))!.status).toBe('pending');
  });

  it('snooze needs a time still to come and keeps the promised due time', async () => {
    const followUp = await one();
    await expect(snoozeFollowUp(db, followUp.id, T0, at(T0))).rejects.toThrow(FollowUpInputError);
    await expect(snoozeFollowUp(db, followUp.id, T0 + 400 * 24 * HOUR, at(T0))).rejects.toThrow(
      /more than a year/,
    );
    const snoozed = await snoozeFollowUp(db, followUp.id, T0 + 2 * HOUR, at(T0 + MIN));
    expect(snoozed).toMatchObject({ snoozedUntil: T0 + 2 * HOUR, dueAt: T0 + 24 * HOUR });
  });

  it('reassigns only to an agent of the team', async () => {
    const followUp = await one();
    await expect(reassignFollowUp(db, followUp.id, 'Nobody', at(T0))).rejects.toThrow(
      /not an agent/,
    );
    const moved = await reassignFollowUp(db, followUp.id, 'Sam', at(T0 + MIN));
    expect(moved.owner).toBe('Sam');
    expect(moved.history.at(-1)).toMatchObject({ what: 'reassigned', from: 'me', to: 'Sam' });
    const record = await db.cases.get(caseId);
    expect(record!.history.at(-1)).toMatchObject({ type: 'followup', from: 'reassigned' });
  });

  it('dismissed and missed leave pending; finished ones refuse further changes', async () => {
    const a = await one();
    const b = await one({ promises: [promise('we aim to fix it by Friday', T0 + 96 * HOUR)] });
    expect((await dismissFollowUp(db, a.id, 'not a promise', at(T0 + MIN))).status).toBe(
      'dismissed',
    );
    expect((await markFollowUpMissed(db, b.id, at(T0 + MIN))).status).toBe('missed');
    await expect(snoozeFollowUp(db, a.id, T0 + HOUR, at(T0 + 2 * MIN))).rejects.toThrow(
      /dismissed: it cannot be snoozed/,
    );
    await expect(confirmFollowUp(db, b.id, {}, at(T0 + 2 * MIN))).rejects.toThrow(
      FollowUpStateError,
    );
    await expect(markFollowUpMissed(db, 'nope', at(T0))).rejects.toThrow(RecordNotFoundError);
  });

  it('a follow-up outlives its deleted case', async () => {
    const followUp = await one();
    const record = await db.cases.get(caseId);
    await db.cases.put({ ...record!, deleted: true });
    const done = await markFollowUpDone(db, followUp.id, { kind: 'note', text: 'ok' }, at(T0));
    expect(done.status).toBe('done');
  });
});
