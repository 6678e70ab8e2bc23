import type { CasebookDatabase } from '../db/database';
import type { Platform } from '../db/schema';
import { siteOfSender } from './sender-site';
import { savedOf } from '../testimonials/store';
import { capturePost } from '../cases/capture';
import {
  addCaseNote,
  setCaseAssignee,
  setCaseStatus,
  setCaseTags,
  tickChecklistStep,
} from '../cases/edit';
import { readRecompute } from '../cases/recompute-sla';
import { answerGroup } from '../cases/group-answer';
import { readSettings } from '../settings';
import { postKey } from '../db/schema';
import { tabOf, type Handlers } from '../messages/router';
import { FocusStore } from './focus-store';
import type { SidebarHub } from './sidebar-hub';
import { knowledgeHandlers } from './knowledge-handlers';
import { crmHandlers } from './crm-handlers';
import { recordFollowersSeen } from '../customers/capture-store';
import type { CrmPageFocus } from '../messages/protocol';
import { customerHandlers } from './customer-handlers';
import { createReplyHandlers, SAME_REPLY_MS, type ReplyDeps } from './reply-handlers';
import { SlaRecomputer } from './sla-recompute';
import { followUpHandlers } from './followup-handlers';
import { sentReplyHandler } from './sent-reply-handler';
import { FollowUpReminders } from './followup-alarms';
import { catchPromisesInNote } from '../followups/catch';
import { testimonialHandlers } from './testimonial-handlers';
import { siteHandlers } from './site-handlers';
import { syncHandlers } from './sync-handlers';
import type { SyncRunner } from './sync-runner';
import { browserSyncRunner } from './sync-wiring';
import type { SiteScripts } from './site-scripts';
import type { SelectionCapture } from './selection-capture';
import type { PageHealth } from '../cases/sidebar-view';
import {
  browserSelectionCapture,
  browserSiteScripts,
  browserTabPage,
  browserTabsOn,
} from './site-wiring';
import { ALL_SITE_MATCHES } from '../sites/hosts';
import { SenderSiteError } from './site-handlers';
import { announceListeningChange, listeningHandlers } from './listening-handlers';
import { feedbackHandlers } from './feedback-handlers';
import type { PageListening } from '../listening/page-listening';
import type { TabCommand } from '../messages/names';
import { browser } from 'wxt/browser';
import { routingHandlers } from './routing-handlers';
import { createAcknowledger } from './acknowledgement';
import type { AcknowledgementNotice } from '../routing/outcome';
import { afterCrmFocus, escalationHandlers, type EscalationDeps } from './escalation-handlers';
import { Escalations, memoryArea } from './escalations';
import { settingsHandlers } from './settings-handlers';

export interface HandlerDeps {
  db: CasebookDatabase;
  focus: FocusStore;
  /** The CRM record on screen in each tab (CRM pages). */
  crmFocus: FocusStore<CrmPageFocus>;
  hub: SidebarHub;
  /** Who the agent is (settings, later); recorded on every change. */
  agent: () => string;
  now: () => number;
  /** Tells a tab's content script to close its sidebar. */
  closeSidebar: (tabId: number) => Promise<void>;
  /** Saved replies and the page's reply box (reply-handlers.ts). */
  replies: ReplyDeps;
  /** Runs the passes that move due times to new SLA rules (one is made when absent). */
  sla?: SlaRecomputer;
  /** Follow-up alarms and badge, re-planned after each follow-up change (made when absent). */
  followUps?: FollowUpReminders;
  /** Site switches (made over the browser's APIs when absent). */
  sites?: SiteScripts;
  /** Each tab's page health as its content script reported it. */
  health?: FocusStore<PageHealth>;
  /** Capture from any page (made over the browser's APIs when absent). */
  selection?: SelectionCapture;
  /** A tab's address and title (browser.tabs.get when absent). */
  tabPage?: (tabId: number) => Promise<{ url: string; title: string }>;
  /** Team sync (made over the browser's APIs when absent). */
  sync?: SyncRunner;
  /** Each tab's listening finds (the posts matching the watch list). */
  listening?: FocusStore<PageListening>;
  /** A command to a tab's content script, answered (browser.tabs.sendMessage when absent). */
  askTab?: (tabId: number, command: TabCommand) => Promise<unknown>;
  /** The tabs open on the social sites (browser.tabs.query when absent). */
  siteTabs?: () => Promise<number[]>;
  /** Each tab's latest routing acknowledgement, for its sidebar (issue 11). */
  acknowledgements?: FocusStore<AcknowledgementNotice>;
  /** Escalations to CRMs under way, and the CRMs' addresses (issue 12; in memory when absent). */
  escalations?: Escalations;
  /** Whether a CRM is turned on (issue 12; none when absent). */
  crmOn?: EscalationDeps['crmOn'];
  /** Opens a tab at an address (issue 12; refused when absent). */
  openTab?: EscalationDeps['openTab'];
}

/** The top frame only: that is where the content script runs. */
const askTopFrame = (tabId: number, command: TabCommand) =>
  browser.tabs.sendMessage(tabId, command, { frameId: 0 });

/** The background's answer to each request; payloads arrive already validated. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, focus, hub } = deps;
  const sla = deps.sla ?? new SlaRecomputer(db, deps.now);
  const actor = () => ({ by: deps.agent(), now: deps.now() });
  // One planner of reminders for every request that changes follow-ups.
  const reminders = deps.followUps ?? new FollowUpReminders(db, deps.now);
  const listeningStore = deps.listening ?? new FocusStore<PageListening>('listening:');
  const acknowledge = createAcknowledger({
    db,
    inserter: deps.replies.inserter,
    agent: deps.agent,
    notices: deps.acknowledgements ?? new FocusStore<AcknowledgementNotice>('ack:'),
    push: (tabId) => hub.push(tabId),
  });
  const escalation = {
    db,
    hub,
    actor,
    escalations: deps.escalations ?? new Escalations(memoryArea(), memoryArea(), deps.now),
    crmOn: deps.crmOn ?? (async () => false),
    openTab:
      deps.openTab ??
      (async () => {
        throw new Error('This background cannot open tabs.');
      }),
    crmFocus: deps.crmFocus,
    sidebarTabOf: deps.replies.sidebarTabOf,
  };
  return {
    'capture.post': async ({ post }, sender) => {
      // A page captures only its own site's posts: a forged post cannot pose as another's.
      if (sender.tab && siteOfSender(sender)?.id !== post.platform) {
        throw new SenderSiteError('A page may capture only the posts of its own site.');
      }
      const result = await capturePost(db, post, actor());
      await hub.pushAll();
      // The routing rule's acknowledgement goes into the post's reply box while the page
      // shows the capture: not awaited, as opening a reply box can take seconds.
      if (sender.tab?.id !== undefined) void acknowledge(sender.tab.id, result, post.postId);
      return result;
    },
    'posts.captured': ({ platform, postIds }) => capturedOf(db, platform, postIds),
    // Both questions of the page's buttons in one message (each message costs the page).
    'posts.known': async ({ platform, postIds }, sender) => {
      if (sender.tab && siteOfSender(sender)?.id !== platform) {
        throw new Error('A page may ask only about the posts of its own site.');
      }
      const [captured, saved] = await Promise.all([
        capturedOf(db, platform, postIds),
        savedOf(db, platform, postIds),
      ]);
      return { captured, saved };
    },
    'page.focus': async ({ focus: next }, sender) => {
      const tabId = tabOf(sender);
      await focus.set(tabId, next);
      const followers = next?.author?.followers;
      if (next?.author && followers != null) {
        await recordFollowersSeen(db, next.platform, next.author.handle, followers, deps.now());
      }
      await hub.push(tabId);
      return null;
    },
    'author.seen': async ({ platform, handle, followers }) => {
      if (await recordFollowersSeen(db, platform, handle, followers, deps.now())) {
        await hub.pushAll();
      }
      return null;
    },
    'sidebar.close': async (_payload, sender) => {
      await deps.closeSidebar(tabOf(sender));
      return null;
    },
    'case.setStatus': async ({ caseId, status, reason }) => {
      const record = await setCaseStatus(db, caseId, status, actor(), reason);
      await hub.pushAll();
      return record;
    },
    'case.setAssignee': async ({ caseId, assignee }) => {
      const settings = await readSettings(db);
      if (assignee !== null && !settings.agents.includes(assignee)) {
        throw new Error(`"${assignee}" is not an agent of this team (see Settings).`);
      }
      const record = await setCaseAssignee(db, caseId, assignee, actor());
      await hub.pushAll();
      return record;
    },
    'case.tickStep': async ({ caseId, stepId, done }) => {
      const record = await tickChecklistStep(db, caseId, stepId, done, actor());
      await hub.pushAll();
      return record;
    },
    'case.setTags': async ({ caseId, tags }) => {
      const record = await setCaseTags(db, caseId, tags, actor());
      await hub.pushAll();
      return record;
    },
    'backup.imported': async () => {
      await reminders.refresh();
      await hub.pushAll();
      return null;
    },
    'settings.recomputeStatus': async () => {
      sla.run(); // a pass a stopped worker left goes on
      return readRecompute(db);
    },
    'case.addNote': async ({ caseId, text }) => {
      const who = actor();
      const record = await addCaseNote(db, caseId, text, who);
      // "Told her we'd call back Friday": a promise in a note is proposed as a follow-up.
      if ((await catchPromisesInNote(db, record, text, who)).created.length) {
        await reminders.refresh();
      }
      await hub.pushAll();
      return record;
    },
    'cases.groupAnswer': async (answer) => {
      const outcomes = await answerGroup(db, answer, actor());
      await hub.pushAll();
      return { outcomes };
    },
    ...knowledgeHandlers(db, hub, actor),
    ...crmHandlers(db, deps.crmFocus, hub, actor, (tabId, record, sender) =>
      afterCrmFocus(escalation, tabId, record, sender),
    ),
    ...escalationHandlers(escalation),
    ...createReplyHandlers({ ...deps, followUps: reminders }),
    ...customerHandlers(db, hub, actor),
    ...followUpHandlers({ ...deps, followUps: reminders }),
    ...sentReplyHandler({
      db,
      focus,
      hub,
      reminders,
      actor,
      insertedRecently: (tabId, caseId, now) =>
        deps.replies.pending.insertedRecently(tabId, caseId, now, SAME_REPLY_MS),
    }),
    ...testimonialHandlers(db, hub, actor),
    ...siteHandlers({
      hub,
      sites: deps.sites ?? browserSiteScripts(),
      health: deps.health ?? new FocusStore<PageHealth>('health:'),
      selection: deps.selection ?? browserSelectionCapture(db, deps.now),
      tabPage: deps.tabPage ?? browserTabPage,
      actor,
      now: deps.now,
    }),
    ...syncHandlers(db, deps.sync ?? browserSyncRunner(db), () => hub.pushAll()),
    ...listeningHandlers({
      db,
      hub,
      listening: listeningStore,
      sidebarTabOf: deps.replies.sidebarTabOf,
      sendToTab: deps.askTab ?? askTopFrame,
      now: deps.now,
    }),
    ...routingHandlers(db, hub, actor),
    ...feedbackHandlers({ ...deps, reminders }),
    ...settingsHandlers({
      db,
      hub,
      sla,
      reminders,
      now: deps.now,
      announceListening: () =>
        announceListeningChange({
          listening: listeningStore,
          siteTabs: deps.siteTabs ?? (() => browserTabsOn(ALL_SITE_MATCHES)),
          sendToTab: deps.askTab ?? askTopFrame,
        }),
    }),
  };
}

/** Which of these posts are in a live case, with its id and ref. */
async function capturedOf(
  db: CasebookDatabase,
  platform: Platform,
  postIds: readonly string[],
): Promise<Record<string, { caseId: string; ref: string }>> {
  const keys = postIds.map((id) => postKey(platform, id));
  const cases = await db.cases.where('postKeys').anyOf(keys).toArray();
  const captured: Record<string, { caseId: string; ref: string }> = {};
  for (const record of cases) {
    if (record.deleted) continue;
    for (const key of record.postKeys) {
      const id = key.slice(platform.length + 1);
      if (key.startsWith(`${platform}:`) && postIds.includes(id)) {
        captured[id] = { caseId: record.id, ref: record.ref };
      }
    }
  }
  return captured;
}
