/**
 * What the analytics page and its worker say to each other (analytics-worker.ts), checked
 * with zod like every message in Casebook. A request is checked where it arrives, in the
 * worker. An answer is checked in full where it is made, in the worker too, so the page
 * only checks its envelope: a year's report is tens of thousands of values, and checking
 * them on the page's thread held it for 50-130 ms per answer. Only the page's own
 * dedicated worker can post to it.
 */
import { z } from '@/lib/zod';
import { PlatformSchema } from '@/lib/db/schema';
import type { Report } from '@/lib/analytics/report';

const count = z.number().int().nonnegative();
const ms = z.number().finite().nonnegative().nullable();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z.string().max(200);

/** The id of the worker's own refresh at start, whose progress every page shows. */
export const WARM_UP_ID = 0;

export const FilterSchema = z.object({
  channel: PlatformSchema.nullable().optional(),
  agent: name.nullable().optional(),
  topic: name.nullable().optional(),
  tag: name.nullable().optional(),
});

export const AnalyticsRequestSchema = z.object({
  type: z.literal('report'),
  id: count,
  fromDay: day,
  toDay: day,
  timeZone: z.string().min(1).max(100),
  filter: FilterSchema,
  handleMinutes: z.number().finite().min(0.5).max(600).nullable(),
});
export type AnalyticsRequest = z.infer<typeof AnalyticsRequestSchema>;

const TimeSummarySchema = z.object({ count, medianMs: ms, p90Ms: ms });
const share = z.number().min(0).max(1).nullable();

const DaySchema = z.object({
  day,
  opened: count,
  resolved: count,
  reopened: count,
  backlog: count.nullable(),
  firstReplies: count,
  firstReplyMedianMs: ms,
  resolutionMedianMs: ms,
  withinSla: count,
  breached: count,
  followUpsKept: count,
  followUpsLate: count,
  followUpsMissed: count,
  testimonialsSaved: count,
  testimonialsApproved: count,
  feedbackGood: count,
  feedbackNeutral: count,
  feedbackBad: count,
});

const GroupSchema = z.object({
  key: name,
  opened: count,
  resolved: count,
  firstResponse: TimeSummarySchema,
  resolution: TimeSummarySchema,
  withinSla: count,
  breached: count,
  slaAttainment: share,
});

const MeasuresSchema = z.object({
  timeZone: z.string(),
  days: z.array(DaySchema),
  totals: DaySchema.omit({
    day: true,
    backlog: true,
    firstReplyMedianMs: true,
    resolutionMedianMs: true,
  }).extend({
    slaAttainment: share,
    satisfaction: share,
    backlogAtEnd: count.nullable(),
  }),
  firstResponse: TimeSummarySchema,
  resolution: TimeSummarySchema,
  byChannel: z.array(GroupSchema),
  byAgent: z.array(GroupSchema),
  byTopic: z.array(GroupSchema),
  byTag: z.array(GroupSchema),
  hotTopics: z.array(z.object({ topic: name, counts: z.array(count) })),
});

const amount = z.number().finite().nonnegative();
const ForecastHourSchema = z.object({
  start: z.number(),
  weekday: z.union(
    [1, 2, 3, 4, 5, 6, 7].map((d) => z.literal(d)) as unknown as [
      z.ZodLiteral<1>,
      z.ZodLiteral<2>,
      z.ZodLiteral<3>,
      z.ZodLiteral<4>,
      z.ZodLiteral<5>,
      z.ZodLiteral<6>,
      z.ZodLiteral<7>,
    ],
  ),
  hour: z.number().int().min(0).max(23),
  expected: amount,
  low: amount,
  high: amount,
});

const ForecastSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('too-little-history'),
    weeksOfHistory: count,
    weeksNeeded: count,
    message: z.string().max(500),
  }),
  z.object({
    kind: z.literal('forecast'),
    weeksUsed: count,
    from: z.number(),
    to: z.number(),
    total: z.array(ForecastHourSchema),
    byChannel: z.partialRecord(PlatformSchema, z.array(ForecastHourSchema)),
    bandLevel: z.number().gt(0).lt(1),
  }),
]);

const ReportSchema = z.object({
  now: z.number(),
  measures: MeasuresSchema,
  forecast: ForecastSchema,
  staffing: z.array(
    z.object({
      start: z.number(),
      weekday: z.number().int().min(1).max(7),
      hour: z.number().int().min(0).max(23),
      expected: amount,
      agents: count,
      agentsHigh: count,
    }),
  ),
  handleTime: z.object({
    minutes: z.number().positive(),
    source: z.enum(['set', 'measured', 'default']),
  }),
  targetMinutes: z.number().positive(),
  choices: z.object({
    channels: z.array(name),
    agents: z.array(name),
    topics: z.array(name),
    tags: z.array(name),
  }),
  timings: z.object({
    refreshMs: amount,
    readMs: amount,
    measuresMs: amount,
    forecastMs: amount,
    daysRebuilt: count,
    facts: count,
  }),
});

export const AnalyticsAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), id: count, done: count, total: count }),
  z.object({ type: z.literal('measures'), id: count, measures: MeasuresSchema }),
  z.object({ type: z.literal('report'), id: count, report: ReportSchema }),
  z.object({ type: z.literal('failed'), id: count, message: z.string().max(4000) }),
]);
export type AnalyticsAnswer = z.infer<typeof AnalyticsAnswerSchema>;

const checkedInWorker = <T>() =>
  z.custom<T>((value) => typeof value === 'object' && value !== null);

/** What the page checks of an answer: its kind and id; the worker checked the rest. */
export const AnalyticsEnvelopeSchema = z.discriminatedUnion('type', [
  AnalyticsAnswerSchema.options[0],
  z.object({
    type: z.literal('measures'),
    id: count,
    measures: checkedInWorker<Report['measures']>(),
  }),
  z.object({ type: z.literal('report'), id: count, report: checkedInWorker<Report>() }),
  AnalyticsAnswerSchema.options[3],
]) satisfies z.ZodType<AnalyticsAnswer>;

// The schema and the computed types must agree: a change to one fails the type check here.
export const reportMatchesSchema = (report: Report): z.input<typeof ReportSchema> => report;
