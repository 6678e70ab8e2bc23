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
export function contextTimers(
  ctx: TimerContext,
  host: Pick<
    Window,
    'setTimeout' | 'clearTimeout' | 'requestAnimationFrame' | 'cancelAnimationFrame'
  > = window,
): ContextTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  let stopped = false;
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
        if (!stopped && ctx.isValid) run();
      }, ms);
      timeouts.add(id);
      return id;
    },
    requestAnimationFrame(run) {
      if (stopped) return;
      const id = host.requestAnimationFrame(() => {
        frames.delete(id);
        if (!stopped && ctx.isValid) run();
      });
      frames.add(id);
    },
  };
}
