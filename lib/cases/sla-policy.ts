import { IANAZone } from 'luxon';
import { z } from '../zod';
import { PlatformSchema, type Case, type Platform } from '../db/schema';
import type { Schedule } from './business-time';
import type { Pause } from './sla';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00');
const day = z.object({ open: hhmm, close: hhmm }).refine((d) => d.close > d.open, {
  message: 'closing time must be after opening time',
});
const minutes = z
  .number()
  .int()
  .positive()
  .max(60 * 24 * 365);

export const ScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({
    kind: z.literal('working-hours'),
    hours: z.object({
      timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone'),
      week: z
        .object({
          1: day.nullable(),
          2: day.nullable(),
          3: day.nullable(),
          4: day.nullable(),
          5: day.nullable(),
          6: day.nullable(),
          7: day.nullable(),
        })
        .refine((week) => Object.values(week).some(Boolean), 'at least one open day'),
      holidays: z
        .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-25'))
        .max(1000),
    }),
  }),
]) satisfies z.ZodType<Schedule>;

import { CONVERSATION_KINDS, type ConversationKind } from '../db/constants';

/** The SLA a team promises on one channel and kind of conversation. */
export const SlaPolicySchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  channel: z.union([PlatformSchema, z.literal('any')]),
  kind: z.enum([...CONVERSATION_KINDS, 'any']),
  firstResponseMinutes: minutes,
  nextResponseMinutes: minutes,
  resolutionMinutes: minutes,
  schedule: ScheduleSchema,
  /** Share of a target used from which a case shows "at risk". */
  atRiskShare: z.number().gt(0).lt(1),
});
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;

const WEEKDAYS_9_TO_6 = { open: '09:00', close: '18:00' };

/** What a new desk starts with: public posts answered fast around the clock, DMs in hours. */
export const DEFAULT_SLA_POLICIES: readonly SlaPolicy[] = [
  {
    id: 'public-any',
    name: 'Public posts',
    channel: 'any',
    kind: 'public',
    firstResponseMinutes: 60,
    nextResponseMinutes: 120,
    resolutionMinutes: 24 * 60,
    schedule: { kind: 'always' },
    atRiskShare: 0.75,
  },
  {
    id: 'direct-any',
    name: 'Direct messages',
    channel: 'any',
    kind: 'direct',
    firstResponseMinutes: 4 * 60,
    nextResponseMinutes: 8 * 60,
    resolutionMinutes: 3 * 8 * 60,
    schedule: {
      kind: 'working-hours',
      hours: {
        timeZone: 'UTC',
        week: {
          1: WEEKDAYS_9_TO_6,
          2: WEEKDAYS_9_TO_6,
          3: WEEKDAYS_9_TO_6,
          4: WEEKDAYS_9_TO_6,
          5: WEEKDAYS_9_TO_6,
          6: null,
          7: null,
        },
        holidays: [],
      },
    },
    atRiskShare: 0.75,
  },
];

/** The most specific policy for a channel and kind: exact channel beats "any". */
export function policyFor(
  policies: readonly SlaPolicy[],
  channel: Platform,
  kind: ConversationKind,
): SlaPolicy | null {
  const fits = policies.filter(
    (p) => (p.channel === channel || p.channel === 'any') && (p.kind === kind || p.kind === 'any'),
  );
  const score = (p: SlaPolicy) => Number(p.channel === channel) * 2 + Number(p.kind === kind);
  return fits.sort((a, b) => score(b) - score(a))[0] ?? null;
}

/** Statuses in which the resolution clock stands still. */
const CLOCK_STOPPED = new Set(['waiting', 'resolved', 'closed']);

/**
 * The stretches the clock stood still, read from the case's history: while it waited on
 * the customer, and while it was resolved or closed until someone reopened it.
 */
export function waitingPauses(history: Case['history']): Pause[] {
  const pauses: Pause[] = [];
  let since: number | null = null;
  for (const event of history) {
    if (event.type !== 'status') continue;
    const stopped = CLOCK_STOPPED.has(event.to ?? '');
    if (stopped && since === null) since = event.at;
    else if (!stopped && since !== null) {
      pauses.push({ from: since, to: event.at });
      since = null;
    }
  }
  if (since !== null) pauses.push({ from: since, to: null });
  return pauses;
}
