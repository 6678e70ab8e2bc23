import { useCallback, useEffect, useRef, useState } from 'react';
import type { Measures } from '@/lib/analytics/measures';
import type { Report } from '@/lib/analytics/report';
import {
  AnalyticsEnvelopeSchema,
  type AnalyticsAnswer,
  type AnalyticsRequest,
  WARM_UP_ID,
} from './analytics-messages';
import { REPORT_ASKED_MARK } from './report-mark';
import { analyticsWorker, dropAnalyticsWorker, nextRequestId } from './analytics-client';

export type ReportQuery = Omit<AnalyticsRequest, 'type' | 'id'>;

export interface ReportState {
  /** Days of facts rebuilt so far, while the history is brought up to date. */
  progress: { done: number; total: number } | null;
  measures: Measures | null;
  report: Report | null;
  error: string | null;
  /** A newer query's report is on its way: what is shown is the previous one. */
  updating: boolean;
}

const EMPTY: ReportState = {
  progress: null,
  measures: null,
  report: null,
  error: null,
  updating: false,
};

/**
 * The report for a query, from the dashboard's analytics worker (one per page, started
 * when the view is chosen: analytics-client.ts; started again if it dies). A newer query
 * makes the answers to older ones irrelevant: they are dropped by id (the worker itself
 * runs only the newest). Answers are checked with zod before they reach the page.
 * `refresh` asks again for the same query.
 */
export function useAnalyticsReport(query: ReportQuery | null): ReportState & {
  refresh: () => void;
} {
  const [state, setState] = useState<ReportState>(EMPTY);
  const worker = useRef<Worker | null>(null);
  const detach = useRef<(() => void) | null>(null);
  const latest = useRef(0);
  const [asks, setAsks] = useState(0);
  const key = query ? JSON.stringify({ query, asks }) : null;
  // A new query (or Refresh): shown as updating from this render on, before it is sent.
  const [askedKey, setAskedKey] = useState<string | null>(null);
  if (key !== askedKey) {
    setAskedKey(key);
    if (key)
      setState((s) => ({ ...EMPTY, measures: s.measures, report: s.report, updating: true }));
  }

  const fail = useCallback(
    (error: string) => setState((s) => ({ ...s, progress: null, error, updating: false })),
    [],
  );

  const workerNow = useCallback(() => {
    if (worker.current) return worker.current;
    const started = analyticsWorker();
    const drop = (why: string) => {
      dropAnalyticsWorker(started);
      if (worker.current === started) worker.current = null; // the next ask starts another
      fail(`The analytics stopped: ${why}. Change a filter or press Refresh to try again.`);
    };
    const onMessage = (event: MessageEvent) => {
      const id = (event.data as { id?: unknown } | null)?.id;
      // An old query's answer is not looked at, whatever it holds; the worker's own
      // refresh at start reports its progress to whoever waits.
      if (id !== latest.current && id !== WARM_UP_ID) return;
      const answer = AnalyticsEnvelopeSchema.safeParse(event.data);
      if (!answer.success) return drop('they answered in a way Casebook does not know');
      if (answer.data.id === WARM_UP_ID && answer.data.type !== 'progress') return;
      setState((s) => next(s, answer.data));
    };
    const onError = (event: ErrorEvent) => drop(event.message || 'their worker failed');
    const onMessageError = () => drop('an answer could not be read');
    started.addEventListener('message', onMessage);
    started.addEventListener('error', onError);
    started.addEventListener('messageerror', onMessageError);
    detach.current = () => {
      started.removeEventListener('message', onMessage);
      started.removeEventListener('error', onError);
      started.removeEventListener('messageerror', onMessageError);
    };
    worker.current = started;
    return started;
  }, [fail]);

  useEffect(
    () => () => {
      // The worker stays for the page (the view may be opened again); this view stops listening.
      detach.current?.();
      worker.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!key) return;
    latest.current = nextRequestId();
    performance.mark(REPORT_ASKED_MARK);
    const { query: asked } = JSON.parse(key) as { query: ReportQuery };
    const request: AnalyticsRequest = { type: 'report', id: latest.current, ...asked };
    workerNow().postMessage(request);
  }, [key, workerNow]);

  return { ...state, refresh: useCallback(() => setAsks((n) => n + 1), []) };
}

function next(state: ReportState, answer: AnalyticsAnswer): ReportState {
  switch (answer.type) {
    case 'progress':
      return { ...state, progress: { done: answer.done, total: answer.total } };
    case 'measures':
      // The old report's forecast belongs to the old query: it goes with its measures.
      return { ...state, progress: null, measures: answer.measures, report: null, error: null };
    case 'report':
      return {
        ...state,
        progress: null,
        // The same numbers as the measures already shown: keeping that object keeps their
        // charts from being drawn again.
        measures: state.measures ?? answer.report.measures,
        report: answer.report as Report,
        error: null,
        updating: false,
      };
    case 'failed':
      return { ...state, progress: null, error: answer.message, updating: false };
  }
}
