import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity, recordFollowersSeen } from '@/lib/customers/capture-store';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const NOW = Date.UTC(2026, 10, 22, 12);

describe('follower counts seen on pages', () => {
  it('refresh a known customer with the time seen, and make no customer of a stranger', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ postId: '1' }), actor(NOW));
    const handle = parsedPost().author.handle;
    expect(await recordFollowersSeen(db, 'x', handle.toUpperCase(), 54_000, NOW + 1)).toBe(true);
    const customer = await customerByIdentity(db, `x:${handle.toLowerCase()}`);
    expect(customer!.identities[0]!.followers).toEqual({ count: 54_000, seenAt: NOW + 1 });

    expect(await recordFollowersSeen(db, 'x', 'stranger', 10, NOW)).toBe(false);
    expect(await db.customers.count()).toBe(1);
  });

  it('write a count seen again within the hour once, and a new count at once', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ postId: '1' }), actor(NOW));
    const handle = parsedPost().author.handle;
    expect(await recordFollowersSeen(db, 'x', handle, 100, NOW)).toBe(true);
    expect(await recordFollowersSeen(db, 'x', handle, 100, NOW + 60_000)).toBe(false);
    expect(await recordFollowersSeen(db, 'x', handle, 101, NOW + 60_000)).toBe(true);
    expect(await recordFollowersSeen(db, 'x', handle, 101, NOW + 2 * 3_600_000)).toBe(true);
  });
});
