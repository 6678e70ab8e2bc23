import { useEffect, useState } from 'react';
import {
  filterFromHash,
  filterToHash,
  type LibraryFilter,
} from '@/lib/testimonials/library-filter';

/**
 * The library's filter lives in the URL (#view=testimonials&tag=…), so a filtered library
 * is a link that opens the same way. Each change replaces the history entry rather than
 * adding one per keystroke of a search.
 */
export function useHashFilter(): [LibraryFilter, (next: LibraryFilter) => void] {
  const [filter, setFilter] = useState(() => filterFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setFilter(filterFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const change = (next: LibraryFilter) => {
    history.replaceState(null, '', `#${filterToHash(next)}`);
    setFilter(next);
  };
  return [filter, change];
}
