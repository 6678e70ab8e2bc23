/**
 * Everything the analytics dashboard shows for one range and filter, computed in one
 * place (the dashboard's worker calls it; the bench and the tests call it directly):
 * bring the stored facts up to date, read the range's, compute the measures, the hot
 * topics over time, and the forecast with the staffing it implies.
 */
import type { CasebookDatabase } from '../db/database';
import { OPEN_STATUSES, type Platform } from '../db/constants';
import type { Case } from '../db/schema';
import { readCounter } from '../db/counters';
import { readSettings } from '../settings';
import { policyFor, type SlaPolicy } from '../cases/sla-policy';
import { DAY_MS, dayGrid } from './days';
import { caseTopics, type Fact } from './facts';
import { forecastArrivals, type Forecast } from './forecast';
import { computeMeasures, matchesFilter, type FactFilter, type Measures } from './measures';
import { medianAndP90 } from './percentile';
import type { FactReader } from './fact-cache';
import { readFacts, refreshFacts, type RefreshProgress } from './rollup-store';
import { staffingPlan, type StaffedHour } from './staffing';

export interface ReportRequest {
  fromDay: string;
  toDay: string;
  timeZone: string;
  filter: FactFilter;
  /** Minutes an agent spends on a case, when the lead sets it; else it is measured. */
  handleMinutes: number | null;
  now: number;
}

export interface HandleTime {
  minutes: number;
  /** 'set': the lead's figure; 'measured': from the history; 'default': too little history. */
  source: 'set' | 'measured' | 'default';
}

export interface Report {
  /** The moment the report describes ("as of"). */
  now: number;
  measures: Measures;
  forecast: Forecast;
  staffing: StaffedHour[];
  handleTime: HandleTime;
  /** The first-response target the staffing is planned for, in minutes. */
  targetMinutes: number;
  /** What the filter menus offer: the values seen in the facts read. */
  choices: { channels: string[]; agents: string[]; topics: string[]; tags: string[] };
  timings: {
    refreshMs: number;
    readMs: number;
    measuresMs: number;
    forecastMs: number;
    daysRebuilt: number;
    facts: number;
  };
}

/** Capture-to-reply of cases answered within this many minutes is an agent's handling time. */
const HANDLED_AT_ONCE_MIN = 30;
const DEFAULT_HANDLE_MIN = 6;
const FORECAST_WEEKS = 8;

export async function buildReport(
  db: CasebookDatabase,
  request: ReportRequest,
  onProgress?: (progress: RefreshProgress) => void,
  /** Called with the measures as soon as they are known, before the forecast. */
  onMeasures?: (measures: Measures) => void,
  /** How stored facts are read (the worker's keeps the last ranges: fact-cache.ts). */
  readRange: FactReader = (from, to) => readFacts(db, from, to),
): Promise<Report> {
  const started = performance.now();
  const { daysRebuilt } = await refreshFacts(db, request.now, onProgress);
  const refreshed = performance.now();

  // The range's facts first, for the charts the page draws first.
  const { from, to: until } = rangeToRead(request);
  const [facts, openNow] = await Promise.all([
    readRange(from, until),
    request.filter.agent ? null : openCasesMatching(db, request.filter),
  ]);
  const read = performance.now();
  const measures = computeMeasures({
    facts,
    fromDay: request.fromDay,
    toDay: request.toDay,
    timeZone: request.timeZone,
    filter: request.filter,
    openNow,
  });
  onMeasures?.(measures);
  const measured = performance.now();

  // Then the forecast, from the weeks before now (a day more: its window starts at a
  // local hour, which can be before now less exactly eight weeks).
  const forecastFrom = request.now - (FORECAST_WEEKS * 7 + 1) * DAY_MS;
  const [history, settings, firstEvent] = await Promise.all([
    forecastFrom >= from ? facts : readRange(forecastFrom - DAY_MS, until),
    readSettings(db),
    db.events.orderBy('at').first(),
  ]);
  const recent = history.filter((f) => f.at >= forecastFrom && f.at < request.now);
  const arrivals = recent
    .filter((f) => f.kind === 'opened' && f.channel !== null && matchesFilter(f, request.filter))
    .map((f) => ({ at: f.at, channel: f.channel as Platform }));
  const forecast = forecastArrivals({
    arrivals,
    now: request.now,
    timeZone: request.timeZone,
    historyStart: firstEvent?.at ?? request.now,
    maxWeeks: FORECAST_WEEKS,
  });
  const handleTime = handleTimeOf(recent, request.handleMinutes);
  const targetMinutes = staffingTarget(settings.slaPolicies, request.filter.channel ?? null);
  const staffing =
    forecast.kind === 'forecast'
      ? staffingPlan(forecast.total, handleTime.minutes, targetMinutes)
      : [];

  return {
    now: request.now,
    measures,
    forecast,
    staffing,
    handleTime,
    targetMinutes,
    choices: choicesOf(facts),
    timings: {
      refreshMs: refreshed - started,
      readMs: read - refreshed,
      measuresMs: measured - read,
      forecastMs: performance.now() - measured,
      daysRebuilt,
      facts: facts.length,
    },
  };
}

/**
 * The stored facts a report's measures need: from a day before the range's first local
 * day (UTC days) and, since the backlog counts back from now, up to now.
 */
export function rangeToRead(
  request: Pick<ReportRequest, 'fromDay' | 'toDay' | 'timeZone' | 'now'>,
) {
  const rangeStart = dayGrid(request.fromDay, request.toDay, request.timeZone).starts[0]!;
  return { from: rangeStart - DAY_MS, to: request.now + DAY_MS };
}

/**
 * The first-response target the staffing plans for: the channel's public-post policy, or
 * with no channel chosen the one for public posts on any channel.
 */
function staffingTarget(policies: readonly SlaPolicy[], channel: Platform | null): number {
  const policy = channel
    ? policyFor(policies, channel, 'public')
    : (policies.find((p) => p.channel === 'any' && p.kind === 'public') ??
      policies.find((p) => p.kind === 'public'));
  return (policy ?? policies[0]!).firstResponseMinutes;
}

/**
 * Cases open now that match the filter: the backlog is counted back from them. Without
 * a filter, the running total; with one, the open cases themselves (the backlog, not the
 * history: a few thousand at most), matched as their facts would be.
 */
async function openCasesMatching(db: CasebookDatabase, filter: FactFilter): Promise<number> {
  if (!filter.channel && !filter.agent && !filter.topic && !filter.tag)
    return readCounter(db, 'openCases');
  const open = await db.cases
    .where('status')
    .anyOf([...OPEN_STATUSES])
    .toArray();
  return open.filter((record) => !record.deleted && matchesFilter(asFact(record), filter)).length;
}

const asFact = (record: Case): Fact => ({
  kind: 'opened',
  at: record.createdAt,
  caseId: record.id,
  channel: record.channel,
  agent: record.history[0]?.by ?? null,
  topics: caseTopics(record),
  tags: record.tags,
  durationMs: null,
  withinSla: null,
});

/**
 * An agent's time per case, for the staffing: the median capture-to-reply of the cases
 * answered at once (within half an hour), since an agent who captures a post and answers
 * it straight away spends about that long on it. The lead can set it instead.
 */
function handleTimeOf(recent: readonly Fact[], set: number | null): HandleTime {
  if (set !== null) return { minutes: set, source: 'set' };
  const atOnce = recent
    .filter((f) => f.kind === 'first-reply' && f.durationMs !== null)
    .map((f) => f.durationMs! / 60_000)
    .filter((minutes) => minutes <= HANDLED_AT_ONCE_MIN);
  const { median } = medianAndP90(atOnce);
  return atOnce.length >= 20 && median !== null
    ? { minutes: Math.max(1, Math.round(median * 10) / 10), source: 'measured' }
    : { minutes: DEFAULT_HANDLE_MIN, source: 'default' };
}

function choicesOf(facts: readonly Fact[]) {
  const channels = new Set<string>();
  const agents = new Set<string>();
  const topics = new Map<string, number>();
  const tags = new Set<string>();
  for (const fact of facts) {
    if (fact.channel) channels.add(fact.channel);
    if (fact.agent) agents.add(fact.agent);
    for (const topic of fact.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    for (const tag of fact.tags) tags.add(tag);
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    channels: sorted(channels),
    agents: sorted(agents),
    topics: [...topics]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 50)
      .map(([topic]) => topic),
    tags: sorted(tags),
  };
}
