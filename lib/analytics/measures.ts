/**
 * The desk's measures over a date range, from the stored facts (facts.ts): cases opened
 * and resolved, response and resolution times, SLA attainment, backlog, follow-ups and
 * testimonials, per day and per channel, agent, topic and tag. Pure and one pass over
 * the facts, so the dashboard's worker and the unit tests compute them the same way.
 */
import type { Platform } from '../db/constants';
import { dayGrid, dayIndexOf } from './days';
import type { Fact } from './facts';
import { medianAndP90 } from './percentile';

/** Narrows the facts to one channel, agent, topic or tag (any combination). */
export interface FactFilter {
  channel?: Platform | null;
  agent?: string | null;
  topic?: string | null;
  tag?: string | null;
}

export function matchesFilter(fact: Fact, filter: FactFilter): boolean {
  if (filter.channel && fact.channel !== filter.channel) return false;
  if (filter.agent && fact.agent !== filter.agent) return false;
  if (filter.topic && !fact.topics.includes(filter.topic)) return false;
  if (filter.tag && !fact.tags.includes(filter.tag)) return false;
  return true;
}

export interface DayMeasures {
  day: string;
  opened: number;
  resolved: number;
  reopened: number;
  /** Open cases at the end of the day (matching the filter). */
  backlog: number;
  firstReplies: number;
  firstReplyMedianMs: number | null;
  /** First replies and resolutions within their SLA target, and those past it. */
  withinSla: number;
  breached: number;
  followUpsKept: number;
  followUpsLate: number;
  followUpsMissed: number;
  testimonialsSaved: number;
  testimonialsApproved: number;
}

export interface TimeSummary {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** One row of a breakdown (per channel, agent, topic or tag). */
export interface GroupMeasures {
  key: string;
  opened: number;
  resolved: number;
  firstResponse: TimeSummary;
  resolution: TimeSummary;
  withinSla: number;
  breached: number;
  /** withinSla / (withinSla + breached), null when nothing was measured. */
  slaAttainment: number | null;
}

export interface Measures {
  timeZone: string;
  days: DayMeasures[];
  totals: Omit<DayMeasures, 'day' | 'backlog' | 'firstReplyMedianMs'> & {
    slaAttainment: number | null;
    backlogAtEnd: number;
  };
  firstResponse: TimeSummary;
  resolution: TimeSummary;
  byChannel: GroupMeasures[];
  byAgent: GroupMeasures[];
  byTopic: GroupMeasures[];
  byTag: GroupMeasures[];
}

export interface MeasureInput {
  /** Every stored fact from the range's first day on (later ones make the backlog). */
  facts: Iterable<Fact>;
  fromDay: string;
  toDay: string;
  timeZone: string;
  filter?: FactFilter;
  /** Cases open now that match the filter: the backlog is counted back from it. */
  openNow: number;
  /** Breakdowns keep their largest groups (topics and tags can be many). */
  maxGroups?: number;
}

const emptyDay = (day: string): DayMeasures => ({
  day,
  opened: 0,
  resolved: 0,
  reopened: 0,
  backlog: 0,
  firstReplies: 0,
  firstReplyMedianMs: null,
  withinSla: 0,
  breached: 0,
  followUpsKept: 0,
  followUpsLate: 0,
  followUpsMissed: 0,
  testimonialsSaved: 0,
  testimonialsApproved: 0,
});

interface GroupTally {
  opened: number;
  resolved: number;
  firstResponse: number[];
  resolution: number[];
  withinSla: number;
  breached: number;
}

const COUNTED: Partial<Record<Fact['kind'], keyof DayMeasures>> = {
  opened: 'opened',
  resolved: 'resolved',
  reopened: 'reopened',
  'first-reply': 'firstReplies',
  'followup-kept': 'followUpsKept',
  'followup-late': 'followUpsLate',
  'followup-missed': 'followUpsMissed',
  'testimonial-saved': 'testimonialsSaved',
  'testimonial-approved': 'testimonialsApproved',
};

export function computeMeasures(input: MeasureInput): Measures {
  const grid = dayGrid(input.fromDay, input.toDay, input.timeZone);
  const filter = input.filter ?? {};
  const days = grid.days.map(emptyDay);
  const replyTimes: number[][] = grid.days.map(() => []);
  const firstResponse: number[] = [];
  const resolution: number[] = [];
  const groups = {
    channel: new Map<string, GroupTally>(),
    agent: new Map<string, GroupTally>(),
    topic: new Map<string, GroupTally>(),
    tag: new Map<string, GroupTally>(),
  };
  // Net change of the open cases after each day's end, to count the backlog back from now.
  const netAfter = new Float64Array(grid.days.length + 1);
  const rangeEnd = grid.starts[grid.starts.length - 1]!;

  for (const fact of input.facts) {
    if (!matchesFilter(fact, filter)) continue;
    const net =
      fact.kind === 'opened' || fact.kind === 'reopened' ? 1 : fact.kind === 'resolved' ? -1 : 0;
    const index = dayIndexOf(grid, fact.at);
    if (net !== 0) {
      const slot = index >= 0 ? index : fact.at >= rangeEnd ? grid.days.length : -1;
      if (slot >= 0) netAfter[slot] = netAfter[slot]! + net;
    }
    if (index < 0) continue;
    const day = days[index]!;
    const counted = COUNTED[fact.kind];
    if (counted) (day[counted] as number) += 1;
    if (fact.withinSla !== null) {
      if (fact.withinSla) day.withinSla += 1;
      else day.breached += 1;
    }
    if (fact.kind === 'first-reply' && fact.durationMs !== null) {
      replyTimes[index]!.push(fact.durationMs);
      firstResponse.push(fact.durationMs);
    }
    if (fact.kind === 'resolved' && fact.durationMs !== null) resolution.push(fact.durationMs);
    tallyGroups(groups, fact);
  }

  // Backlog at the end of the last day = open now less what changed after it; each
  // earlier day's end is the next day's end less that next day's change.
  let backlog = input.openNow - netAfter[grid.days.length]!;
  for (let i = days.length - 1; i >= 0; i--) {
    days[i]!.backlog = Math.max(0, backlog);
    backlog -= netAfter[i]!;
  }
  days.forEach((day, i) => (day.firstReplyMedianMs = medianAndP90(replyTimes[i]!).median));

  const sum = (key: keyof DayMeasures) =>
    days.reduce((total, day) => total + (day[key] as number), 0);
  const withinSla = sum('withinSla');
  const breached = sum('breached');
  const maxGroups = input.maxGroups ?? 10;
  return {
    timeZone: grid.timeZone,
    days,
    totals: {
      opened: sum('opened'),
      resolved: sum('resolved'),
      reopened: sum('reopened'),
      firstReplies: sum('firstReplies'),
      withinSla,
      breached,
      slaAttainment: share(withinSla, breached),
      followUpsKept: sum('followUpsKept'),
      followUpsLate: sum('followUpsLate'),
      followUpsMissed: sum('followUpsMissed'),
      testimonialsSaved: sum('testimonialsSaved'),
      testimonialsApproved: sum('testimonialsApproved'),
      backlogAtEnd: days[days.length - 1]?.backlog ?? 0,
    },
    firstResponse: timeSummary(firstResponse),
    resolution: timeSummary(resolution),
    byChannel: groupRows(groups.channel, maxGroups),
    byAgent: groupRows(groups.agent, maxGroups),
    byTopic: groupRows(groups.topic, maxGroups),
    byTag: groupRows(groups.tag, maxGroups),
  };
}

const share = (within: number, breached: number) =>
  within + breached === 0 ? null : within / (within + breached);

function timeSummary(values: number[]): TimeSummary {
  const { median, p90 } = medianAndP90(values);
  return { count: values.length, medianMs: median, p90Ms: p90 };
}

function tallyGroups(
  groups: Record<'channel' | 'agent' | 'topic' | 'tag', Map<string, GroupTally>>,
  fact: Fact,
) {
  const keys: ['channel' | 'agent' | 'topic' | 'tag', readonly (string | null)[]][] = [
    ['channel', [fact.channel]],
    ['agent', [fact.agent]],
    ['topic', fact.topics],
    ['tag', fact.tags],
  ];
  for (const [dimension, values] of keys) {
    for (const value of values) {
      if (value === null) continue;
      const map = groups[dimension];
      let tally = map.get(value);
      if (!tally) {
        tally = {
          opened: 0,
          resolved: 0,
          firstResponse: [],
          resolution: [],
          withinSla: 0,
          breached: 0,
        };
        map.set(value, tally);
      }
      if (fact.kind === 'opened') tally.opened += 1;
      if (fact.kind === 'resolved') tally.resolved += 1;
      if (fact.kind === 'first-reply' && fact.durationMs !== null)
        tally.firstResponse.push(fact.durationMs);
      if (fact.kind === 'resolved' && fact.durationMs !== null)
        tally.resolution.push(fact.durationMs);
      if (fact.withinSla === true) tally.withinSla += 1;
      if (fact.withinSla === false) tally.breached += 1;
    }
  }
}

function groupRows(map: Map<string, GroupTally>, max: number): GroupMeasures[] {
  return [...map]
    .map(([key, tally]) => ({
      key,
      opened: tally.opened,
      resolved: tally.resolved,
      firstResponse: timeSummary(tally.firstResponse),
      resolution: timeSummary(tally.resolution),
      withinSla: tally.withinSla,
      breached: tally.breached,
      slaAttainment: share(tally.withinSla, tally.breached),
    }))
    .sort((a, b) => b.opened + b.resolved - (a.opened + a.resolved) || a.key.localeCompare(b.key))
    .slice(0, max);
}
