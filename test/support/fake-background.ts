import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FocusStore } from '@/lib/background/focus-store';
import { createHandlers } from '@/lib/background/handlers';
import type { SidebarHub } from '@/lib/background/sidebar-hub';
import type { CasebookDatabase } from '@/lib/db/database';
import { createRouter } from '@/lib/messages/router';

/**
 * Answers runtime messages in unit tests with the real router and handlers over the given
 * database, as if sent from the dashboard page (fakeBrowser's sender is empty).
 */
export function serveBackground(db: CasebookDatabase): void {
  const origin = 'chrome-extension://test/';
  const route = createRouter(
    createHandlers({
      db,
      focus: new FocusStore(),
      hub: { push: async () => {}, pushAll: async () => {} } as unknown as SidebarHub,
      agent: () => 'me',
      now: () => Date.now(),
      closeSidebar: async () => {},
    }),
    { extensionId: 'test', extensionOrigin: origin, isSupportedPage: () => false },
  );
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, { id: 'test', url: `${origin}dashboard.html` }).then(sendResponse);
    return true;
  });
}
