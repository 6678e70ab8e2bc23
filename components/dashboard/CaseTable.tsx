import type { Case } from '@/lib/db/schema';
import { fullTime, timeAgo } from '../format';
import { slaSummary, type SlaRules } from '@/lib/cases/case-sla';
import { PriorityBadge } from '../PriorityBadge';
import { SlaBadge } from '../SlaBadge';
import { StatusBadge } from '../StatusBadge';

/** The queue as a list of buttons: arrow keys are not needed, Tab and Enter suffice. */
export function CaseTable({
  cases,
  selectedId,
  onOpen,
  now,
  rules,
}: {
  rules: SlaRules;
  cases: Case[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  now: number;
}) {
  return (
    <ul className="case-rows" aria-label="Cases">
      {cases.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className="case-row"
            aria-current={c.id === selectedId ? 'true' : undefined}
            onClick={() => onOpen(c.id)}
          >
            <span className="case-row-top">
              <strong>{c.ref}</strong>
              <PriorityBadge priority={c.priority} reasons={c.priorityReasons} />
              <StatusBadge status={c.status} />
              <span className="muted">@{c.customer.handle}</span>
              <span className="muted case-row-time" title={fullTime(c.updatedAt)}>
                {timeAgo(c.updatedAt)}
              </span>
            </span>
            <span className="case-row-title">{c.title}</span>
            <SlaBadge sla={slaSummary(c, now, rules)} />
          </button>
        </li>
      ))}
    </ul>
  );
}
