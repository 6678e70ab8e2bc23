import type { SentimentTrend as Trend } from '@/lib/customers/sentiment-trend';

const W = 160;
const H = 36;
const WORDS = { improving: 'improving', worsening: 'worsening', steady: 'steady' } as const;

/**
 * The customer's mood across their recent posts: an inline sparkline (no chart library)
 * with its meaning in words, for screen readers and at a glance.
 */
export function SentimentTrend({ trend }: { trend: Trend }) {
  if (!trend.recent.length) return <p className="muted">No scored posts yet.</p>;
  const scores = trend.recent.map((p) => p.score);
  const span = Math.max(1, ...scores.map(Math.abs));
  const x = (i: number) => (scores.length === 1 ? W / 2 : (i / (scores.length - 1)) * W);
  const y = (score: number) => H / 2 - (score / span) * (H / 2 - 3);
  const points = scores.map((s, i) => `${x(i).toFixed(1)},${y(s).toFixed(1)}`).join(' ');
  const summary = `Sentiment ${WORDS[trend.direction]} across ${scores.length} recent post${
    scores.length === 1 ? '' : 's'
  }, average ${trend.average.toFixed(1)}`;
  return (
    <p className="sentiment">
      <svg
        className={`sparkline trend-${trend.direction}`}
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={summary}
      >
        <line x1="0" x2={W} y1={H / 2} y2={H / 2} className="baseline" />
        <polyline points={points} fill="none" />
        {scores.map((s, i) => (
          <circle key={i} cx={x(i)} cy={y(s)} r="2" />
        ))}
      </svg>
      <span aria-hidden="true">{summary}</span>
    </p>
  );
}
