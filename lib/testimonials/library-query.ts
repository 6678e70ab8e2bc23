import type { CasebookDatabase } from '../db/database';
import type { Testimonial } from '../db/schema';
import { isPublishable } from './export-scope';
import { matchesFilter, type LibraryFilter } from './library-filter';

/** How many cards the library shows at first; "Show more" adds as many again. */
export const LIBRARY_PAGE = 60;

/**
 * The index read a filter starts from, the narrowest it offers (a tag before a platform
 * before a consent or moderation state); newest first (ids are UUIDv7, so a reversed
 * index range is newest-created first). The rest of the filter is checked per record.
 */
function candidates(db: CasebookDatabase, filter: LibraryFilter) {
  const table = db.testimonials;
  if (filter.tag) return table.where('tags').equals(filter.tag).reverse();
  if (filter.platform) return table.where('platform').equals(filter.platform).reverse();
  if (filter.consent) return table.where('consent.state').equals(filter.consent).reverse();
  if (filter.state) return table.where('state').equals(filter.state).reverse();
  return table.orderBy('savedAt').reverse();
}

/** One page of the filtered library, and whether there is more. Reads stop at `limit`. */
export async function listLibrary(
  db: CasebookDatabase,
  filter: LibraryFilter,
  limit = LIBRARY_PAGE,
): Promise<{ items: Testimonial[]; more: boolean }> {
  const found = await candidates(db, filter)
    .filter((t) => matchesFilter(t, filter))
    .limit(limit + 1)
    .toArray();
  return { items: found.slice(0, limit), more: found.length > limit };
}

/**
 * Everything an export of the filtered library holds (not only the page on screen),
 * reported as it is read so the panel can show progress. Only publishable testimonials
 * unless the marketer chose otherwise; then the read starts from the approved ones.
 */
export async function collectForExport(
  db: CasebookDatabase,
  filter: LibraryFilter,
  onlyPublishable: boolean,
  onProgress: (read: number) => void = () => {},
): Promise<Testimonial[]> {
  const start =
    onlyPublishable && !filter.tag && !filter.platform && !filter.consent && !filter.state
      ? { ...filter, state: 'approved' as const }
      : filter;
  const found: Testimonial[] = [];
  await candidates(db, start)
    .filter((t) => matchesFilter(t, filter) && (!onlyPublishable || isPublishable(t)))
    .each((t) => {
      found.push(t);
      if (found.length % 250 === 0) onProgress(found.length);
    });
  onProgress(found.length);
  return found;
}
