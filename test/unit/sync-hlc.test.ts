import { describe, expect, it } from 'vitest';
import {
  aheadBy,
  ClockError,
  formatHlc,
  newClock,
  observe,
  parseHlc,
  tick,
  type ClockState,
} from '../../lib/sync/hlc';

const T = 1_795_000_000_000; // 2026-11-18

describe('hybrid logical clock', () => {
  it('follows the wall clock and counts events within one millisecond', () => {
    let clock = newClock('a');
    const stamps: string[] = [];
    for (const now of [T, T, T, T + 5]) {
      const next = tick(clock, now);
      clock = next.state;
      stamps.push(next.stamp);
    }
    expect(stamps.map(parseHlc).map(({ wall, counter }) => [wall - T, counter])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [5, 0],
    ]);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('never goes backwards when the wall clock does', () => {
    const clock: ClockState = tick(newClock('a'), T).state;
    const later = tick(clock, T - 60_000); // the machine's clock was set back a minute
    expect(later.stamp > formatHlc(clock)).toBe(true);
    expect(parseHlc(later.stamp).wall).toBe(T);
  });

  it("an edit made after seeing another is later, whatever this machine's clock says", () => {
    // B's clock is an hour ahead; A saw B's edit, then edits: A's edit must win.
    const b = tick(newClock('b'), T + 3_600_000).stamp;
    const a = observe(newClock('a'), b, T);
    const edit = tick(a, T + 1).stamp;
    expect(edit > b).toBe(true);
  });

  it('observing keeps the larger counter at equal wall times', () => {
    const seen = formatHlc({ wall: T, counter: 7, node: 'b' });
    const state = observe({ wall: T, counter: 3, node: 'a' }, seen, T - 10);
    expect(state).toMatchObject({ wall: T, counter: 8 });
  });

  it('stamps of two machines at the same instant differ and sort the same everywhere', () => {
    const a = tick(newClock('a'), T).stamp;
    const b = tick(newClock('b'), T).stamp;
    expect(a).not.toBe(b);
    expect(a < b).toBe(true);
  });

  it('borrows the next millisecond instead of overflowing the counter', () => {
    const full = { wall: T, counter: 99_999, node: 'a' };
    expect(parseHlc(tick(full, T).stamp)).toMatchObject({ wall: T + 1, counter: 0 });
  });

  it('refuses what is not a stamp, and says how far ahead one is', () => {
    expect(() => parseHlc('<script>')).toThrow(ClockError);
    expect(() => parseHlc('1:2:a')).toThrow(ClockError);
    const ahead = formatHlc({ wall: T + 90_000, counter: 0, node: 'x' });
    expect(aheadBy(ahead, T)).toBe(90_000);
    expect(aheadBy(ahead, T + 100_000)).toBe(0);
  });
});
