import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { CASE_STATUSES } from '@/lib/db/constants';
import { LIST_LIMIT, listCases, type StatusFilter } from '@/lib/cases/queries';
import { STATUS_LABELS } from '../format';
import { ErrorBoundary } from '../ErrorBoundary';
import { CaseDetail } from './CaseDetail';
import { CaseTable } from './CaseTable';
import { dayOf, readHotTopics } from '@/lib/cases/topic-store';
import { HotTopics } from '../HotTopics';
import { DEFAULT_SETTINGS, readSettings } from '@/lib/settings';
import { slaRulesOf } from '@/lib/cases/derive';
import { QueueFilters } from './QueueFilters';
import { useHashCase } from './useHashCase';
import { useNow } from './useNow';

const FILTERS: StatusFilter[] = ['queue', 'all', ...CASE_STATUSES];
const FILTER_LABELS: Record<'queue' | 'all', string> = { queue: 'Queue (by SLA)', all: 'All' };

/** The case list (queue, statuses, search, filters) beside the open case. */
export function CasesView({ db }: { db: CasebookDatabase }) {
  const [status, setStatus] = useState<StatusFilter>('all');
  // A topic link from the sidebar arrives as #q=<topic>.
  const [search, setSearch] = useState(
    () => new URLSearchParams(location.hash.slice(1)).get('q') ?? '',
  );
  const deferredSearch = useDeferredValue(search);
  const [selectedId, openCase] = useHashCase();
  const searchId = useId();

  const [assignee, setAssignee] = useState<string | null | undefined>(undefined);
  const [tag, setTag] = useState('');
  const deferredTag = useDeferredValue(tag);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const cases = useLiveQuery(
    () => listCases(db, status, { search: deferredSearch, assignee, tag: deferredTag }),
    [db, status, deferredSearch, assignee, deferredTag],
  );
  const hasFilter =
    status !== 'all' || deferredSearch.trim() !== '' || assignee !== undefined || tag.trim() !== '';
  const now = useNow();
  // Read again when the day turns over, not only when a capture changes the counts.
  const today = dayOf(now);
  const hot = useLiveQuery(() => readHotTopics(db, Date.now()), [db, today]);

  return (
    <div className="dash-body">
      <section className="queue" aria-label="Case list">
        <section aria-labelledby="dash-hot-title" className="stack">
          <h2 id="dash-hot-title">Hot today</h2>
          <HotTopics topics={hot ?? []} onOpen={(topic) => setSearch(topic)} />
        </section>
        <div className="filters">
          <div role="group" aria-label="Filter by status" className="status-filters">
            {FILTERS.map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={status === value}
                onClick={() => setStatus(value)}
              >
                {value === 'all' || value === 'queue' ? FILTER_LABELS[value] : STATUS_LABELS[value]}
              </button>
            ))}
          </div>
          <label htmlFor={searchId} className="visually-hidden">
            Search cases
          </label>
          <input
            id={searchId}
            type="search"
            placeholder="Search text, @handle or case ref"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <QueueFilters
            agents={settings?.agents ?? []}
            assignee={assignee}
            tag={tag}
            onAssignee={setAssignee}
            onTag={setTag}
          />
        </div>
        {cases === undefined ? (
          <p className="muted">Loading cases…</p>
        ) : cases.length === 0 ? (
          <p className="empty" data-testid="empty-state">
            {hasFilter
              ? 'No cases match this filter.'
              : 'No cases yet. On x.com, press “Capture as case” on a post and it will appear here.'}
          </p>
        ) : (
          <>
            <CaseTable
              cases={cases}
              selectedId={selectedId}
              onOpen={openCase}
              now={now}
              rules={slaRulesOf(settings ?? DEFAULT_SETTINGS)}
            />
            {cases.length === LIST_LIMIT && (
              <p className="muted small">Showing the {LIST_LIMIT} most recent; search to narrow.</p>
            )}
          </>
        )}
      </section>
      <section className="detail" aria-label="Case">
        {selectedId ? (
          <ErrorBoundary key={selectedId}>
            <CaseDetail db={db} caseId={selectedId} />
          </ErrorBoundary>
        ) : (
          <p className="empty">Choose a case to see its posts, status and notes.</p>
        )}
      </section>
    </div>
  );
}
