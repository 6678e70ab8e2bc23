import { CUSTOMER_LIMITS, type CustomerSentiment } from '../db/schema';

export type TrendDirection = 'improving' | 'worsening' | 'steady';

export interface SentimentTrend {
  /** Recent per-post scores, oldest first. */
  recent: { at: number; score: number }[];
  average: number;
  direction: TrendDirection;
}

/** How far the recent half must move from the earlier half to count as a change. */
const STEADY_WITHIN = 1;

/**
 * The customer's mood across their posts: the most recent scores (oldest first), their
 * average, and whether the later half of them reads better or worse than the earlier
 * half by more than one AFINN point (one mildly positive or negative word).
 */
export function sentimentTrend(
  posts: readonly { at: number; score: number }[],
  limit: number = CUSTOMER_LIMITS.trend,
): SentimentTrend {
  const recent = [...posts]
    .filter((p) => Number.isFinite(p.score))
    .sort((a, b) => a.at - b.at)
    .slice(-limit)
    .map(({ at, score }) => ({ at, score }));
  const average = mean(recent.map((p) => p.score));
  if (recent.length < 2) return { recent, average, direction: 'steady' };
  const half = Math.floor(recent.length / 2);
  const earlier = mean(recent.slice(0, half).map((p) => p.score));
  const later = mean(recent.slice(recent.length - half).map((p) => p.score));
  const change = later - earlier;
  const direction =
    change > STEADY_WITHIN ? 'improving' : change < -STEADY_WITHIN ? 'worsening' : 'steady';
  return { recent, average, direction };
}

const mean = (values: number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;

/** The stored sentiment after one more scored post. */
export function addSentiment(
  sentiment: CustomerSentiment,
  point: { at: number; score: number },
): CustomerSentiment {
  const { recent, average } = sentimentTrend([...sentiment.trend, point]);
  return { score: round(average), posts: sentiment.posts + 1, trend: recent };
}

/** Two customers' sentiment as one (a merge). */
export function combineSentiment(a: CustomerSentiment, b: CustomerSentiment): CustomerSentiment {
  const { recent, average } = sentimentTrend([...a.trend, ...b.trend]);
  return { score: round(average), posts: a.posts + b.posts, trend: recent };
}

const round = (value: number) => Math.round(value * 100) / 100;
