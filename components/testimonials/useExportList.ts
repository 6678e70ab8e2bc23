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
  // Each result carries the question it answers; a newer question reads as "reading".
  const key = JSON.stringify([filter, onlyPublishable, revision ?? null]);
  const [state, setState] = useState<{ key: string; value: ExportList } | null>(null);
  useEffect(() => {
    let current = true;
    const [question, only] = JSON.parse(key) as [LibraryFilter, boolean];
    const set = (value: ExportList) => current && setState({ key, value });
    collectForExport(db, question, only, (read) => set({ status: 'reading', read })).then(
      (list) => set({ status: 'ready', list }),
      (error: unknown) =>
        set({
          status: 'failed',
          message: error instanceof Error ? error.message : 'The library could not be read.',
        }),
    );
    return () => {
      current = false;
    };
  }, [db, key]);
  return state?.key === key ? state.value : { status: 'reading', read: 0 };
}
