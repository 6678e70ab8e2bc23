import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useId, useRef, useState, type RefObject } from 'react';
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
import { QueueFilters, type QueueFilterValues } from './QueueFilters';
import { useHashCase } from './useHashCase';
import { useNow } from './useNow';
import { useSearchIndex } from './useSearchIndex';

const FILTERS: StatusFilter[] = ['queue', 'all', ...CASE_STATUSES];
const FILTER_LABELS: Record<'queue' | 'all', string> = { queue: 'Queue (by SLA)', all: 'All' };
const NO_FILTERS: QueueFilterValues = {
  assignee: undefined,
  tag: '',
  channel: undefined,
  topic: '',
};

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
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(searchRef);

  const [filters, setFilters] = useState<QueueFilterValues>(NO_FILTERS);
  const deferredTag = useDeferredValue(filters.tag);
  const { assignee, channel, topic } = filters;
  const settings = useLiveQuery(() => readSettings(db), [db]);
  // Pages of LIST_LIMIT: a new question starts from the first page again.
  const question = JSON.stringify([status, deferredSearch, assignee, deferredTag, channel, topic]);
  const [pages, setPages] = useState({ question, count: 1 });
  const limit = LIST_LIMIT * (pages.question === question ? pages.count : 1);
  const searchIndex = useSearchIndex(db);
  const cases = useLiveQuery(
    // A topic is words the case must have, like a search the agent did not type.
    () =>
      listCases(
        db,
        status,
        { search: `${deferredSearch} ${topic}`, assignee, tag: deferredTag, channel },
        limit,
        searchIndex.index,
      ),
    // The index's version: a case that starts to match is found once the index has it.
    [db, status, deferredSearch, assignee, deferredTag, channel, topic, limit, searchIndex.version],
  );
  const narrowed =
    deferredSearch.trim() !== '' || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const hasFilter = status !== 'all' || narrowed;
  const now = useNow();
  // Read again when the day turns over, not only when a capture changes the counts.
  const today = dayOf(now);
  const hot = useLiveQuery(() => readHotTopics(db, Date.now()), [db, today]);

  return (
    <div className="dash-body">
      <section className="queue" aria-label="Case list">
        <section aria-labelledby="dash-hot-title" className="stack">
          <h2 id="dash-hot-title">Hot today</h2>
          <HotTopics
            topics={hot ?? []}
            onOpen={(chosen) => setFilters({ ...filters, topic: chosen })}
          />
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
            ref={searchRef}
            aria-keyshortcuts="/"
            type="search"
            placeholder="Search text, @handle or case ref"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <QueueFilters
            agents={settings?.agents ?? []}
            topics={(hot ?? []).map((t) => t.topic)}
            values={filters}
            onChange={setFilters}
          />
          {hasFilter && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setStatus('all');
                setSearch('');
                setFilters(NO_FILTERS);
              }}
            >
              Clear filters
            </button>
          )}
        </div>
        {searchIndex.loading !== null && !searchIndex.index && narrowed && (
          <p className="muted small" role="status">
            Preparing search: {searchIndex.loading.toLocaleString('en')} cases read. Until it is
            done, a search shows the matches found quickly, not every one.
          </p>
        )}
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
            {cases.length === limit && (
              <p className="muted small">
                Showing the {limit} {status === 'queue' ? 'most urgent' : 'most recent'}.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setPages({ question, count: limit / LIST_LIMIT + 1 })}
                >
                  Show {LIST_LIMIT} more
                </button>
              </p>
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

/** "/" jumps to the search field from anywhere on the page but a text field. */
function useSlashToSearch(searchRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchRef]);
}
