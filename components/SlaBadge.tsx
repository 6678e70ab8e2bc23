import type { SlaSummary } from '@/lib/cases/case-sla';
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

const TARGET: Record<SlaSummary['target'], string> = {
  first: 'First response',
  next: 'Reply',
  resolution: 'Resolution',
};

export function slaText(sla: SlaSummary): string {
  const target = TARGET[sla.target];
  switch (sla.state) {
    case 'breached':
      return `${target} SLA breached · ${formatDuration(sla.leftMs)} over`;
    case 'at-risk':
      return `${target} at risk · ${formatDuration(sla.leftMs)} left`;
    case 'paused':
      return `SLA paused · ${formatDuration(sla.leftMs)} left`;
    default:
      return `${target} due in ${formatDuration(sla.leftMs)}`;
  }
}

/** The case's most urgent clock: time left, "at risk" or "breached", in words and colour. */
export function SlaBadge({ sla }: { sla: SlaSummary | null }) {
  if (!sla) return null;
  return (
    <span
      className={`sla sla-${sla.state}`}
      data-testid="sla"
      title={
        sla.dueAt ? `${TARGET[sla.target]} due ${fullTime(sla.dueAt)}` : 'Waiting on the customer'
      }
    >
      {slaText(sla)}
    </span>
  );
}
