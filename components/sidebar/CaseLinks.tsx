import { browser } from 'wxt/browser';
import type { CaseSummary } from '@/lib/cases/sidebar-view';
import { timeAgo } from '../format';
import { PriorityBadge } from '../PriorityBadge';
import { SlaBadge } from '../SlaBadge';
import { StatusBadge } from '../StatusBadge';

export const dashboardUrl = (caseId?: string) =>
  browser.runtime.getURL('/dashboard.html') + (caseId ? `#case=${encodeURIComponent(caseId)}` : '');

/** A short list of cases; each opens in the dashboard, where the whole case is. */
export function CaseLinks({ cases, label }: { cases: CaseSummary[]; label: string }) {
  return (
    <ul className="case-list" aria-label={label}>
      {cases.map((c) => (
        <li key={c.id}>
          <a className="case-link" href={dashboardUrl(c.id)} target="_blank" rel="noreferrer">
            <span className="case-link-top">
              <strong>{c.ref}</strong>{' '}
              <PriorityBadge priority={c.priority} reasons={c.priorityReasons} />{' '}
              <StatusBadge status={c.status} />
              <span className="muted"> · {timeAgo(c.updatedAt)}</span>
            </span>
            <SlaBadge sla={c.sla} />
            <span className="case-link-title">
              <bdi>{c.title}</bdi>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
