/** The part of WXT's content-script context that timers need. */
export interface TimerContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
}

export interface ContextTimers {
  /** The timer's id (never 0), or 0 when the context is gone and nothing was scheduled. */
  setTimeout(run: () => void, ms: number): number;
  requestAnimationFrame(run: () => void): void;
}

/**
 * Timers that stop when the content script's context is invalidated (the extension was
 * updated or the site turned off). WXT's own `ctx.setTimeout` adds an invalidation listener
 * per call and never removes it: a timeline that schedules a lookup per batch of posts
 * piles up closures for as long as the tab lives, and each costs an event-listener call on
 * the hot path. Here one listener clears whatever is still pending.
 */
const VALIDITY_CHECK_MS = 1000;

export function contextTimers(
  ctx: TimerContext,
  host: Pick<
    Window,
    'setTimeout' | 'clearTimeout' | 'requestAnimationFrame' | 'cancelAnimationFrame'
  > = window,
  now: () => number = () => performance.now(),
): ContextTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  let stopped = false;
  // ctx.isValid reads runtime.id, a call into the extension bindings (tens of microseconds
  // each when content scripts still read it through the polyfill), and a timeline fires
  // several timers per frame: ask at most once per VALIDITY_CHECK_MS. A newer copy of the
  // script invalidates this one at once (onInvalidated, above); only an extension removed
  // under the page is noticed up to that much later.
  let checkedAt = -Infinity;
  const alive = () => {
    if (stopped) return false;
    const time = now();
    if (time - checkedAt < VALIDITY_CHECK_MS) return true;
    checkedAt = time;
    if (!ctx.isValid) stopped = true;
    return !stopped;
  };
  ctx.onInvalidated(() => {
    stopped = true;
    for (const id of timeouts) host.clearTimeout(id);
    for (const id of frames) host.cancelAnimationFrame(id);
    timeouts.clear();
    frames.clear();
  });
  return {
    setTimeout(run, ms) {
      if (stopped) return 0;
      const id = host.setTimeout(() => {
        timeouts.delete(id);
        if (alive()) run();
      }, ms);
      timeouts.add(id);
      return id;
    },
    requestAnimationFrame(run) {
      if (stopped) return;
      const id = host.requestAnimationFrame(() => {
        frames.delete(id);
        if (alive()) run();
      });
      frames.add(id);
    },
  };
}
