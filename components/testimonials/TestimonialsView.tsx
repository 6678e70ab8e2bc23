import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { isNarrowed } from '@/lib/testimonials/library-filter';
import { LIBRARY_PAGE, listLibrary } from '@/lib/testimonials/library-query';
import { testimonialFacets } from '@/lib/testimonials/queries';
import { ExportPanel } from './ExportPanel';
import { LibraryFilters } from './LibraryFilters';
import { TestimonialCard } from './TestimonialCard';
import { SyncConflicts } from '../dashboard/SyncConflicts';
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
  // What the filter menus offer: tags from index keys, products of the newest ones.
  const facets = useLiveQuery(() => testimonialFacets(db), [db]);
  // The newest change anywhere in the library (a save or edit moves updatedAt; an erasure
  // adds its record): two key reads. The list and the export read again after it, as the
  // paged library read (queries.ts, an async generator) is not seen by liveQuery itself.
  const revision = useLiveQuery(
    () =>
      Promise.all([
        db.testimonials.orderBy('updatedAt').lastKey(),
        db.testimonialErasures.orderBy('at').lastKey(),
      ]).then((keys) => keys.join('|')),
    [db],
  );
  const found = useLiveQuery(() => listLibrary(db, deferred, limit), [db, key, limit, revision]);
  const [exporting, setExporting] = useState(false);
  const items = found?.items ?? [];
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
        tags={facets?.tags ?? []}
        products={facets?.products ?? []}
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
                <SyncConflicts
                  db={db}
                  table="testimonials"
                  recordId={t.id}
                  about={`Testimonial of ${t.author.name || t.author.handle}`}
                />
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
