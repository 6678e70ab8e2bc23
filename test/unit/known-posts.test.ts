import { describe, expect, it } from 'vitest';
import { knownPostsClient, type KnownPosts } from '@/lib/page/known-posts';

describe('known posts: one message for both lookups', () => {
  it('asks once for the questions of consecutive tasks, and answers each its part', async () => {
    const asked: string[][] = [];
    const client = knownPostsClient(
      async (postIds): Promise<KnownPosts> => {
        asked.push(postIds);
        return { captured: { '1': { caseId: 'c', ref: 'C-1' } }, saved: { '2': 't' } };
      },
      (run) => setTimeout(run, 0),
    );
    // The two lookups' timers, set at the same moment, fire in consecutive tasks.
    const [captured, saved] = await Promise.all([
      new Promise((done) => setTimeout(() => done(client.captured(['1', '2'])), 5)),
      new Promise((done) => setTimeout(() => done(client.savedOf(['2', '3'])), 5)),
    ]);
    expect(captured).toEqual({ '1': { caseId: 'c', ref: 'C-1' } });
    expect(saved).toEqual(['2']);
    expect(asked).toEqual([['1', '2', '3']]);
    // A later question is a new message.
    await client.savedOf(['4']);
    expect(asked).toHaveLength(2);
  });
});
