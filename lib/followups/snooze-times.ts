/**
 * The snooze choices the agent is offered for a follow-up: in an hour, tomorrow at 9:00
 * (the agent's local morning, so the reminder comes back at the start of their day), or a
 * time they pick. Pure; times are epoch ms, "local" is the zone the Date runs in.
 */

const HOUR_MS = 3_600_000;
/** The hour "tomorrow morning" means. */
export const MORNING_HOUR = 9;

export interface SnoozeChoice {
  id: 'hour' | 'tomorrow';
  label: string;
  until: number;
}

/** 9:00 local on the day after `now`'s (DST-safe: set by calendar fields, not by adding 24 h). */
export function tomorrowMorning(now: number): number {
  const at = new Date(now);
  at.setDate(at.getDate() + 1);
  at.setHours(MORNING_HOUR, 0, 0, 0);
  return at.getTime();
}

export function snoozeChoices(now: number): SnoozeChoice[] {
  return [
    { id: 'hour', label: 'For 1 hour', until: now + HOUR_MS },
    { id: 'tomorrow', label: `Tomorrow ${MORNING_HOUR}:00`, until: tomorrowMorning(now) },
  ];
}

/** `<input type="datetime-local">` reads and writes local "YYYY-MM-DDTHH:MM". */
export function toLocalInput(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** The moment a datetime-local value names, or null when it names none. */
export function fromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(value).getTime();
  return Number.isFinite(at) ? at : null;
}

/** Why a picked snooze time cannot be used, or null when it can. */
export function snoozeProblem(until: number | null, now: number): string | null {
  if (until === null) return 'Pick a date and a time.';
  if (until <= now) return 'Pick a time still to come.';
  return null;
}

/** "in 3 h", "overdue by 40 min": how far a due time is from now. */
export function timeLeft(dueAt: number, now: number): { text: string; overdue: boolean } {
  const minutes = Math.round((dueAt - now) / 60_000);
  const m = Math.abs(minutes);
  const span =
    m < 60 ? `${m} min` : m < 48 * 60 ? `${Math.round(m / 60)} h` : `${Math.round(m / 1440)} days`;
  return minutes < 0
    ? { text: `overdue by ${span}`, overdue: true }
    : { text: `in ${span}`, overdue: false };
}
