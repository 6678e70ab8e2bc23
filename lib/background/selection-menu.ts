import { browser } from 'wxt/browser';
import type { SelectionCapture } from './selection-capture';

export const SELECTION_MENU_ID = 'casebook-capture-selection';

/**
 * "Capture selection as case" in the page's context menu, on any https page. The click
 * grants activeTab for that tab alone, so Casebook reads the page Casebook was asked to
 * read and needs no host permission for the rest of the web.
 */
export function listenForSelectionMenu(selection: SelectionCapture): void {
  // Menus outlive the worker but not an update: made again (idempotently) at every start.
  void browser.contextMenus
    ?.removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: SELECTION_MENU_ID,
        title: 'Capture selection as case',
        contexts: ['selection'],
        documentUrlPatterns: ['https://*/*'],
      }),
    )
    .catch(() => undefined);

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SELECTION_MENU_ID || tab?.id === undefined) return;
    void selection
      .start({
        tabId: tab.id,
        frameId: info.frameId ?? 0,
        // The frame the text is in (an embedded forum, a review widget), else the page.
        url: info.frameUrl ?? info.pageUrl ?? tab.url ?? '',
        title: tab.title ?? '',
        selectionText: info.selectionText,
      })
      .catch((error: unknown) => notifyFailure(error));
  });
}

/** The menu has no page of its own to show an error in: a notification says what went wrong. */
function notifyFailure(error: unknown): void {
  void browser.notifications
    ?.create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/48.png'),
      title: 'Casebook could not capture the selection',
      message: error instanceof Error ? error.message : String(error),
    })
    .catch(() => undefined);
}
