import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { similarOpenCases, type SimilarOpen } from '@/lib/cases/sidebar-view';
import { readCounter } from '@/lib/db/counters';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case } from '@/lib/db/schema';

export type SimilarState =
  | { kind: 'loading' }
  | { kind: 'ready'; similar: SimilarOpen[] }
  | { kind: 'error'; message: string };

/**
 * Open cases similar to `record`, from this page's kept index of open cases (a top-level
 * page may read the database itself). Asked again when the case changes or the number of
 * open cases does (a capture, a case resolved).
 */
export function useSimilarOpen(db: CasebookDatabase, record: Case | null | undefined) {
  const openTotal = useLiveQuery(() => readCounter(db, 'openCases'), [db]);
  const [state, setState] = useState<{ key: string; value: SimilarState } | null>(null);
  const key = record ? `${record.id}:${record.version}:${openTotal ?? ''}` : '';
  useEffect(() => {
    if (!record || openTotal === undefined) return;
    let live = true;
    similarOpenCases(db, record).then(
      (similar) => live && setState({ key, value: { kind: 'ready', similar } }),
      (error: unknown) =>
        live &&
        setState({
          key,
          value: { kind: 'error', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      live = false;
    };
    // The key says when to ask again; the record object changes on every live read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key]);
  // While a fresh answer loads the last one for the same case stays (no flicker); an
  // answer for another case never shows.
  return state && record && state.key.startsWith(`${record.id}:`)
    ? state.value
    : ({ kind: 'loading' } as const);
}
