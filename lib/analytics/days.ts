import { DateTime } from 'luxon';

/** The local days of a report, in its time zone, with where each one starts. */
export interface DayGrid {
  days: string[];
  /** starts[i] is when days[i] begins; starts[days.length] is when the last one ends. */
  starts: number[];
  timeZone: string;
}

const MAX_DAYS = 3 * 366;

/**
 * The calendar days from `fromDay` to `toDay` (both "YYYY-MM-DD", inclusive) in a zone.
 * A day is a calendar day there, 23 or 25 hours long across a DST change.
 */
export function dayGrid(fromDay: string, toDay: string, timeZone: string): DayGrid {
  let day = DateTime.fromISO(fromDay, { zone: timeZone }).startOf('day');
  const last = DateTime.fromISO(toDay, { zone: timeZone }).startOf('day');
  if (!day.isValid || !last.isValid) throw new Error(`Not a date range: ${fromDay} to ${toDay}`);
  if (last < day) throw new Error('The range ends before it starts.');
  const days: string[] = [];
  const starts: number[] = [];
  for (let i = 0; day <= last; i++) {
    if (i >= MAX_DAYS) throw new Error('A report covers at most three years.');
    days.push(day.toISODate()!);
    starts.push(day.toMillis());
    day = day.plus({ days: 1 }).startOf('day');
  }
  starts.push(day.toMillis());
  return { days, starts, timeZone };
}

/** The index of the day holding `at`, or -1 outside the grid (binary search). */
export function dayIndexOf(grid: DayGrid, at: number): number {
  const { starts } = grid;
  if (at < starts[0]! || at >= starts[starts.length - 1]!) return -1;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** "YYYY-MM-DD" of a moment in a zone. */
export const localDay = (at: number, timeZone: string) =>
  DateTime.fromMillis(at, { zone: timeZone }).toISODate()!;

/** The UTC day of a moment: how the stored rollups are keyed (one row per UTC day). */
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

export const DAY_MS = 86_400_000;

/** Days a report covers when the lead has not chosen: the last 30, today included. */
const DEFAULT_DAYS = 30;

/** The range the analytics open on: the page shows it, and the worker reads it ahead. */
export function defaultRange(now: number, timeZone: string): { fromDay: string; toDay: string } {
  const today = DateTime.fromMillis(now, { zone: timeZone });
  return {
    fromDay: today.minus({ days: DEFAULT_DAYS - 1 }).toISODate()!,
    toDay: today.toISODate()!,
  };
}

/** The zone this browser is in (UTC when it does not say). */
export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
