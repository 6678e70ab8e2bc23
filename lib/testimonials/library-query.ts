import type { CasebookDatabase } from '../db/database';
import type { Testimonial } from '../db/schema';
import { toQueryFilter, type LibraryFilter } from './library-filter';
import { exportRows, listTestimonials, MAX_PAGE } from './queries';

/** How many cards the library shows at first; "Show more" adds as many again. */
export const LIBRARY_PAGE = 60;
/** Pages one read walks at most: a sparse search shows what it found and offers more. */
const MAX_PAGES = 5;

/** The newest `limit` testimonials of the filtered library, and whether there is more. */
export async function listLibrary(
  db: CasebookDatabase,
  filter: LibraryFilter,
  limit = LIBRARY_PAGE,
): Promise<{ items: Testimonial[]; more: boolean }> {
  const query = toQueryFilter(filter);
  const items: Testimonial[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES && items.length < limit; page += 1) {
    const found = await listTestimonials(db, query, {
      limit: Math.min(MAX_PAGE, limit - items.length),
      cursor,
    });
    items.push(...found.items);
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  return { items, more: cursor !== null };
}

/**
 * Everything an export of the filtered library holds (not only the cards on screen),
 * reported as it is read so the panel can show progress. Only publishable testimonials
 * unless the marketer chose otherwise.
 */
export async function collectForExport(
  db: CasebookDatabase,
  filter: LibraryFilter,
  onlyPublishable: boolean,
  onProgress: (read: number) => void = () => {},
): Promise<Testimonial[]> {
  const found: Testimonial[] = [];
  for await (const chunk of exportRows(db, toQueryFilter(filter), { onlyPublishable })) {
    found.push(...chunk);
    onProgress(found.length);
  }
  onProgress(found.length);
  return found;
}
