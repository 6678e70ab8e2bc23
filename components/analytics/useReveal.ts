import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: `first` at once, then one more per animation frame.
 * A dashboard of twenty charts drawn in one go held the page for over half a second; one
 * chart per frame keeps every task short, and the first charts show as soon as they can.
 * Starts over when `resetKey` changes (another report).
 */
export function useReveal(total: number, first: number, resetKey: unknown): number {
  const [shown, setShown] = useState(first);
  const [forKey, setForKey] = useState(resetKey);
  // Another report: start over, during this render rather than after it.
  if (forKey !== resetKey) {
    setForKey(resetKey);
    setShown(first);
  }
  useEffect(() => {
    if (shown >= total) return;
    // A transition: React draws the chart in slices and lets the page breathe between them.
    const frame = requestAnimationFrame(() => startTransition(() => setShown((n) => n + 1)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}
