import { describe, expect, it } from 'vitest';
import { knownPostsClient, type KnownPosts } from '@/lib/page/known-posts';

function setUp() {
  const asked: string[][] = [];
  const deferred: (() => void)[] = [];
  const client = knownPostsClient(
    async (postIds): Promise<KnownPosts> => {
      asked.push(postIds);
      return { captured: { '1': { caseId: 'c', ref: 'C-1' } }, saved: { '2': 't' } };
    },
    (run) => deferred.push(run),
  );
  const release = () => deferred.splice(0).forEach((run) => run());
  return { asked, client, release };
}

describe('known posts: one message for both lookups', () => {
  it('asks once for the questions asked before it sends, and answers each its part', async () => {
    const { asked, client, release } = setUp();
    // The two lookups' timers fire in consecutive tasks, before the deferred send.
    const captured = client.captured(['1', '2']);
    const saved = client.savedOf(['2', '3']);
    release();
    expect(await captured).toEqual({ '1': { caseId: 'c', ref: 'C-1' } });
    expect(await saved).toEqual(['2']);
    expect(asked).toEqual([['1', '2', '3']]);
  });

  it('a question after the send is a message of its own, answered all the same', async () => {
    const { asked, client, release } = setUp();
    const captured = client.captured(['1']);
    release();
    await captured;
    const saved = client.savedOf(['2']);
    release();
    expect(await saved).toEqual(['2']);
    expect(asked).toEqual([['1'], ['2']]);
  });
});
