import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { LiveSearchIndex, type SearchIndexState } from '@/lib/cases/live-search-index';

/** The page's in-memory search index of every case, loaded and kept current while shown. */
export function useSearchIndex(db: CasebookDatabase): SearchIndexState {
  const live = useMemo(() => new LiveSearchIndex(db), [db]);
  useEffect(() => live.start(), [live]);
  return useSyncExternalStore(live.subscribe, live.getState);
}
