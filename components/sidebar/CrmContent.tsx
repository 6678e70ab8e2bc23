import type { SidebarView } from '@/lib/cases/sidebar-view';
import { CRM_LABELS } from '@/lib/db/constants';
import type { CrmRecordFocus } from '@/lib/messages/protocol';
import type { MergeSuggestion } from '@/lib/customers/merge-suggest';
import { request } from '@/lib/messages/client';
import { initials } from '../format';
import { useAction } from '../useAction';
import { ActionStatus } from '../ActionStatus';
import { CustomerFacts } from './CustomerPanel';
import { CaseGroup } from './CaseGroup';

/** The sidebar on a CRM page: who the record on screen is, as Casebook knows them. */
export function CrmContent({ view }: { view: SidebarView }) {
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
      <button type="button" disabled={action.busy !== null} onClick={() => link(null)}>
        {action.busy === 'new' ? 'Creating…' : 'Create a customer from this record'}
      </button>
      <ActionStatus done={null} error={action.error} />
    </section>
  );
}
