import { IANAZone } from 'luxon';

/**
 * Consecutive hours read on the desk's wall clock (issue 10: hour of day and day of week are
 * the desk's, DST included). Hours step by one real hour, so a spring-forward hour that does
 * not exist never appears and a fall-back hour appears twice, each with its own start.
 */

export const HOUR_MS = 3_600_000;
const DAY_HOURS = 24;

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface LocalHour {
  /** Epoch ms of the hour's start. */
  start: number;
  /** ISO weekday on the desk's clock: 1 = Monday … 7 = Sunday. */
  weekday: Weekday;
  hour: number;
  /** The wall-clock time as if it were UTC: local arithmetic without a zone. */
  wall: number;
}

/** The zone, or an error naming it: a forecast in the wrong zone would look right and be wrong. */
export function zoneNamed(timeZone: string): IANAZone {
  if (!IANAZone.isValidZone(timeZone)) throw new Error(`Unknown time zone "${timeZone}"`);
  return IANAZone.create(timeZone);
}

/** `count` hours from `from` (an hour start on the desk's clock). */
export function localHours(zone: IANAZone, from: number, count: number): LocalHour[] {
  const offsets = hourlyOffsets(zone, from, count);
  return offsets.map((offsetMinutes, index) => {
    const start = from + index * HOUR_MS;
    const wall = start + offsetMinutes * 60_000;
    const clock = new Date(wall);
    const day = clock.getUTCDay();
    return { start, weekday: (day === 0 ? 7 : day) as Weekday, hour: clock.getUTCHours(), wall };
  });
}

/**
 * The zone's offset in minutes at each hour. Asking Luxon costs about 15 µs a time, so it is
 * asked a day apart and, only where the offset differs, bisected to the hour it changed:
 * zones change their offset at most a few times a year, never twice in a day.
 */
function hourlyOffsets(zone: IANAZone, from: number, count: number): number[] {
  const offsetAt = (index: number) => zone.offset(from + index * HOUR_MS);
  const offsets = new Array<number>(count);
  let first = 0;
  while (first < count) {
    const current = offsetAt(first);
    let same = first;
    let differs = Math.min(first + DAY_HOURS, count - 1);
    if (offsetAt(differs) === current) same = differs;
    else {
      while (differs - same > 1) {
        const middle = (same + differs) >> 1;
        if (offsetAt(middle) === current) same = middle;
        else differs = middle;
      }
    }
    offsets.fill(current, first, same + 1);
    first = same + 1;
  }
  return offsets;
}
