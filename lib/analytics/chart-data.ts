/**
 * The dashboard's charts as data: each chart's rows and series, in the units shown. The
 * charts, their "show numbers" tables and the CSV export are all drawn from these, so
 * the export's rows are exactly the numbers on screen.
 */
import { DateTime } from 'luxon';
import type { Forecast, ForecastHour } from './forecast';
import type { GroupMeasures, Measures } from './measures';
import type { Report } from './report';

export type ChartKind = 'bars' | 'stacked-bars' | 'lines' | 'band' | 'bar-list' | 'heatmap';

export interface ChartSeries {
  /** The row column holding this series' numbers. */
  key: string;
  /** Its name in the legend, the table header and the summary. */
  label: string;
  /** A shorter label where space is tight (a heatmap's hour columns). */
  short?: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** One line under the title: what is counted, and in which unit. */
  description: string;
  kind: ChartKind;
  xKey: string;
  xLabel: string;
  yLabel: string;
  unit: string;
  series: ChartSeries[];
  rows: Record<string, string | number | null>[];
  /** For 'band': the shaded range around one series (the forecast's interval). */
  band?: { seriesKey: string; lowKey: string; highKey: string; label: string };
  /** For 'heatmap': what the series (its columns) are, e.g. "Hour of day". */
  seriesLabel?: string;
  /** False for levels, times and rates (a backlog, a median, a share): no total is given. */
  additive?: boolean;
}

export interface ChartColumn {
  key: string;
  label: string;
}

/**
 * The numeric columns a chart shows, in order: each series, then the band's low and high.
 * Its table and its CSV rows are both made from these, so they hold the chart's numbers.
 */
export function chartColumns(chart: {
  series: readonly ChartSeries[];
  band?: ChartSpec['band'];
}): ChartColumn[] {
  const columns = chart.series.map(({ key, label }) => ({ key, label }));
  if (chart.band) {
    columns.push(
      { key: chart.band.lowKey, label: `${chart.band.label} low` },
      { key: chart.band.highKey, label: `${chart.band.label} high` },
    );
  }
  return columns;
}

const MIN = 60_000;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const minutes = (ms: number | null) => (ms === null ? null : round(ms / MIN));
const percent = (share: number | null) => (share === null ? null : round(share * 100));

/** "Mon 24 Nov 09:00" in the report's zone: a forecast hour's label. */
export const hourLabel = (start: number, timeZone: string) =>
  DateTime.fromMillis(start, { zone: timeZone }).toFormat('ccc d LLL HH:mm');

function perDay(
  measures: Measures,
  spec: Omit<ChartSpec, 'rows' | 'xKey' | 'xLabel'>,
  value: (day: Measures['days'][number]) => Record<string, number | null>,
): ChartSpec {
  return {
    ...spec,
    xKey: 'day',
    xLabel: `Day (${measures.timeZone})`,
    rows: measures.days.map((day) => ({ day: day.day, ...value(day) })),
  };
}

type GroupPart = 'volume' | 'response' | 'sla';

/** A breakdown's charts: volume, response times (minutes) and SLA met (%), each in one unit. */
function perGroup(
  id: string,
  title: string,
  groups: GroupMeasures[],
  by: string,
  parts: readonly GroupPart[],
): ChartSpec[] {
  const axis = { kind: 'bar-list' as const, xKey: by, xLabel: by[0]!.toUpperCase() + by.slice(1) };
  const charts: Record<GroupPart, ChartSpec> = {
    volume: {
      ...axis,
      // A case has several topics and tags (one agent, one channel): then no total.
      additive: by === 'agent' || by === 'channel',
      id: `${id}-volume`,
      title: `${title}: cases`,
      description: `Cases opened and resolved in the range, by ${by}.`,
      yLabel: 'Cases',
      unit: 'cases',
      series: [
        { key: 'opened', label: 'Opened' },
        { key: 'resolved', label: 'Resolved' },
      ],
      rows: groups.map((g) => ({ [by]: g.key, opened: g.opened, resolved: g.resolved })),
    },
    response: {
      ...axis,
      id: `${id}-response`,
      title: `${title}: first response`,
      description: `Working minutes from capture to the first reply, by ${by}: median and 90th percentile.`,
      yLabel: 'Minutes',
      unit: 'min',
      additive: false,
      series: [
        { key: 'median', label: 'Median' },
        { key: 'p90', label: '90th percentile' },
      ],
      rows: groups.map((g) => ({
        [by]: g.key,
        median: minutes(g.firstResponse.medianMs),
        p90: minutes(g.firstResponse.p90Ms),
      })),
    },
    sla: {
      ...axis,
      id: `${id}-sla`,
      title: `${title}: SLA met`,
      description: `Share of first replies and resolutions within their SLA target, by ${by}.`,
      yLabel: 'Within SLA',
      unit: '%',
      additive: false,
      series: [{ key: 'slaMet', label: 'Within SLA' }],
      rows: groups.map((g) => ({ [by]: g.key, slaMet: percent(g.slaAttainment) })),
    },
  };
  return parts.map((part) => charts[part]);
}

/** The forecast's charts (none when there is too little history to forecast). */
export function forecastChartsOf(report: Report): ChartSpec[] {
  const { forecast } = report;
  const timeZone = report.measures.timeZone;
  if (forecast.kind !== 'forecast') return [];
  const hourly = (hour: ForecastHour) => hourLabel(hour.start, timeZone);
  const channels = Object.keys(forecast.byChannel);
  return [
    {
      id: 'forecast',
      title: 'Forecast: captures in the next 7 days',
      description: `Expected new cases per hour, with an ${Math.round(forecast.bandLevel * 100)}% band, from the last ${forecast.weeksUsed} weeks.`,
      kind: 'band',
      xKey: 'hour',
      xLabel: `Hour (${timeZone})`,
      yLabel: 'Cases per hour',
      unit: 'cases per hour',
      series: [{ key: 'expected', label: 'Expected' }],
      band: {
        seriesKey: 'expected',
        lowKey: 'low',
        highKey: 'high',
        label: `${Math.round(forecast.bandLevel * 100)}% interval`,
      },
      rows: forecast.total.map((hour) => ({
        hour: hourly(hour),
        expected: hour.expected,
        low: hour.low,
        high: hour.high,
      })),
    },
    {
      id: 'forecast-channels',
      title: 'Forecast by channel',
      description: 'Expected new cases per day of the next 7, by channel.',
      kind: 'stacked-bars',
      xKey: 'day',
      xLabel: `Day (${timeZone})`,
      yLabel: 'Cases',
      unit: 'cases',
      series: channels.map((channel) => ({ key: channel, label: channel })),
      rows: dailyByChannel(forecast, timeZone),
    },
    staffingGrid(report, 'agents', 'Agents needed', timeZone),
    staffingGrid(report, 'agentsHigh', 'Agents needed at the top of the band', timeZone),
  ];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * Agents per hour of the next 7 days as a rota: a row per weekday (starting today's), a
 * column per hour. The 168 hours start at the next full hour, so today's row holds its
 * remaining hours and, in the earlier ones, the same weekday of next week.
 */
function staffingGrid(
  report: Report,
  key: 'agents' | 'agentsHigh',
  title: string,
  timeZone: string,
): ChartSpec {
  const days = new Map<number, Record<string, string | number | null>>();
  for (const row of report.staffing) {
    const cells = days.get(row.weekday) ?? { day: WEEKDAYS[row.weekday - 1]! };
    cells[`h${row.hour}`] = row[key];
    days.set(row.weekday, cells);
  }
  return {
    id: key === 'agents' ? 'staffing' : 'staffing-high',
    title,
    description: `Agents on duty per hour to answer 80% of new cases within ${report.targetMinutes} min, at ${report.handleTime.minutes} min per case (${HANDLE_SOURCE[report.handleTime.source]}).`,
    kind: 'heatmap',
    xKey: 'day',
    xLabel: `Weekday (${timeZone})`,
    yLabel: 'Agents',
    unit: 'agents',
    seriesLabel: 'Hour of day',
    additive: false,
    series: HOURS.map((hour) => ({
      key: `h${hour}`,
      label: `${String(hour).padStart(2, '0')}:00`,
      short: String(hour),
    })),
    rows: [...days.values()],
  };
}

const HANDLE_SOURCE = {
  set: 'set by you',
  measured: 'measured over the last 8 weeks',
  default: 'a default, until there are enough replies to measure',
} as const;

function dailyByChannel(forecast: Extract<Forecast, { kind: 'forecast' }>, timeZone: string) {
  const days = new Map<string, Record<string, string | number>>();
  // Every channel has the same hours: each is named once (Luxon's formatting is the cost).
  const dayNames = new Map<number, string>();
  const dayOf = (start: number) => {
    let name = dayNames.get(start);
    if (name === undefined) {
      name = DateTime.fromMillis(start, { zone: timeZone }).toFormat('ccc d LLL');
      dayNames.set(start, name);
    }
    return name;
  };
  for (const [channel, hours] of Object.entries(forecast.byChannel)) {
    for (const hour of hours ?? []) {
      const day = dayOf(hour.start);
      const row = days.get(day) ?? { day };
      row[channel] = round(Number(row[channel] ?? 0) + hour.expected, 2);
      days.set(day, row);
    }
  }
  return [...days.values()];
}

/** Every chart of a report, in the order the dashboard shows them. */
export function chartsOf(report: Report): ChartSpec[] {
  return [...measureChartsOf(report.measures), ...forecastChartsOf(report)];
}

/** The charts of the measures (all but the forecast's), in the order the dashboard shows them. */
export function measureChartsOf(measures: Measures): ChartSpec[] {
  const charts: ChartSpec[] = [
    perDay(
      measures,
      {
        id: 'volume',
        title: 'Cases opened and resolved',
        description: 'New cases and cases resolved or closed, per day.',
        kind: 'bars',
        yLabel: 'Cases',
        unit: 'cases',
        series: [
          { key: 'opened', label: 'Opened' },
          { key: 'resolved', label: 'Resolved' },
        ],
      },
      (day) => ({ opened: day.opened, resolved: day.resolved }),
    ),
    perDay(
      measures,
      {
        id: 'backlog',
        title: 'Backlog',
        description: 'Open cases (new, open, waiting) at the end of each day.',
        kind: 'lines',
        yLabel: 'Open cases',
        unit: 'cases',
        series: [{ key: 'backlog', label: 'Open at end of day' }],
        additive: false,
      },
      (day) => ({ backlog: day.backlog }),
    ),
    perDay(
      measures,
      {
        id: 'sla',
        title: 'SLA attainment',
        description:
          'First responses and resolutions within their SLA target, and breaches, per day.',
        kind: 'stacked-bars',
        yLabel: 'Responses and resolutions',
        unit: 'count',
        series: [
          { key: 'withinSla', label: 'Within SLA' },
          { key: 'breached', label: 'Breached' },
        ],
      },
      (day) => ({ withinSla: day.withinSla, breached: day.breached }),
    ),
    perDay(
      measures,
      {
        id: 'first-response',
        title: 'First response time',
        description: 'Median working minutes from capture to the first reply, per day.',
        kind: 'lines',
        yLabel: 'Minutes',
        unit: 'minutes',
        series: [{ key: 'firstReplyMedian', label: 'Median (min)' }],
        additive: false,
      },
      (day) => ({ firstReplyMedian: minutes(day.firstReplyMedianMs) }),
    ),
    perDay(
      measures,
      {
        id: 'resolution',
        title: 'Resolution time',
        description:
          'Median working hours from capture to resolution, time waiting on the customer left out, per day.',
        kind: 'lines',
        yLabel: 'Hours',
        unit: 'h',
        series: [{ key: 'resolutionMedian', label: 'Median (h)' }],
        additive: false,
      },
      (day) => ({
        resolutionMedian:
          day.resolutionMedianMs === null ? null : round(day.resolutionMedianMs / (60 * MIN), 1),
      }),
    ),
    perDay(
      measures,
      {
        id: 'followups',
        title: 'Follow-ups',
        description: 'Promised follow-ups kept on time, kept late and missed, per day.',
        kind: 'stacked-bars',
        yLabel: 'Follow-ups',
        unit: 'follow-ups',
        series: [
          { key: 'kept', label: 'On time' },
          { key: 'late', label: 'Late' },
          { key: 'missed', label: 'Missed' },
        ],
      },
      (day) => ({ kept: day.followUpsKept, late: day.followUpsLate, missed: day.followUpsMissed }),
    ),
    perDay(
      measures,
      {
        id: 'testimonials',
        title: 'Testimonials',
        description: 'Testimonials collected and approved, per day.',
        kind: 'bars',
        yLabel: 'Testimonials',
        unit: 'testimonials',
        series: [
          { key: 'saved', label: 'Collected' },
          { key: 'approved', label: 'Approved' },
        ],
      },
      (day) => ({ saved: day.testimonialsSaved, approved: day.testimonialsApproved }),
    ),
    perDay(
      measures,
      {
        id: 'feedback',
        title: 'Customer feedback',
        description:
          'Ratings customers gave after resolution, per day: good (4-5 of 5), neutral (3), bad (1-2).',
        kind: 'stacked-bars',
        yLabel: 'Ratings',
        unit: 'ratings',
        series: [
          { key: 'good', label: 'Good' },
          { key: 'neutral', label: 'Neutral' },
          { key: 'bad', label: 'Bad' },
        ],
      },
      (day) => ({ good: day.feedbackGood, neutral: day.feedbackNeutral, bad: day.feedbackBad }),
    ),
  ];
  // Per agent there is no backlog (measures.ts): no chart, rather than an empty one.
  if (measures.totals.backlogAtEnd === null)
    charts.splice(
      charts.findIndex((chart) => chart.id === 'backlog'),
      1,
    );
  if (measures.hotTopics.length) {
    charts.push({
      id: 'hot-topics',
      title: 'Hot topics',
      description: 'New cases about the most frequent topics of the range, per day.',
      kind: 'lines',
      xKey: 'day',
      xLabel: `Day (${measures.timeZone})`,
      yLabel: 'Cases',
      unit: 'cases',
      // A case can be about several topics: the lines do not add up to the cases.
      additive: false,
      series: measures.hotTopics.map((t, i) => ({ key: `t${i}`, label: t.topic })),
      rows: measures.days.map((day, d) => ({
        day: day.day,
        ...Object.fromEntries(measures.hotTopics.map((t, i) => [`t${i}`, t.counts[d] ?? 0])),
      })),
    });
  }
  charts.push(
    {
      id: 'captures-per-site',
      title: 'Captures per site',
      description: 'New cases captured in the range, by site.',
      kind: 'bar-list',
      xKey: 'site',
      xLabel: 'Site',
      yLabel: 'Cases',
      unit: 'cases',
      series: [{ key: 'captured', label: 'Captured' }],
      rows: measures.byChannel.map((g) => ({ site: g.key, captured: g.opened })),
    },
    ...perGroup('channels', 'Per channel', measures.byChannel, 'channel', ['response', 'sla']),
    ...perGroup('agents', 'Per agent', measures.byAgent, 'agent', ['volume', 'response', 'sla']),
    ...perGroup('topics', 'Per topic', measures.byTopic, 'topic', ['volume']),
    ...perGroup('tags', 'Per tag', measures.byTag, 'tag', ['volume']),
  );
  return charts;
}
