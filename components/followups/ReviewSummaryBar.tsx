import type { ReviewSummary } from '@/lib/followups/review';

type Counted = 'overdue' | 'dueToday' | 'doneLate' | 'missed' | 'kept';

/** The counts a lead looks at first; "200+" when a read hit its limit. */
export function ReviewSummaryBar({ summary }: { summary: ReviewSummary }) {
  const n = (section: Counted) => `${summary[section]}${summary.atLeast[section] ? '+' : ''}`;
  const items: [string, string, string?][] = [
    ['Overdue', n('overdue'), summary.overdue > 0 ? 'error' : undefined],
    ['Due today', n('dueToday')],
    ['Kept on time', summary.keptOnTimePercent === null ? '—' : `${summary.keptOnTimePercent} %`],
    ['Done late', n('doneLate'), summary.doneLate > 0 ? 'warn' : undefined],
    ['Missed', n('missed'), summary.missed > 0 ? 'error' : undefined],
  ];
  return (
    <dl className="review-summary" aria-label="Summary">
      {items.map(([label, value, tone]) => (
        <div key={label} className="review-count">
          <dt>{label}</dt>
          <dd className={tone}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
