/**
 * When a reply to the customer may be recorded, and whether one already was. Zod-free and
 * pure, so the sidebar (which offers "Mark replied" and the reply box) and the background
 * (which refuses) apply the same rule.
 */
import { isOpenStatus, type CaseStatus } from '../db/constants';

/**
 * Why a reply cannot be recorded for a case in this status, or null when it can. A
 * resolved or closed case has no response clock left to stop: reopen it first, so its
 * history says the conversation went on.
 */
export function replyRefusal(status: CaseStatus): string | null {
  return isOpenStatus(status)
    ? null
    : `This case is ${status}: reopen it before recording a reply.`;
}

/** The part of a history entry this reads (CaseEvent, without the schema library). */
interface HistoryEntry {
  at: number;
  type: string;
  to: string | null;
}

/**
 * The newest reply recorded at or after `since` (e.g. sent with "Open & insert" while the
 * group view was open), or null. Its `to` says how ("replied on X").
 */
export function replySince<T extends HistoryEntry>(history: readonly T[], since: number): T | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    // Not stopping at the first older entry: clocks of two machines need not agree.
    if (entry.type === 'reply' && entry.at >= since) return entry;
  }
  return null;
}
