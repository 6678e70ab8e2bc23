import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  workingTimeBetween,
  type Schedule,
  type WorkingHours,
} from '@/lib/cases/business-time';
import { slaClock } from '@/lib/cases/sla';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const nineToFive = { open: '09:00', close: '17:00' };

const berlin = (holidays: string[] = []): Schedule => ({
  kind: 'working-hours',
  hours: {
    timeZone: 'Europe/Berlin',
    week: {
      1: nineToFive,
      2: nineToFive,
      3: nineToFive,
      4: nineToFive,
      5: nineToFive,
      6: null,
      7: null,
    },
    holidays,
  } satisfies WorkingHours,
});

/** A local wall-clock time in a zone, as epoch ms. */
const at = (iso: string, zone = 'Europe/Berlin') => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number, zone = 'Europe/Berlin') =>
  DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('addWorkingTime', () => {
  it('a Friday 16:30 capture with a 1-hour target is due Monday 09:30 (Mon–Fri 9–17 Berlin)', () => {
    expect(local(addWorkingTime(at('2026-11-20T16:30'), HOUR, berlin()))).toBe('2026-11-23T09:30');
  });

  it('counts around the clock for a 24/7 policy', () => {
    const start = at('2026-11-21T23:30');
    expect(addWorkingTime(start, HOUR, { kind: 'always' })).toBe(start + HOUR);
  });

  it('starts at opening time when captured before it, and skips holidays', () => {
    expect(local(addWorkingTime(at('2026-12-23T07:00'), 30 * MINUTE, berlin()))).toBe(
      '2026-12-23T09:30',
    );
    // Thursday 24 and Friday 25 are holidays: from Wednesday 16:00, 2 h runs into Monday.
    const due = addWorkingTime(
      at('2026-12-23T16:00'),
      2 * HOUR,
      berlin(['2026-12-24', '2026-12-25']),
    );
    expect(local(due)).toBe('2026-12-28T10:00');
  });

  it('keeps wall-clock hours across a DST change (EU clocks go forward on 29 March 2026)', () => {
    const due = addWorkingTime(at('2026-03-27T16:30'), HOUR, berlin());
    expect(local(due)).toBe('2026-03-30T09:30');
    // 09:30 CEST is 07:30 UTC (it was 08:30 UTC the Monday before).
    expect(new Date(due).toISOString()).toBe('2026-03-30T07:30:00.000Z');
    const autumn = addWorkingTime(at('2026-10-23T16:30'), HOUR, berlin());
    expect(new Date(autumn).toISOString()).toBe('2026-10-26T08:30:00.000Z');
  });

  it('24/7 across DST is plain elapsed time, not wall-clock', () => {
    const start = at('2026-03-29T01:30');
    const due = addWorkingTime(start, HOUR, { kind: 'always' });
    expect(local(due)).toBe('2026-03-29T03:30'); // 02:00 does not exist that night
  });

  it('works in other zones, e.g. a desk in New York', () => {
    const ny: Schedule = {
      kind: 'working-hours',
      hours: { ...(berlin() as { hours: WorkingHours }).hours, timeZone: 'America/New_York' },
    };
    expect(
      local(
        addWorkingTime(at('2026-11-20T16:30', 'America/New_York'), HOUR, ny),
        'America/New_York',
      ),
    ).toBe('2026-11-23T09:30');
  });

  it('refuses an unknown time zone clearly', () => {
    const bad: Schedule = {
      kind: 'working-hours',
      hours: { ...(berlin() as { hours: WorkingHours }).hours, timeZone: 'Mars/Olympus' },
    };
    expect(() => addWorkingTime(0, HOUR, bad)).toThrow('Unknown time zone "Mars/Olympus"');
  });

  it('stops on a calendar that is never open instead of looping for ever', () => {
    const closed: Schedule = {
      kind: 'working-hours',
      hours: {
        timeZone: 'UTC',
        week: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null },
        holidays: [],
      },
    };
    expect(() => addWorkingTime(0, HOUR, closed)).toThrow(/no open time/);
  });
});

describe('workingTimeBetween', () => {
  it('counts only open hours', () => {
    expect(workingTimeBetween(at('2026-11-20T16:00'), at('2026-11-23T10:00'), berlin())).toBe(
      2 * HOUR,
    );
    expect(workingTimeBetween(at('2026-11-21T10:00'), at('2026-11-22T10:00'), berlin())).toBe(0);
    expect(workingTimeBetween(at('2026-11-23T10:00'), at('2026-11-20T10:00'), berlin())).toBe(0);
  });

  it('is the inverse of addWorkingTime', () => {
    const start = at('2026-11-19T15:10');
    for (const minutes of [1, 50, 170, 480, 1000, 5000]) {
      const due = addWorkingTime(start, minutes * MINUTE, berlin());
      expect(workingTimeBetween(start, due, berlin())).toBe(minutes * MINUTE);
    }
  });
});

describe('slaClock', () => {
  const base = {
    startedAt: at('2026-11-23T09:00'),
    targetMs: 4 * HOUR,
    schedule: berlin(),
    pauses: [],
    atRiskShare: 0.75,
  };

  it('on track, then at risk past the share, then breached', () => {
    expect(slaClock({ ...base, now: at('2026-11-23T10:00') })).toMatchObject({
      state: 'on-track',
      usedMs: HOUR,
      leftMs: 3 * HOUR,
      dueAt: at('2026-11-23T13:00'),
    });
    expect(slaClock({ ...base, now: at('2026-11-23T12:00') }).state).toBe('at-risk');
    expect(slaClock({ ...base, now: at('2026-11-23T13:30') })).toMatchObject({
      state: 'breached',
      leftMs: -30 * MINUTE,
      dueAt: at('2026-11-23T13:00'),
    });
  });

  it('stands still while the case waits on the customer, and resumes after', () => {
    const waiting = { from: at('2026-11-23T10:00'), to: null };
    expect(slaClock({ ...base, pauses: [waiting], now: at('2026-11-23T15:00') })).toMatchObject({
      state: 'paused',
      usedMs: HOUR,
      dueAt: null,
    });
    const answered = { from: at('2026-11-23T10:00'), to: at('2026-11-23T15:00') };
    expect(slaClock({ ...base, pauses: [answered], now: at('2026-11-23T16:00') })).toMatchObject({
      state: 'on-track',
      usedMs: 2 * HOUR,
      dueAt: at('2026-11-24T10:00'), // 2 h left: 16–17 today, then 9–10 tomorrow
    });
  });

  it('the clock does not run overnight or at the weekend', () => {
    const clock = slaClock({
      ...base,
      startedAt: at('2026-11-20T16:00'),
      now: at('2026-11-23T09:30'),
    });
    expect(clock.usedMs).toBe(90 * MINUTE);
  });

  it('a breach is not undone by waiting afterwards: the due time stays where it was', () => {
    const clock = slaClock({
      ...base,
      targetMs: HOUR,
      pauses: [{ from: at('2026-11-23T11:00'), to: at('2026-11-23T14:00') }],
      now: at('2026-11-23T15:00'),
    });
    expect(clock.state).toBe('breached');
    expect(clock.dueAt).toBe(at('2026-11-23T10:00'));
  });
});
