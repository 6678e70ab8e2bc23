import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { dayOf, readHotTopics } from '@/lib/cases/topic-store';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const DAY = 24 * 3_600_000;

describe('hot topics from captures', () => {
  it('a topic captured three times today and never before is hot, and raises priority', async () => {
    const db = freshDatabase();
    const now = Date.UTC(2026, 10, 22, 12);
    await capturePost(
      db,
      parsedPost({ postId: '1', text: 'Billing page is slow' }),
      actor(now - DAY),
    );
    const ids: string[] = [];
    for (const [i, text] of [
      'Login error on iOS',
      'login error again',
      'Still a LOGIN ERROR',
    ].entries()) {
      ids.push(
        (await capturePost(db, parsedPost({ postId: `t${i}`, text }), actor(now + i))).caseId,
      );
    }
    const hot = await readHotTopics(db, now + 10);
    expect(hot.map((t) => [t.topic, t.today, t.rise])).toEqual([['login error', 3, 3]]);
    const third = await db.cases.get(ids[2]!);
    expect(third?.priorityReasons).toContain("hot topic 'login error'");
    const first = await db.cases.get(ids[0]!);
    expect(first?.priorityReasons ?? []).not.toContain("hot topic 'login error'");
    // Re-capturing a post does not count its topics twice.
    await capturePost(
      db,
      parsedPost({ postId: 't0', text: 'Login error on iOS' }),
      actor(now + 20),
    );
    expect((await db.topicCounts.get([dayOf(now), 'login error']))?.count).toBe(3);
  });
});
