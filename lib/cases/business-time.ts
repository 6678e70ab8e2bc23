import { DateTime } from 'luxon';

/**
 * Working time in a time zone: the hours the desk is staffed on each weekday, and the
 * holidays it is closed. Pure functions over epoch milliseconds; wall-clock arithmetic
 * (days, DST changes) is Luxon's, so a day is a calendar day in the desk's zone.
 */
export interface WorkingHours {
  /** IANA zone of the desk, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Per ISO weekday (1 = Monday … 7 = Sunday): opening and closing "HH:MM", or null when closed. */
  week: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, { open: string; close: string } | null>;
  /** Closed days as local dates "YYYY-MM-DD". */
  holidays: readonly string[];
}

/** Either around the clock, or only in working hours. */
export type Schedule = { kind: 'always' } | { kind: 'working-hours'; hours: WorkingHours };

// Enough to cross any run of closed days a real calendar has (and to stop on a calendar
// with no open day at all, which validation should refuse before it gets here).
const MAX_DAYS = 3 * 366;

const clock = (day: DateTime, hhmm: string) => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
};

/** The open interval of one local day, in epoch ms, or null when the desk is closed. */
function openHours(day: DateTime, hours: WorkingHours): [number, number] | null {
  const window = hours.week[day.weekday as keyof WorkingHours['week']];
  if (!window || hours.holidays.includes(day.toISODate() ?? '')) return null;
  const open = clock(day, window.open).toMillis();
  const close = clock(day, window.close).toMillis();
  return close > open ? [open, close] : null;
}

/** Calls visit(open, close) for each open interval from the day of `from` on, until it returns true. */
function eachOpenInterval(
  from: number,
  hours: WorkingHours,
  visit: (open: number, close: number) => boolean,
) {
  let day = DateTime.fromMillis(from, { zone: hours.timeZone }).startOf('day');
  if (!day.isValid) throw new Error(`Unknown time zone "${hours.timeZone}"`);
  for (let i = 0; i < MAX_DAYS; i++) {
    const interval = openHours(day, hours);
    if (interval && visit(interval[0], interval[1])) return;
    day = day.plus({ days: 1 }).startOf('day');
  }
  throw new Error('The working hours have no open time in the next three years.');
}

/** The moment `duration` of working time has passed after `start`. */
export function addWorkingTime(start: number, duration: number, schedule: Schedule): number {
  if (schedule.kind === 'always') return start + duration;
  let left = duration;
  let due = start;
  eachOpenInterval(start, schedule.hours, (open, close) => {
    const from = Math.max(open, start);
    if (from >= close) return false;
    if (left <= close - from) {
      due = from + left;
      return true;
    }
    left -= close - from;
    return false;
  });
  return due;
}

/** Working time between two moments (0 when `to` is not after `from`). */
export function workingTimeBetween(from: number, to: number, schedule: Schedule): number {
  if (to <= from) return 0;
  if (schedule.kind === 'always') return to - from;
  let total = 0;
  eachOpenInterval(from, schedule.hours, (open, close) => {
    if (open >= to) return true;
    total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    return close >= to;
  });
  return total;
}
