import { handleLabel } from '@/lib/customers/handle-label';
import { SyncConflicts } from '../dashboard/SyncConflicts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { buildCustomerPage } from '@/lib/customers/customer-page';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Customer } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { useNow } from '../dashboard/useNow';
import { NoteForm, NotesList } from '../Notes';
import { CustomerBadges } from './CustomerBadges';
import { CustomerCases } from './CustomerCases';
import { CustomerForm } from './CustomerForm';
import { formatMoney } from './format';
import { CrmLinksSection, EmailsSection, IdentitiesSection } from './CustomerLists';
import { MergeHistory, MergeSuggestions } from './MergeSection';
import { SentimentTrend } from './SentimentTrend';
import { customerHash } from './useHashCustomer';

/** Everything known about one customer, with the edits, merges and cases beside it. */
export function CustomerPageView({ db, customerId }: { db: CasebookDatabase; customerId: string }) {
  const now = useNow();
  const page = useLiveQuery(() => buildCustomerPage(db, customerId, now), [db, customerId, now]);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const titleId = useId();

  if (page === undefined) return <p className="muted">Loading the customer…</p>;
  if (page.kind === 'missing') return <p className="empty">This customer does not exist.</p>;
  if (page.kind === 'merged') {
    return (
      <article className="customer-page stack" aria-labelledby={titleId}>
        <h2 id={titleId}>
          <bdi>{page.customer.name || 'Customer'}</bdi>
        </h2>
        <p className="notice-box">
          This customer was merged into{' '}
          <a href={`#${customerHash(page.customer.mergedInto!)}`}>another customer</a>. Undo the
          merge below to get them back as they were.
        </p>
        <MergeHistory customerId={page.customer.id} merges={page.merges} />
      </article>
    );
  }
  const { customer } = page;
  if (editing) {
    return (
      <CustomerForm
        customer={customer}
        onSaved={(saved) => {
          setEditing(false);
          setNotice(`Saved ${saved.name || 'the customer'}.`);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <article className="customer-page stack" aria-labelledby={titleId}>
      <header className="customer-head">
        <h2 id={titleId}>
          <bdi>{customer.name || handleLabel(customer.identities[0]?.handle ?? 'unknown')}</bdi>
        </h2>
        <CustomerBadges customer={customer} />
        <button
          type="button"
          onClick={() => {
            setNotice(null);
            setEditing(true);
          }}
        >
          Edit details
        </button>
      </header>
      <p role="status" className="notice">
        {notice ?? ''}
      </p>
      <SyncConflicts db={db} table="customers" recordId={customer.id} />
      <Details customer={customer} influence={page.influence} />
      <section className="stack" aria-label="Sentiment">
        <h3>Sentiment</h3>
        <SentimentTrend trend={page.sentiment} />
      </section>
      <CustomerCases open={page.openCases} past={page.pastCases} />
      <div className="customer-columns">
        <IdentitiesSection customer={customer} />
        <EmailsSection customer={customer} />
        <CrmLinksSection customer={customer} />
      </div>
      <section className="stack" aria-label="Customer notes">
        <h3>Notes</h3>
        <NotesList notes={customer.notes} />
        <NoteForm
          onAdd={async (text) => {
            await request('customer.addNote', { customerId: customer.id, text });
          }}
        />
      </section>
      <MergeSuggestions db={db} customer={customer} suggestions={page.suggestions} />
      <MergeHistory customerId={customer.id} merges={page.merges} />
    </article>
  );
}

function Details({ customer, influence }: { customer: Customer; influence: number | null }) {
  const rows: [string, string][] = [
    ['Lifetime value', customer.lifetimeValue ? formatMoney(customer.lifetimeValue) : ''],
    ['VIP', customer.vip ? 'Yes' : 'No'],
    ['Company', customer.company],
    ['Phone', customer.phone],
    ['Owner', customer.owner],
    ['Segment', customer.segment],
    ['Products', customer.products.join(', ')],
    ['Influence', influence === null ? '' : `${influence} / 100`],
  ];
  return (
    <dl className="customer-details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value || <span className="muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
