import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import {
  CATALOG_LIMIT,
  refreshCatalog,
  type ArticleSummary,
} from '@/lib/knowledge/article-catalog';
import { request } from '@/lib/messages/client';
import { DraftBadge } from './ArticleLink';
import { ArticleForm } from './ArticleForm';
import { ImportPanel } from './ImportPanel';
import { LibraryLayout } from './LibraryLayout';
import { useAction } from './useAction';

type Selected =
  { kind: 'none' } | { kind: 'new' } | { kind: 'import' } | { kind: 'article'; id: string };

/**
 * The knowledge articles: drafts (case write-ups) first, waiting to be published, then
 * the published ones; search, add, edit, delete, and import from a file. The list and
 * its search index are kept up to date change by change (ArticleCatalog); only the
 * article being edited is read whole.
 */
export function KnowledgeView({ db }: { db: CasebookDatabase }) {
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [selected, setSelectedState] = useState<Selected>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const setSelected = (next: Selected, message: string | null = null) => {
    setSelectedState(next);
    setNotice(message);
  };
  const publish = useAction();
  const catalog = useLiveQuery(() => refreshCatalog(db), [db]);
  const shown = useMemo(() => {
    if (!catalog) return undefined;
    if (!deferredSearch.trim()) return catalog.articles;
    const hits = catalog.search(deferredSearch);
    return catalog.articles.filter((a) => hits.has(a.id));
  }, [catalog, deferredSearch]);
  const selectedId = selected.kind === 'article' ? selected.id : null;
  // Undefined while it loads; null once it is gone (deleted elsewhere).
  const current = useLiveQuery(
    async () => (selectedId ? ((await db.articles.get(selectedId)) ?? null) : null),
    [db, selectedId],
  );
  const live = current && !current.deleted ? current : null;
  const drafts = shown?.filter((a) => a.status === 'draft') ?? [];
  const published = shown?.filter((a) => a.status === 'published') ?? [];

  const row = (article: ArticleSummary) => (
    <li key={article.id} className="library-row">
      <button
        type="button"
        className="library-open"
        aria-current={selectedId === article.id}
        onClick={() => setSelected({ kind: 'article', id: article.id })}
      >
        <span className="title">
          {article.status === 'draft' && (
            <>
              <DraftBadge />{' '}
            </>
          )}
          {article.title}
        </span>
        {article.url && <span className="muted small case-row-title">{article.url}</span>}
      </button>
      {article.status === 'draft' && (
        <button
          type="button"
          aria-label={`Publish “${article.title}”`}
          disabled={publish.busy !== null}
          onClick={() =>
            void publish.run(article.id, () =>
              request('article.publish', { articleId: article.id }),
            )
          }
        >
          {publish.busy === article.id ? 'Publishing…' : 'Publish'}
        </button>
      )}
    </li>
  );

  return (
    <LibraryLayout
      listLabel="Knowledge articles"
      actions={
        <>
          <button type="button" className="primary" onClick={() => setSelected({ kind: 'new' })}>
            New article
          </button>
          <button type="button" onClick={() => setSelected({ kind: 'import' })}>
            Import…
          </button>
        </>
      }
      search={{
        label: 'Search knowledge',
        placeholder: 'Search title, text, tags',
        value: search,
        onChange: setSearch,
      }}
      error={publish.error}
      count={shown && catalog && { shown: shown.length, total: catalog.articles.length }}
      loading="Loading articles…"
      empty={{
        testId: 'knowledge-empty',
        noMatch: 'No article matches this search.',
        text: 'No articles yet. Add your help-centre articles by hand, or import them from a CSV, a JSON list or a sitemap: cases will suggest the ones that match.',
      }}
      footer={
        catalog?.full && (
          <p className="muted small">
            Showing the {CATALOG_LIMIT} most recently changed; search to narrow.
          </p>
        )
      }
      detailLabel="Article"
      notice={notice}
      detail={
        selected.kind === 'import' ? (
          <ImportPanel db={db} onClose={() => setSelected({ kind: 'none' })} />
        ) : selected.kind === 'new' ? (
          <ArticleForm
            key="new"
            article={null}
            onSaved={(a, message) => setSelected({ kind: 'article', id: a.id }, message)}
            onDeleted={(message) => setSelected({ kind: 'none' }, message)}
          />
        ) : live ? (
          // Keyed by status too: publishing from the list must not leave a stale "Draft" here.
          <ArticleForm
            key={`${live.id}:${live.status}`}
            article={live}
            onSaved={(_a, message) => setNotice(message)}
            onDeleted={(message) => setSelected({ kind: 'none' }, message)}
          />
        ) : selected.kind === 'article' && current === undefined ? (
          <p className="muted">Loading the article…</p>
        ) : (
          <p className="empty">Choose an article to edit it, add a new one, or import a file.</p>
        )
      }
    >
      {drafts.length > 0 && (
        <>
          <h2 className="group-title">Drafts to publish</h2>
          <ul className="library-rows" aria-label="Drafts">
            {drafts.map(row)}
          </ul>
        </>
      )}
      {published.length > 0 && (
        <>
          <h2 className="group-title">Published</h2>
          <ul className="library-rows" aria-label="Published articles">
            {published.map(row)}
          </ul>
        </>
      )}
    </LibraryLayout>
  );
}
