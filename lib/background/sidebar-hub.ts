import type { Browser } from 'wxt/browser';
import type { CasebookDatabase } from '../db/database';
import { buildSidebarView, type PageHealth, type SidebarView } from '../cases/sidebar-view';
import type { FocusStore } from './focus-store';
import type { PageListening } from '../listening/page-listening';
import type { CrmPageFocus } from '../messages/protocol';
import type { Sender } from '../messages/router';
import type { AcknowledgementNotice } from '../routing/outcome';

/** Messages the background pushes to a sidebar over its port. */
export type SidebarPush =
  | { type: 'view'; view: Awaited<ReturnType<typeof buildSidebarView>> }
  | { type: 'error'; message: string };

/**
 * Keeps the open sidebars (one port per sidebar iframe, keyed by the tab it sits in) and
 * pushes each one a fresh view whenever its tab's focus or the data changes.
 */
export class SidebarHub {
  private readonly ports = new Map<number, Set<Browser.runtime.Port>>();
  /** Per tab, the number of the latest view asked for: an older one finishing late is dropped. */
  private readonly latest = new Map<number, number>();

  constructor(
    private readonly db: CasebookDatabase,
    private readonly focus: FocusStore,
    /** The tab our sidebar page is framed in, or null when the sender is not that page. */
    private readonly sidebarTabOf: (sender: Sender) => number | null,
    /** Whether a page at this URL is one our content script runs on. */
    private readonly isSupportedPage: (url: URL) => boolean,
    /** The CRM record on screen per tab, on CRM pages. */
    private readonly crmFocus?: FocusStore<CrmPageFocus>,
    /** What each tab's content script found on its page (posts expected, none found…). */
    private readonly health?: FocusStore<PageHealth>,
    /** The posts each tab's page found that match the watch list (issue 11). */
    private readonly listening?: FocusStore<PageListening>,
    /** Each tab's latest routing acknowledgement (issue 11). */
    private readonly acknowledgements?: FocusStore<AcknowledgementNotice>,
    /** More of a tab's view, from what it shows (issue 12: escalations to CRMs). */
    private readonly extras?: (tabId: number, view: SidebarView) => Promise<Partial<SidebarView>>,
  ) {}

  /**
   * Accepts a port only from our own sidebar page, framed in a tab of a supported site:
   * another site that framed the sidebar page (to trick the agent into clicking in it)
   * gets no customer data.
   */
  connect(port: Browser.runtime.Port): boolean {
    const tabId = port.sender ? this.sidebarTabOf(port.sender) : null;
    if (tabId === null || !this.inSupportedTab(port.sender?.tab?.url)) {
      port.disconnect();
      return false;
    }
    const set = this.ports.get(tabId) ?? new Set();
    set.add(port);
    this.ports.set(tabId, set);
    // The sidebar asks again every minute: SLA clocks move even when the data does not.
    port.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown })?.type === 'refresh') void this.push(tabId);
    });
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0) {
        this.ports.delete(tabId);
        this.latest.delete(tabId);
      }
    });
    void this.push(tabId);
    return true;
  }

  private inSupportedTab(url: string | undefined): boolean {
    try {
      return url !== undefined && this.isSupportedPage(new URL(url));
    } catch {
      return false;
    }
  }

  async push(tabId: number): Promise<void> {
    if (!this.ports.get(tabId)?.size) return;
    const number = (this.latest.get(tabId) ?? 0) + 1;
    this.latest.set(tabId, number);
    let message: SidebarPush;
    try {
      const crm = (await this.crmFocus?.get(tabId)) ?? null;
      const view = await buildSidebarView(this.db, await this.focus.get(tabId), Date.now(), crm);
      const extra = (await this.extras?.(tabId, view)) ?? {};
      message = {
        type: 'view',
        view: {
          ...view,
          health: (await this.health?.get(tabId)) ?? null,
          listening: (await this.listening?.get(tabId)) ?? null,
          acknowledgement: (await this.acknowledgements?.get(tabId)) ?? null,
          ...extra,
        },
      };
    } catch (error) {
      message = { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (this.latest.get(tabId) !== number) return; // a newer view is on its way
    const ports = this.ports.get(tabId);
    for (const port of ports ?? []) {
      try {
        port.postMessage(message);
      } catch {
        ports?.delete(port); // the sidebar went away between two pushes
      }
    }
  }

  async pushAll(): Promise<void> {
    // This push reads everything written so far: a "soon" push asked for by those writes
    // (the handler's own event, seen by storagemutated) would send the same view again.
    clearTimeout(this.soonTimer);
    await Promise.all([...this.ports.keys()].map((tabId) => this.push(tabId)));
  }

  private soonTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * One push to every sidebar shortly after a burst of changes (a page of pulled events):
   * the team's activity stream in the sidebar follows what sync brings (issue 12).
   */
  pushAllSoon(delayMs = 500): void {
    if (!this.ports.size) return;
    clearTimeout(this.soonTimer);
    this.soonTimer = setTimeout(() => void this.pushAll(), delayMs);
  }
}
