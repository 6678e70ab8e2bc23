/**
 * Percentiles the way a spreadsheet's PERCENTILE.INC computes them (linear between the
 * two nearest ranks), so a lead checking a figure by hand in a spreadsheet gets ours.
 * `sorted` must be in ascending order; null when there is nothing to rank.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(sorted.length - 1, below + 1);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (rank - below);
}

/** Median and 90th percentile of some durations (any order). */
export function medianAndP90(values: readonly number[]): {
  median: number | null;
  p90: number | null;
} {
  // A typed array sorts numerically, and without converting each number to compare.
  const sorted = Float64Array.from(values).sort();
  return { median: percentileOfSorted(sorted, 50), p90: percentileOfSorted(sorted, 90) };
}
