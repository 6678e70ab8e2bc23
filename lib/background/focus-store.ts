import { browser } from 'wxt/browser';
import type { PageFocus } from '../cases/sidebar-view';

/**
 * What each tab's agent is looking at. Kept in memory for speed and mirrored to
 * storage.session, because an MV3 service worker is stopped after ~30 s idle and its
 * memory goes with it; session storage survives that and is gone when the browser quits.
 */
export class FocusStore<T = PageFocus> {
  private readonly byTab = new Map<number, T | null>();

  /** `prefix` keeps each kind of focus apart in session storage ("focus:", "crm:"). */
  constructor(private readonly prefix = 'focus:') {}

  async get(tabId: number): Promise<T | null> {
    if (this.byTab.has(tabId)) return this.byTab.get(tabId) ?? null;
    const key = this.prefix + tabId;
    const stored = (await browser.storage.session?.get(key))?.[key] as T | undefined;
    // A set() may have landed while we read: it is newer than what was stored.
    if (!this.byTab.has(tabId)) this.byTab.set(tabId, stored ?? null);
    return this.byTab.get(tabId) ?? null;
  }

  async set(tabId: number, focus: T | null): Promise<void> {
    this.byTab.set(tabId, focus);
    await browser.storage.session?.set({ [this.prefix + tabId]: focus });
  }

  async forget(tabId: number): Promise<void> {
    this.byTab.delete(tabId);
    await browser.storage.session?.remove(this.prefix + tabId);
  }
}
