import { describe, expect, it, vi } from 'vitest';
import { contextTimers } from '@/lib/page/context-timers';

/** A content-script context that the test invalidates, counting its listeners. */
function fakeContext() {
  const listeners = new Set<() => void>();
  const ctx = {
    isValid: true,
    onInvalidated(cb: () => void) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    invalidate() {
      ctx.isValid = false;
      for (const cb of listeners) cb();
    },
  };
  return { ctx, listeners };
}

describe('contextTimers', () => {
  it('runs timeouts and frames while the context lives, with one listener however many', () => {
    vi.useFakeTimers();
    const { ctx, listeners } = fakeContext();
    const timers = contextTimers(ctx);
    const ran: string[] = [];
    for (let i = 0; i < 100; i++)
      expect(timers.setTimeout(() => ran.push(`t${i}`), 10)).not.toBe(0);
    timers.requestAnimationFrame(() => ran.push('frame'));
    vi.advanceTimersByTime(20);
    expect(ran).toHaveLength(101);
    expect(ran).toContain('frame');
    expect(listeners.size).toBe(1);
    vi.useRealTimers();
  });

  it('cancels what is pending when the context is invalidated, and schedules nothing after', () => {
    vi.useFakeTimers();
    const { ctx } = fakeContext();
    const timers = contextTimers(ctx);
    const ran: string[] = [];
    timers.setTimeout(() => ran.push('pending'), 10);
    timers.requestAnimationFrame(() => ran.push('frame'));
    ctx.invalidate();
    expect(timers.setTimeout(() => ran.push('late'), 0)).toBe(0);
    timers.requestAnimationFrame(() => ran.push('late frame'));
    vi.advanceTimersByTime(50);
    expect(ran).toEqual([]);
    vi.useRealTimers();
  });

  it('does not run a callback once the context reports itself invalid', () => {
    vi.useFakeTimers();
    const { ctx } = fakeContext();
    const timers = contextTimers(ctx);
    const ran: string[] = [];
    timers.setTimeout(() => ran.push('t'), 10);
    ctx.isValid = false; // the extension was reloaded; WXT notices when asked
    vi.advanceTimersByTime(20);
    expect(ran).toEqual([]);
    vi.useRealTimers();
  });
});

describe('contextTimers validity checks', () => {
  it('asks the context at most once a second, and stays stopped once it said invalid', () => {
    vi.useFakeTimers();
    let reads = 0;
    let valid = true;
    const ctx = {
      get isValid() {
        reads++;
        return valid;
      },
      onInvalidated: () => () => undefined,
    };
    let clock = 0;
    const timers = contextTimers(ctx, window, () => clock);
    const ran: number[] = [];
    for (let i = 0; i < 50; i++) timers.setTimeout(() => ran.push(i), 1);
    vi.advanceTimersByTime(5);
    expect(ran).toHaveLength(50);
    expect(reads).toBe(1);
    valid = false;
    clock = 999;
    timers.setTimeout(() => ran.push(-1), 1);
    vi.advanceTimersByTime(5);
    expect(ran).toContain(-1); // still inside the second the last answer covers
    clock = 1001;
    timers.setTimeout(() => ran.push(-2), 1);
    timers.requestAnimationFrame(() => ran.push(-3));
    vi.advanceTimersByTime(50);
    expect(ran).not.toContain(-2);
    expect(ran).not.toContain(-3);
    expect(reads).toBe(2);
    clock = 5000;
    valid = true; // a context never comes back: stopped stays stopped
    expect(timers.setTimeout(() => ran.push(-4), 1)).toBe(0);
    vi.useRealTimers();
  });
});
