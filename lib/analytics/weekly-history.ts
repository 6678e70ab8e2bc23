import type { IANAZone } from 'luxon';
import type { Platform } from '@/lib/db/constants';
import { HOUR_MS, localHours, type Weekday } from './local-hours';

/**
 * Arrivals counted per week and hour of the week on the desk's clock: the history a forecast
 * reads. Each arrival is looked at once (an index into the window's hours), so 100,000 of
 * them cost a few milliseconds.
 */

export const WEEK_SLOTS = 7 * 24;
const WEEK_MS = WEEK_SLOTS * HOUR_MS;

/** Monday 00:00 is slot 0, Sunday 23:00 slot 167. */
export const slotOf = (weekday: Weekday, hour: number) => (weekday - 1) * 24 + hour;

export interface WeeklyHistory {
  weeks: number;
  /**
   * Hours observed per cell (week × WEEK_SLOTS + slot, week 0 the most recent): 1 as a rule,
   * 0 for the hour a spring-forward skips, 2 for the hour a fall-back repeats.
   */
  hoursSeen: Uint8Array;
  total: Float64Array;
  byChannel: Map<Platform, Float64Array>;
}

/** Counts the arrivals in [windowStart, end): `weeks` weeks of the desk's clock before `end`. */
export function countByWeekAndSlot(
  arrivals: readonly { at: number; channel: Platform }[],
  zone: IANAZone,
  window: { start: number; end: number; weeks: number },
): WeeklyHistory {
  const { start, end, weeks } = window;
  const endWall = end + zone.offset(end) * 60_000;
  const hoursSeen = new Uint8Array(weeks * WEEK_SLOTS);
  const cellOfHour = localHours(zone, start, Math.ceil((end - start) / HOUR_MS)).map((hour) => {
    // Weeks are counted back on the wall clock, as Luxon's minus({ weeks }) does.
    const week = Math.ceil((endWall - hour.wall) / WEEK_MS) - 1;
    if (week < 0 || week >= weeks) return -1;
    const cell = week * WEEK_SLOTS + slotOf(hour.weekday, hour.hour);
    hoursSeen[cell]! += 1;
    return cell;
  });

  const total = new Float64Array(weeks * WEEK_SLOTS);
  const byChannel = new Map<Platform, Float64Array>();
  for (const { at, channel } of arrivals) {
    if (!(at >= start && at < end)) continue;
    const cell = cellOfHour[Math.floor((at - start) / HOUR_MS)] ?? -1;
    if (cell < 0) continue;
    total[cell]! += 1;
    let counts = byChannel.get(channel);
    if (!counts) byChannel.set(channel, (counts = new Float64Array(weeks * WEEK_SLOTS)));
    counts[cell]! += 1;
  }
  return { weeks, hoursSeen, total, byChannel };
}
