import { describe, expect, it } from 'vitest';
import {
  alarmChanges,
  alarmName,
  alarmsFor,
  badgeText,
  parseAlarmName,
  planAlarms,
  REPLAN_ALARM,
  reminderFor,
  spanText,
  type PlannableFollowUp,
} from '@/lib/followups/reminders';
import { remindAtOf } from '@/lib/followups/store';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.UTC(2026, 10, 23, 9, 0);

function followUp(overrides: Partial<PlannableFollowUp & { text: string }> = {}) {
  const dueAt = overrides.dueAt ?? NOW + 24 * HOUR;
  return {
    id: 'f1',
    status: 'pending' as const,
    dueAt,
    remindAt: remindAtOf(dueAt, 60),
    snoozedUntil: null,
    remindedAt: null,
    dueNotifiedAt: null,
    text: "Thanks Dana, we'll get back to you within 24 hours.",
    phrase: "we'll get back to you within 24 hours",
    ...overrides,
  };
}

describe('alarm planning', () => {
  it('plans a "before" alarm at the lead time and a "due" alarm at the due time', () => {
    expect(alarmsFor(followUp(), NOW)).toEqual([
      { name: 'followup:f1:before', when: NOW + 23 * HOUR },
      { name: 'followup:f1:due', when: NOW + 24 * HOUR },
    ]);
    // A 15-minute lead time moves only the reminder.
    const short = followUp({ remindAt: remindAtOf(NOW + 24 * HOUR, 15) });
    expect(alarmsFor(short, NOW)[0]!.when).toBe(NOW + 24 * HOUR - 15 * MIN);
  });

  it('skips a reminder time already past or already shown', () => {
    // Due in 30 minutes with a 60-minute lead: only the "due" alarm.
    const soon = followUp({ dueAt: NOW + 30 * MIN, remindAt: remindAtOf(NOW + 30 * MIN, 60) });
    expect(alarmsFor(soon, NOW).map((a) => a.name)).toEqual(['followup:f1:due']);
    const shown = followUp({ remindedAt: NOW - MIN });
    expect(alarmsFor(shown, NOW).map((a) => a.name)).toEqual(['followup:f1:due']);
    // A lead time of 0 gives no separate reminder.
    const zero = followUp({ remindAt: NOW + 24 * HOUR });
    expect(alarmsFor(zero, NOW).map((a) => a.name)).toEqual(['followup:f1:due']);
  });

  it('fires "due" at once for an overdue follow-up never notified, and never again', () => {
    const overdue = followUp({ dueAt: NOW - 3 * HOUR, remindAt: NOW - 4 * HOUR });
    expect(alarmsFor(overdue, NOW)).toEqual([{ name: 'followup:f1:due', when: NOW }]);
    expect(alarmsFor({ ...overdue, dueNotifiedAt: NOW - 3 * HOUR }, NOW)).toEqual([]);
  });

  it("plans only the due moment of a teammate's follow-up, and nothing once it has passed", () => {
    expect(alarmsFor(followUp(), NOW, false)).toEqual([
      { name: 'followup:f1:due', when: NOW + 24 * HOUR },
    ]);
    const overdue = followUp({ dueAt: NOW - 3 * HOUR, remindAt: NOW - 4 * HOUR });
    expect(alarmsFor(overdue, NOW, false)).toEqual([]);
    expect(alarmsFor({ ...overdue, snoozedUntil: NOW + HOUR }, NOW, false)).toEqual([]);
    const plan = planAlarms([followUp(), followUp({ id: 'f2' })], NOW, 10, (f) => f.id === 'f1');
    expect(plan.map((a) => a.name)).toEqual([
      'followup:f1:before',
      'followup:f1:due',
      'followup:f2:due',
    ]);
  });

  it('a snooze holds reminders back until it ends, and keeps the due-time alarm', () => {
    // Snoozed over the reminder time: no "before", an "again" when the snooze ends.
    const overReminder = followUp({ snoozedUntil: NOW + 23.5 * HOUR });
    expect(alarmsFor(overReminder, NOW)).toEqual([
      { name: 'followup:f1:due', when: NOW + 24 * HOUR },
      { name: 'followup:f1:again', when: NOW + 23.5 * HOUR },
    ]);
    // Overdue and snoozed: nothing at once, "again" at the end of the snooze.
    const overdue = followUp({
      dueAt: NOW - HOUR,
      remindAt: NOW - 2 * HOUR,
      snoozedUntil: NOW + HOUR,
    });
    expect(alarmsFor(overdue, NOW)).toEqual([{ name: 'followup:f1:again', when: NOW + HOUR }]);
    // A snooze that has ended is as if there was none.
    expect(alarmsFor({ ...overdue, snoozedUntil: NOW - MIN }, NOW)).toEqual([
      { name: 'followup:f1:due', when: NOW },
    ]);
  });

  it('done, missed and dismissed follow-ups have no alarms, so their alarms are cleared', () => {
    for (const status of ['done', 'missed', 'dismissed'] as const) {
      expect(alarmsFor(followUp({ status }), NOW)).toEqual([]);
    }
    const existing = [
      { name: 'followup:f1:before', scheduledTime: NOW + 23 * HOUR },
      { name: 'followup:f1:due', scheduledTime: NOW + 24 * HOUR },
      { name: 'sla-recompute', scheduledTime: NOW }, // not ours: left alone
    ];
    const changes = alarmChanges(existing, planAlarms([followUp({ status: 'done' })], NOW));
    expect(changes).toEqual({ clear: ['followup:f1:before', 'followup:f1:due'], create: [] });
  });

  it('changes only what differs from the alarms already there', () => {
    const existing = [
      { name: 'followup:f1:before', scheduledTime: NOW + 23 * HOUR },
      { name: 'followup:f1:due', scheduledTime: NOW + 20 * HOUR }, // the due time moved
      { name: 'followup:gone:due', scheduledTime: NOW },
    ];
    const plan = planAlarms([followUp(), followUp({ id: 'f2' })], NOW);
    const { clear, create } = alarmChanges(existing, plan);
    expect(clear).toEqual(['followup:gone:due']);
    expect(create.map((a) => a.name)).toEqual([
      'followup:f2:before',
      'followup:f1:due',
      'followup:f2:due',
    ]);
  });

  it('keeps the soonest alarms under the browser limit and replans at the last one', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      followUp({ id: `f${i}`, dueAt: NOW + (i + 2) * HOUR, remindAt: NOW + (i + 2) * HOUR }),
    );
    const plan = planAlarms(many, NOW, 4);
    expect(plan).toEqual([
      { name: 'followup:f0:due', when: NOW + 2 * HOUR },
      { name: 'followup:f1:due', when: NOW + 3 * HOUR },
      { name: 'followup:f2:due', when: NOW + 4 * HOUR },
      { name: REPLAN_ALARM, when: NOW + 4 * HOUR },
    ]);
  });

  it('plans in epoch ms, so a DST change moves nothing (Berlin, 25 Oct 2026)', () => {
    // Due 24 hours after 09:00 UTC the day before the clocks go back: 24 h of real time,
    // though the wall clock shows 10:00 then 09:00 local.
    const before = Date.UTC(2026, 9, 24, 9, 0);
    const f = followUp({ dueAt: before + 24 * HOUR, remindAt: remindAtOf(before + 24 * HOUR, 60) });
    expect(alarmsFor(f, before).map((a) => a.when - before)).toEqual([23 * HOUR, 24 * HOUR]);
  });

  it('names alarms so they parse back, and refuses other names', () => {
    const name = alarmName('0190a3c4-7b1e-7cc2-9f00-1234567890ab', 'again');
    expect(parseAlarmName(name)).toEqual({
      followUpId: '0190a3c4-7b1e-7cc2-9f00-1234567890ab',
      kind: 'again',
    });
    expect(parseAlarmName(REPLAN_ALARM)).toBeNull();
    expect(parseAlarmName('followup:a:b:due')).toBeNull();
    expect(parseAlarmName('sla:1:due')).toBeNull();
  });
});

describe('reminders', () => {
  it('says how soon, how late, and what was promised', () => {
    const f = followUp();
    expect(reminderFor(f, 'before', NOW + 23 * HOUR)).toEqual({
      title: 'Follow-up due in 60 min',
      message: "Thanks Dana, we'll get back to you within 24 hours.",
      shown: 'before',
    });
    expect(reminderFor(f, 'due', NOW + 24 * HOUR)?.title).toBe('Follow-up due now');
    expect(reminderFor(f, 'due', NOW + 27 * HOUR)).toMatchObject({
      title: 'Follow-up overdue by 3 h',
      shown: 'due',
    });
    // A snooze ending before the due time is a "due soon" reminder, after it a "due" one.
    expect(reminderFor(f, 'again', NOW + 20 * HOUR)?.shown).toBe('before');
    expect(reminderFor(f, 'again', NOW + 30 * HOUR)?.shown).toBe('due');
  });

  it('shows nothing for a finished, snoozed or already reminded follow-up', () => {
    expect(reminderFor(followUp({ status: 'done' }), 'due', NOW + 25 * HOUR)).toBeNull();
    expect(
      reminderFor(followUp({ snoozedUntil: NOW + 26 * HOUR }), 'due', NOW + 25 * HOUR),
    ).toBeNull();
    expect(reminderFor(followUp({ remindedAt: NOW }), 'before', NOW + 23 * HOUR)).toBeNull();
    expect(reminderFor(followUp({ dueNotifiedAt: NOW }), 'due', NOW + 25 * HOUR)).toBeNull();
    // A "before" alarm that fires late, after the due time, leaves it to the "due" one.
    expect(reminderFor(followUp(), 'before', NOW + 25 * HOUR)).toBeNull();
  });

  it('keeps a long promise short in the notification', () => {
    const r = reminderFor(followUp({ text: 'word '.repeat(200) }), 'due', NOW + 25 * HOUR);
    expect(r!.message.length).toBe(240);
    expect(r!.message.endsWith('…')).toBe(true);
  });

  it('badge text counts overdue follow-ups, empty at none', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
    expect(spanText(45 * MIN)).toBe('45 min');
    expect(spanText(50 * HOUR)).toBe('2 days');
  });
});
