import type { CasebookDatabase } from '../db/database';
import { liveRecord } from '../db/records';
import { isTestimonialWorthy } from '../feedback/positive';
import { FEEDBACK_REQUEST_TEXT } from '../feedback/request';
import { FeedbackError, feedbackRefusal, recordFeedback, requestFeedback } from '../feedback/store';
import { saveFeedbackTestimonial } from '../feedback/testimonial';
import type { Handlers } from '../messages/router';
import { replyContextOf } from '../replies/context';
import { fillReply, replyProblems } from '../replies/fill';
import { readSettings } from '../settings';
import type { FollowUpReminders } from './followup-alarms';
import { putIntoReplyBox, type ReplyHandlerDeps } from './reply-handlers';

type FeedbackRequest = 'feedback.request' | 'feedback.record' | 'testimonial.fromFeedback';

interface Deps extends Pick<
  ReplyHandlerDeps,
  'db' | 'focus' | 'replies' | 'hub' | 'agent' | 'now'
> {
  reminders: FollowUpReminders;
}

/** The feedback request's words for a case: the team's saved reply, else the built-in one. */
async function requestText(db: CasebookDatabase, caseId: string, agent: string) {
  const record = await liveRecord(db.cases, 'case', caseId);
  const refusal = feedbackRefusal(record);
  if (refusal) throw new FeedbackError(refusal);
  const { feedback } = await readSettings(db);
  const chosen = feedback.replyId ? await db.savedReplies.get(feedback.replyId) : undefined;
  const body = chosen && !chosen.deleted ? chosen.body : FEEDBACK_REQUEST_TEXT[feedback.scale];
  const filled = fillReply(body, replyContextOf(record, agent));
  const problem = replyProblems(filled)[0];
  if (problem) throw new FeedbackError(`The feedback request was not put in: ${problem}`);
  return { record, text: filled.text, checkAfterHours: feedback.checkAfterHours };
}

/**
 * Feedback after resolution (issue 12): the request goes into the post's reply box for
 * the agent to send (never sent by Casebook) and is noted with a follow-up to look for the
 * answer; the answer is kept on the case; a clearly positive one may become a testimonial.
 */
export function feedbackHandlers(deps: Deps): Pick<Handlers, FeedbackRequest> {
  const { db, hub } = deps;
  const actor = () => ({ by: deps.agent(), now: deps.now() });
  return {
    'feedback.request': async ({ caseId }, sender) => {
      const { record, text, checkAfterHours } = await requestText(db, caseId, deps.agent());
      // Into the page first: nothing is noted when the reply box could not take it.
      const { tabId } = await putIntoReplyBox(deps, record, text, sender);
      const asked = await requestFeedback(db, caseId, checkAfterHours, actor());
      await deps.reminders.refresh();
      await hub.pushAll();
      return { record: asked.record, tabId };
    },
    'feedback.record': async ({ caseId, rating, comment, source }) => {
      const record = await recordFeedback(db, caseId, { rating, comment, source }, actor());
      await deps.reminders.refresh();
      await hub.pushAll();
      return { record, offerTestimonial: isTestimonialWorthy({ rating, comment, source }) };
    },
    'testimonial.fromFeedback': async ({ caseId }) => {
      const saved = await saveFeedbackTestimonial(db, caseId, actor());
      await hub.pushAll();
      return saved;
    },
  };
}
