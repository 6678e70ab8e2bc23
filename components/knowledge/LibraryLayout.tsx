import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';
import './knowledge.css';

interface LibraryLayoutProps {
  /** "Knowledge articles", "Expert directory": the list's accessible name. */
  listLabel: string;
  /** Buttons before the search field ("New article", "Import…"). */
  actions: ReactNode;
  search: { label: string; placeholder: string; value: string; onChange: (v: string) => void };
  /** Filters after the search field (the topic select). */
  filters?: ReactNode;
  /** An error above the list (a failed Publish). */
  error?: string | null;
  /** Rows shown and rows there are without the search; undefined while loading. */
  count: { shown: number; total: number } | undefined;
  loading: string;
  /** What the list says when there is nothing at all, and when the search finds nothing. */
  empty: { text: string; testId: string; noMatch: string };
  /** The rows (one or more lists). */
  children: ReactNode;
  /** A note below the list ("Showing the 2000 most recently changed"). */
  footer?: ReactNode;
  /** "Article", "Expert": the detail pane's accessible name. */
  detailLabel: string;
  /** Said once above the detail after a change ("Saved “…”."). */
  notice: string | null;
  detail: ReactNode;
}

/**
 * A library of records (experts, knowledge articles): a searchable list on the left,
 * the chosen record on the right, with the same loading, empty and no-match states.
 */
export function LibraryLayout(props: LibraryLayoutProps) {
  const searchId = useId();
  const { count, empty } = props;
  return (
    <div className="library">
      <section className="library-list" aria-label={props.listLabel}>
        <div className="library-tools">
          {props.actions}
          <label htmlFor={searchId} className="visually-hidden">
            {props.search.label}
          </label>
          <input
            id={searchId}
            type="search"
            placeholder={props.search.placeholder}
            value={props.search.value}
            onChange={(e) => props.search.onChange(e.target.value)}
          />
          {props.filters}
        </div>
        {props.error && (
          <p role="alert" className="error">
            {props.error}
          </p>
        )}
        {count === undefined ? (
          <p className="muted">{props.loading}</p>
        ) : count.shown === 0 ? (
          <p className="empty" data-testid={empty.testId}>
            {count.total ? empty.noMatch : empty.text}
          </p>
        ) : (
          props.children
        )}
        {props.footer}
      </section>
      <section className="library-detail" aria-label={props.detailLabel}>
        <ErrorBoundary>
          {props.notice && (
            <p role="status" className="notice">
              {props.notice}
            </p>
          )}
          {props.detail}
        </ErrorBoundary>
      </section>
    </div>
  );
}
