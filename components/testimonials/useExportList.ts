import { useEffect, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Testimonial } from '@/lib/db/schema';
import type { LibraryFilter } from '@/lib/testimonials/library-filter';
import { collectForExport } from '@/lib/testimonials/library-query';

export type ExportList =
  | { status: 'reading'; read: number }
  | { status: 'ready'; list: Testimonial[] }
  | { status: 'failed'; message: string };

/**
 * Everything the export of the current filter holds, read again when the filter or the
 * scope changes, with how many were read so far (a large library takes a moment). A read
 * overtaken by a newer one is dropped.
 */
export function useExportList(
  db: CasebookDatabase,
  filter: LibraryFilter,
  onlyPublishable: boolean,
  /** Changes when the library does (its newest update), so the preview stays current. */
  revision: unknown,
): ExportList {
  const [state, setState] = useState<ExportList>({ status: 'reading', read: 0 });
  const key = JSON.stringify(filter);
  useEffect(() => {
    let current = true;
    setState({ status: 'reading', read: 0 });
    collectForExport(db, JSON.parse(key) as LibraryFilter, onlyPublishable, (read) => {
      if (current) setState({ status: 'reading', read });
    }).then(
      (list) => current && setState({ status: 'ready', list }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : 'The library could not be read.',
        }),
    );
    return () => {
      current = false;
    };
  }, [db, key, onlyPublishable, revision]);
  return state;
}
