/**
 * Alerts for what concerns this agent (issue 12, point 3): a VIP or P1 case captured by
 * someone else in the team (pulled by sync). "Assigned to you" (lib/sync/assigned-to-me.ts)
 * and follow-up reminders (lib/followups/reminders.ts) exist already; the settings below
 * turn each of the three kinds off. Pure: the background shows what these decide.
 */
import { z } from '../zod';
import type { AssignmentNotice } from '../sync/assigned-to-me';
import type { CasebookEvent } from '../db/schema';
import { sameAgent } from '../cases/actor';

export const AlertSettingsSchema = z.object({
  /** "Case C-… assigned to you", when the team gives you a case (sync). */
  assignedToMe: z.boolean().default(true),
  /** Reminders of your follow-ups coming due, due and snoozed. */
  followUpDue: z.boolean().default(true),
  /** A VIP or P1 case captured by someone else in the team (sync). */
  hotCapture: z.boolean().default(true),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;
export const DEFAULT_ALERT_SETTINGS: AlertSettings = AlertSettingsSchema.parse({});

export const ALERT_LABELS: Record<keyof AlertSettings, string> = {
  assignedToMe: 'A case is assigned to me',
  followUpDue: 'My follow-up is coming due or due',
  hotCapture: 'A VIP or P1 case is captured by someone else',
};

/** A pulled 'case.created' event, with what the notice says of its case. */
export interface PulledCapture {
  event: Pick<CasebookEvent, 'caseId' | 'by' | 'data'>;
  ref: string | null;
  priority: string | null;
  vip: boolean;
  /** "@dana_r". */
  customer: string | null;
}

/** More at once than this, and one summary says how many instead. */
export const MAX_CAPTURE_NOTICES = 3;

/** "P1", "VIP", "P1 VIP": what makes the capture worth an alert; null when nothing does. */
export function hotMark(capture: PulledCapture): string | null {
  const p1 = capture.priority === 'P1' || capture.event.data.priority === 'P1';
  const vip = capture.vip || capture.event.data.vip === true;
  return [p1 ? 'P1' : null, vip ? 'VIP' : null].filter(Boolean).join(' ') || null;
}

/**
 * The notices for a round's pulled captures: VIP or P1 cases someone else captured.
 * Nothing with the alert off, and nothing on joining a team (the first pull brings every
 * case the team ever had). Notice ids are "captured:<caseId>" (a click opens the case).
 */
export function hotCaptureNotices(
  captures: readonly PulledCapture[],
  context: { me: string; joining: boolean; settings: Pick<AlertSettings, 'hotCapture'> },
): AssignmentNotice[] {
  if (context.joining || !context.settings.hotCapture) return [];
  const hot = captures
    .filter((c) => c.event.caseId && !sameAgent(c.event.by, context.me))
    .map((c) => ({ capture: c, mark: hotMark(c) }))
    .filter((c): c is { capture: PulledCapture; mark: string } => c.mark !== null);
  if (hot.length > MAX_CAPTURE_NOTICES) {
    return [
      {
        id: 'captured:many',
        caseId: null,
        title: `${hot.length} VIP or P1 cases captured`,
        message: hot.map(({ capture }) => capture.ref ?? 'a case').join(', '),
      },
    ];
  }
  return hot.map(({ capture, mark }) => ({
    id: `captured:${capture.event.caseId}`,
    caseId: capture.event.caseId,
    title: `${mark} case ${capture.ref ?? ''} captured`.replace(/\s+/g, ' '),
    message: `By ${capture.event.by}${capture.customer ? `: ${capture.customer}` : ''}`,
  }));
}

/**
 * Whether a follow-up is this agent's: every one when not in a team; in a team, only their
 * own (a lead pulls everyone's; the owner's browser reminds the owner).
 */
export function isMine(
  followUp: { owner: string },
  context: { me: string; inTeam: boolean },
): boolean {
  return !context.inTeam || sameAgent(followUp.owner, context.me);
}

/**
 * Whether a follow-up's reminder is for this agent: with the alert on, and, in a team, only
 * their own follow-ups (see isMine).
 */
export function remindsMe(
  followUp: { owner: string },
  context: { me: string; inTeam: boolean; settings: Pick<AlertSettings, 'followUpDue'> },
): boolean {
  if (!context.settings.followUpDue) return false;
  return isMine(followUp, context);
}
