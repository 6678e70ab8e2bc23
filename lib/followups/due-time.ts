import { DateTime, IANAZone } from 'luxon';
import { addWorkingTime, type Schedule } from '../cases/business-time';
import type { DurationUnit, NamedCue } from './promise-cues';

/** What a promise's time words mean, before they become a moment. */
export type TimeCue =
  | { kind: 'duration'; amount: number; unit: DurationUnit }
  | { kind: 'named'; name: NamedCue }
  /** A wall-clock time in the desk's zone ("Friday" becomes Friday at the end of the day). */
  | { kind: 'wall'; year: number; month: number; day: number; hour: number; minute: number }
  /** A moment fixed by the words themselves ("5pm EST"). */
  | { kind: 'instant'; at: number };

/**
 * The windows of vague words (issue 5 names shortly, asap and soon). "immediate" covers
 * "right away", "in a bit", "in a moment": an agent who says it means within the hour.
 */
export const VAGUE_WINDOWS_MINUTES = {
  immediate: 60,
  shortly: 2 * 60,
  asap: 4 * 60,
  soon: 24 * 60,
} as const satisfies Partial<Record<NamedCue, number>>;

export interface DueContext {
  /** The desk's IANA zone: where "tomorrow" and "17:00" are read. */
  timeZone: string;
  /** "HH:MM": when EOD/COB, "today" and a bare day ("by Friday") fall due. */
  endOfDay: string;
  /** When set, spans in hours and minutes count working time and due times move into hours. */
  businessHours: Schedule | null;
}

const MINUTE = 60_000;

/** A usable zone: the given one when Luxon knows it, else UTC (never throws). */
export function safeZone(zone: string | undefined): string {
  return zone && IANAZone.isValidZone(zone) ? zone : 'UTC';
}

/** Offset of the zone at `at`, in minutes east of UTC (what chrono-node wants). */
export function offsetMinutes(at: number, zone: string): number {
  return DateTime.fromMillis(at, { zone }).offset;
}

function hourMinute(hhmm: string): { hour: number; minute: number } {
  const [hour = 17, minute = 0] = hhmm.split(':').map(Number);
  return { hour, minute };
}

/** The end of the working day `days` after the day of `now` (0 = today), in the zone. */
function endOfDayAfter(now: number, days: number, ctx: DueContext): number {
  return DateTime.fromMillis(now, { zone: ctx.timeZone })
    .plus({ days })
    .set({ ...hourMinute(ctx.endOfDay), second: 0, millisecond: 0 })
    .toMillis();
}

/** Friday at the end of the day, this week (or next week once this Friday's has passed). */
function fridayEnd(now: number, weeksAhead: number, ctx: DueContext): number {
  const local = DateTime.fromMillis(now, { zone: ctx.timeZone });
  const friday = (week: number) =>
    local
      .startOf('week')
      .plus({ weeks: week, days: 4 })
      .set({ ...hourMinute(ctx.endOfDay), second: 0, millisecond: 0 })
      .toMillis();
  const due = friday(weeksAhead);
  return due > now ? due : friday(weeksAhead + 1);
}

/** Whether a local day is a working day: open in the schedule, else Monday to Friday. */
function isWorkingDay(day: DateTime, schedule: Schedule | null): boolean {
  if (schedule?.kind === 'working-hours') {
    const { week, holidays } = schedule.hours;
    return (
      week[day.weekday as keyof typeof week] !== null && !holidays.includes(day.toISODate() ?? '')
    );
  }
  return day.weekday <= 5;
}

function addBusinessDays(now: number, days: number, ctx: DueContext): number {
  let day = DateTime.fromMillis(now, { zone: ctx.timeZone });
  // A whole number of working days; a year of closed days stops the walk.
  for (let left = Math.ceil(days), guard = 0; left > 0 && guard < 366; guard++) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, ctx.businessHours)) left--;
  }
  return day.toMillis();
}

/** A span after `now`: elapsed (or working) time for minutes and hours, calendar days otherwise. */
function afterSpan(now: number, amount: number, unit: DurationUnit, ctx: DueContext): number {
  if (unit === 'minute' || unit === 'hour') {
    const ms = amount * (unit === 'hour' ? 60 : 1) * MINUTE;
    return ctx.businessHours ? addWorkingTime(now, ms, ctx.businessHours) : now + ms;
  }
  if (unit === 'business-day') return addBusinessDays(now, amount, ctx);
  const days = amount * (unit === 'week' ? 7 : 1);
  // Whole calendar days keep the wall time across a DST change; half days are hours.
  return Number.isInteger(days)
    ? DateTime.fromMillis(now, { zone: ctx.timeZone }).plus({ days }).toMillis()
    : now + days * 24 * 60 * MINUTE;
}

/**
 * The first moment the desk is open at or after `at`. A due time at the closing minute
 * stays (EOD at 17:00 on a desk that closes at 17:00 is still today).
 */
export function nextOpening(at: number, schedule: Schedule): number {
  if (schedule.kind === 'always') return at;
  const before = at - 1;
  const open = addWorkingTime(before, 0, schedule);
  return open === before ? at : open;
}

/** When a promise with this cue falls due (null cue: the default window). */
export function dueFor(
  cue: TimeCue | null,
  now: number,
  defaultWindowMinutes: number,
  ctx: DueContext,
): number {
  const due = rawDue(cue, now, defaultWindowMinutes, ctx);
  return ctx.businessHours ? nextOpening(due, ctx.businessHours) : due;
}

function rawDue(
  cue: TimeCue | null,
  now: number,
  defaultWindowMinutes: number,
  ctx: DueContext,
): number {
  if (!cue) return afterSpan(now, defaultWindowMinutes, 'minute', ctx);
  switch (cue.kind) {
    case 'duration':
      return afterSpan(now, cue.amount, cue.unit, ctx);
    case 'instant':
      return cue.at;
    case 'wall': {
      const at = DateTime.fromObject(
        { year: cue.year, month: cue.month, day: cue.day, hour: cue.hour, minute: cue.minute },
        { zone: ctx.timeZone },
      );
      // "We'll fix it today" said after the end of the day: by the end of the calendar day.
      const local = DateTime.fromMillis(now, { zone: ctx.timeZone });
      return at.toMillis() <= now && at.hasSame(local, 'day')
        ? local.endOf('day').toMillis()
        : at.toMillis();
    }
    case 'named':
      switch (cue.name) {
        case 'eod': {
          // Said after the end of the day, "by EOD" means the next one.
          const today = endOfDayAfter(now, 0, ctx);
          return today > now ? today : endOfDayAfter(now, 1, ctx);
        }
        case 'week-end':
          return fridayEnd(now, 0, ctx);
        case 'next-week':
          return fridayEnd(now, 1, ctx);
        default:
          return afterSpan(now, VAGUE_WINDOWS_MINUTES[cue.name], 'minute', ctx);
      }
  }
}
