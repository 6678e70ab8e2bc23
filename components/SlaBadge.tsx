import type { SlaSummary } from '@/lib/cases/sidebar-view';
import { fullTime } from './format';

const MINUTE = 60_000;

/** "3 h 20 min", "45 min", "2 d 3 h": the working time an agent has left. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / MINUTE));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

export function slaText(sla: SlaSummary): string {
  switch (sla.state) {
    case 'breached':
      return `SLA breached · ${formatDuration(sla.leftMs)} over`;
    case 'at-risk':
      return `At risk · ${formatDuration(sla.leftMs)} left`;
    case 'paused':
      return `SLA paused · ${formatDuration(sla.leftMs)} left`;
    default:
      return `Due in ${formatDuration(sla.leftMs)}`;
  }
}

/** The case's resolution clock: time left, "at risk" or "breached", in words and colour. */
export function SlaBadge({ sla }: { sla: SlaSummary | null }) {
  if (!sla) return null;
  return (
    <span
      className={`sla sla-${sla.state}`}
      data-testid="sla"
      title={sla.dueAt ? `Resolution due ${fullTime(sla.dueAt)}` : 'Waiting on the customer'}
    >
      {slaText(sla)}
    </span>
  );
}
