import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { recordReply, setCaseStatus } from '@/lib/cases/edit';
import { responseClock } from '@/lib/cases/case-sla';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
import { DEFAULT_PRIORITY_SETTINGS } from '@/lib/cases/priority';
import { saveSettings } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const MINUTE = 60_000;

describe('first- and next-response clocks', () => {
  it('a capture waits for a first response; the reply meets it and opens the case', async () => {
    const db = freshDatabase();
    const start = actor().now;
    const { caseId } = await capturePost(db, parsedPost(), actor(start));
    const captured = (await db.cases.get(caseId))!;
    // Default public policy: first response within 60 minutes, around the clock.
    expect(captured.responseDueAt).toBe(start + 60 * MINUTE);
    expect(captured.slaDueAt).toBe(captured.responseDueAt);
    const late = responseClock(captured, start + 61 * MINUTE);
    expect(late).toMatchObject({ target: 'first', state: 'breached' });

    const replied = await recordReply(
      db,
      caseId,
      'saved reply "Sorry"',
      actor(start + 20 * MINUTE),
    );
    expect(replied.status).toBe('open');
    expect(replied.firstResponseAt).toBe(start + 20 * MINUTE);
    expect(replied.responseDueAt).toBeNull();
    // With no reply pending, the queue sorts by the resolution target alone.
    expect(replied.slaDueAt).toBe(replied.resolutionDueAt);
    expect(replied.history.slice(-2).map((e) => [e.type, e.from, e.to])).toEqual([
      ['reply', 'first', 'saved reply "Sorry"'],
      ['status', 'new', 'open'],
    ]);
    const event = await db.events.where('caseId').equals(caseId).last();
    expect(event?.type).toBe('case.reply');
  });

  it('after the first reply, a pending customer post runs on the next-response target', () => {
    const clock = responseClock(
      {
        status: 'open',
        createdAt: 0,
        history: [],
        channel: 'x',
        kind: 'public',
        priority: 'P3',
        firstResponseAt: 1000,
        awaitingSince: 10 * MINUTE,
      },
      20 * MINUTE,
    );
    // Next response: 120 minutes under the default public policy.
    expect(clock).toMatchObject({ target: 'next', dueAt: 130 * MINUTE, state: 'on-track' });
  });

  it('waiting on the customer means no reply is pending; the due times follow settings', async () => {
    const db = freshDatabase();
    const start = actor().now;
    const faster = DEFAULT_SLA_POLICIES.map((p) => ({ ...p, firstResponseMinutes: 15 }));
    await saveSettings(db, { key: 'main', agents: ['me'], slaPolicies: faster });
    const { caseId } = await capturePost(db, parsedPost(), actor(start));
    expect((await db.cases.get(caseId))!.responseDueAt).toBe(start + 15 * MINUTE);
    const waiting = await setCaseStatus(db, caseId, 'waiting', actor(start + MINUTE));
    expect(waiting).toMatchObject({ awaitingSince: null, responseDueAt: null, slaDueAt: null });
    // Priority settings shorten the targets for P1 (half by default).
    const p1 = responseClock(
      { ...waiting, status: 'open', priority: 'P1', awaitingSince: start, firstResponseAt: null },
      start,
      { policies: faster, priority: DEFAULT_PRIORITY_SETTINGS },
    );
    expect(p1?.dueAt).toBe(start + 7.5 * MINUTE);
  });

  it('a case back from waiting or finished waits for the next response from then', async () => {
    const db = freshDatabase();
    const start = actor().now;
    const { caseId } = await capturePost(db, parsedPost(), actor(start));
    // Waiting on the customer: the agent has answered, the first response counts.
    const waiting = await setCaseStatus(db, caseId, 'waiting', actor(start + 10 * MINUTE));
    expect(waiting.firstResponseAt).toBe(start + 10 * MINUTE);
    // The customer answers: the agent reopens, the next-response clock (120 min) runs.
    const back = await setCaseStatus(db, caseId, 'open', actor(start + 60 * MINUTE));
    expect(back.awaitingSince).toBe(start + 60 * MINUTE);
    expect(back.responseDueAt).toBe(start + 180 * MINUTE);
    expect(responseClock(back, start + 61 * MINUTE)?.target).toBe('next');
    await recordReply(db, caseId, 'answered', actor(start + 70 * MINUTE));
    const resolved = await setCaseStatus(db, caseId, 'resolved', actor(start + 80 * MINUTE), 'ok');
    expect(resolved.responseDueAt).toBeNull();
    const reopened = await setCaseStatus(db, caseId, 'open', actor(start + 200 * MINUTE));
    expect(reopened.responseDueAt).toBe(start + 320 * MINUTE);
  });

  it('a case closed without any reply keeps no first response', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const closed = await setCaseStatus(db, caseId, 'closed', actor(actor().now + MINUTE), 'spam');
    expect(closed).toMatchObject({ firstResponseAt: null, awaitingSince: null, slaDueAt: null });
  });
});
