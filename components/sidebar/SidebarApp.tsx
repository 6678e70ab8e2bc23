import { handleLabel } from '@/lib/customers/handle-label';
import { useEffect } from 'react';
import { PageHealthNotice } from './PageHealthNotice';
import { ListeningPanel } from './ListeningPanel';
import type { SidebarView } from '@/lib/cases/sidebar-view';
import { request } from '@/lib/messages/client';
import { ErrorBoundary } from '../ErrorBoundary';
import { SyncBadge } from '../SyncBadge';
import { initials } from '../format';
import { HotTopics } from '../HotTopics';
import { SidebarActivity } from './SidebarActivity';
import { useTheme } from '../useTheme';
import { CaseCard } from './CaseCard';
import { CaseLinks, dashboardUrl } from './CaseLinks';
import { SimilarCases } from './SimilarCases';
import { CaseKnowledgePanel } from '../knowledge/CaseKnowledge';
import { useSidebarView } from './useSidebarView';
import { CaseGroup } from './CaseGroup';
import { CrmContent } from './CrmContent';
import { CaseEscalation } from '../CaseEscalation';
import { CustomerFacts } from './CustomerPanel';
import { AcknowledgementNotice } from './AcknowledgementNotice';

const closeSidebar = () => void request('sidebar.close', {}).catch(() => undefined);

export function SidebarApp() {
  useTheme();
  const state = useSidebarView();

  // Escape, or the same Alt+Shift+C that opened it, closes the sidebar from inside it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const toggle = event.altKey && event.shiftKey && event.code === 'KeyC';
      // Escape in a field belongs to the field (and must not throw away a draft note).
      const inField = (event.target as Element | null)?.closest?.('input, textarea, select');
      if (toggle || (event.key === 'Escape' && !inField)) closeSidebar();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="sidebar">
      <header className="sidebar-head">
        <h1>Casebook</h1>
        {state.kind === 'ready' && (
          <a
            className="open-total"
            href={dashboardUrl()}
            target="_blank"
            rel="noreferrer"
            data-testid="open-total"
          >
            {state.view.openTotal} open
          </a>
        )}
        <SyncBadge />
        <button type="button" onClick={closeSidebar} aria-label="Close sidebar" title="Close (Esc)">
          ✕
        </button>
      </header>
      <main className="sidebar-body">
        {state.kind === 'loading' && <p className="muted">Loading…</p>}
        {state.kind === 'error' && (
          <p role="alert" className="error">
            Casebook could not load this view: {state.message}
          </p>
        )}
        {state.kind === 'ready' && (
          <ErrorBoundary>
            <p className="visually-hidden" aria-live="polite">
              {announce(state.view)}
            </p>
            <PageHealthNotice health={state.view.health} />
            <ListeningPanel listening={state.view.listening} />
            <AcknowledgementNotice
              notice={state.view.acknowledgement}
              caseId={state.view.currentCase?.id}
            />
            <SidebarContent view={state.view} />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}

/** One short line for screen readers when the person or case in view changes. */
function announce(view: SidebarView): string {
  if (view.crm) {
    const record = view.crm.record;
    if (!record) return 'No CRM record on screen';
    return `${record.name ?? record.email ?? record.objectType}: ${view.customer?.customer ? 'customer known' : 'not linked yet'}`;
  }
  const author = view.focus?.author;
  if (!author) return `${view.openTotal} open cases`;
  const who = author.name || handleLabel(author.handle);
  return view.currentCase ? `${who}, case ${view.currentCase.ref}` : `${who}, no case yet`;
}

export function SidebarContent({ view }: { view: SidebarView }) {
  if (view.crm) return <CrmContent view={view} />;
  const author = view.focus?.author;
  if (!author) {
    return (
      <>
        <p className="empty">
          Point at a post to see who is talking, or press <strong>Capture as case</strong> on it.
        </p>
        <section aria-labelledby="hot-title" className="stack">
          <h2 id="hot-title">Hot today</h2>
          <HotTopics
            topics={view.hotTopics}
            hrefFor={(topic) => `${dashboardUrl()}#q=${encodeURIComponent(topic)}`}
          />
        </section>
        <section aria-labelledby="recent-title" className="stack">
          <h2 id="recent-title">Latest open cases</h2>
          {view.recentOpen.length ? (
            <CaseLinks cases={view.recentOpen} label="Latest open cases" />
          ) : (
            <p className="muted">No open cases. Captured posts will show here.</p>
          )}
        </section>
        <SidebarActivity items={view.activity} open />
      </>
    );
  }
  return (
    <>
      <section aria-labelledby="customer-title" className="customer">
        <span className="avatar" aria-hidden="true">
          {initials(author.name, author.handle)}
        </span>
        <div>
          <h2 id="customer-title" className="customer-name">
            <bdi>{author.name || handleLabel(author.handle)}</bdi>
          </h2>
          <div className="muted">
            {author.profileUrl ? (
              <a href={author.profileUrl} target="_blank" rel="noreferrer noopener">
                <bdi>{handleLabel(author.handle)}</bdi>
              </a>
            ) : (
              <bdi>{handleLabel(author.handle)}</bdi>
            )}
            {' · '}
            <span data-testid="author-counts">
              {view.authorOpen.length} open, {view.authorPast.length} past
            </span>
          </div>
        </div>
      </section>
      {view.customer?.customer && <CustomerFacts view={view.customer} />}
      {view.currentCase ? (
        // Keyed: a half-typed note or an error belongs to its case, never to the next one.
        <>
          <CaseCard key={view.currentCase.id} record={view.currentCase} />
          <CaseEscalation
            key={`e-${view.currentCase.id}`}
            caseId={view.currentCase.id}
            links={view.currentCase.crmLinks ?? []}
            escalateTo={view.escalateTo ?? []}
          />
          {view.knowledge && (
            <CaseKnowledgePanel
              key={`k-${view.currentCase.id}`}
              caseId={view.currentCase.id}
              knowledge={view.knowledge}
              heading="Experts and knowledge"
            />
          )}
        </>
      ) : (
        <p className="empty">
          This post is not a case yet. Use <strong>Capture as case</strong> on it.
        </p>
      )}
      {view.currentCase && <SimilarCases caseId={view.currentCase.id} similar={view.similarOpen} />}
      <CaseGroup
        title={`Open cases of @${author.handle}`}
        cases={view.authorOpen.filter((c) => c.id !== view.currentCase?.id)}
        empty="No other open cases."
      />
      <CaseGroup title="Past cases" cases={view.authorPast} empty="No past cases." />
      <SidebarActivity items={view.activity} open={false} />
    </>
  );
}
