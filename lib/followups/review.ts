import Papa from 'papaparse';
import { SAFE_CSV } from '../csv-safety';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '../db/constants';
import type { CasebookDatabase } from '../db/database';
import type { Case, FollowUp } from '../db/schema';
import { dayBounds, DEFAULT_LIMIT, dueBetween, finishedAtOf, finishedBetween } from './queries';
import { spanText } from './reminders';

/**
 * The team lead's review of promises (issue 5, point 5): what is overdue, due today and
 * coming up, and what was kept, done late or missed in a window looked back on; filtered
 * by agent, channel and status, grouped by agent or channel, exported as CSV. The
 * component (components/followups/FollowUpReview.tsx) only shows what this computes.
 */

/** The sections of a lead's review, in the order a lead reads them. */
export const REVIEW_SECTIONS = [
  'overdue',
  'dueToday',
  'upcoming',
  'doneLate',
  'missed',
  'kept',
] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];
/** Still owed: read by due time. */
export const OPEN_SECTIONS: readonly ReviewSection[] = ['overdue', 'dueToday', 'upcoming'];
/** Finished in the window looked back on: read by when they were finished. */
export const FINISHED_SECTIONS: readonly ReviewSection[] = ['doneLate', 'missed', 'kept'];

/** A follow-up's channel: the site of its customer, or none when it has no customer. */
export type ReviewChannel = Platform | 'none';
export type ReviewGrouping = 'agent' | 'channel';
export type StatusFilter = 'all' | 'open' | 'finished' | ReviewSection;

export const LOOK_BACK_DAYS = [1, 7, 30, 90] as const;
export const LOOK_AHEAD_DAYS = [1, 7, 14, 30] as const;

export interface ReviewFilters {
  /** One agent's follow-ups, or everyone's (null). */
  agent: string | null;
  channel: ReviewChannel | null;
  status: StatusFilter;
  group: ReviewGrouping;
  /** Done late, missed and kept: finished in the last this many days. */
  backDays: (typeof LOOK_BACK_DAYS)[number];
  /** Upcoming: due before this many days from now. */
  aheadDays: (typeof LOOK_AHEAD_DAYS)[number];
}

export const DEFAULT_REVIEW_FILTERS: ReviewFilters = {
  agent: null,
  channel: null,
  status: 'all',
  group: 'agent',
  backDays: 7,
  aheadDays: 7,
};

const days = (n: number) => (n === 1 ? 'day' : `${n} days`);

/** "Done late (last 7 days)": a section's heading, with the window it covers. */
export function sectionLabel(section: ReviewSection, filters: ReviewFilters): string {
  const back = `(last ${days(filters.backDays)})`;
  switch (section) {
    case 'overdue':
      return 'Overdue';
    case 'dueToday':
      return 'Due today';
    case 'upcoming':
      return `Due in the next ${days(filters.aheadDays)}`;
    case 'doneLate':
      return `Done late ${back}`;
    case 'missed':
      return `Missed ${back}`;
    case 'kept':
      return `Kept on time ${back}`;
  }
}

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: 'All',
  open: 'Still owed',
  finished: 'Finished',
  overdue: 'Overdue',
  dueToday: 'Due today',
  upcoming: 'Upcoming',
  doneLate: 'Done late',
  missed: 'Missed',
  kept: 'Kept on time',
};

/** The sections a status filter shows. */
export function visibleSections(status: StatusFilter): ReviewSection[] {
  if (status === 'all') return [...REVIEW_SECTIONS];
  if (status === 'open') return [...OPEN_SECTIONS];
  if (status === 'finished') return [...FINISHED_SECTIONS];
  return [status];
}

export const CHANNEL_LABELS: Record<ReviewChannel, string> = {
  ...PLATFORM_LABELS,
  none: 'No channel',
};

/**
 * The channel of a follow-up, from its customer's key ("x:dana_r"): the store takes the
 * key from the case when there is one, and a case's key starts with its channel, so this
 * agrees with the case without reading it (and can filter inside an index read).
 */
export function channelOf(followUp: Pick<FollowUp, 'customerKey'>): ReviewChannel {
  const prefix = followUp.customerKey?.split(':', 1)[0];
  return PLATFORMS.find((platform) => platform === prefix) ?? 'none';
}

// --- Filters in the URL (#view=followups&agent=…): a reload keeps them ------------------

const oneOf = <T extends string | number>(known: readonly T[], value: unknown): T | undefined =>
  known.find((k) => String(k) === value);

/** The filters a hash names; anything unknown or missing is the default. */
export function filtersFromHash(hash: string): ReviewFilters {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const agent = params.get('agent')?.trim();
  const d = DEFAULT_REVIEW_FILTERS;
  return {
    agent: agent ? agent.slice(0, 100) : null,
    channel: oneOf([...PLATFORMS, 'none'] as const, params.get('channel')) ?? null,
    status:
      oneOf(Object.keys(STATUS_FILTER_LABELS) as StatusFilter[], params.get('status')) ?? d.status,
    group: oneOf(['agent', 'channel'] as const, params.get('group')) ?? d.group,
    backDays: oneOf(LOOK_BACK_DAYS, params.get('back')) ?? d.backDays,
    aheadDays: oneOf(LOOK_AHEAD_DAYS, params.get('ahead')) ?? d.aheadDays,
  };
}

/** The hash of the review with these filters (defaults left out, so links stay short). */
export function hashOfFilters(filters: ReviewFilters): string {
  const params = new URLSearchParams({ view: 'followups' });
  const d = DEFAULT_REVIEW_FILTERS;
  if (filters.agent) params.set('agent', filters.agent);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.status !== d.status) params.set('status', filters.status);
  if (filters.group !== d.group) params.set('group', filters.group);
  if (filters.backDays !== d.backDays) params.set('back', String(filters.backDays));
  if (filters.aheadDays !== d.aheadDays) params.set('ahead', String(filters.aheadDays));
  return `#${params.toString()}`;
}

// --- Reading ------------------------------------------------------------------------------

/** One row of the review: the follow-up with what the lead needs from its case. */
export interface ReviewRow {
  followUp: FollowUp;
  section: ReviewSection;
  channel: ReviewChannel;
  /** "Dana R (@dana_r)", or the customer's key when the case is gone. */
  customer: string | null;
  caseRef: string | null;
}

export interface Review {
  now: number;
  filters: ReviewFilters;
  rows: Record<ReviewSection, ReviewRow[]>;
  /** A read hit its limit: there may be more than the rows show ("200+"). */
  truncated: Record<ReviewSection, boolean>;
}

const DAY_MS = 24 * 60 * 60_000;

/** Which finished section a done or missed follow-up belongs to. */
export function finishedSection(followUp: FollowUp): ReviewSection | null {
  if (followUp.status === 'missed') return 'missed';
  if (followUp.status !== 'done' || followUp.doneAt === null) return null;
  return followUp.doneAt > followUp.dueAt ? 'doneLate' : 'kept';
}

/** The filters that can be answered inside an index read (before its limit counts). */
export const matchesFilters =
  (filters: Pick<ReviewFilters, 'agent' | 'channel'>) => (followUp: FollowUp) =>
    (filters.agent === null || followUp.owner === filters.agent) &&
    (filters.channel === null || channelOf(followUp) === filters.channel);

/** "Dana R (@dana_r)" from the case; "@sam_k" from a key "reddit:sam_k" without one. */
export function customerText(record: Case | undefined, customerKey: string | null): string | null {
  if (record) {
    const { name, handle } = record.customer;
    return name && name !== handle ? `${name} (@${handle})` : `@${handle}`;
  }
  if (!customerKey) return null;
  const handle = customerKey.slice(customerKey.indexOf(':') + 1);
  return channelOf({ customerKey }) === 'none' || !handle ? customerKey : `@${handle}`;
}

/**
 * What a lead reviews with these filters: each open section one bounded read of the
 * [status+dueAt] index, the finished ones one bounded read of updatedAt, then one bulk
 * read of the cases the rows name (for the customer and the case's reference).
 */
export async function loadReview(
  db: CasebookDatabase,
  now: number,
  filters: ReviewFilters = DEFAULT_REVIEW_FILTERS,
  limit = DEFAULT_LIMIT,
): Promise<Review> {
  const shown = new Set(visibleSections(filters.status));
  const also = matchesFilters(filters);
  const [, endOfToday] = dayBounds(now);
  const none = Promise.resolve([] as FollowUp[]);
  const wantsFinished = FINISHED_SECTIONS.some((s) => shown.has(s));
  // The finished sections share one read: give it room for all three.
  const finishedLimit = limit * FINISHED_SECTIONS.length;
  const [overdue, dueToday, upcoming, finished] = await Promise.all([
    shown.has('overdue') ? dueBetween(db, 'pending', 0, now + 1, limit, also) : none,
    shown.has('dueToday') ? dueBetween(db, 'pending', now + 1, endOfToday, limit, also) : none,
    shown.has('upcoming')
      ? dueBetween(
          db,
          'pending',
          Math.max(endOfToday, now + 1),
          now + filters.aheadDays * DAY_MS,
          limit,
          also,
        )
      : none,
    wantsFinished
      ? // Open-ended: a promise finished after the page's clock last ticked still shows.
        finishedBetween(db, now - filters.backDays * DAY_MS, Infinity, finishedLimit, also)
      : none,
  ]);
  const bySection: Record<ReviewSection, FollowUp[]> = {
    overdue,
    dueToday,
    upcoming,
    doneLate: [],
    missed: [],
    kept: [],
  };
  for (const followUp of finished) {
    const section = finishedSection(followUp);
    if (section && shown.has(section)) bySection[section].push(followUp);
  }
  const caseIds = [
    ...new Set(
      REVIEW_SECTIONS.flatMap((s) => bySection[s].flatMap((f) => (f.caseId ? [f.caseId] : []))),
    ),
  ];
  const cases = new Map(
    (await db.cases.bulkGet(caseIds)).flatMap((c) => (c && !c.deleted ? [[c.id, c] as const] : [])),
  );
  const rows = {} as Record<ReviewSection, ReviewRow[]>;
  const truncated = {} as Record<ReviewSection, boolean>;
  for (const section of REVIEW_SECTIONS) {
    rows[section] = bySection[section].map((followUp) => {
      const record = followUp.caseId ? cases.get(followUp.caseId) : undefined;
      return {
        followUp,
        section,
        channel: channelOf(followUp),
        customer: customerText(record, followUp.customerKey),
        caseRef: record?.ref ?? null,
      };
    });
    truncated[section] = FINISHED_SECTIONS.includes(section)
      ? finished.length >= finishedLimit
      : bySection[section].length >= limit;
  }
  return { now, filters, rows, truncated };
}

// --- Grouping, summary, wording -------------------------------------------------------------

export interface ReviewGroup {
  key: string;
  label: string;
  rows: ReviewRow[];
}

/** A section's rows by agent or by channel, groups in name order, rows kept in order. */
export function groupRows(rows: readonly ReviewRow[], by: ReviewGrouping): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const row of rows) {
    const key = by === 'agent' ? row.followUp.owner : row.channel;
    const label = by === 'agent' ? row.followUp.owner : CHANNEL_LABELS[row.channel];
    const group = groups.get(key) ?? { key, label, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** The rows as the page lists them: sections in order, each grouped. */
export function shownRows(review: Review): ReviewRow[] {
  return visibleSections(review.filters.status).flatMap((section) =>
    groupRows(review.rows[section], review.filters.group).flatMap((group) => group.rows),
  );
}

export interface ReviewSummary {
  overdue: number;
  dueToday: number;
  doneLate: number;
  missed: number;
  kept: number;
  /**
   * Kept on time out of all finished in the window, 0–100; null when none finished, or
   * when the status filter hides some of them (the share would mean nothing).
   */
  keptOnTimePercent: number | null;
  /** The sections the filters show: the summary counts only those. */
  shown: ReviewSection[];
  /** Counts that may be higher than shown (a read hit its limit). */
  atLeast: Partial<Record<ReviewSection, true>>;
}

/** The counts at the top of the review, for the rows the filters let through. */
export function reviewSummary(review: Review): ReviewSummary {
  const count = (section: ReviewSection) => review.rows[section].length;
  const finished = count('kept') + count('doneLate') + count('missed');
  const shown = visibleSections(review.filters.status);
  const atLeast: ReviewSummary['atLeast'] = {};
  for (const section of REVIEW_SECTIONS) if (review.truncated[section]) atLeast[section] = true;
  return {
    overdue: count('overdue'),
    dueToday: count('dueToday'),
    doneLate: count('doneLate'),
    missed: count('missed'),
    kept: count('kept'),
    keptOnTimePercent:
      finished === 0 || !FINISHED_SECTIONS.every((section) => shown.includes(section))
        ? null
        : Math.round((100 * count('kept')) / finished),
    shown,
    atLeast,
  };
}

/** How late or how much time is left, in words: "overdue by 3 h", "in 45 min", "2 h late". */
export function timingText(row: ReviewRow, now: number): string {
  const { dueAt, doneAt } = row.followUp;
  switch (row.section) {
    case 'overdue':
      return `overdue by ${spanText(now - dueAt)}`;
    case 'dueToday':
    case 'upcoming':
      return `${spanText(dueAt - now)} left`;
    case 'doneLate':
      return `done ${spanText((doneAt ?? now) - dueAt)} late`;
    case 'kept':
      return dueAt - (doneAt ?? dueAt) < 60_000
        ? 'done on time'
        : `done ${spanText(dueAt - doneAt!)} early`;
    case 'missed': {
      const at = finishedAtOf(row.followUp) ?? now;
      return at > dueAt ? `marked missed ${spanText(at - dueAt)} after due` : 'marked missed';
    }
  }
}

/** The review's rows as the CSV a lead exports: exactly the rows the page lists, in order. */
export function reviewCsv(review: Review): string {
  const rows = shownRows(review).map((row) => {
    const f = row.followUp;
    return {
      section: sectionLabel(row.section, review.filters),
      owner: f.owner,
      channel: CHANNEL_LABELS[row.channel],
      customer: row.customer ?? '',
      promise: f.phrase,
      due: new Date(f.dueAt).toISOString(),
      timing: timingText(row, review.now),
      finished: finishedAtOf(f) === null ? '' : new Date(finishedAtOf(f)!).toISOString(),
      case: row.caseRef ?? '',
      where: f.where ?? '',
    };
  });
  // A cell starting with = + - @ is read as a formula by spreadsheets: escaped.
  return Papa.unparse(rows, {
    ...SAFE_CSV,
    columns: [
      'section',
      'owner',
      'channel',
      'customer',
      'promise',
      'due',
      'timing',
      'finished',
      'case',
      'where',
    ],
  });
}
