import { siteOfSender } from './sender-site';
import {
  CaseNotFoundError,
  recordReply,
  recordReplyUnlessSince,
  ReplyRefusedError,
} from '../cases/edit';
import { catchPromises } from '../followups/catch';
import { replyRefusal } from '../cases/reply-rules';
import { agentSignature } from '../replies/context';
import type { CasebookDatabase } from '../db/database';
import { PLATFORM_LABELS, postKey, type Case } from '../db/schema';
import { isOpenStatus } from '../db/constants';
import type { Handlers, Sender } from '../messages/router';
import { replyPostId } from '../replies/target';
import {
  deleteSavedReply,
  ensureDefaultReplies,
  filterReplies,
  listSavedReplies,
  saveSavedReply,
} from '../replies/store';
import type { FocusStore } from './focus-store';
import {
  ReplyInsertError,
  ReplyNotPendingError,
  type PendingReplies,
  type ReplyInserter,
} from './reply-inserter';
import type { SidebarHub } from './sidebar-hub';
import { FollowUpReminders } from './followup-alarms';

/** What the reply requests need beyond the common handler deps. */
export interface ReplyDeps {
  inserter: ReplyInserter;
  pending: PendingReplies;
  /** The tab our sidebar page is framed in, or null when the sender is not that page. */
  sidebarTabOf: (sender: Sender) => number | null;
}

export interface ReplyHandlerDeps {
  db: CasebookDatabase;
  focus: FocusStore;
  hub: SidebarHub;
  agent: () => string;
  now: () => number;
  replies: ReplyDeps;
  /** Follow-up alarms, re-planned when a sent reply held promises (made when absent). */
  followUps?: FollowUpReminders;
}

/**
 * One reply sent is reported twice where the site has a send watcher: 'reply.sent' (the
 * insert Casebook made) and 'reply.sentText' (what the watcher read). A reply recorded
 * this recently on the case is that same reply, never a second one.
 */
export const SAME_REPLY_MS = 10_000;

type ReplyRequest =
  | 'replies.list'
  | 'replies.save'
  | 'replies.delete'
  | 'reply.insert'
  | 'reply.sent'
  | 'case.markReplied';

async function liveCase(db: CasebookDatabase, caseId: string): Promise<Case> {
  const record = await db.cases.get(caseId);
  if (!record || record.deleted) throw new CaseNotFoundError(caseId);
  return record;
}

/**
 * Puts words for a case into its post's reply box: in the tab of the sidebar that asks,
 * or (from a top-level page: the dashboard) in a new tab opened on the post. Never sent.
 */
export async function putIntoReplyBox(
  deps: Pick<ReplyHandlerDeps, 'db' | 'focus' | 'replies'>,
  record: Case,
  text: string,
  sender: Sender,
): Promise<{ tabId: number }> {
  const { db, replies } = deps;
  const caseId = record.id;
  const tabId = replies.sidebarTabOf(sender);
  if (tabId !== null) {
    const postId = replyPostId(record, await deps.focus.get(tabId));
    await replies.inserter.insertInTab(tabId, { caseId, text, postId });
    return { tabId };
  }
  const postId = replyPostId(record, null);
  const post = postId ? await db.posts.get({ key: postKey(record.channel, postId) }) : null;
  const url = post?.permalink ?? record.permalink;
  if (!url) {
    throw new ReplyInsertError('This case has no link to its post, so there is no reply box.');
  }
  return { tabId: await replies.inserter.insertInNewTab(url, { caseId, text, postId }) };
}

/** Saved replies, and replies put into the page's reply box and recorded when sent. */
export function createReplyHandlers(deps: ReplyHandlerDeps): Pick<Handlers, ReplyRequest> {
  const { db, hub, replies } = deps;
  const actor = () => ({ by: deps.agent(), now: deps.now() });
  const reminders = deps.followUps ?? new FollowUpReminders(db, deps.now);
  return {
    'replies.list': async ({ channel }) => {
      await ensureDefaultReplies(db, deps.now());
      return {
        replies: filterReplies(await listSavedReplies(db), '', channel),
        agent: agentSignature(deps.agent()),
      };
    },
    'replies.save': async ({ reply }) => saveSavedReply(db, reply, actor()),
    'replies.delete': async ({ id }) => {
      await deleteSavedReply(db, id, actor());
      return null;
    },
    'reply.insert': async ({ caseId, text }, sender) => {
      const record = await liveCase(db, caseId);
      // A reply that could not be recorded once sent is not put into the page at all.
      const refusal = replyRefusal(record.status);
      if (refusal) throw new ReplyRefusedError(refusal);
      return putIntoReplyBox(deps, record, text, sender);
    },
    'reply.sent': async ({ caseId }, sender) => {
      const tabId = sender.tab?.id;
      let promises = 0;
      const recorded =
        tabId !== undefined &&
        (await replies.pending.report(tabId, caseId, deps.now(), async (insert) => {
          const record = await liveCase(db, caseId);
          // A finished case's insert (the feedback request) is sent, not a reply to record:
          // it is only taken off the pending list, so later replies are not mistaken for it.
          if (!isOpenStatus(record.status)) return;
          const who = actor();
          const what = `replied on ${PLATFORM_LABELS[record.channel]}`;
          await recordReplyUnlessSince(db, caseId, what, who.now - SAME_REPLY_MS, who);
          // The promises in the words Casebook inserted (a saved reply, filled), on sites
          // without a send watcher only: where one watches, it reads what was really sent
          // (the agent may have edited the inserted words) and files them as a saved reply.
          // Inside the report, so a retry after a failure catches them (the store dedupes).
          if (!insert.text.trim() || siteOfSender(sender)?.replyBoxes) return;
          const { created } = await catchPromises(
            db,
            {
              text: insert.text,
              source: 'saved-reply',
              channel: record.channel,
              caseId,
              customerKey: record.customerKey || null,
              where: record.permalink,
            },
            who,
          );
          promises = created.length;
        }));
      if (!recorded) throw new ReplyNotPendingError();
      if (promises) await reminders.refresh();
      await hub.pushAll();
      return null;
    },
    'case.markReplied': async ({ caseId }) => {
      const record = await recordReply(db, caseId, 'marked as replied', actor());
      await hub.pushAll();
      return record;
    },
  };
}
