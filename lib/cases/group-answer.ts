import type { CasebookDatabase } from '../db/database';
import type { CaseStatus } from '../db/schema';
import type { Actor } from './actor';
import { CaseNotFoundError } from './change';
import { ChecklistIncompleteError, recordReply, setCaseStatus } from './edit';

/** What a group answer may move each case to; no status keeps each case as it is. */
export const GROUP_ANSWER_STATUSES = ['waiting', 'resolved'] as const;
export type GroupAnswerStatus = (typeof GROUP_ANSWER_STATUSES)[number];

export interface GroupAnswer {
  caseIds: readonly string[];
  /** The saved reply's name (or "written for this group"), recorded in each history. */
  replyName: string;
  status?: GroupAnswerStatus;
}

export type GroupOutcomeError = {
  code: 'not-found' | 'checklist-incomplete' | 'failed';
  message: string;
};

/** What happened to one case of the group. */
export interface GroupOutcome {
  caseId: string;
  /** Null when the case does not exist. */
  ref: string | null;
  /** The reply is recorded in the case's history. */
  replied: boolean;
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
        : 'failed',
  message: error instanceof Error ? error.message : String(error),
});

export const groupReplyWhat = (replyName: string) => `group answer "${replyName.trim()}"`;

/**
 * Answers a group once: each case records the reply in its own history (its first or
 * next response), then moves to the chosen status. Each case is changed in its own
 * transactions, so a case that is missing, or may not be resolved yet (required
 * checklist steps open), fails alone and says why; the others go ahead.
 */
export async function answerGroup(
  db: CasebookDatabase,
  answer: GroupAnswer,
  actor: Actor,
): Promise<GroupOutcome[]> {
  const outcomes: GroupOutcome[] = [];
  for (const caseId of new Set(answer.caseIds)) {
    const outcome: GroupOutcome = { caseId, ref: null, replied: false, status: null, error: null };
    outcomes.push(outcome);
    try {
      const replied = await recordReply(db, caseId, groupReplyWhat(answer.replyName), actor);
      Object.assign(outcome, { ref: replied.ref, replied: true, status: replied.status });
      if (answer.status && answer.status !== replied.status) {
        const moved = await setCaseStatus(db, caseId, answer.status, actor);
        outcome.status = moved.status;
      }
    } catch (error) {
      outcome.error = errorOf(error);
      if (outcome.error.code === 'checklist-incomplete') {
        outcome.error.message = `The reply is recorded; the case is not ${answer.status} yet. ${outcome.error.message}`;
      }
    }
  }
  return outcomes;
}
