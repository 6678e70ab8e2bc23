import { useEffect, useState } from 'react';
import { filtersFromHash, hashOfFilters, type ReviewFilters } from '@/lib/followups/review';

/**
 * The review's filters live in the URL hash (#view=followups&agent=…), like the other
 * views' state, so a reload or a shared link shows the same rows.
 */
export function useReviewFilters(): [ReviewFilters, (next: ReviewFilters) => void] {
  const [filters, setFilters] = useState(() => filtersFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setFilters(filtersFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const change = (next: ReviewFilters) => {
    // Replaced, not pushed: Back leaves the view instead of stepping through filters.
    history.replaceState(null, '', hashOfFilters(next));
    setFilters(next);
  };
  return [filters, change];
}
