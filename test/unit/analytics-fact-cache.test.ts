import { describe, expect, it, vi } from 'vitest';
import { cachedFactReader } from '@/lib/analytics/fact-cache';
import { defaultRange } from '@/lib/analytics/days';
import { factsVersion, refreshFacts } from '@/lib/analytics/rollup-store';
import { rangeToRead } from '@/lib/analytics/report';
import { capturePost } from '@/lib/cases/capture';
import { freshDatabase, parsedPost } from '../support/factories';

const day = (d: number, hour = 12) => Date.UTC(2026, 10, d, hour);

describe("the analytics worker's fact cache", () => {
  it('serves a range again from memory only while the stored facts are unchanged', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ postId: '1' }), { by: 'ana', now: day(10) });
    await refreshFacts(db, day(12));
    const read = cachedFactReader(db);
    const rows = vi.spyOn(db.analyticsDays, 'where');

    const first = await read(day(1), day(13));
    expect(first.map((f) => f.agent)).toEqual(['ana']);
    expect(await read(day(1), day(13))).toBe(first); // same days, same version: no read
    expect(rows).toHaveBeenCalledTimes(1);

    // A refresh that finds nothing new keeps the version, and the cache with it.
    await refreshFacts(db, day(12, 13));
    expect(await read(day(1, 3), day(13, 20))).toBe(first); // the same UTC days
    expect(rows).toHaveBeenCalledTimes(1);

    // A new capture, once a refresh has built it, is read: never the old month.
    await capturePost(db, parsedPost({ postId: '2' }), { by: 'ben', now: day(12, 14) });
    const version = await factsVersion(db);
    await refreshFacts(db, day(12, 15));
    expect(await factsVersion(db)).toBe(version + 1);
    const after = await read(day(1), day(13));
    expect(after.map((f) => f.agent)).toEqual(['ana', 'ben']);
    expect(rows).toHaveBeenCalledTimes(2);
  });

  it('keeps the last two ranges, and reads a third', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ postId: '1' }), { by: 'ana', now: day(10) });
    await refreshFacts(db, day(12));
    const read = cachedFactReader(db);
    const rows = vi.spyOn(db.analyticsDays, 'where');
    await read(day(1), day(13));
    await read(day(5), day(13));
    await read(day(1), day(13));
    expect(rows).toHaveBeenCalledTimes(2);
    await read(day(9), day(13));
    await read(day(5), day(13)); // used longest ago: dropped for the third
    expect(rows).toHaveBeenCalledTimes(4);
  });

  it("reads ahead exactly the range the page's first request asks for", () => {
    const now = Date.UTC(2026, 10, 23, 3); // 22 Nov, 22:00 in New York
    const range = defaultRange(now, 'America/New_York');
    expect(range).toEqual({ fromDay: '2026-10-24', toDay: '2026-11-22' });
    const bounds = rangeToRead({ ...range, timeZone: 'America/New_York', now });
    // From a day before 24 Oct 00:00 New York (04:00 UTC, summer time) to a day after now.
    expect(bounds).toEqual({ from: Date.UTC(2026, 9, 23, 4), to: now + 86_400_000 });
  });
});
