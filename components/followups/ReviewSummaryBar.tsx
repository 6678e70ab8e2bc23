import { FINISHED_SECTIONS, type ReviewSummary } from '@/lib/followups/review';

type Counted = 'overdue' | 'dueToday' | 'doneLate' | 'missed';

/**
 * The counts a lead looks at first, for the sections the filters show ("200+" when a read
 * hit its limit); the share kept on time only when every finished section is shown.
 */
export function ReviewSummaryBar({ summary }: { summary: ReviewSummary }) {
  const count = (section: Counted, label: string, tone?: string) =>
    summary.shown.includes(section)
      ? [
          {
            label,
            value: `${summary[section]}${summary.atLeast[section] ? '+' : ''}`,
            tone: summary[section] > 0 ? tone : undefined,
          },
        ]
      : [];
  const allFinished = FINISHED_SECTIONS.every((section) => summary.shown.includes(section));
  const items = [
    ...count('overdue', 'Overdue', 'error'),
    ...count('dueToday', 'Due today'),
    ...(allFinished
      ? [
          {
            label: 'Kept on time',
            value: summary.keptOnTimePercent === null ? '—' : `${summary.keptOnTimePercent} %`,
            tone: undefined,
          },
        ]
      : []),
    ...count('doneLate', 'Done late', 'warn'),
    ...count('missed', 'Missed', 'error'),
  ];
  if (!items.length) return null;
  return (
    <dl className="review-summary" aria-label="Summary">
      {items.map(({ label, value, tone }) => (
        <div key={label} className="review-count">
          <dt>{label}</dt>
          <dd className={tone}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
