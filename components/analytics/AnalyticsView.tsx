import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { forecastChartsOf, measureChartsOf } from '@/lib/analytics/chart-data';
import { chartsCsv } from '@/lib/analytics/csv';
import { browserZone, defaultRange } from '@/lib/analytics/days';
import type { CasebookDatabase } from '@/lib/db/database';
import { request } from '@/lib/messages/client';
import type { SyncView } from '@/lib/messages/protocol';
import { readSettings } from '@/lib/settings';
import { downloadFile } from '../download';
import { AnalyticsFilters } from './AnalyticsFilters';
import { KeyFigures } from './KeyFigures';
import { SpecChart } from './SpecChart';
import { useAnalyticsReport, type ReportQuery } from './useAnalyticsReport';
import { useReveal } from './useReveal';
import './analytics.css';

const QUERY_SETTLE_MS = 300;
/** Charts drawn at once (the first row); the rest follow one per frame (useReveal). */
const FIRST_CHARTS = 1;

function defaultQuery(): ReportQuery {
  const timeZone = browserZone();
  return { ...defaultRange(Date.now(), timeZone), timeZone, filter: {}, handleMinutes: null };
}

/** Whose cases these are: the whole team's when sync is on, else this browser's. */
function useScope(): string | null {
  const [scope, setScope] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    request('sync.status', {})
      .then((view: SyncView) => {
        if (!live) return;
        setScope(
          view.account
            ? `Team ${view.account.team.name}: every agent's cases, as synced to this browser.`
            : 'This browser only: the cases captured here. Turn on team sync to see the whole team.',
        );
      })
      .catch(() => live && setScope('This browser only.'));
    return () => {
      live = false;
    };
  }, []);
  return scope;
}

/**
 * The lead's analytics: how the desk did over a range, and what the next week will ask
 * of it. Computed in a worker from the stored facts (lib/analytics); the first charts
 * appear as soon as the measures are known, the forecast after.
 */
export function AnalyticsView({ db }: { db: CasebookDatabase }) {
  const [query, setQuery] = useState<ReportQuery>(defaultQuery);
  // Typing a date changes the query at each valid keystroke: ask once it settles.
  const [asked, setAsked] = useState<ReportQuery>(query);
  const rangeError = query.fromDay > query.toDay ? 'The range ends before it starts.' : null;
  useEffect(() => {
    if (rangeError) return;
    const timer = setTimeout(() => setAsked(query), QUERY_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, rangeError]);
  const state = useAnalyticsReport(asked);
  const scope = useScope();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const zones = useMemo(() => {
    const fromPolicies = (settings?.slaPolicies ?? []).flatMap((p) =>
      p.schedule.kind === 'working-hours' ? [p.schedule.hours.timeZone] : [],
    );
    return [...new Set([browserZone(), query.timeZone, ...fromPolicies, 'UTC'])];
  }, [settings, query.timeZone]);
  // Kept apart, so the report's arrival draws the forecast without drawing the rest again.
  const measureCharts = useMemo(
    () => (state.measures ? measureChartsOf(state.measures) : []),
    [state.measures],
  );
  const forecastCharts = useMemo(
    () => (state.report ? forecastChartsOf(state.report) : []),
    [state.report],
  );
  const charts = useMemo(
    () => [...measureCharts, ...forecastCharts],
    [measureCharts, forecastCharts],
  );
  const download = () =>
    downloadFile(
      chartsCsv(charts),
      'text/csv',
      `casebook-analytics-${query.fromDay}-to-${query.toDay}.csv`,
    );
  const forecast = state.report?.forecast;
  const shown = useReveal(charts.length, FIRST_CHARTS, state.measures);

  return (
    <div className="dash-page analytics">
      <header className="analytics-head">
        <h2>Analytics</h2>
        <p className="muted" data-testid="analytics-scope">
          {scope ?? '…'}
        </p>
        <button type="button" onClick={state.refresh} disabled={state.updating}>
          Refresh
        </button>
        <button type="button" onClick={download} disabled={!state.report || state.updating}>
          Download all as CSV
        </button>
      </header>
      <AnalyticsFilters
        query={query}
        onChange={setQuery}
        zones={zones}
        choices={state.report?.choices ?? { channels: [], agents: [], topics: [], tags: [] }}
        measuredHandle={
          state.report?.handleTime.source === 'measured' ? state.report.handleTime.minutes : null
        }
      />
      {(rangeError ?? state.error) && (
        <p role="alert" className="error">
          {rangeError ?? state.error}
        </p>
      )}
      {state.progress && (
        <p role="status" className="analytics-progress">
          Bringing the history up to date: day {state.progress.done} of {state.progress.total}
          <progress value={state.progress.done} max={Math.max(1, state.progress.total)} />
        </p>
      )}
      {!state.measures && !state.error && !state.progress && (
        <p role="status" className="muted">
          Computing…
        </p>
      )}
      {state.measures && <KeyFigures measures={state.measures} />}
      {forecast?.kind === 'too-little-history' && (
        <p role="status" className="analytics-note" data-testid="forecast-note">
          {forecast.message}
        </p>
      )}
      {state.updating && !state.progress && state.report && (
        <p role="status" className="muted">
          Updating…
        </p>
      )}
      <div className="analytics-charts" aria-busy={state.updating}>
        {charts.slice(0, shown).map((chart, index) => (
          <SpecChart key={chart.id} spec={chart} first={index === 0} />
        ))}
      </div>
      {state.report && !state.updating && (
        <p
          className="muted analytics-timings"
          data-testid="analytics-timings"
          data-refresh-ms={Math.round(state.report.timings.refreshMs)}
          data-read-ms={Math.round(state.report.timings.readMs)}
          data-measures-ms={Math.round(state.report.timings.measuresMs)}
          data-forecast-ms={Math.round(state.report.timings.forecastMs)}
        >
          As of {new Date(state.report.now).toLocaleTimeString()}:{' '}
          {state.report.timings.facts.toLocaleString()} facts read;{' '}
          {state.report.timings.daysRebuilt} days brought up to date.
        </p>
      )}
    </div>
  );
}
