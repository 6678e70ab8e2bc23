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
  /** Open cases at the end of the day (matching the filter); null per agent (see openNow). */
  backlog: number | null;
  firstReplies: number;
  firstReplyMedianMs: number | null;
  resolutionMedianMs: number | null;
  /** First replies and resolutions within their SLA target, and those past it. */
  withinSla: number;
  breached: number;
  followUpsKept: number;
  followUpsLate: number;
  followUpsMissed: number;
  testimonialsSaved: number;
  testimonialsApproved: number;
  /** Issue 12: customers' ratings after resolution, by band (4-5, 3, 1-2 of 5). */
  feedbackGood: number;
  feedbackNeutral: number;
  feedbackBad: number;
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

export interface HotTopicSeries {
  topic: string;
  /** New cases about it per day of the range (as in `days`). */
  counts: number[];
}

export interface Measures {
  timeZone: string;
  days: DayMeasures[];
  totals: Omit<DayMeasures, 'day' | 'backlog' | 'firstReplyMedianMs' | 'resolutionMedianMs'> & {
    slaAttainment: number | null;
    /** Good ratings / all ratings, null when there were none. */
    satisfaction: number | null;
    backlogAtEnd: number | null;
  };
  firstResponse: TimeSummary;
  resolution: TimeSummary;
  byChannel: GroupMeasures[];
  byAgent: GroupMeasures[];
  byTopic: GroupMeasures[];
  byTag: GroupMeasures[];
  /** The most frequent topics of the range's new cases, per day. */
  hotTopics: HotTopicSeries[];
}

export interface MeasureInput {
  /** Every stored fact from the range's first day on (later ones make the backlog). */
  facts: Iterable<Fact>;
  fromDay: string;
  toDay: string;
  timeZone: string;
  filter?: FactFilter;
  /**
   * Cases open now that match the filter: the backlog is counted back from it. Null when
   * there is no such count (per agent: a case is opened by one agent and resolved by
   * another, so an agent's "backlog" would be neither's).
   */
  openNow: number | null;
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
  resolutionMedianMs: null,
  withinSla: 0,
  breached: 0,
  followUpsKept: 0,
  followUpsLate: 0,
  followUpsMissed: 0,
  testimonialsSaved: 0,
  testimonialsApproved: 0,
  feedbackGood: 0,
  feedbackNeutral: 0,
  feedbackBad: 0,
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
  'feedback-good': 'feedbackGood',
  'feedback-neutral': 'feedbackNeutral',
  'feedback-bad': 'feedbackBad',
};

export function computeMeasures(input: MeasureInput): Measures {
  const grid = dayGrid(input.fromDay, input.toDay, input.timeZone);
  const filter = input.filter ?? {};
  const days = grid.days.map(emptyDay);
  const replyTimes: number[][] = grid.days.map(() => []);
  const resolutionTimes: number[][] = grid.days.map(() => []);
  // Topics and tags run to thousands of words: only counted here, and tallied in full in a
  // second pass for the few that make the breakdowns (see tallyGroups).
  const topicVolume = new Map<string, number>();
  const tagVolume = new Map<string, number>();
  const topicOpened = new Map<string, number>();
  const inRange: Fact[] = [];
  const firstResponse: number[] = [];
  const resolution: number[] = [];
  const groups: Record<Dimension, Map<string, GroupTally>> = {
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
    if (fact.kind === 'resolved' && fact.durationMs !== null) {
      resolutionTimes[index]!.push(fact.durationMs);
      resolution.push(fact.durationMs);
    }
    if (fact.kind === 'opened' || fact.kind === 'resolved' || fact.kind === 'first-reply') {
      inRange.push(fact);
      tallyGroups(groups, fact);
      if (fact.kind !== 'first-reply') {
        for (const topic of fact.topics) bump(topicVolume, topic);
        for (const tag of fact.tags) bump(tagVolume, tag);
      }
      if (fact.kind === 'opened') for (const topic of fact.topics) bump(topicOpened, topic);
    }
  }

  const maxGroups = input.maxGroups ?? 10;
  const topTopics = new Set(largest(topicVolume, maxGroups));
  const topTags = new Set(largest(tagVolume, maxGroups));
  const hot = largest(topicOpened, HOT_TOPICS);
  const hotDays = new Map(hot.map((topic) => [topic, grid.days.map(() => 0)]));
  for (const fact of inRange) {
    for (const topic of fact.topics) {
      if (topTopics.has(topic)) tallyOne(groups.topic, topic, fact);
      const counts = fact.kind === 'opened' ? hotDays.get(topic) : undefined;
      if (counts) counts[dayIndexOf(grid, fact.at)]! += 1;
    }
    for (const tag of fact.tags) if (topTags.has(tag)) tallyOne(groups.tag, tag, fact);
  }

  // Backlog at the end of the last day = open now less what changed after it; each
  // earlier day's end is the next day's end less that next day's change.
  if (input.openNow !== null) {
    let backlog = input.openNow - netAfter[grid.days.length]!;
    for (let i = days.length - 1; i >= 0; i--) {
      // Never below zero: cases written behind the log's back (a bulk import has no events)
      // can leave the count short of what the events say went.
      days[i]!.backlog = Math.max(0, backlog);
      backlog -= netAfter[i]!;
    }
  } else for (const day of days) day.backlog = null;
  days.forEach((day, i) => {
    day.firstReplyMedianMs = medianAndP90(replyTimes[i]!).median;
    day.resolutionMedianMs = medianAndP90(resolutionTimes[i]!).median;
  });

  const sum = (key: keyof DayMeasures) =>
    days.reduce((total, day) => total + (day[key] as number), 0);
  const withinSla = sum('withinSla');
  const breached = sum('breached');
  const feedbackGood = sum('feedbackGood');
  const feedbackNeutral = sum('feedbackNeutral');
  const feedbackBad = sum('feedbackBad');
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
      feedbackGood,
      feedbackNeutral,
      feedbackBad,
      // CSAT: the share of ratings that are good (4 or 5 of 5).
      satisfaction: share(feedbackGood, feedbackNeutral + feedbackBad),
      backlogAtEnd: input.openNow === null ? null : (days[days.length - 1]?.backlog ?? 0),
    },
    firstResponse: timeSummary(firstResponse),
    resolution: timeSummary(resolution),
    byChannel: groupRows(groups.channel, maxGroups),
    byAgent: groupRows(groups.agent, maxGroups),
    byTopic: groupRows(groups.topic, maxGroups),
    byTag: groupRows(groups.tag, maxGroups),
    hotTopics: hot.map((topic) => ({ topic, counts: hotDays.get(topic)! })),
  };
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * The `n` keys with the largest counts, ties by name (so the choice is stable), in one
 * pass: there can be thousands of topics, most counted once, and sorting them all (by
 * name, for the ties) was most of the measures' time.
 */
function largest(counts: Map<string, number>, n: number): string[] {
  const top: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) =>
    a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of counts) {
    if (top.length === n && !before(entry, top[n - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1]!)) at--;
    top.splice(at, 0, entry);
    if (top.length > n) top.pop();
  }
  return top.map(([key]) => key);
}

const HOT_TOPICS = 6;

const share = (within: number, breached: number) =>
  within + breached === 0 ? null : within / (within + breached);

function timeSummary(values: number[]): TimeSummary {
  const { median, p90 } = medianAndP90(values);
  return { count: values.length, medianMs: median, p90Ms: p90 };
}

/**
 * Adds a fact to its channel's and agent's tallies (topics and tags: the second pass).
 * Written without a temporary per fact: it runs once per fact of the range in a worker
 * just started, where allocations (and the collections they cause) were a third of the time.
 */
function tallyGroups(groups: Record<Dimension, Map<string, GroupTally>>, fact: Fact) {
  if (fact.channel !== null) tallyOne(groups.channel, fact.channel, fact);
  if (fact.agent !== null) tallyOne(groups.agent, fact.agent, fact);
}

type Dimension = 'channel' | 'agent' | 'topic' | 'tag';

function tallyOne(map: Map<string, GroupTally>, key: string, fact: Fact) {
  let tally = map.get(key);
  if (!tally) {
    tally = {
      opened: 0,
      resolved: 0,
      firstResponse: [],
      resolution: [],
      withinSla: 0,
      breached: 0,
    };
    map.set(key, tally);
  }
  if (fact.kind === 'opened') tally.opened += 1;
  else if (fact.kind === 'resolved') {
    tally.resolved += 1;
    if (fact.durationMs !== null) tally.resolution.push(fact.durationMs);
  } else if (fact.durationMs !== null) tally.firstResponse.push(fact.durationMs);
  if (fact.withinSla === true) tally.withinSla += 1;
  else if (fact.withinSla === false) tally.breached += 1;
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
