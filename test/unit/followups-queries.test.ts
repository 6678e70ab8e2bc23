import { beforeEach, describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { addIdentity } from '@/lib/customers/customer-store';
import type { CasebookDatabase } from '@/lib/db/database';
import {
  countFollowUps,
  countOverdue,
  dayBounds,
  doneLateFollowUps,
  dueTodayFollowUps,
  followUpsOfCase,
  followUpsOfOwner,
  groupByChannel,
  groupByOwner,
  keptFollowUps,
  openFollowUpsForCustomer,
  overdueFollowUps,
} from '@/lib/followups/queries';
import {
  createFollowUps,
  markFollowUpDone,
  markFollowUpMissed,
  type NewFollowUps,
} from '@/lib/followups/store';
import { freshDatabase, parsedPost } from '../support/factories';

const MIN = 60_000;
const HOUR = 60 * MIN;
// Wednesday 25 Nov 2026, 10:00 in Berlin (09:00 UTC).
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const ZONE = 'Europe/Berlin';

let db: CasebookDatabase;
let caseId: string;

async function make(
  phrase: string,
  dueAt: number,
  overrides: Partial<NewFollowUps> = {},
  createdAt = NOW - 48 * HOUR,
) {
  const { created } = await createFollowUps(
    db,
    {
      caseId,
      customerKey: null,
      owner: 'me',
      text: phrase,
      source: 'reply',
      where: null,
      promises: [{ phrase, dueAt: new Date(dueAt) }],
      ...overrides,
    },
    { by: 'me', now: createdAt },
  );
  return created[0]!;
}

beforeEach(async () => {
  db = freshDatabase();
  caseId = (await capturePost(db, parsedPost(), { by: 'me', now: NOW - 72 * HOUR })).caseId;
});

describe('follow-up queries', () => {
  it('splits pending ones into overdue and due later today, by the desk’s day', async () => {
    const overdue = await make('a', NOW - 2 * HOUR);
    const dueNow = await make('b', NOW);
    const today = await make('c', NOW + 5 * HOUR); // 15:00 Berlin
    await make('d', Date.UTC(2026, 10, 25, 23, 30)); // 00:30 Thursday in Berlin
    const missed = await make('e', NOW - HOUR);
    await markFollowUpMissed(db, missed.id, { by: 'me', now: NOW });

    expect((await overdueFollowUps(db, NOW)).map((f) => f.id)).toEqual([overdue.id, dueNow.id]);
    expect((await dueTodayFollowUps(db, NOW, ZONE)).map((f) => f.id)).toEqual([today.id]);
    expect(await countOverdue(db, NOW)).toBe(2);
    expect(await countFollowUps(db, NOW, ZONE)).toEqual({ overdue: 2, dueToday: 1, pending: 4 });
    // In UTC the day ends an hour later: the 23:30 UTC one is due today there.
    expect(await dueTodayFollowUps(db, NOW, 'UTC')).toHaveLength(2);
  });

  it('tells kept from done late, in a window of due times', async () => {
    const kept = await make('kept', NOW - 5 * HOUR);
    const late = await make('late', NOW - 4 * HOUR);
    const outside = await make('old', NOW - 30 * 24 * HOUR);
    await markFollowUpDone(
      db,
      kept.id,
      { kind: 'note', text: 'done' },
      { by: 'me', now: NOW - 6 * HOUR },
    );
    await markFollowUpDone(
      db,
      late.id,
      { kind: 'note', text: 'done' },
      { by: 'me', now: NOW - HOUR },
    );
    await markFollowUpDone(db, outside.id, { kind: 'note', text: 'done' }, { by: 'me', now: NOW });
    const from = NOW - 24 * HOUR;
    expect((await keptFollowUps(db, from, NOW)).map((f) => f.phrase)).toEqual(['kept']);
    expect((await doneLateFollowUps(db, from, NOW)).map((f) => f.phrase)).toEqual(['late']);
  });

  it('finds by owner, by case and by channel, bounded by the limit', async () => {
    await make('one', NOW + 3 * HOUR);
    await make('two', NOW + HOUR, { owner: 'Sam' });
    await make('three', NOW + 2 * HOUR);
    await make('loose', NOW + 4 * HOUR, { caseId: null, customerKey: 'x:lee' });
    expect((await followUpsOfOwner(db, 'me')).map((f) => f.phrase)).toEqual([
      'three',
      'one',
      'loose',
    ]);
    expect(await followUpsOfOwner(db, 'me', 'pending', 1)).toHaveLength(1);
    expect((await followUpsOfCase(db, caseId)).map((f) => f.phrase)).toEqual([
      'two',
      'three',
      'one',
    ]);
    const all = await dueTodayFollowUps(db, NOW, ZONE);
    const byOwner = groupByOwner(all);
    expect(byOwner.get('Sam')?.map((f) => f.phrase)).toEqual(['two']);
    expect(byOwner.get('me')).toHaveLength(3);
    const byChannel = await groupByChannel(db, all);
    expect(byChannel.get('x')).toHaveLength(3);
    expect(byChannel.get('none')?.map((f) => f.phrase)).toEqual(['loose']);
  });

  it("finds a customer's open promises by key or by every identity of the customer", async () => {
    const onCase = await make('on the case', NOW + HOUR); // x:dana_r, from the case
    const elsewhere = await make('on facebook', NOW - HOUR, {
      caseId: null,
      customerKey: 'facebook:dana.ruiz',
    });
    const done = await make('done one', NOW + 2 * HOUR);
    await markFollowUpDone(db, done.id, { kind: 'note', text: 'ok' }, { by: 'me', now: NOW });
    await make('someone else', NOW, { caseId: null, customerKey: 'x:sam_k' });
    // Capture made the customer of the case; they are on Facebook too.
    const captured = await customerByIdentity(db, 'x:dana_r');
    const customer = await addIdentity(
      db,
      captured!.id,
      { platform: 'facebook', handle: 'dana.ruiz', profileUrl: null, followers: null },
      { by: 'me', now: NOW },
    );
    expect(
      (await openFollowUpsForCustomer(db, { customerKey: 'x:dana_r' })).map((f) => f.id),
    ).toEqual([onCase.id]);
    expect(
      (await openFollowUpsForCustomer(db, { customerId: customer.id })).map((f) => f.id),
    ).toEqual([elsewhere.id, onCase.id]);
    expect(await openFollowUpsForCustomer(db, {})).toEqual([]);
  });

  it('a day is a calendar day across DST changes (epoch ms, 23 and 25 hours)', () => {
    const spring = dayBounds(Date.UTC(2026, 2, 29, 12, 0), ZONE); // clocks go forward
    expect(spring[1] - spring[0]).toBe(23 * HOUR);
    expect(new Date(spring[0]).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    const autumn = dayBounds(Date.UTC(2026, 9, 25, 12, 0), ZONE); // clocks go back
    expect(autumn[1] - autumn[0]).toBe(25 * HOUR);
    expect(() => dayBounds(NOW, 'Mars/Olympus')).toThrow(/Unknown time zone/);
  });
});
