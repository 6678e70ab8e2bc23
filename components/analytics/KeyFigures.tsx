import type { Measures, TimeSummary } from '@/lib/analytics/measures';

const MIN = 60_000;

/** "42 min", "3.5 h", "2.1 days": a working duration as a lead reads it. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  const minutes = ms / MIN;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

const times = (summary: TimeSummary) =>
  summary.count === 0
    ? 'none in range'
    : `median ${formatDuration(summary.medianMs)}, 90% within ${formatDuration(summary.p90Ms)}`;

/** The range's headline numbers, above the charts. */
export function KeyFigures({ measures }: { measures: Measures }) {
  const { totals } = measures;
  const figures: { label: string; value: string; detail: string; id: string }[] = [
    {
      id: 'opened',
      label: 'Opened',
      value: String(totals.opened),
      detail: `${totals.reopened} reopened`,
    },
    {
      id: 'resolved',
      label: 'Resolved',
      value: String(totals.resolved),
      detail: 'resolved or closed',
    },
    {
      id: 'backlog',
      label: 'Backlog',
      value: totals.backlogAtEnd === null ? '\u2013' : String(totals.backlogAtEnd),
      detail:
        totals.backlogAtEnd === null
          ? 'not kept per agent: one opens, another resolves'
          : 'open at the end of the range',
    },
    {
      id: 'first-response',
      label: 'First response',
      value: formatDuration(measures.firstResponse.medianMs),
      detail: times(measures.firstResponse),
    },
    {
      id: 'resolution',
      label: 'Resolution',
      value: formatDuration(measures.resolution.medianMs),
      detail: times(measures.resolution),
    },
    {
      id: 'sla',
      label: 'SLA met',
      value:
        totals.slaAttainment === null ? '–' : `${Math.round(totals.slaAttainment * 1000) / 10}%`,
      detail: `${totals.breached} breached of ${totals.withinSla + totals.breached}`,
    },
    {
      id: 'followups',
      label: 'Follow-ups kept',
      value: String(totals.followUpsKept),
      detail: `${totals.followUpsLate} late, ${totals.followUpsMissed} missed`,
    },
    {
      id: 'testimonials',
      label: 'Testimonials',
      value: String(totals.testimonialsSaved),
      detail: `${totals.testimonialsApproved} approved`,
    },
    {
      id: 'satisfaction',
      label: 'Satisfaction',
      value:
        totals.satisfaction === null ? '\u2013' : `${Math.round(totals.satisfaction * 1000) / 10}%`,
      detail: `${totals.feedbackGood} good of ${totals.feedbackGood + totals.feedbackNeutral + totals.feedbackBad} ratings`,
    },
  ];
  return (
    <dl className="key-figures">
      {figures.map((figure) => (
        <div key={figure.id} className="key-figure" data-testid={`figure-${figure.id}`}>
          <dt>{figure.label}</dt>
          <dd>
            <strong>{figure.value}</strong>
            <span className="muted">{figure.detail}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
