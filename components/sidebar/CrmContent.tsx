import { useEffect, useId, useState } from 'react';
import type { SidebarView } from '@/lib/cases/sidebar-view';
import type { CustomerMatch } from '@/lib/customers/find';
import { CRM_LABELS } from '@/lib/db/constants';
import type { CrmRecordFocus } from '@/lib/messages/protocol';
import type { MergeSuggestion } from '@/lib/customers/merge-suggest';
import { request } from '@/lib/messages/client';
import { initials } from '../format';
import { useAction } from '../useAction';
import { ActionStatus } from '../ActionStatus';
import { CustomerFacts } from './CustomerPanel';
import { CaseGroup } from './CaseGroup';
import { EscalationNotice } from '../CaseEscalation';

/** The sidebar on a CRM page: who the record on screen is, as Casebook knows them. */
export function CrmContent({ view }: { view: SidebarView }) {
  return (
    <>
      {view.escalation && (
        <EscalationNotice escalation={view.escalation} record={view.crm?.record ?? null} />
      )}
      <CrmRecordContent view={view} />
    </>
  );
}

function CrmRecordContent({ view }: { view: SidebarView }) {
  const record = view.crm?.record;
  if (!record) {
    return (
      <p className="empty">
        Open a contact, lead, account, case or ticket to see the customer&apos;s social identities,
        cases and promises here.
      </p>
    );
  }
  const known = view.customer?.customer ? view.customer : null;
  const title = record.name ?? record.email ?? `${record.objectType} ${record.recordId ?? ''}`;
  return (
    <>
      <section aria-labelledby="customer-title" className="customer">
        <span className="avatar" aria-hidden="true">
          {initials(record.name ?? '', record.email ?? '?')}
        </span>
        <div>
          <h2 id="customer-title" className="customer-name">
            {title}
          </h2>
          <div className="muted" data-testid="crm-record">
            {CRM_LABELS[record.system]} {record.objectType}
            {record.email && ` · ${record.email}`}
            {record.company && ` · ${record.company}`}
          </div>
        </div>
      </section>
      {view.crmCases?.length ? (
        <CaseGroup title="Casebook cases escalated here" cases={view.crmCases} empty="" />
      ) : null}
      {known ? (
        <>
          <CustomerFacts view={known} />
          <CaseGroup title="Open cases" cases={known.openCases} empty="No open cases." />
          <CaseGroup title="Past cases" cases={known.pastCases} empty="No past cases." />
        </>
      ) : (
        <LinkRecord record={record} suggestions={view.customer?.suggestions ?? []} />
      )}
    </>
  );
}

/** An unknown record: link it to a customer Casebook has (likely ones first) or make one. */
function LinkRecord({
  record,
  suggestions,
}: {
  record: CrmRecordFocus;
  suggestions: MergeSuggestion[];
}) {
  const action = useAction();
  const link = (customerId: string | null) =>
    void action.run(customerId ?? 'new', () => request('crm.link', { customerId }));
  if (!record.recordId) {
    return (
      <p className="empty">
        This page does not say the record&apos;s id yet; save the record to link it to a customer.
      </p>
    );
  }
  return (
    <section className="stack" aria-labelledby="link-title">
      <h2 id="link-title">Not linked to a customer yet</h2>
      {suggestions.length > 0 ? (
        <ul className="plain stack" aria-label="Customers this may be">
          {suggestions.map((suggestion) => (
            <li key={suggestion.customerId}>
              <strong>{suggestion.name}</strong>{' '}
              <span className="muted">
                {Math.round(suggestion.confidence * 100)}% · {suggestion.reasons.join('; ')}
              </span>{' '}
              <button
                type="button"
                disabled={action.busy !== null}
                onClick={() => link(suggestion.customerId)}
              >
                {action.busy === suggestion.customerId ? 'Linking…' : `Link to ${suggestion.name}`}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No customer in Casebook looks like this record.</p>
      )}
      <CustomerPicker busy={action.busy} onLink={link} />
      <button type="button" disabled={action.busy !== null} onClick={() => link(null)}>
        {action.busy === 'new' ? 'Creating…' : 'Create a customer from this record'}
      </button>
      <ActionStatus done={null} error={action.error} />
    </section>
  );
}

/** Any other customer, found by the start of their name, email or handle. */
function CustomerPicker({
  busy,
  onLink,
}: {
  busy: string | null;
  onLink: (customerId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<CustomerMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const searching = query.trim().length >= 2;
  useEffect(() => {
    if (!searching) return;
    let current = true;
    // Asked once typing pauses, not on every key.
    const timer = setTimeout(() => {
      request('customers.find', { query }).then(
        (matches) => current && (setFound(matches), setError(null)),
        (cause: unknown) =>
          current && setError(cause instanceof Error ? cause.message : 'Search failed.'),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, searching]);
  return (
    <div className="stack">
      <label htmlFor={inputId}>Find another customer</label>
      <input
        id={inputId}
        type="search"
        placeholder="Name, email or @handle"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
      {searching && found && (
        <ul className="plain stack" aria-label="Customers found">
          {found.length === 0 && <li className="muted">No customer starts with that.</li>}
          {found.map((match) => (
            <li key={match.customerId}>
              <strong>{match.name}</strong>{' '}
              <span className="muted">{[...match.identities, ...match.emails].join(' · ')}</span>{' '}
              <button
                type="button"
                disabled={busy !== null}
                onClick={() => onLink(match.customerId)}
              >
                {busy === match.customerId ? 'Linking…' : `Link to ${match.name}`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
