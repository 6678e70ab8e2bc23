import { countBand } from './count-band';
import { WEEK_SLOTS } from './weekly-history';

/**
 * What one hour of the week is expected to bring, from that hour in past weeks.
 *
 * Weights: each week back counts 2^(-1/3) ≈ 0.79 of the week after it, a half-life of three
 * weeks. A plain mean of eight weeks lags a desk that grows or shrinks by a month; the last
 * week alone is at the mercy of one campaign or outage. With a half-life of three weeks the
 * latest week holds 34 % of the weight of four weeks and 24 % of eight; under steady growth
 * the mean trails the latest week by 1.2 weeks of growth over four weeks (a plain mean: 1.5),
 * and by 2.4 over eight (plain: 3.5).
 */
export const WEEK_DECAY = 2 ** (-1 / 3);

export interface SlotOutlook {
  expected: number;
  low: number;
  high: number;
}

/** Weight of each week, week 0 the most recent. */
export const weekWeights = (weeks: number) =>
  Array.from({ length: weeks }, (_, week) => WEEK_DECAY ** week);

/** The outlook of each of the week's 168 hours, from counts laid out as in WeeklyHistory. */
export function slotOutlooks(
  counts: Float64Array,
  hoursSeen: Uint8Array,
  weights: readonly number[],
): SlotOutlook[] {
  return Array.from({ length: WEEK_SLOTS }, (_, slot) => {
    const seen: { rate: number; weight: number }[] = [];
    weights.forEach((weight, week) => {
      const hours = hoursSeen[week * WEEK_SLOTS + slot] ?? 0;
      // A repeated fall-back hour counts as one hour at its mean rate.
      if (hours > 0) seen.push({ rate: (counts[week * WEEK_SLOTS + slot] ?? 0) / hours, weight });
    });
    return outlook(seen);
  });
}

function outlook(seen: readonly { rate: number; weight: number }[]): SlotOutlook {
  const weightSum = sum(seen.map((s) => s.weight));
  if (weightSum === 0) return { expected: 0, low: 0, high: 0 };
  const squaredWeightSum = sum(seen.map((s) => s.weight ** 2));
  const mean = sum(seen.map((s) => s.weight * s.rate)) / weightSum;
  // Unbiased variance with reliability weights; a single week has no spread to measure.
  const correction = weightSum - squaredWeightSum / weightSum;
  const spread =
    correction > 0 ? sum(seen.map((s) => s.weight * (s.rate - mean) ** 2)) / correction : 0;
  // Next week's count varies as past weeks did (at least as much as Poisson noise), and the
  // mean itself is an estimate from a few weeks: its variance, spread × Σw²/(Σw)², adds on.
  const variance = Math.max(mean, spread) * (1 + squaredWeightSum / weightSum ** 2);
  return { expected: roundTo2(mean), ...countBand(mean, variance) };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const roundTo2 = (value: number) => Math.round(value * 100) / 100;
