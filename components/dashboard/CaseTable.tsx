import { handleLabel } from '@/lib/customers/handle-label';
import type { KeyboardEvent } from 'react';
import type { Case } from '@/lib/db/schema';
import { fullTime, timeAgo } from '../format';
import { slaSummary, type SlaRules } from '@/lib/cases/case-sla';
import { PriorityBadge } from '../PriorityBadge';
import { SlaBadge } from '../SlaBadge';
import { StatusBadge } from '../StatusBadge';

/**
 * The queue as a list of buttons: Tab and Enter work, and the arrow keys (Home, End)
 * move between cases, as in a mail client.
 */
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
    <ul className="case-rows" aria-label="Cases" onKeyDown={moveFocus}>
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
              <bdi className="muted">{handleLabel(c.customer.handle)}</bdi>
              <span className="muted case-row-time" title={fullTime(c.updatedAt)}>
                {timeAgo(c.updatedAt)}
              </span>
            </span>
            <span className="case-row-title">
              <bdi>{c.title}</bdi>
            </span>
            <SlaBadge sla={slaSummary(c, now, rules)} />
          </button>
        </li>
      ))}
    </ul>
  );
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const step = STEPS[event.key];
  if (!step) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.case-row')];
  const index = rows.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  rows[step(index, rows.length)]?.focus();
}
