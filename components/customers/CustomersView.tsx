import { handleLabel } from '@/lib/customers/handle-label';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { CUSTOMER_PAGE, listCustomers } from '@/lib/customers/customer-list';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Customer } from '@/lib/db/schema';
import { PLATFORM_LABELS } from '../format';
import { LibraryLayout } from '../knowledge/LibraryLayout';
import { CustomerBadges } from './CustomerBadges';
import { CustomerForm } from './CustomerForm';
import { CustomerImport } from './CustomerImport';
import { CustomerPageView } from './CustomerPage';
import { useHashCustomer } from './useHashCustomer';
import './customers.css';

type Pane = 'customer' | 'new' | 'import';

/**
 * The customers of the desk: a searchable list (newest updated first, read by index
 * with a limit, "Show more" for the next page), and the chosen customer's page, a new
 * customer, or a CSV import beside it.
 */
export function CustomersView({ db }: { db: CasebookDatabase }) {
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [limit, setLimit] = useState(CUSTOMER_PAGE);
  const [customerId, openCustomer] = useHashCustomer();
  const [pane, setPane] = useState<Pane>('customer');
  const [notice, setNotice] = useState<string | null>(null);
  const list = useLiveQuery(
    () => listCustomers(db, deferredSearch, limit),
    [db, deferredSearch, limit],
  );
  const open = (id: string | null, message: string | null = null) => {
    setPane('customer');
    setNotice(message);
    openCustomer(id);
  };

  const row = (customer: Customer) => (
    <li key={customer.id} className="library-row">
      <button
        type="button"
        className="library-open"
        aria-current={pane === 'customer' && customerId === customer.id}
        onClick={() => open(customer.id)}
      >
        <span className="title">
          <bdi>{customer.name || handleLabel(customer.identities[0]?.handle ?? 'unknown')}</bdi>{' '}
          <CustomerBadges customer={customer} />
        </span>
        <span className="muted small case-row-title">
          {[
            ...customer.identities
              .slice(0, 2)
              .map((i) => `${handleLabel(i.handle)} (${PLATFORM_LABELS[i.platform]})`),
            customer.emails[0],
            customer.company,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </button>
    </li>
  );

  return (
    <LibraryLayout
      listLabel="Customers"
      actions={
        <>
          <button type="button" className="primary" onClick={() => setPane('new')}>
            New customer
          </button>
          <button type="button" onClick={() => setPane('import')}>
            Import CSV…
          </button>
        </>
      }
      search={{
        label: 'Search customers',
        placeholder: 'Name, @handle, email, company',
        value: search,
        onChange: (value) => {
          setSearch(value);
          setLimit(CUSTOMER_PAGE);
        },
      }}
      // No count of the table on a UI path: "total" only tells "none at all" from "no match".
      count={
        list && {
          shown: list.customers.length,
          total: deferredSearch.trim() ? 1 : list.customers.length,
        }
      }
      loading="Loading customers…"
      empty={{
        testId: 'customers-empty',
        noMatch: 'No customer matches this search.',
        text: 'No customers yet. They are created when you capture a post, by hand with “New customer”, or from a CRM export with “Import CSV…”.',
      }}
      footer={
        list?.more && (
          <button type="button" onClick={() => setLimit((n) => n + CUSTOMER_PAGE)}>
            Show more
          </button>
        )
      }
      detailLabel="Customer"
      notice={notice}
      detail={
        pane === 'new' ? (
          <CustomerForm
            customer={null}
            onSaved={(saved) => open(saved.id, `Added ${saved.name}.`)}
            onCancel={() => setPane('customer')}
          />
        ) : pane === 'import' ? (
          <CustomerImport db={db} onClose={() => setPane('customer')} />
        ) : customerId ? (
          <CustomerPageView key={customerId} db={db} customerId={customerId} />
        ) : (
          <p className="empty">Choose a customer to see their details and cases.</p>
        )
      }
    >
      <ul className="library-rows" aria-label="Customer list">
        {list?.customers.map(row)}
      </ul>
    </LibraryLayout>
  );
}
