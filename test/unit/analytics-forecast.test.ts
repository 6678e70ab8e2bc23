import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  forecastArrivals,
  MIN_FORECAST_WEEKS,
  type Arrival,
  type Forecast,
  type ForecastHour,
} from '@/lib/analytics/forecast';
import { countBand } from '@/lib/analytics/count-band';
import type { Platform } from '@/lib/db/constants';

const ZONE = 'America/New_York';
const HOUR = 3_600_000;
const WEEK = 168 * HOUR;
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const clockOf = (at: number) => DateTime.fromMillis(at, { zone: ZONE });

/**
 * The known weekly pattern, on New York's clock: Monday to Friday 9:00–16:59 bring 10 an hour
 * (7 on X, 3 on Facebook); Sunday 3:00–5:59 brings nothing; every other hour 2, all on X.
 */
function pattern(weekday: number, hour: number): Partial<Record<Platform, number>> {
  if (weekday <= 5 && hour >= 9 && hour < 17) return { x: 7, facebook: 3 };
  if (weekday === 7 && hour >= 3 && hour < 6) return {};
  return { x: 2 };
}
const patternTotal = (weekday: number, hour: number) =>
  Object.values(pattern(weekday, hour)).reduce((sum, n) => sum + n, 0);

/** Arrivals of every real hour in [from, to), spread evenly inside the hour. */
function history(
  from: number,
  to: number,
  perHour: (start: number) => Partial<Record<Platform, number>>,
): Arrival[] {
  const arrivals: Arrival[] = [];
  for (let start = from; start < to; start += HOUR) {
    for (const [channel, count] of Object.entries(perHour(start)) as [Platform, number][]) {
      for (let i = 0; i < count; i++)
        arrivals.push({ at: start + ((i + 0.5) * HOUR) / count, channel });
    }
  }
  return arrivals;
}
const patterned = (from: number, to: number) =>
  history(from, to, (start) => pattern(clockOf(start).weekday, clockOf(start).hour));

function forecastOf(result: Forecast) {
  if (result.kind !== 'forecast') throw new Error(result.message);
  return result;
}

/** A deterministic generator (mulberry32) and Poisson draws from it (Knuth's method). */
function poissonDraws(seed: number) {
  let state = seed;
  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (mean: number) => {
    const limit = Math.exp(-mean);
    let count = 0;
    for (let product = uniform(); product > limit; product *= uniform()) count++;
    return count;
  };
}

describe('the forecast on a known weekly pattern (issue 10)', () => {
  // Eight weeks before Wednesday 18 November 2026 hold the fall-back of 1 November.
  const now = local('2026-11-18T10:20');
  const historyStart = local('2026-09-01T00:00');
  const result = forecastOf(
    forecastArrivals({ arrivals: patterned(historyStart, now), now, timeZone: ZONE, historyStart }),
  );

  it('covers the next 168 hours from the next hour, eight weeks of history', () => {
    expect(result.weeksUsed).toBe(8);
    expect(result.bandLevel).toBe(0.8);
    expect(result.from).toBe(local('2026-11-18T11:00'));
    expect(result.to).toBe(local('2026-11-25T11:00'));
    expect(result.total).toHaveLength(168);
    expect(result.total.map((h) => h.start)).toEqual(
      Array.from({ length: 168 }, (_, i) => result.from + i * HOUR),
    );
  });

  it('reads weekday and hour on the desk’s clock, and expects the pattern exactly', () => {
    for (const hour of result.total) {
      expect([hour.weekday, hour.hour]).toEqual([
        clockOf(hour.start).weekday,
        clockOf(hour.start).hour,
      ]);
      expect(hour.expected).toBe(patternTotal(hour.weekday, hour.hour));
    }
    const mondayAtNine = result.total.find((h) => h.start === local('2026-11-23T09:00'))!;
    expect(mondayAtNine).toMatchObject({ weekday: 1, hour: 9, expected: 10 });
    // The fall-back week saw Sunday 1:00 twice: still 2 an hour, not 4.
    expect(result.total.find((h) => h.weekday === 7 && h.hour === 1)!.expected).toBe(2);
  });

  it('splits the channels 70/30 in working hours and keeps Facebook at 0 outside them', () => {
    const x = result.byChannel.x!;
    const facebook = result.byChannel.facebook!;
    expect(Object.keys(result.byChannel).sort()).toEqual(['facebook', 'x']);
    result.total.forEach((hour, i) => {
      const expected = pattern(hour.weekday, hour.hour);
      expect(x[i]!.expected).toBe(expected.x ?? 0);
      expect(facebook[i]!.expected).toBe(expected.facebook ?? 0);
    });
  });

  it('puts a band around each hour that holds the pattern and never goes below 0', () => {
    for (const series of [result.total, result.byChannel.x!, result.byChannel.facebook!]) {
      for (const hour of series) {
        expect(hour.low).toBeGreaterThanOrEqual(0);
        expect(hour.low).toBeLessThanOrEqual(hour.expected);
        expect(hour.high).toBeGreaterThanOrEqual(hour.expected);
        if (hour.expected > 0) expect(hour.high).toBeGreaterThan(hour.low);
      }
    }
    // Eight equal weeks: only Poisson noise, widened by the uncertainty of the mean (×1.16);
    // the negative binomial with mean 10 and variance 11.6 has 10th/90th percentiles 6 and 14.
    expect(result.total.find((h) => h.expected === 10)).toMatchObject({ low: 6, high: 14 });
  });

  it('expects 0 with a band of 0 to 0 where no week had anything', () => {
    const quiet = result.total.filter((h) => h.weekday === 7 && h.hour >= 3 && h.hour < 6);
    expect(quiet).toHaveLength(3);
    for (const hour of quiet) expect(hour).toMatchObject({ expected: 0, low: 0, high: 0 });
  });

  it('adds the band of the total from the total’s own history, not from the channels’ bands', () => {
    const i = result.total.findIndex((h) => h.expected === 10);
    const [x, facebook] = [result.byChannel.x![i]!, result.byChannel.facebook![i]!];
    expect(result.total[i]!.high).toBeLessThan(x.high + facebook.high);
  });
});

describe('the forecast across daylight saving changes', () => {
  it('lists the repeated fall-back hour twice and keeps 168 real hours', () => {
    const now = local('2026-10-28T10:20');
    const historyStart = local('2026-08-01T00:00');
    const result = forecastOf(
      forecastArrivals({
        arrivals: patterned(historyStart, now),
        now,
        timeZone: ZONE,
        historyStart,
      }),
    );
    expect(result.total).toHaveLength(168);
    // One real hour fewer on the wall clock: the week ends at 10:00, not 11:00.
    expect(result.to).toBe(local('2026-11-04T10:00'));
    const sundayOne = result.total.filter((h) => h.weekday === 7 && h.hour === 1);
    expect(sundayOne.map((h) => h.start)).toEqual([
      Date.UTC(2026, 10, 1, 5),
      Date.UTC(2026, 10, 1, 6),
    ]);
    expect(sundayOne.map((h) => h.expected)).toEqual([2, 2]);
  });

  it('has no 2:00 on the spring-forward Sunday, and the week without it does not halve it', () => {
    const historyStart = local('2026-01-01T00:00');
    // The forecast's week holds 8 March, whose 2:00 never happened.
    const now = local('2026-03-04T10:20');
    const arrivals = patterned(historyStart, now);
    const result = forecastOf(forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart }));
    expect(result.total).toHaveLength(168);
    expect(result.to).toBe(local('2026-03-11T12:00'));
    expect(result.total.filter((h) => h.weekday === 7 && h.hour === 2)).toEqual([]);
    expect(result.total.filter((h) => h.weekday === 7 && h.hour === 3)).toHaveLength(1);

    // Now the history's eight weeks hold it.
    const later = local('2026-03-25T10:20');
    const afterSpring = forecastOf(
      forecastArrivals({
        arrivals: patterned(historyStart, later),
        now: later,
        timeZone: ZONE,
        historyStart,
      }),
    );
    expect(afterSpring.total.find((h) => h.weekday === 7 && h.hour === 2)!.expected).toBe(2);
  });
});

describe('too little history', () => {
  const historyStart = local('2026-11-03T15:00');

  it('says plainly how much it needs, how much it has, and when the forecast starts', () => {
    const now = local('2026-11-26T12:00');
    expect(
      forecastArrivals({
        arrivals: patterned(historyStart, now),
        now,
        timeZone: ZONE,
        historyStart,
      }),
    ).toEqual({
      kind: 'too-little-history',
      weeksOfHistory: 3,
      weeksNeeded: MIN_FORECAST_WEEKS,
      message:
        'Casebook needs 4 weeks of captures to forecast; it has 3 weeks (since 3 Nov). ' +
        'The forecast starts on 1 Dec.',
    });
  });

  it('forecasts from the first hour that completes four weeks, on the wall clock', () => {
    const arrivals = patterned(historyStart, local('2026-12-01T15:00'));
    const before = forecastArrivals({
      arrivals,
      now: local('2026-12-01T14:59'),
      timeZone: ZONE,
      historyStart,
    });
    expect(before).toMatchObject({ kind: 'too-little-history', weeksOfHistory: 3 });
    const at = forecastArrivals({
      arrivals,
      now: local('2026-12-01T15:00'),
      timeZone: ZONE,
      historyStart,
    });
    expect(at).toMatchObject({ kind: 'forecast', weeksUsed: 4 });
  });

  it('speaks of one week and of no history at all', () => {
    const now = local('2026-11-12T09:00');
    const oneWeek = forecastArrivals({ arrivals: [], now, timeZone: ZONE, historyStart });
    expect(oneWeek.kind === 'too-little-history' && oneWeek.message).toContain('it has 1 week (');
    const none = forecastArrivals({ arrivals: [], now, timeZone: ZONE, historyStart: now + HOUR });
    expect(none).toMatchObject({
      weeksOfHistory: 0,
      message: 'Casebook needs 4 weeks of captures to forecast; it has none yet.',
    });
  });
});

describe('weighting and the window', () => {
  // June: no DST change in sight.
  const now = local('2026-06-17T10:30');
  const hourStart = local('2026-06-17T10:00');

  it('follows growth: 10, 12, 14, 16 an hour over four weeks gives 13.57, not the plain 13', () => {
    const historyStart = hourStart - 4 * WEEK;
    const arrivals = history(historyStart, hourStart, (start) => ({
      x: 16 - 2 * Math.floor((hourStart - 1 - start) / WEEK),
    }));
    const result = forecastOf(forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart }));
    // Each week back weighs 2^(-1/3) of the next: (16 + 14r + 12r² + 10r³) / (1 + r + r² + r³).
    const r = 2 ** (-1 / 3);
    const weighted = (16 + 14 * r + 12 * r ** 2 + 10 * r ** 3) / (1 + r + r ** 2 + r ** 3);
    expect(weighted).toBeCloseTo(13.57, 2);
    for (const hour of result.total) expect(hour.expected).toBe(13.57);
  });

  it('uses the latest eight weeks, and nothing from before them or from the current hour', () => {
    const historyStart = hourStart - 12 * WEEK;
    const arrivals = [
      ...history(historyStart, hourStart - 8 * WEEK, () => ({ youtube: 50 })),
      ...history(hourStart - 8 * WEEK, hourStart, () => ({ reddit: 3 })),
      ...history(hourStart, hourStart + HOUR, () => ({ reddit: 500 })),
    ];
    const result = forecastOf(forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart }));
    expect(result.weeksUsed).toBe(8);
    expect(Object.keys(result.byChannel)).toEqual(['reddit']);
    expect(new Set(result.total.map((h) => h.expected))).toEqual(new Set([3]));
    const shorter = forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart, maxWeeks: 5 });
    expect(shorter).toMatchObject({ kind: 'forecast', weeksUsed: 5 });
  });

  it('widens the band where weeks differ more than Poisson noise', () => {
    const historyStart = hourStart - 8 * WEEK;
    const arrivals = history(historyStart, hourStart, (start) => ({
      x: Math.floor((hourStart - 1 - start) / WEEK) % 2 === 0 ? 15 : 5,
    }));
    const hour = forecastOf(forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart }))
      .total[0]!;
    expect(hour.expected).toBeGreaterThan(10);
    expect(hour.high - hour.low).toBeGreaterThan(14 - 6);
    expect(countBand(10, 10)).toEqual({ low: 6, high: 14 });
  });

  it('holds about 80 % of a next week drawn from the same Poisson rates', () => {
    const historyStart = hourStart - 8 * WEEK;
    const draw = poissonDraws(20261118);
    const rate = (start: number) => patternTotal(clockOf(start).weekday, clockOf(start).hour);
    const arrivals = history(historyStart, hourStart, (start) => ({ x: draw(rate(start)) }));
    const result = forecastOf(forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart }));
    const inside = result.total.filter((hour: ForecastHour) => {
      const actual = draw(rate(hour.start));
      return actual >= hour.low && actual <= hour.high;
    });
    // Inclusive ends of a discrete band, and the mean's own uncertainty: a little above 80 %.
    expect(inside.length / 168).toBeGreaterThan(0.75);
    expect(inside.length / 168).toBeLessThan(0.98);
  });

  it('takes 100,000 arrivals in one pass (a sanity check of size; bench measures speed)', () => {
    const historyStart = hourStart - 8 * WEEK;
    const channels: Platform[] = ['x', 'facebook', 'instagram', 'reddit'];
    const arrivals = Array.from({ length: 100_000 }, (_, i) => ({
      at: historyStart + (i * 8 * WEEK) / 100_000,
      channel: channels[i % channels.length]!,
    }));
    const result = forecastOf(forecastArrivals({ arrivals, now, timeZone: ZONE, historyStart }));
    const weekTotal = result.total.reduce((sum, hour) => sum + hour.expected, 0);
    expect(Math.abs(weekTotal - 100_000 / 8)).toBeLessThan(50);
    expect(Object.keys(result.byChannel)).toHaveLength(4);
  });

  it('refuses a time zone it does not know', () => {
    expect(() =>
      forecastArrivals({ arrivals: [], now, timeZone: 'Mars/Olympus', historyStart: 0 }),
    ).toThrow('Unknown time zone "Mars/Olympus"');
  });
});
