import type { CasebookDatabase } from '../db/database';
import type { CaseStatus } from '../db/schema';
import type { Actor } from './actor';
import { CaseNotFoundError } from './change';
import {
  ChecklistIncompleteError,
  recordReplyUnlessSince,
  ReplyRefusedError,
  setCaseStatus,
} from './edit';

/** What a group answer may move each case to; no status keeps each case as it is. */
export const GROUP_ANSWER_STATUSES = ['waiting', 'resolved'] as const;
export type GroupAnswerStatus = (typeof GROUP_ANSWER_STATUSES)[number];

export interface GroupAnswer {
  caseIds: readonly string[];
  /** The saved reply's name (or "written for this group"), recorded in each history. */
  replyName: string;
  status?: GroupAnswerStatus;
  /**
   * When the agent started on this group (the group view opened, or last answered). A
   * case whose reply was recorded since (sent with "Open & insert", or marked replied)
   * is not recorded again: each reply counts once. The status still applies.
   */
  since?: number;
}

export type GroupOutcomeError = {
  code: 'not-found' | 'checklist-incomplete' | 'reply-refused' | 'failed';
  message: string;
};

/** What happened to one case of the group. */
export interface GroupOutcome {
  caseId: string;
  /** Null when the case does not exist. */
  ref: string | null;
  /** The reply is recorded in the case's history. */
  replied: boolean;
  /** How the case was already answered since the group was started ("replied on X"). */
  already: string | null;
  /** The case's status afterwards; null when it does not exist. */
  status: CaseStatus | null;
  /** Why the case is not (fully) done; null when it is. */
  error: GroupOutcomeError | null;
}

const errorOf = (error: unknown): GroupOutcomeError => ({
  code:
    error instanceof CaseNotFoundError
      ? 'not-found'
      : error instanceof ChecklistIncompleteError
        ? 'checklist-incomplete'
        : error instanceof ReplyRefusedError
          ? 'reply-refused'
          : 'failed',
  message: error instanceof Error ? error.message : String(error),
});

export const groupReplyWhat = (replyName: string) => `group answer "${replyName.trim()}"`;

/**
 * Answers a group once: each case records the reply in its own history (its first or
 * next response) unless it was answered since `answer.since`, then moves to the chosen
 * status. Each case is changed in its own transactions, so a case that is missing, may
 * not take a reply (resolved, closed) or may not be resolved yet (required checklist
 * steps open) fails alone and says why; the others go ahead.
 */
export async function answerGroup(
  db: CasebookDatabase,
  answer: GroupAnswer,
  actor: Actor,
): Promise<GroupOutcome[]> {
  const outcomes: GroupOutcome[] = [];
  // No `since`: nothing counts as answered already (a reply recorded "now" is this one).
  const since = answer.since ?? Infinity;
  for (const caseId of new Set(answer.caseIds)) {
    const outcome: GroupOutcome = {
      caseId,
      ref: null,
      replied: false,
      already: null,
      status: null,
      error: null,
    };
    outcomes.push(outcome);
    try {
      const { record, already } = await recordReplyUnlessSince(
        db,
        caseId,
        groupReplyWhat(answer.replyName),
        since,
        actor,
      );
      Object.assign(outcome, {
        ref: record.ref,
        replied: !already,
        already,
        status: record.status,
      });
      if (answer.status && answer.status !== record.status) {
        const moved = await setCaseStatus(db, caseId, answer.status, actor);
        outcome.status = moved.status;
      }
    } catch (error) {
      outcome.error = errorOf(error);
      if (outcome.error.code === 'checklist-incomplete') {
        const done = outcome.replied ? 'The reply is recorded' : 'The case was answered already';
        outcome.error.message = `${done}; the case is not ${answer.status} yet. ${outcome.error.message}`;
      }
    }
  }
  return outcomes;
}

/** What an outcome says about the reply, in plain words. */
export function replyOutcomeText(outcome: Pick<GroupOutcome, 'replied' | 'already'>): string {
  if (outcome.replied) return 'reply recorded';
  if (!outcome.already) return 'nothing recorded';
  // "replied on X" → "already replied on X"; other sources keep their own words.
  return /^replied\b/.test(outcome.already)
    ? `already ${outcome.already}`
    : `already answered (${outcome.already})`;
}
