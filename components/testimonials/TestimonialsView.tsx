import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { isNarrowed } from '@/lib/testimonials/library-filter';
import { LIBRARY_PAGE, listLibrary } from '@/lib/testimonials/library-query';
import { ExportPanel } from './ExportPanel';
import { LibraryFilters } from './LibraryFilters';
import { TestimonialCard } from './TestimonialCard';
import { useHashFilter } from './useHashFilter';
import './testimonials.css';

/**
 * The marketers' library of testimonials: search and filter (kept in the URL), moderate,
 * track consent, edit, star favourites, erase on request, and export what is filtered.
 */
export function TestimonialsView({ db }: { db: CasebookDatabase }) {
  const [filter, setFilter] = useHashFilter();
  const deferred = useDeferredValue(filter);
  const [pages, setPages] = useState({ key: '', count: 1 });
  const key = JSON.stringify(deferred);
  const limit = LIBRARY_PAGE * (pages.key === key ? pages.count : 1);
  const found = useLiveQuery(() => listLibrary(db, deferred, limit), [db, key, limit]);
  // Index keys only (no records read): every tag in the library, for the tag filter.
  const tags = useLiveQuery(() => db.testimonials.orderBy('tags').uniqueKeys(), [db]);
  // The newest change anywhere in the library: the export's preview reads again after it.
  const revision = useLiveQuery(() => db.testimonials.orderBy('updatedAt').lastKey(), [db]);
  const [exporting, setExporting] = useState(false);
  const items = found?.items ?? [];
  const products = [...new Set(items.map((t) => t.product).filter((p): p is string => !!p))];
  return (
    <div className="dash-page testimonials">
      <div className="t-title">
        <h2>Testimonials</h2>
        <button type="button" aria-expanded={exporting} onClick={() => setExporting(!exporting)}>
          {exporting ? 'Close export' : 'Export…'}
        </button>
      </div>
      <LibraryFilters
        filter={filter}
        onChange={setFilter}
        tags={(tags ?? []).map(String)}
        products={products}
      />
      {exporting && <ExportPanel db={db} filter={deferred} revision={revision} />}
      {found === undefined ? (
        <p className="muted">Loading testimonials…</p>
      ) : items.length === 0 ? (
        <p className="empty">
          {isNarrowed(filter)
            ? 'No testimonials match this filter.'
            : 'No testimonials yet. Agents save happy posts with “Save as testimonial” beside “Capture as case” on X.'}
        </p>
      ) : (
        <>
          <p className="muted small" role="status">
            {found.more ? `The newest ${items.length}` : `${items.length}`}{' '}
            {items.length === 1 ? 'testimonial' : 'testimonials'}
          </p>
          <ul className="t-grid" aria-label="Testimonials">
            {items.map((t) => (
              <li key={t.id}>
                <TestimonialCard testimonial={t} />
              </li>
            ))}
          </ul>
          {found.more && (
            <button
              type="button"
              onClick={() => setPages({ key, count: (pages.key === key ? pages.count : 1) + 1 })}
            >
              Show more
            </button>
          )}
        </>
      )}
    </div>
  );
}
