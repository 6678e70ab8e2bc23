import { useLiveQuery } from 'dexie-react-hooks';
import { SyncBadge } from '../SyncBadge';
import { lazy, Suspense, useEffect, useId } from 'react';
import { readCounter } from '@/lib/db/counters';
import type { CasebookDatabase } from '@/lib/db/database';
import { ErrorBoundary } from '../ErrorBoundary';
import { useTheme, type ThemeChoice } from '../useTheme';
import { CasesView } from './CasesView';
import { GroupAnswerView } from '../group/GroupAnswerView';
import { OpenAndInsert } from '../group/OpenAndInsert';
import { ExpertsView } from '../experts/ExpertsView';
import { KnowledgeView } from '../knowledge/KnowledgeView';
import { SavedRepliesView } from './SavedRepliesView';
import { CustomersView } from '../customers/CustomersView';
import { FollowUpReview } from '../followups/FollowUpReview';
import { TestimonialsView } from '../testimonials/TestimonialsView';
import { useHashView, type DashboardView } from './useHashView';
import { analyticsWorker } from '../analytics/analytics-client';
import { ActivityView } from '../activity/ActivityView';
import { useAgentName } from '../activity/useAgentName';

// The charts library is most of the analytics' weight: loaded when the view is opened.
const AnalyticsView = lazy(() =>
  import('../analytics/AnalyticsView').then((module) => ({ default: module.AnalyticsView })),
);

const VIEWS: { id: DashboardView; label: string }[] = [
  { id: 'cases', label: 'Cases' },
  { id: 'group', label: 'Group answer' },
  { id: 'experts', label: 'Experts' },
  { id: 'knowledge', label: 'Knowledge' },
  { id: 'replies', label: 'Saved replies' },
  { id: 'customers', label: 'Customers' },
  { id: 'followups', label: 'Follow-ups' },
  { id: 'testimonials', label: 'Testimonials' },
  { id: 'analytics', label: 'Analytics' },
  { id: 'activity', label: 'Activity' },
];

/** The dashboard: a header with the views of the desk, and the chosen view below. */
export function DashboardApp({ db }: { db: CasebookDatabase }) {
  const [theme, setTheme] = useTheme();
  const [view, setView] = useHashView();
  const themeId = useId();
  const me = useAgentName();
  const openTotal = useLiveQuery(() => readCounter(db, 'openCases'), [db]);
  // Its worker starts while the charts' code loads (analytics-client.ts).
  useEffect(() => {
    if (view === 'analytics') analyticsWorker();
  }, [view]);
  return (
    <div className="dashboard">
      <header className="dash-head">
        <h1>Casebook</h1>
        <span className="muted" data-testid="dash-open-total">
          {openTotal ?? '…'} open
        </span>
        <nav aria-label="Views" className="dash-nav">
          {VIEWS.map((entry) => (
            <a
              key={entry.id}
              href={`#view=${entry.id}`}
              aria-current={view === entry.id ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setView(entry.id);
              }}
            >
              {entry.label}
            </a>
          ))}
        </nav>
        <SyncBadge />
        <label htmlFor={themeId} className="theme-pick">
          Theme{' '}
          <select
            id={themeId}
            value={theme}
            onChange={(event) => setTheme(event.target.value as ThemeChoice)}
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      {/* A failing live query in one view shows its error there, not a blank dashboard;
          keyed by view, so moving to another view starts it afresh. */}
      <ErrorBoundary key={view}>
        {view === 'cases' && <CasesView db={db} />}
        {view === 'group' && (
          <GroupAnswerView db={db} rowActions={(row) => <OpenAndInsert {...row} />} />
        )}
        {view === 'experts' && <ExpertsView db={db} />}
        {view === 'knowledge' && <KnowledgeView db={db} />}
        {view === 'replies' && <SavedRepliesView db={db} />}
        {view === 'customers' && <CustomersView db={db} />}
        {view === 'followups' && (
          <div className="dash-page">
            <FollowUpReview db={db} />
          </div>
        )}
        {view === 'testimonials' && <TestimonialsView db={db} />}
        {view === 'activity' && <ActivityView db={db} me={me} />}
        {view === 'analytics' && (
          <Suspense fallback={<p className="dash-page muted">Loading analytics…</p>}>
            <AnalyticsView db={db} />
          </Suspense>
        )}
      </ErrorBoundary>
    </div>
  );
}
