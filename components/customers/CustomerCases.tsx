import type { CustomerCase } from '@/lib/customers/customer-view';
import { timeAgo } from '../format';
import { PriorityBadge } from '../PriorityBadge';
import { SlaBadge } from '../SlaBadge';
import { StatusBadge } from '../StatusBadge';

/** Open and past cases of the customer, each a link to it in the Cases view. */
export function CustomerCases({ open, past }: { open: CustomerCase[]; past: CustomerCase[] }) {
  return (
    <>
      <section className="stack" aria-label="Open cases">
        <h3>Open cases ({open.length})</h3>
        {open.length ? <CaseLinks cases={open} /> : <p className="muted">No open case.</p>}
      </section>
      <section className="stack" aria-label="Past cases">
        <h3>Past cases</h3>
        {past.length ? <CaseLinks cases={past} /> : <p className="muted">No past case.</p>}
      </section>
    </>
  );
}

function CaseLinks({ cases }: { cases: CustomerCase[] }) {
  return (
    <ul className="case-list">
      {cases.map((c) => (
        <li key={c.id} className="customer-case">
          <a href={`#view=cases&case=${encodeURIComponent(c.id)}`}>
            Case {c.ref}: {c.title || '(no text)'}
          </a>
          <span className="customer-case-meta">
            <StatusBadge status={c.status} />
            <PriorityBadge priority={c.priority} reasons={[]} />
            <SlaBadge sla={c.sla} />
            <span className="muted small">updated {timeAgo(c.updatedAt)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
