import { CaseNotFoundError, recordReply, ReplyRefusedError } from '../cases/edit';
import { replyRefusal } from '../cases/reply-rules';
import { agentSignature } from '../replies/context';
import type { CasebookDatabase } from '../db/database';
import { PLATFORM_LABELS, postKey, type Case } from '../db/schema';
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

/** What the reply requests need beyond the common handler deps. */
export interface ReplyDeps {
  inserter: ReplyInserter;
  pending: PendingReplies;
  /** The sidebar page's URL: a request from it comes from the tab it is framed in. */
  sidebarUrl: string;
}

interface Deps {
  db: CasebookDatabase;
  focus: FocusStore;
  hub: SidebarHub;
  agent: () => string;
  now: () => number;
  replies: ReplyDeps;
}

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

/** The tab a sidebar sits in, when the sender is our sidebar page framed in a tab. */
function sidebarTabOf(sender: Sender, sidebarUrl: string): number | null {
  const framed = sender.url?.startsWith(sidebarUrl) && sender.frameId !== 0;
  return framed && sender.tab?.id !== undefined ? sender.tab.id : null;
}

/** Saved replies, and replies put into the page's reply box and recorded when sent. */
export function createReplyHandlers(deps: Deps): Pick<Handlers, ReplyRequest> {
  const { db, hub, replies } = deps;
  const actor = () => ({ by: deps.agent(), now: deps.now() });
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
      const tabId = sidebarTabOf(sender, replies.sidebarUrl);
      if (tabId !== null) {
        const postId = replyPostId(record, await deps.focus.get(tabId));
        await replies.inserter.insertInTab(tabId, { caseId, text, postId });
        return { tabId };
      }
      // From a top-level page (the dashboard): open the post and insert there.
      const postId = replyPostId(record, null);
      const post = postId ? await db.posts.get({ key: postKey(record.channel, postId) }) : null;
      const url = post?.permalink ?? record.permalink;
      if (!url) {
        throw new ReplyInsertError('This case has no link to its post, so there is no reply box.');
      }
      return { tabId: await replies.inserter.insertInNewTab(url, { caseId, text, postId }) };
    },
    'reply.sent': async ({ caseId }, sender) => {
      const tabId = sender.tab?.id;
      const recorded =
        tabId !== undefined &&
        (await replies.pending.report(tabId, caseId, deps.now(), async () => {
          const record = await liveCase(db, caseId);
          await recordReply(db, caseId, `replied on ${PLATFORM_LABELS[record.channel]}`, actor());
        }));
      if (!recorded) throw new ReplyNotPendingError();
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
