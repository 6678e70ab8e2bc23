import { downloadFile } from '../download';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CasebookDatabase } from '@/lib/db/database';
import {
  loadReview,
  reviewCsv,
  reviewSummary,
  sectionLabel,
  shownRows,
  visibleSections,
  type Review,
} from '@/lib/followups/review';
import { readSettings } from '@/lib/settings';
import { useNow } from '../dashboard/useNow';
import { ReviewFilterBar } from './ReviewFilterBar';
import { ReviewSectionView } from './ReviewSectionView';
import { ReviewSummaryBar } from './ReviewSummaryBar';
import { useReviewFilters } from './useReviewFilters';
import './follow-up-review.css';

/**
 * The team lead's review of promises: overdue, due today, upcoming, done late, missed and
 * kept, by agent or channel, each with its case and the post where it was made, with the
 * lead's reassign and missed; the same rows export as CSV.
 */
export function FollowUpReview({ db }: { db: CasebookDatabase }) {
  const now = useNow();
  const [filters, setFilters] = useReviewFilters();
  const review = useLiveQuery(() => loadReview(db, now, filters), [db, now, filters]);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const agents = settings?.agents ?? [];
  return (
    <div className="stack follow-up-review">
      <h2>Follow-ups</h2>
      <ReviewFilterBar filters={filters} onChange={setFilters} agents={agents} />
      {!review ? (
        <p className="muted" role="status">
          Loading follow-ups…
        </p>
      ) : (
        <>
          <div className="review-head">
            <ReviewSummaryBar summary={reviewSummary(review)} />
            <ExportButton review={review} />
          </div>
          {visibleSections(review.filters.status).map((section) => (
            <ReviewSectionView
              key={section}
              section={section}
              label={sectionLabel(section, review.filters)}
              rows={review.rows[section]}
              truncated={review.truncated[section]}
              group={review.filters.group}
              now={review.now}
              agents={agents}
            />
          ))}
        </>
      )}
    </div>
  );
}

/** Downloads exactly the rows on screen, in their order. */
function ExportButton({ review }: { review: Review }) {
  const total = shownRows(review).length;
  const exportCsv = () => {
    const day = new Date(review.now).toISOString().slice(0, 10);
    downloadFile(reviewCsv(review), 'text/csv', `casebook-follow-ups-${day}.csv`);
  };
  return (
    <button type="button" onClick={exportCsv} disabled={total === 0}>
      Export CSV ({total} {total === 1 ? 'row' : 'rows'})
    </button>
  );
}
