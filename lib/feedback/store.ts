/**
 * Feedback after resolution (issue 12, point 2), on the case record: asking for it (with
 * a follow-up to look for the answer) and recording the customer's rating. Each is one
 * transaction with its history entry and its event, so the analytics and the activity
 * stream see it as it happened.
 */
import type { CasebookDatabase } from '../db/database';
import { isOpenStatus } from '../db/constants';
import type { Case, CasebookEvent } from '../db/schema';
import { newId } from '../ids';
import type { Actor } from '../cases/actor';
import { changeCase } from '../cases/change';
import { createFollowUps, markFollowUpDone } from '../followups/store';
import { markAnalyticsStale } from '../analytics/stale';
import { ratingText, scoreOf } from './rating';
import {
  NO_FEEDBACK,
  type CaseFeedback,
  type FeedbackRating,
  type FEEDBACK_SOURCES,
} from './rating-schema';

/** Feedback asked of a case that is not finished, or recorded on the wrong scale… */
export class FeedbackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedbackError';
  }
}

const HOUR = 3_600_000;

// Everything the case change and the follow-up's own store touch, in one transaction.
const TABLES = (db: CasebookDatabase) => [
  db.cases,
  db.events,
  db.counters,
  db.settings,
  db.followUps,
  db.analyticsMarks,
];

/** Why feedback cannot be asked for (or recorded) yet, or null. */
export function feedbackRefusal(
  record: Pick<Case, 'status' | 'ref'>,
  doing = 'asking how it went',
): string | null {
  return isOpenStatus(record.status)
    ? `Case ${record.ref} is ${record.status}: resolve it before ${doing}.`
    : null;
}

function feedbackEvent(
  type: 'case.feedbackRequested' | 'case.feedback',
  caseId: string,
  data: CasebookEvent['data'],
  actor: Actor,
): CasebookEvent {
  return { id: newId(), at: actor.now, by: actor.by, type, caseId, data };
}

/**
 * Notes on a resolved case that feedback was asked for, and makes the follow-up to look
 * for the answer `checkAfterHours` later (owned by the agent who asked). Asking again
 * keeps the first follow-up while it is pending.
 */
export async function requestFeedback(
  db: CasebookDatabase,
  caseId: string,
  checkAfterHours: number,
  actor: Actor,
): Promise<{ record: Case; followUpId: string | null }> {
  return db.transaction('rw', TABLES(db), () =>
    askInTransaction(db, caseId, checkAfterHours, actor),
  );
}

async function askInTransaction(
  db: CasebookDatabase,
  caseId: string,
  checkAfterHours: number,
  actor: Actor,
): Promise<{ record: Case; followUpId: string | null }> {
  const before = await db.cases.get(caseId);
  const refusal = before && !before.deleted ? feedbackRefusal(before) : null;
  if (refusal) throw new FeedbackError(refusal);
  const had = before?.feedback?.followUpId ?? null;
  const pending = had ? (await db.followUps.get(had))?.status === 'pending' : false;
  const followUpId = pending
    ? had
    : ((
        await createFollowUps(
          db,
          {
            caseId,
            customerKey: null,
            owner: actor.by,
            text: 'Asked the customer how it went.',
            source: 'feedback',
            where: before?.permalink ?? null,
            promises: [
              {
                phrase: 'look for the customer\u2019s feedback',
                dueAt: new Date(actor.now + checkAfterHours * HOUR),
              },
            ],
            confirmed: true,
          },
          actor,
        )
      ).created[0]?.id ?? null);
  const record = await changeCase(
    db,
    caseId,
    actor.now,
    (current) => ({
      ...current,
      updatedAt: actor.now,
      feedback: {
        ...(current.feedback ?? NO_FEEDBACK),
        requestedAt: actor.now,
        requestedBy: actor.by,
        followUpId,
      },
      history: [
        ...current.history,
        { at: actor.now, by: actor.by, type: 'feedback', from: null, to: 'asked for feedback' },
      ],
    }),
    async () => {
      await db.events.add(feedbackEvent('case.feedbackRequested', caseId, {}, actor));
    },
  );
  return { record, followUpId };
}

export interface FeedbackAnswer {
  rating: FeedbackRating;
  comment: string;
  source: (typeof FEEDBACK_SOURCES)[number];
}

/**
 * Keeps the customer's rating and comment on the case (a later answer replaces an
 * earlier one, both in the history), and marks the feedback follow-up done.
 */
export async function recordFeedback(
  db: CasebookDatabase,
  caseId: string,
  answer: FeedbackAnswer,
  actor: Actor,
): Promise<Case> {
  return db.transaction('rw', TABLES(db), () => recordInTransaction(db, caseId, answer, actor));
}

async function recordInTransaction(
  db: CasebookDatabase,
  caseId: string,
  answer: FeedbackAnswer,
  actor: Actor,
): Promise<Case> {
  const record = await changeCase(
    db,
    caseId,
    actor.now,
    (current): Case => {
      const refusal = feedbackRefusal(current, 'recording how it went');
      if (refusal) throw new FeedbackError(refusal);
      const feedback: CaseFeedback = {
        ...(current.feedback ?? NO_FEEDBACK),
        rating: answer.rating,
        comment: answer.comment.trim(),
        source: answer.source,
        recordedAt: actor.now,
        recordedBy: actor.by,
      };
      const said = `rated ${ratingText(answer.rating)}${answer.source === 'reply' ? ' (from the reply)' : ''}`;
      return {
        ...current,
        updatedAt: actor.now,
        feedback,
        history: [
          ...current.history,
          { at: actor.now, by: actor.by, type: 'feedback', from: null, to: said.slice(0, 200) },
        ],
      };
    },
    async (before) => {
      // The earlier rating's day is counted again without it (facts.ts keeps the latest).
      const earlier = before.feedback?.recordedAt;
      if (earlier) await markAnalyticsStale(db, earlier);
      const data = {
        score: scoreOf(answer.rating),
        scale: answer.rating.scale,
        value: answer.rating.value,
        source: answer.source,
      };
      await db.events.add(feedbackEvent('case.feedback', caseId, data, actor));
    },
  );
  const followUpId = record.feedback?.followUpId;
  const followUp = followUpId ? await db.followUps.get(followUpId) : undefined;
  if (followUp && (followUp.status === 'pending' || followUp.status === 'missed')) {
    const text = `Feedback recorded: ${ratingText(answer.rating)}`;
    await markFollowUpDone(db, followUp.id, { kind: 'note', text }, actor);
  }
  return record;
}
