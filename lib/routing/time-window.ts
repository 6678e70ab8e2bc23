import { DateTime } from 'luxon';
import type { TimeWindow } from './rule-schema';

/**
 * Whether a moment falls in a routing rule's time window, read on the window's wall clock
 * (Luxon, so DST changes are the zone's own: on the spring-forward day the skipped hour never
 * matches, on the fall-back day the repeated hour matches twice).
 */

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const minutesOf = (hhmm: string) => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return hour * 60 + minute;
};
const dayName = (weekday: number) => WEEKDAY_NAMES[weekday - 1] ?? '?';

export interface WindowCheck {
  inside: boolean;
  /** "Fri 23:10 in Europe/Berlin": the moment as the window reads it. */
  local: string;
}

export function checkTimeWindow(at: number, window: TimeWindow): WindowCheck {
  const local = DateTime.fromMillis(at, { zone: window.timeZone });
  // An unknown zone or a moment that is not one: the schema refuses the first, hostile
  // input brings the second; neither may throw mid-routing.
  if (!local.isValid) return { inside: false, local: `an unreadable time in ${window.timeZone}` };
  const minute = local.hour * 60 + local.minute;
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const on = (weekday: number) => window.days.includes(weekday);
  const previousDay = local.weekday === 1 ? 7 : local.weekday - 1;
  const inside =
    start < end
      ? on(local.weekday) && minute >= start && minute < end
      : (minute >= start && on(local.weekday)) || (minute < end && on(previousDay));
  return {
    inside,
    local: `${dayName(local.weekday)} ${local.toFormat('HH:mm')} in ${window.timeZone}`,
  };
}

/** "22:00–06:00 Fri, Sat"; the days are left out when the window holds every day. */
export function describeWindow(window: TimeWindow): string {
  const hours = `${window.start}–${window.end}`;
  if (window.days.length === 7) return hours;
  return `${hours} ${[...window.days]
    .sort((a, b) => a - b)
    .map(dayName)
    .join(', ')}`;
}
