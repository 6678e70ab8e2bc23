import type { Priority } from '@/lib/db/constants';

/** "P1" in its colour; the reasons in words beside it (full) or on hover (compact). */
export function PriorityBadge({
  priority,
  reasons,
  full = false,
}: {
  priority: Priority;
  reasons: readonly string[];
  full?: boolean;
}) {
  const why = reasons.join(', ');
  return (
    <span className="priority-wrap" data-testid="priority">
      <span className={`priority priority-${priority}`} title={why || undefined}>
        {priority}
      </span>
      {full && why && <span className="muted small"> {why}</span>}
      {!full && why && <span className="visually-hidden">: {why}</span>}
    </span>
  );
}
