import { DateTime } from 'luxon';
import type { Platform } from '@/lib/db/constants';
import { BAND_LEVEL } from './count-band';
import { HOUR_MS, localHours, zoneNamed, type Weekday } from './local-hours';
import { slotOutlooks, weekWeights } from './slot-outlook';
import { countByWeekAndSlot, slotOf, WEEK_SLOTS } from './weekly-history';

/**
 * Expected captures per channel for the next 7 days, by hour of day and day of week on the
 * desk's clock, with an 80 % band (issue 10). Pure: the dashboard passes in the arrivals.
 */

/** Fewer weeks than this and an hour of the week has too few past values to say anything. */
export const MIN_FORECAST_WEEKS = 4;
/** Two months: older weeks weigh little (slot-outlook.ts) and describe a different desk. */
export const DEFAULT_FORECAST_WEEKS = 8;

export interface Arrival {
  at: number;
  channel: Platform;
}

export interface ForecastHour {
  /** Epoch ms of the hour's start. */
  start: number;
  weekday: Weekday;
  hour: number;
  expected: number;
  low: number;
  high: number;
}

export type Forecast =
  | { kind: 'too-little-history'; weeksOfHistory: number; weeksNeeded: number; message: string }
  | {
      kind: 'forecast';
      weeksUsed: number;
      /** The forecast's hours: [from, to). */
      from: number;
      to: number;
      total: ForecastHour[];
      byChannel: Partial<Record<Platform, ForecastHour[]>>;
      bandLevel: number;
    };

export function forecastArrivals(input: {
  arrivals: readonly Arrival[];
  now: number;
  timeZone: string;
  /** When the desk's history begins: its first recorded event. */
  historyStart: number;
  maxWeeks?: number;
}): Forecast {
  const zone = zoneNamed(input.timeZone);
  const hourStart = DateTime.fromMillis(input.now, { zone }).startOf('hour');
  if (!hourStart.isValid) throw new Error(`No time to forecast from: ${input.now}`);
  const history = DateTime.fromMillis(input.historyStart, { zone });
  const weeksOfHistory = wholeWeeks(history, hourStart);
  if (weeksOfHistory < MIN_FORECAST_WEEKS) {
    return tooLittleHistory(history, hourStart, weeksOfHistory);
  }

  const maxWeeks = Math.floor(input.maxWeeks ?? DEFAULT_FORECAST_WEEKS);
  const weeks = Math.min(weeksOfHistory, Math.max(MIN_FORECAST_WEEKS, maxWeeks));
  const end = hourStart.toMillis();
  const window = { start: hourStart.minus({ weeks }).toMillis(), end, weeks };
  const counted = countByWeekAndSlot(input.arrivals, zone, window);
  const weights = weekWeights(weeks);
  // The current hour is still filling up: the forecast starts at the next one.
  const horizon = localHours(zone, end + HOUR_MS, WEEK_SLOTS);
  const forecastFrom = (counts: Float64Array) => {
    const outlooks = slotOutlooks(counts, counted.hoursSeen, weights);
    return horizon.map(({ start, weekday, hour }) => ({
      start,
      weekday,
      hour,
      ...outlooks[slotOf(weekday, hour)]!,
    }));
  };
  return {
    kind: 'forecast',
    weeksUsed: weeks,
    from: horizon[0]!.start,
    to: horizon[horizon.length - 1]!.start + HOUR_MS,
    // The total's band comes from the total's own past: channels move together (a campaign
    // lifts them all), so adding the channels' bands would misstate it.
    total: forecastFrom(counted.total),
    byChannel: Object.fromEntries(
      [...counted.byChannel].map(([channel, counts]) => [channel, forecastFrom(counts)]),
    ),
    bandLevel: BAND_LEVEL,
  };
}

/** Whole weeks on the desk's clock from the history's start to the current hour. */
function wholeWeeks(history: DateTime, hourStart: DateTime): number {
  if (!history.isValid || history.toMillis() > hourStart.toMillis()) return 0;
  const fits = (weeks: number) => history.plus({ weeks }).toMillis() <= hourStart.toMillis();
  // Milliseconds give the count to within one week (DST); the wall clock settles it.
  let weeks = Math.floor(hourStart.diff(history).as('weeks'));
  while (weeks > 0 && !fits(weeks)) weeks--;
  while (fits(weeks + 1)) weeks++;
  return weeks;
}

function tooLittleHistory(
  history: DateTime,
  hourStart: DateTime,
  weeksOfHistory: number,
): Forecast {
  const needs = `Casebook needs ${weeksText(MIN_FORECAST_WEEKS)} of captures to forecast`;
  if (!history.isValid || history.toMillis() > hourStart.toMillis()) {
    return {
      kind: 'too-little-history',
      weeksOfHistory,
      weeksNeeded: MIN_FORECAST_WEEKS,
      message: `${needs}; it has none yet.`,
    };
  }
  const ready = history.plus({ weeks: MIN_FORECAST_WEEKS });
  const firstHour = ready.equals(ready.startOf('hour'))
    ? ready
    : ready.startOf('hour').plus({ hours: 1 });
  const date = (moment: DateTime) =>
    moment.setLocale('en-US').toFormat(moment.year === hourStart.year ? 'd LLL' : 'd LLL yyyy');
  return {
    kind: 'too-little-history',
    weeksOfHistory,
    weeksNeeded: MIN_FORECAST_WEEKS,
    message:
      `${needs}; it has ${weeksText(weeksOfHistory)} (since ${date(history)}). ` +
      `The forecast starts on ${date(firstHour)}.`,
  };
}

const weeksText = (weeks: number) => `${weeks} week${weeks === 1 ? '' : 's'}`;
