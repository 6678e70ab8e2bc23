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
import { policyFor } from '../cases/sla-policy';
import { topicsOf } from '../cases/topics';
import { DAY_MS, dayGrid } from './days';
import type { Fact } from './facts';
import { forecastArrivals, type Forecast } from './forecast';
import { computeMeasures, matchesFilter, type FactFilter, type Measures } from './measures';
import { medianAndP90 } from './percentile';
import { readFacts, refreshFacts, type RefreshProgress } from './rollup-store';
import { staffingPlan } from './staffing';

export interface ReportRequest {
  fromDay: string;
  toDay: string;
  timeZone: string;
  filter: FactFilter;
  /** Minutes an agent spends on a case, when the lead sets it; else it is measured. */
  handleMinutes: number | null;
  now: number;
}

export interface HotTopicSeries {
  topic: string;
  /** Captures mentioning it per day of the report (days as in measures.days). */
  counts: number[];
}

export interface HandleTime {
  minutes: number;
  /** 'set': the lead's figure; 'measured': from the history; 'default': too little history. */
  source: 'set' | 'measured' | 'default';
}

export interface StaffingHour {
  start: number;
  weekday: number;
  hour: number;
  expected: number;
  agents: number;
  agentsHigh: number;
}

export interface Report {
  measures: Measures;
  hotTopics: HotTopicSeries[];
  forecast: Forecast;
  staffing: StaffingHour[];
  handleTime: HandleTime;
  /** The first-response target the staffing is planned for, in minutes. */
  targetMinutes: number;
  /** What the filter menus offer: the values seen in the facts read. */
  choices: { channels: string[]; agents: string[]; topics: string[]; tags: string[] };
  timings: {
    refreshMs: number;
    readMs: number;
    computeMs: number;
    daysRebuilt: number;
    facts: number;
  };
}

/** Capture-to-reply of cases answered within this many minutes is an agent's handling time. */
const HANDLED_AT_ONCE_MIN = 30;
const DEFAULT_HANDLE_MIN = 6;
const FORECAST_WEEKS = 8;
const TOP_TOPICS = 6;

export async function buildReport(
  db: CasebookDatabase,
  request: ReportRequest,
  onProgress?: (progress: RefreshProgress) => void,
  /** Called with the measures as soon as they are known, before the forecast. */
  onMeasures?: (measures: Measures) => void,
): Promise<Report> {
  const started = performance.now();
  const { daysRebuilt } = await refreshFacts(db, request.now, onProgress);
  const refreshed = performance.now();

  const grid = dayGrid(request.fromDay, request.toDay, request.timeZone);
  const rangeStart = grid.starts[0]!;
  const forecastStart = request.now - FORECAST_WEEKS * 7 * DAY_MS;
  const [facts, openNow, settings, firstEvent] = await Promise.all([
    readFacts(db, Math.min(rangeStart, forecastStart) - DAY_MS, request.now + DAY_MS),
    openCasesMatching(db, request.filter),
    readSettings(db),
    db.events.orderBy('at').first(),
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

  const recent = facts.filter((f) => f.at >= forecastStart && f.at < request.now);
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
  const policy =
    policyFor(settings.slaPolicies, request.filter.channel ?? 'x', 'public') ??
    settings.slaPolicies[0]!;
  const targetMinutes = policy.firstResponseMinutes;
  const staffing =
    forecast.kind === 'forecast'
      ? staffingPlan(forecast.total, handleTime.minutes, targetMinutes)
      : [];

  return {
    measures,
    hotTopics: await hotTopicsOver(db, grid.days),
    forecast,
    staffing,
    handleTime,
    targetMinutes,
    choices: choicesOf(facts),
    timings: {
      refreshMs: refreshed - started,
      readMs: read - refreshed,
      computeMs: performance.now() - read,
      daysRebuilt,
      facts: facts.length,
    },
  };
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
  topics: topicsOf(record.text),
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

/** The most mentioned topics of the range, per day (from the topic counts kept at capture). */
async function hotTopicsOver(db: CasebookDatabase, days: string[]): Promise<HotTopicSeries[]> {
  if (!days.length) return [];
  const rows = await db.topicCounts
    .where('[day+topic]')
    .between([days[0]!, ''], [days[days.length - 1]!, '\uffff'], true, true)
    .toArray();
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.topic, (totals.get(row.topic) ?? 0) + row.count);
  const top = [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_TOPICS)
    .map(([topic]) => topic);
  const index = new Map(days.map((day, i) => [day, i]));
  return top.map((topic) => {
    const counts = days.map(() => 0);
    for (const row of rows) if (row.topic === topic) counts[index.get(row.day)!]! += row.count;
    return { topic, counts };
  });
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
