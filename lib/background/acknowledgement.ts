import type { CaptureResult } from '../cases/capture';
import type { CasebookDatabase } from '../db/database';
import { PLATFORM_LABELS } from '../db/constants';
import { replyContextOf } from '../replies/context';
import { fillReply, replyProblems } from '../replies/fill';
import type { FocusStore } from './focus-store';
import type { ReplyInserter } from './reply-inserter';
import type { AcknowledgementNotice } from '../routing/outcome';

export interface AcknowledgerDeps {
  db: CasebookDatabase;
  inserter: Pick<ReplyInserter, 'insertInTab'>;
  /** The agent, for {agent} (see agentSignature). */
  agent: () => string;
  /** The latest notice per tab, read by the sidebar hub. */
  notices: Pick<FocusStore<AcknowledgementNotice>, 'set'>;
  /** Shows the tab's sidebar the notice. */
  push: (tabId: number) => Promise<void>;
}

/**
 * After a capture whose routing rule names an acknowledgement (issue 11, point 4): the
 * saved reply, filled for the new case, goes into the captured post's own reply box in the
 * capturing tab, as the sidebar's Reply section would put it there. It is never sent: the
 * agent reviews it and presses the site's button, and from there it is any inserted reply
 * (recorded when sent, its promises caught). Whatever goes wrong here, the capture stands;
 * the sidebar says what happened. A reply with a placeholder the case cannot fill is not
 * inserted, as the Reply section would not insert it either.
 */
export function createAcknowledger(deps: AcknowledgerDeps) {
  const { db } = deps;

  const prefill = async (tabId: number, capture: CaptureResult, postId: string) => {
    const replyId = capture.routing?.acknowledgementReplyId;
    const record = await db.cases.get(capture.caseId);
    if (!capture.created || !replyId || !record) return null;
    const reply = await db.savedReplies.get(replyId);
    if (!reply || reply.deleted) {
      const gone = 'Acknowledgement not prefilled: the saved reply the rule names is gone.';
      return refused(capture.caseId, gone);
    }
    const not = `Acknowledgement \u201c${reply.name}\u201d not prefilled:`;
    const filled = fillReply(reply.body, replyContextOf(record, deps.agent()));
    const problem = replyProblems(filled)[0];
    if (problem) return refused(capture.caseId, `${not} ${problem}`);
    try {
      await deps.inserter.insertInTab(tabId, { caseId: record.id, text: filled.text, postId });
    } catch (error) {
      const why = error instanceof Error ? error.message : 'the page did not take it';
      return refused(capture.caseId, `${not} ${why}`);
    }
    const site = PLATFORM_LABELS[record.channel];
    return {
      caseId: record.id,
      inserted: true,
      message: `Acknowledgement \u201c${reply.name}\u201d is in the reply box: review it and press Reply on ${site}.`,
    };
  };

  /** Prefills and tells the tab's sidebar; never throws (a capture never fails for it). */
  return async (
    tabId: number,
    capture: CaptureResult,
    postId: string,
  ): Promise<AcknowledgementNotice | null> => {
    let notice: AcknowledgementNotice | null;
    try {
      notice = await prefill(tabId, capture, postId);
      if (notice) {
        await deps.notices.set(tabId, notice);
        await deps.push(tabId);
      }
    } catch (error) {
      console.warn('Casebook: the acknowledgement could not be prefilled', error);
      notice = null;
    }
    return notice;
  };
}

const refused = (caseId: string, message: string): AcknowledgementNotice => ({
  caseId,
  inserted: false,
  message,
});
