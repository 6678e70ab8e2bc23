import { addWorkingTime, workingTimeBetween, type Schedule } from './business-time';

/** A stretch when the clock stood still (the case waited on the customer). `to` null: still waiting. */
export interface Pause {
  from: number;
  to: number | null;
}

export interface SlaClockInput {
  /** When the clock started (capture, or the customer's last message for next-response). */
  startedAt: number;
  /** The target, in working time. */
  targetMs: number;
  schedule: Schedule;
  pauses: readonly Pause[];
  now: number;
  /** Share of the target used (0–1) from which the case shows "at risk". */
  atRiskShare: number;
}

export type SlaState = 'on-track' | 'at-risk' | 'breached' | 'paused';

export interface SlaClock {
  state: SlaState;
  /** Working time used so far, pauses excluded. */
  usedMs: number;
  /** Working time left (negative once breached). */
  leftMs: number;
  /** When the target falls (or fell) due, if nothing pauses the clock again; null while paused. */
  dueAt: number | null;
}

/**
 * When the target falls due: the target after the start, pushed back by each pause that
 * began before the (so far) due moment. A pause after a breach does not move it.
 */
function dueMoment({ startedAt, targetMs, schedule, pauses, now }: SlaClockInput): number {
  let due = addWorkingTime(startedAt, targetMs, schedule);
  for (const pause of [...pauses].sort((a, b) => a.from - b.from)) {
    if (pause.from >= due) break;
    const from = Math.max(pause.from, startedAt);
    const to = Math.min(pause.to ?? now, now);
    due = addWorkingTime(due, workingTimeBetween(from, to, schedule), schedule);
  }
  return due;
}

/**
 * Where an SLA clock stands: working time used since it started, less the time it was
 * paused, against its target. Pure: the same input always gives the same answer, so the
 * sidebar, the queue and the tests agree.
 */
export function slaClock(input: SlaClockInput): SlaClock {
  const { startedAt, targetMs, schedule, now } = input;
  const pausedNow = input.pauses.some((p) => p.from <= now && (p.to === null || p.to > now));
  const paused = input.pauses.reduce((sum, p) => {
    const from = Math.max(p.from, startedAt);
    const to = Math.min(p.to ?? now, now);
    return sum + workingTimeBetween(from, to, schedule);
  }, 0);
  const usedMs = Math.max(0, workingTimeBetween(startedAt, now, schedule) - paused);
  const leftMs = targetMs - usedMs;
  const state: SlaState =
    leftMs < 0
      ? 'breached'
      : pausedNow
        ? 'paused'
        : usedMs >= targetMs * input.atRiskShare
          ? 'at-risk'
          : 'on-track';
  return {
    state,
    usedMs,
    leftMs,
    dueAt: pausedNow && leftMs >= 0 ? null : dueMoment(input),
  };
}
