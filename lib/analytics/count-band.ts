/**
 * The band of an hour's count: quantiles of a count distribution with a given mean and
 * variance (issue 10, "a band of uncertainty"). Counts of captures are Poisson at best;
 * when weeks differ more than Poisson noise explains (campaigns, outages), the variance
 * is larger and a negative binomial with that variance takes its place.
 */

/** The central share of outcomes the band holds: from the 10th to the 90th percentile. */
export const BAND_LEVEL = 0.8;

// Above this mean, walking the distribution term by term costs more than it is worth; a
// normal approximation is within one count of the exact quantile there.
const NORMAL_ABOVE_MEAN = 1000;
// The standard normal's 90th percentile.
const Z_90 = 1.2815515655446004;

export interface CountBand {
  low: number;
  high: number;
}

/** The 80 % band of a count with this mean and variance (variance below the mean counts as Poisson). */
export function countBand(mean: number, variance: number): CountBand {
  if (!(mean > 0)) return { low: 0, high: 0 };
  const spread = Math.max(mean, variance);
  const lowerShare = (1 - BAND_LEVEL) / 2;
  if (mean > NORMAL_ABOVE_MEAN) {
    const half = Z_90 * Math.sqrt(spread);
    return { low: Math.max(0, Math.round(mean - half)), high: Math.round(mean + half) };
  }
  const [low, high] = quantiles(logTerms(mean, spread), [lowerShare, 1 - lowerShare]);
  return { low: low ?? 0, high: high ?? 0 };
}

/**
 * log P(0) and the log ratio P(k+1)/P(k) of a Poisson (variance = mean) or of the negative
 * binomial with that mean and variance. Logs, so a large mean never underflows P(0).
 */
function logTerms(mean: number, variance: number) {
  if (variance <= mean * (1 + 1e-9)) {
    return { logFirst: -mean, logRatio: (k: number) => Math.log(mean / (k + 1)) };
  }
  // Negative binomial: size r and success share p with mean r(1-p)/p and variance mean/p.
  const p = mean / variance;
  const r = (mean * p) / (1 - p);
  const logFailure = Math.log(1 - p);
  return {
    logFirst: r * Math.log(p),
    logRatio: (k: number) => Math.log((k + r) / (k + 1)) + logFailure,
  };
}

/** The smallest counts whose cumulative probability reaches each share (shares ascending). */
function quantiles(terms: ReturnType<typeof logTerms>, shares: readonly number[]): number[] {
  const found: number[] = [];
  let logTerm = terms.logFirst;
  let cumulative = 0;
  // The bound only stops a runaway loop; the 90th percentile is reached long before it.
  for (let k = 0; found.length < shares.length && k < 1_000_000; k++) {
    cumulative += Math.exp(logTerm);
    while (found.length < shares.length && cumulative >= shares[found.length]!) found.push(k);
    logTerm += terms.logRatio(k);
  }
  return found;
}
