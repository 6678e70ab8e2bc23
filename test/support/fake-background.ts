import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifyError } from '@/lib/background';
import { FocusStore } from '@/lib/background/focus-store';
import { createHandlers, type HandlerDeps } from '@/lib/background/handlers';
import type { SidebarHub } from '@/lib/background/sidebar-hub';
import type { CasebookDatabase } from '@/lib/db/database';
import { createRouter, sidebarTabOf, type RouterOptions } from '@/lib/messages/router';
import { createReplyInserter, PendingReplies } from '@/lib/background/reply-inserter';
import type { ReplyDeps } from '@/lib/background/reply-handlers';
import type { SlaRecomputer } from '@/lib/background/sla-recompute';
import type { CrmPageFocus } from '@/lib/messages/protocol';
import type { PageListening } from '@/lib/listening/page-listening';
import type { TabCommand } from '@/lib/messages/names';
import type { AcknowledgementNotice } from '@/lib/routing/outcome';

/** A hub that pushes nowhere, counting the pushes it was asked for. */
export function quietHub() {
  const hub = {
    pushes: 0,
    push: async () => void (hub.pushes += 1),
    pushAll: async () => void (hub.pushes += 1),
  };
  return hub;
}

/** The background's real router and handlers over a test database. */
export function testRoute(
  db: CasebookDatabase,
  options: RouterOptions,
  {
    hub = quietHub(),
    now = () => Date.now(),
    replies = testReplyDeps(now),
    focus = new FocusStore(),
    crmFocus = new FocusStore<CrmPageFocus>('crm:'),
    agent = 'me',
    sla,
    listening,
    askTab,
    siteTabs = async () => [],
    acknowledgements,
    escalation,
  }: {
    hub?: ReturnType<typeof quietHub>;
    now?: () => number;
    replies?: ReplyDeps;
    focus?: FocusStore;
    crmFocus?: FocusStore<CrmPageFocus>;
    /** Who the agent at this browser is (the background's THIS_AGENT: "me"). */
    agent?: string;
    sla?: SlaRecomputer;
    listening?: FocusStore<PageListening>;
    /** What a tab's content script answers to a command. */
    askTab?: (tabId: number, command: TabCommand) => Promise<unknown>;
    /** The tabs open on the social sites (none when absent). */
    siteTabs?: () => Promise<number[]>;
    /** Each tab's latest routing acknowledgement (a fresh store when absent). */
    acknowledgements?: FocusStore<AcknowledgementNotice>;
    /** Escalations to CRMs (issue 12): the store, which CRMs are on, the tabs opened. */
    escalation?: Pick<HandlerDeps, 'escalations' | 'crmOn' | 'openTab'>;
  } = {},
) {
  return createRouter(
    createHandlers({
      db,
      focus,
      crmFocus,
      hub: hub as unknown as SidebarHub,
      agent: () => agent,
      now,
      closeSidebar: async () => {},
      replies,
      sla,
      listening,
      askTab,
      siteTabs,
      acknowledgements,
      ...escalation,
    }),
    options,
  );
}

/**
 * Answers runtime messages in unit tests with the real router and handlers over the given
 * database, as if sent from the dashboard page (fakeBrowser's sender is empty).
 */
export function serveBackground(db: CasebookDatabase): void {
  const origin = 'chrome-extension://test/';
  const route = testRoute(db, {
    extensionId: 'test',
    extensionOrigin: origin,
    isSupportedPage: () => false,
    // The production error codes, so pages see "checklist-incomplete" as they would.
    classify: classifyError,
  });
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, { id: 'test', url: `${origin}dashboard.html` }).then(sendResponse);
    return true;
  });
}

/** Reply deps for tests: no tab answers, pending inserts kept in memory only. */
export function testReplyDeps(now: () => number = () => Date.now()): ReplyDeps {
  const pending = new PendingReplies(undefined);
  return {
    pending,
    sidebarTabOf: (sender) =>
      sidebarTabOf(sender, { extensionId: 'test', extensionOrigin: 'chrome-extension://test/' }),
    inserter: createReplyInserter({
      send: () => Promise.reject(new Error('No content script in tests')),
      openTab: () => Promise.reject(new Error('No tabs in tests')),
      pending,
      now,
    }),
  };
}
