import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Article } from '@/lib/db/schema';
import { ARTICLE_LIST_LIMIT, listArticles } from '@/lib/knowledge/articles';
import { indexArticles, searchIds } from '@/lib/knowledge/search-index';
import { request } from '@/lib/messages/client';
import { ErrorBoundary } from '../ErrorBoundary';
import { DraftBadge } from './ArticleLink';
import { ArticleForm } from './ArticleForm';
import { ImportPanel } from './ImportPanel';
import { useAction } from './useAction';
import './knowledge.css';

type Selected =
  { kind: 'none' } | { kind: 'new' } | { kind: 'import' } | { kind: 'article'; id: string };

/**
 * The knowledge articles: drafts (case write-ups) first, waiting to be published, then
 * the published ones; search, add, edit, delete, and import from a file.
 */
export function KnowledgeView({ db }: { db: CasebookDatabase }) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [selected, setSelectedState] = useState<Selected>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const setSelected = (next: Selected, message: string | null = null) => {
    setSelectedState(next);
    setNotice(message);
  };
  const publish = useAction();
  const all = useLiveQuery(() => listArticles(db), [db]);
  const index = useMemo(() => indexArticles(all ?? []), [all]);
  const shown = useMemo(() => {
    if (!all) return undefined;
    if (!deferredSearch.trim()) return all;
    const hits = searchIds(index, deferredSearch);
    return all.filter((a) => hits.has(a.id));
  }, [all, index, deferredSearch]);
  const drafts = shown?.filter((a) => a.status === 'draft') ?? [];
  const published = shown?.filter((a) => a.status === 'published') ?? [];
  const current = selected.kind === 'article' ? all?.find((a) => a.id === selected.id) : undefined;

  const row = (article: Article) => (
    <li key={article.id} className="library-row">
      <button
        type="button"
        className="library-open"
        aria-current={current?.id === article.id}
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
    <div className="library">
      <section className="library-list" aria-label="Knowledge articles">
        <div className="library-tools">
          <button type="button" className="primary" onClick={() => setSelected({ kind: 'new' })}>
            New article
          </button>
          <button type="button" onClick={() => setSelected({ kind: 'import' })}>
            Import…
          </button>
          <label htmlFor={searchId} className="visually-hidden">
            Search knowledge
          </label>
          <input
            id={searchId}
            type="search"
            placeholder="Search title, text, tags"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        {publish.error && (
          <p role="alert" className="error">
            {publish.error}
          </p>
        )}
        {shown === undefined ? (
          <p className="muted">Loading articles…</p>
        ) : shown.length === 0 ? (
          <p className="empty" data-testid="knowledge-empty">
            {all?.length
              ? 'No article matches this search.'
              : 'No articles yet. Add your help-centre articles by hand, or import them from a CSV, a JSON list or a sitemap: cases will suggest the ones that match.'}
          </p>
        ) : (
          <>
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
          </>
        )}
        {all?.length === ARTICLE_LIST_LIMIT && (
          <p className="muted small">
            Showing the {ARTICLE_LIST_LIMIT} most recently changed; search to narrow.
          </p>
        )}
      </section>
      <section className="library-detail" aria-label="Article">
        <ErrorBoundary>
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          {selected.kind === 'import' ? (
            <ImportPanel db={db} onClose={() => setSelected({ kind: 'none' })} />
          ) : selected.kind === 'new' ? (
            <ArticleForm
              key="new"
              article={null}
              onSaved={(a, message) => setSelected({ kind: 'article', id: a.id }, message)}
              onDeleted={(message) => setSelected({ kind: 'none' }, message)}
            />
          ) : current ? (
            // Keyed by status too: publishing from the list must not leave a stale "Draft" here.
            <ArticleForm
              key={`${current.id}:${current.status}`}
              article={current}
              onSaved={(_a, message) => setNotice(message)}
              onDeleted={(message) => setSelected({ kind: 'none' }, message)}
            />
          ) : (
            <p className="empty">Choose an article to edit it, add a new one, or import a file.</p>
          )}
        </ErrorBoundary>
      </section>
    </div>
  );
}
