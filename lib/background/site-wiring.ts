import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { CasebookDatabase } from '../db/database';
import { adapterFor } from '../sites';
import { SelectionCapture, sha256Hex } from './selection-capture';
import { SiteScripts } from './site-scripts';
import type { TabCommand } from '../messages/names';

/** The capture window: a small popup window of the extension's capture page. */
const CAPTURE_WINDOW = { width: 480, height: 640 };

/** Site switches over the browser's scripting, storage and tabs APIs. */
export function browserSiteScripts(): SiteScripts {
  return new SiteScripts({
    scripting: {
      registered: () => browser.scripting.getRegisteredContentScripts(),
      register: (scripts) => browser.scripting.registerContentScripts(scripts),
      unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    },
    storage: browser.storage.local,
    tabsOn: browserTabsOn,
    inject: async (tabId, file) => {
      await browser.scripting.executeScript({
        target: { tabId },
        // Built files are typed by name; site scripts are chosen at run time.
        files: [`/${file}` as string as ScriptPublicPath],
      });
    },
    send: async (tabId, command: TabCommand) => {
      await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
    },
  });
}

/** Tabs open on these match patterns: only those Casebook may see (host permission) match. */
export async function browserTabsOn(patterns: readonly string[]): Promise<number[]> {
  return (await browser.tabs.query({ url: [...patterns] }))
    .map((tab) => tab.id)
    .filter((id): id is number => id !== undefined);
}

/** Selection capture over the browser's session storage, scripting and windows. */
export function browserSelectionCapture(db: CasebookDatabase, now: () => number) {
  return new SelectionCapture({
    db,
    session: browser.storage.session,
    readSelection: async (tabId, frameId) => {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: () => globalThis.getSelection?.()?.toString() ?? '',
      });
      return typeof result?.result === 'string' ? result.result : null;
    },
    openWindow: async (draftId) => {
      const page = `/capture.html#draft=${encodeURIComponent(draftId)}`;
      // The capture page is an entrypoint of its own; WXT's path type lists built pages.
      const url = browser.runtime.getURL(page as Parameters<typeof browser.runtime.getURL>[0]);
      await browser.windows.create({ url, type: 'popup', ...CAPTURE_WINDOW });
    },
    platformOf: (url) => {
      try {
        return adapterFor(new URL(url))?.id ?? 'web';
      } catch {
        return 'web';
      }
    },
    digest: sha256Hex,
    now,
  });
}

/** A tab's address and title (the sidebar's sender names only the tab). */
export async function browserTabPage(tabId: number): Promise<{ url: string; title: string }> {
  const tab = await browser.tabs.get(tabId);
  return { url: tab.url ?? '', title: tab.title ?? '' };
}
