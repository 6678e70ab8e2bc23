/**
 * The dashboard's one analytics worker, kept apart from the charts' code so the dashboard
 * can start it the moment the analytics view is chosen: the worker then loads, opens the
 * database and brings the facts up to date while the page is still loading the charts.
 */
let shared: Worker | null = null;

export function analyticsWorker(): Worker {
  shared ??= new Worker(new URL('./analytics-worker.ts', import.meta.url), { type: 'module' });
  return shared;
}

/** Ends a worker that failed; the next `analyticsWorker()` starts a new one. */
export function dropAnalyticsWorker(worker: Worker): void {
  worker.terminate();
  if (shared === worker) shared = null;
}

let lastId = 0;

/**
 * Request ids, unique for the page: the worker outlives a view, so a view opened again
 * must not take an answer to the one before it for its own.
 */
export const nextRequestId = () => ++lastId;
