import { describe, expect, it } from 'vitest';
import {
  applyLeadTime,
  createFollowUps,
  markFollowUpDone,
  markFollowUpNotified,
} from '@/lib/followups/store';
import { actor, freshDatabase } from '../support/factories';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 10, 25, 9, 0);

describe('a new lead time', () => {
  it('moves the reminders still to come, and leaves shown and finished ones alone', async () => {
    const db = freshDatabase();
    const { created } = await createFollowUps(
      db,
      {
        caseId: null,
        customerKey: 'x:dana_r',
        owner: 'me',
        text: 'three promises',
        source: 'manual',
        where: null,
        promises: [
          { phrase: 'first', dueAt: new Date(NOW + 5 * HOUR) },
          { phrase: 'second', dueAt: new Date(NOW + 6 * HOUR) },
          { phrase: 'third', dueAt: new Date(NOW + 7 * HOUR) },
        ],
        confirmed: true,
      },
      actor(NOW),
    );
    const [toCome, shown, done] = created.map((f) => f.id);
    await markFollowUpNotified(db, shown!, 'before', NOW + MINUTE);
    await markFollowUpDone(db, done!, { kind: 'note', text: 'called' }, actor(NOW + MINUTE));

    expect(await applyLeadTime(db, 120, NOW + 2 * MINUTE)).toBe(1);
    expect((await db.followUps.get(toCome!))!.remindAt).toBe(NOW + 3 * HOUR);
    expect((await db.followUps.get(shown!))!.remindAt).toBe(NOW + 5 * HOUR);
    expect((await db.followUps.get(done!))!.remindAt).toBe(NOW + 6 * HOUR);
    // The same lead time again moves nothing.
    expect(await applyLeadTime(db, 120, NOW + 3 * MINUTE)).toBe(0);
  });
});
