import { useEffect, useRef, useState } from 'react';
import type { Measures } from '@/lib/analytics/measures';
import type { Report } from '@/lib/analytics/report';
import {
  AnalyticsAnswerSchema,
  type AnalyticsAnswer,
  type AnalyticsRequest,
} from './analytics-messages';

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
 * on first use). A newer query makes the answers to older ones irrelevant: they are
 * dropped by id. Answers are checked with zod before they reach the page.
 */
export function useAnalyticsReport(query: ReportQuery | null): ReportState {
  const [state, setState] = useState<ReportState>(EMPTY);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const key = query ? JSON.stringify(query) : null;

  useEffect(() => {
    const started = new Worker(new URL('./analytics-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.current = started;
    const fail = (error: string) =>
      setState((s) => ({ ...s, progress: null, error, updating: false }));
    started.addEventListener('message', (event: MessageEvent) => {
      const answer = AnalyticsAnswerSchema.safeParse(event.data);
      if (!answer.success) return fail('The analytics answered in a way Casebook does not know.');
      if (answer.data.id !== latest.current) return;
      setState((s) => next(s, answer.data));
    });
    started.addEventListener('error', (event) =>
      fail(`The analytics stopped: ${event.message || 'their worker failed'}.`),
    );
    return () => {
      started.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!key || !worker.current) return;
    latest.current += 1;
    setState((s) => ({ ...EMPTY, measures: s.measures, report: s.report, updating: true }));
    const request: AnalyticsRequest = { type: 'report', id: latest.current, ...JSON.parse(key) };
    worker.current.postMessage(request);
  }, [key]);

  return state;
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
        progress: null,
        measures: answer.report.measures,
        report: answer.report as Report,
        error: null,
        updating: false,
      };
    case 'failed':
      return { ...state, progress: null, error: answer.message, updating: false };
  }
}
