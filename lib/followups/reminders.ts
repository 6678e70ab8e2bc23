import type { FollowUp } from '../db/schema';

/**
 * Planning of follow-up reminders: which browser alarms should exist for the pending
 * follow-ups at a moment, and what a reminder says. Pure, over epoch ms: the background
 * (lib/background/followup-alarms.ts) makes the browser's alarms match the plan.
 *
 * - `followup:<id>:before` at remindAt ("due soon"), unless already shown, past, or
 *   inside a snooze;
 * - `followup:<id>:due` at dueAt while it is still to come (the badge changes then too),
 *   or at once for an overdue follow-up whose "due" reminder was never shown;
 * - `followup:<id>:again` when a snooze ends.
 *
 * A teammate's follow-up (in a lead's browser) gets only its `due` alarm while to come.
 */

export type AlarmKind = 'before' | 'due' | 'again';
export const ALARM_PREFIX = 'followup:';
/** Set at the last planned alarm when the plan was cut at MAX_ALARMS: plans the rest. */
export const REPLAN_ALARM = 'followup:replan';
/** Chromium keeps at most 500 alarms per extension; leave room for other features. */
export const MAX_ALARMS = 400;

export interface PlannedAlarm {
  name: string;
  when: number;
}

export type PlannableFollowUp = Pick<
  FollowUp,
  'id' | 'status' | 'dueAt' | 'remindAt' | 'snoozedUntil' | 'remindedAt' | 'dueNotifiedAt'
>;

export const alarmName = (followUpId: string, kind: AlarmKind) =>
  `${ALARM_PREFIX}${followUpId}:${kind}`;

export const isFollowUpAlarm = (name: string) => name.startsWith(ALARM_PREFIX);

/** The follow-up and kind an alarm is for, or null when it is not a follow-up's alarm. */
export function parseAlarmName(name: string): { followUpId: string; kind: AlarmKind } | null {
  const match = /^followup:([^:]{1,64}):(before|due|again)$/.exec(name);
  return match ? { followUpId: match[1]!, kind: match[2] as AlarmKind } : null;
}

const snoozedAt = (followUp: PlannableFollowUp, now: number) =>
  followUp.snoozedUntil !== null && followUp.snoozedUntil > now;

/**
 * The alarms one follow-up needs at `now`. A teammate's (`mine` false: a lead's browser
 * pulls everyone's) needs only its due moment, for the badge and the stream: its reminders
 * are the owner's browser's, and nothing here marks them shown.
 */
export function alarmsFor(followUp: PlannableFollowUp, now: number, mine = true): PlannedAlarm[] {
  if (followUp.status !== 'pending') return [];
  if (!mine)
    return followUp.dueAt > now
      ? [{ name: alarmName(followUp.id, 'due'), when: followUp.dueAt }]
      : [];
  const snoozed = snoozedAt(followUp, now);
  const planned: PlannedAlarm[] = [];
  const { remindAt, dueAt, snoozedUntil } = followUp;
  if (
    followUp.remindedAt === null &&
    remindAt > now &&
    remindAt < dueAt &&
    !(snoozed && remindAt < snoozedUntil!)
  ) {
    planned.push({ name: alarmName(followUp.id, 'before'), when: remindAt });
  }
  if (dueAt > now) planned.push({ name: alarmName(followUp.id, 'due'), when: dueAt });
  else if (!snoozed && followUp.dueNotifiedAt === null) {
    planned.push({ name: alarmName(followUp.id, 'due'), when: now });
  }
  if (snoozed) planned.push({ name: alarmName(followUp.id, 'again'), when: snoozedUntil! });
  return planned;
}

/**
 * Every alarm the pending follow-ups need, soonest first, at most `max`; when the plan is
 * cut, a replan alarm at the last one kept plans the rest once those have fired. `mine`
 * tells this agent's follow-ups from teammates' (every one is theirs when absent).
 */
export function planAlarms<F extends PlannableFollowUp>(
  followUps: readonly F[],
  now: number,
  max = MAX_ALARMS,
  mine: (followUp: F) => boolean = () => true,
): PlannedAlarm[] {
  const all = followUps.flatMap((followUp) => alarmsFor(followUp, now, mine(followUp)));
  all.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
  if (all.length <= max) return all;
  const kept = all.slice(0, max - 1);
  return [...kept, { name: REPLAN_ALARM, when: kept.at(-1)?.when ?? now }];
}

/** Which of our alarms to clear and which to (re)create so the browser's match the plan. */
export function alarmChanges(
  existing: readonly { name: string; scheduledTime: number }[],
  planned: readonly PlannedAlarm[],
): { clear: string[]; create: PlannedAlarm[] } {
  const wanted = new Map(planned.map((alarm) => [alarm.name, alarm.when]));
  const have = new Map(
    existing.filter((a) => isFollowUpAlarm(a.name)).map((a) => [a.name, a.scheduledTime]),
  );
  return {
    clear: [...have.keys()].filter((name) => !wanted.has(name)),
    create: planned.filter((alarm) => have.get(alarm.name) !== alarm.when),
  };
}

/** The toolbar badge for a number of overdue follow-ups: empty at none. */
export const badgeText = (overdue: number): string =>
  overdue <= 0 ? '' : overdue > 99 ? '99+' : String(overdue);

/** "45 min", "3 h", "2 days": how far a time is, for a reminder's title. */
export function spanText(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

export interface Reminder {
  title: string;
  message: string;
  /** What to record as shown, so the reminder is not shown again after a restart. */
  shown: 'before' | 'due';
}

type RemindableFollowUp = PlannableFollowUp & Pick<FollowUp, 'text' | 'phrase'>;

/**
 * What an alarm should show now, or null when nothing (the follow-up is finished,
 * snoozed, or this reminder was already shown).
 */
export function reminderFor(
  followUp: RemindableFollowUp,
  kind: AlarmKind,
  now: number,
): Reminder | null {
  if (followUp.status !== 'pending' || snoozedAt(followUp, now)) return null;
  const due = followUp.dueAt <= now;
  if (kind === 'before' && (due || followUp.remindedAt !== null)) return null;
  if (kind === 'due' && (!due || followUp.dueNotifiedAt !== null)) return null;
  const late = now - followUp.dueAt;
  const title = !due
    ? `Follow-up due in ${spanText(followUp.dueAt - now)}`
    : late < 60_000
      ? 'Follow-up due now'
      : `Follow-up overdue by ${spanText(late)}`;
  const message = (followUp.text || followUp.phrase).replace(/\s+/g, ' ').trim();
  return {
    title,
    message: message.length > 240 ? `${message.slice(0, 239)}…` : message,
    shown: due ? 'due' : 'before',
  };
}
