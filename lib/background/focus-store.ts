import { browser } from 'wxt/browser';
import type { PageFocus } from '../cases/sidebar-view';

const KEY_PREFIX = 'focus:';

/**
 * What each tab's agent is looking at. Kept in memory for speed and mirrored to
 * storage.session, because an MV3 service worker is stopped after ~30 s idle and its
 * memory goes with it; session storage survives that and is gone when the browser quits.
 */
export class FocusStore {
  private readonly byTab = new Map<number, PageFocus | null>();

  async get(tabId: number): Promise<PageFocus | null> {
    if (this.byTab.has(tabId)) return this.byTab.get(tabId) ?? null;
    const key = KEY_PREFIX + tabId;
    const stored = (await browser.storage.session?.get(key))?.[key] as PageFocus | undefined;
    // A set() may have landed while we read: it is newer than what was stored.
    if (!this.byTab.has(tabId)) this.byTab.set(tabId, stored ?? null);
    return this.byTab.get(tabId) ?? null;
  }

  async set(tabId: number, focus: PageFocus | null): Promise<void> {
    this.byTab.set(tabId, focus);
    await browser.storage.session?.set({ [KEY_PREFIX + tabId]: focus });
  }

  async forget(tabId: number): Promise<void> {
    this.byTab.delete(tabId);
    await browser.storage.session?.remove(KEY_PREFIX + tabId);
  }
}
