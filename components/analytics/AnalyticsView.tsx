import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DateTime } from 'luxon';
import { chartsOf } from '@/lib/analytics/chart-data';
import { chartsCsv } from '@/lib/analytics/csv';
import type { CasebookDatabase } from '@/lib/db/database';
import { request } from '@/lib/messages/client';
import type { SyncView } from '@/lib/messages/protocol';
import { readSettings } from '@/lib/settings';
import { downloadFile } from '../download';
import { AnalyticsFilters } from './AnalyticsFilters';
import { KeyFigures } from './KeyFigures';
import { SpecChart } from './SpecChart';
import { useAnalyticsReport, type ReportQuery } from './useAnalyticsReport';
import './analytics.css';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function defaultQuery(): ReportQuery {
  const timeZone = browserZone();
  const today = DateTime.now().setZone(timeZone);
  return {
    fromDay: today.minus({ days: 29 }).toISODate()!,
    toDay: today.toISODate()!,
    timeZone,
    filter: {},
    handleMinutes: null,
  };
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
  const state = useAnalyticsReport(query);
  const scope = useScope();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const zones = useMemo(() => {
    const fromPolicies = (settings?.slaPolicies ?? []).flatMap((p) =>
      p.schedule.kind === 'working-hours' ? [p.schedule.hours.timeZone] : [],
    );
    return [...new Set([browserZone(), query.timeZone, ...fromPolicies, 'UTC'])];
  }, [settings, query.timeZone]);
  const charts = useMemo(
    () =>
      state.report
        ? chartsOf(state.report)
        : state.measures
          ? chartsOf({ measures: state.measures })
          : [],
    [state.report, state.measures],
  );
  const download = () =>
    downloadFile(
      chartsCsv(charts),
      'text/csv',
      `casebook-analytics-${query.fromDay}-to-${query.toDay}.csv`,
    );
  const forecast = state.report?.forecast;

  return (
    <div className="dash-page analytics">
      <header className="analytics-head">
        <h2>Analytics</h2>
        <p className="muted" data-testid="analytics-scope">
          {scope ?? '…'}
        </p>
        <button type="button" onClick={download} disabled={!state.report}>
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
      {state.error && (
        <p role="alert" className="error">
          {state.error}
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
        {charts.map((chart) => (
          <SpecChart key={chart.id} spec={chart} />
        ))}
      </div>
      {state.report && !state.updating && (
        <p className="muted analytics-timings" data-testid="analytics-timings">
          {state.report.timings.facts.toLocaleString()} facts read;{' '}
          {state.report.timings.daysRebuilt} days brought up to date.
        </p>
      )}
    </div>
  );
}
