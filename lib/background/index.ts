import Dexie from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { FeedbackError } from '../feedback/store';
import { openDatabase } from '../db/database';
import { CaseNotFoundError, ChecklistIncompleteError } from '../cases/edit';
import { createRouter, sidebarTabOf, type ExtensionPages, type Sender } from '../messages/router';
import { REQUEST_PORT, SIDEBAR_PAGE, SIDEBAR_PORT, type TabCommand } from '../messages/names';
import type { ErrorCode } from '../messages/protocol';
import { adapterFor } from '../sites';
import { CRM_ADAPTERS, crmAdapterFor } from '../crm';
import { crmGranted } from '../crm/granted';
import type { CrmPageFocus } from '../messages/protocol';
import { syncCrmScripts, type CrmScriptApis } from './crm-scripts';
import { customerErrorCode } from './customer-handlers';
import { followUpErrorCode } from './followup-handlers';
import { testimonialErrorCode } from './testimonial-handlers';
import { siteErrorCode } from './site-handlers';
import { syncErrorCode } from './sync-handlers';
import { routingErrorCode } from './routing-handlers';
import { browserSyncRunner, startSyncSchedule } from './sync-wiring';
import { FocusStore } from './focus-store';
import { createHandlers } from './handlers';
import { SidebarHub } from './sidebar-hub';
import { SlaRecomputer } from './sla-recompute';
import { createReplyInserter, PendingReplies, ReplyNotPendingError } from './reply-inserter';
import { SettingsRefusedError } from './settings-handlers';
import { ensureDefaultReplies } from '../replies/store';
import { FollowUpReminders } from './followup-alarms';
import { isMine, remindsMe } from '../activity/alerts';
import { readSettings } from '../settings';
import type { PageHealth } from '../cases/sidebar-view';
import type { PageListening } from '../listening/page-listening';
import { browserSelectionCapture, browserSiteScripts } from './site-wiring';
import { listenForSelectionMenu } from './selection-menu';
import { openAssignedCasesOnClick } from './assignment-notifier';
import type { AcknowledgementNotice } from '../routing/outcome';
import { escalationErrorCode, escalationView } from './escalation-handlers';
import { Escalations, memoryArea, type Area } from './escalations';

const sendToTab = async (tabId: number, command: TabCommand) => {
  try {
    await browser.tabs.sendMessage(tabId, command);
  } catch {
    // No content script in that tab (not a supported site, or not loaded yet).
  }
};

/**
 * Answers runtime messages with the router. Trap 3 (notes/toolchain.md): answer through
 * sendResponse and return true, which real Chromium, the polyfill and WXT's fakeBrowser
 * all honour; a returned Promise is not.
 */
export function listenForRequests(route: ReturnType<typeof createRouter>): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
}

/**
 * Answers requests arriving on a content script's request port: the same router, with
 * the port's sender (set by the browser, so it cannot be forged by the page).
 */
export function answerOnPort(
  port: Browser.runtime.Port,
  route: ReturnType<typeof createRouter>,
): void {
  port.onMessage.addListener((message: unknown) => {
    const { id, ...request } = (message ?? {}) as { id?: unknown };
    if (typeof id !== 'number') return;
    void route(request, port.sender ?? {}).then((response) => {
      try {
        port.postMessage({ id, response });
      } catch {
        // The tab went away before the answer.
      }
    });
  });
}

/** The error code of a handler's error (see ErrorCode); unknown errors are "failed". */
export const classifyError = (error: unknown): ErrorCode | null =>
  error instanceof CaseNotFoundError
    ? 'not-found'
    : error instanceof ChecklistIncompleteError
      ? 'checklist-incomplete'
      : error instanceof ReplyNotPendingError
        ? 'forbidden'
        : error instanceof SettingsRefusedError
          ? 'invalid-payload'
          : (customerErrorCode(error) ??
            followUpErrorCode(error) ??
            testimonialErrorCode(error) ??
            siteErrorCode(error) ??
            syncErrorCode(error) ??
            routingErrorCode(error) ??
            escalationErrorCode(error) ??
            (error instanceof FeedbackError ? 'conflict' : null));

/** The browser's permission and scripting APIs as syncCrmScripts uses them. */
const crmScriptApis = (): CrmScriptApis => ({
  granted: (origins) => browser.permissions.contains({ origins }),
  registered: () => browser.scripting.getRegisteredContentScripts(),
  register: (scripts) => browser.scripting.registerContentScripts(scripts),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
});

/**
 * Where our own pages live. With use_dynamic_url, runtime.getURL gives the sidebar its
 * per-session address ("chrome-extension://<uuid>/sidebar.html") even here, while the
 * sidebar's own messages name it at the static one: the checks accept both (router.ts).
 */
function extensionPages(): ExtensionPages {
  const sidebar = new URL(browser.runtime.getURL(SIDEBAR_PAGE));
  return {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    dynamicOrigin: `${sidebar.protocol}//${sidebar.host}/`,
  };
}

/** Wires the service worker: database, typed messages, sidebar ports, commands. */
export function startBackground(): void {
  const db = openDatabase();
  const focus = new FocusStore();
  const crmFocus = new FocusStore<CrmPageFocus>('crm:');
  const isSupportedPage = (url: URL) => adapterFor(url) !== null || crmAdapterFor(url) !== null;
  const health = new FocusStore<PageHealth>('health:');
  const listening = new FocusStore<PageListening>('listening:');
  const acknowledgements = new FocusStore<AcknowledgementNotice>('ack:');
  const pages = extensionPages();
  const sidebarTab = (sender: Sender) => sidebarTabOf(sender, pages);
  // Escalations to CRMs (issue 12): pending per tab in session storage, CRM addresses kept.
  const escalations = new Escalations(
    (browser.storage.session as Area | undefined) ?? memoryArea(),
    browser.storage.local as Area,
    () => Date.now(),
  );
  const crmOn = crmGranted;
  const hub = new SidebarHub(
    db,
    focus,
    sidebarTab,
    isSupportedPage,
    crmFocus,
    health,
    listening,
    acknowledgements,
    (tabId, view) => escalationView({ db, escalations, crmOn }, tabId, view),
  );
  // The sidebars' team activity follows the event log, whoever wrote it: sync's pulls, the
  // dashboard (Dexie tells every context of a write; issue 12).
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/events/`)))
      hub.pushAllSoon();
  });
  // Social sites get their content script only while they are on (options: Sites).
  const sites = browserSiteScripts();
  void sites.sync().catch(() => undefined);
  const selection = browserSelectionCapture(db, () => Date.now());
  listenForSelectionMenu(selection);
  const pendingReplies = new PendingReplies(browser.storage.session);
  const inserter = createReplyInserter({
    // The top frame only: that is where the content script runs.
    send: (tabId, command) => browser.tabs.sendMessage(tabId, command, { frameId: 0 }),
    openTab: async (url) => {
      const tab = await browser.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new Error('The browser did not open a tab.');
      return tab.id;
    },
    pending: pendingReplies,
    now: () => Date.now(),
  });
  // A pass over open cases' due times a stopped service worker left goes on (and the
  // sidebars refresh when it is done).
  const sla = new SlaRecomputer(db, () => Date.now(), {
    // An extension API call per batch: Chromium keeps a worker that makes them running.
    onBatch: () => browser.runtime.getPlatformInfo(),
  });
  sla.run();
  void sla.idle().then(() => hub.pushAll());
  // Follow-up alarms and the badge, re-derived from the database on every start.
  // Team sync: nothing happens (no request at all) until the agent connects in options.
  const sync = browserSyncRunner(db);
  const whoAmI = async () => ({ me: sync.agentName(), inTeam: (await sync.settings()) !== null });
  const followUps = new FollowUpReminders(
    db,
    undefined,
    async (followUp) =>
      remindsMe(followUp, { ...(await whoAmI()), settings: (await readSettings(db)).alerts }),
    async () => {
      const context = await whoAmI();
      return (followUp) => isMine(followUp, context);
    },
  );
  void followUps.start();
  startSyncSchedule(sync);
  openAssignedCasesOnClick();
  const handlers = createHandlers({
    escalations,
    crmOn,
    openTab: async (url) => {
      const tab = await browser.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new Error('The browser did not open a tab.');
      return tab.id;
    },
    db,
    sla,
    followUps,
    focus,
    crmFocus,
    hub,
    agent: () => sync.agentName(),
    now: () => Date.now(),
    sites,
    sync,
    health,
    listening,
    selection,
    acknowledgements,
    closeSidebar: (tabId) => sendToTab(tabId, { type: 'sidebar.close' }),
    replies: {
      inserter,
      pending: pendingReplies,
      sidebarTabOf: sidebarTab,
    },
  });
  const route = createRouter(handlers, {
    ...pages,
    isSupportedPage,
    classify: classifyError,
  });

  // Requests wait for the agent's team name (a storage read after the worker starts), so
  // nothing is recorded as "me" by a member of a team.
  const routeWhenReady: typeof route = async (message, sender) => {
    await sync.ready;
    return route(message, sender);
  };
  listenForRequests(routeWhenReady);

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === SIDEBAR_PORT) hub.connect(port);
    else if (port.name === REQUEST_PORT) answerOnPort(port, routeWhenReady);
    else port.disconnect();
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendToTab(tabId, { type: 'sidebar.toggle' });
  });

  // MV3 calls it `action`, Firefox's MV2 build `browserAction`.
  (browser.action ?? browser.browserAction)?.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });

  browser.tabs.onRemoved.addListener((tabId) => void focus.forget(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void crmFocus.forget(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void health.forget(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void listening.forget(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void acknowledgements.forget(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void escalations.clear(tabId));

  // CRM pages get the content script only for the CRMs the agent turned on (their hosts
  // are optional permissions, granted on the options page or in the browser's settings).
  const syncCrms = () => void syncCrmScripts(CRM_ADAPTERS, crmScriptApis()).catch(() => undefined);
  syncCrms();
  browser.permissions?.onAdded.addListener(syncCrms);
  browser.permissions?.onRemoved.addListener(syncCrms);
  browser.tabs.onRemoved.addListener((tabId) => void pendingReplies.forget(tabId));

  // A new desk starts with a few saved replies (once: see ensureDefaultReplies).
  void ensureDefaultReplies(db, Date.now()).catch(() => undefined);
}
