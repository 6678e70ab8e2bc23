import { describe, expect, it } from 'vitest';
import { postTimeLabel, ratingLabel } from '@/lib/cases/post-time';

const format = (at: number) => new Date(at).toISOString().slice(0, 16);
const AT = Date.UTC(2026, 10, 22, 15, 2);

describe('post time labels', () => {
  it('an exact time is the posting time', () => {
    expect(
      postTimeLabel({ postedAt: AT, shownTime: null, capturedAt: AT + 1, platform: 'x' }, format),
    ).toBe('Posted 2026-11-22T15:02');
  });
  it('a relative time is quoted and the case says it carries its capture time', () => {
    expect(
      postTimeLabel(
        { postedAt: null, shownTime: '3 h', capturedAt: AT, platform: 'facebook' },
        format,
      ),
    ).toBe('Facebook showed “3 h” as its time; the case counts from its capture, 2026-11-22T15:02');
    expect(
      postTimeLabel({ postedAt: null, shownTime: null, capturedAt: AT, platform: 'web' }, format),
    ).toMatch(/^Captured from a web page; the case counts from its capture/);
  });
  it('ratings as stars with words', () => {
    expect(ratingLabel(4)).toEqual({ stars: '★★★★☆', words: 'Rated 4 out of 5' });
    expect(ratingLabel(9).stars).toBe('★★★★★');
  });
});
