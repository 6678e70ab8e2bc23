import type { Browser } from 'wxt/browser';
import type { CasebookDatabase } from '../db/database';
import { buildSidebarView } from '../cases/sidebar-view';
import type { FocusStore } from './focus-store';

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

  constructor(
    private readonly db: CasebookDatabase,
    private readonly focus: FocusStore,
    private readonly sidebarUrl: string,
  ) {}

  /** Accepts a port only from our own sidebar page inside a tab. */
  connect(port: Browser.runtime.Port): boolean {
    const tabId = port.sender?.tab?.id;
    if (tabId === undefined || !port.sender?.url?.startsWith(this.sidebarUrl)) {
      port.disconnect();
      return false;
    }
    const set = this.ports.get(tabId) ?? new Set();
    set.add(port);
    this.ports.set(tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0) this.ports.delete(tabId);
    });
    void this.push(tabId);
    return true;
  }

  async push(tabId: number): Promise<void> {
    const ports = this.ports.get(tabId);
    if (!ports?.size) return;
    let message: SidebarPush;
    try {
      message = {
        type: 'view',
        view: await buildSidebarView(this.db, await this.focus.get(tabId)),
      };
    } catch (error) {
      message = { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    for (const port of ports) {
      try {
        port.postMessage(message);
      } catch {
        ports.delete(port); // the sidebar went away between two pushes
      }
    }
  }

  async pushAll(): Promise<void> {
    await Promise.all([...this.ports.keys()].map((tabId) => this.push(tabId)));
  }
}
