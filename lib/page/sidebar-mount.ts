import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_PAGE, type TabCommand } from '../messages/names';
import { createSidebarFrame } from './sidebar-frame';

const sidebarKey = (site: string) => `sidebar.open.${site}`;

/** Alt+Shift+C also works in the page, for when the browser has not bound the command. */
const isToggleShortcut = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC';

/**
 * The sidebar iframe on a page of any supported site (social or CRM): open or closed as
 * the agent left it on this site, toggled by Alt+Shift+C and by the background's
 * commands. Other commands for this tab go to `onCommand` (answer through sendResponse
 * and return true, notes/toolchain.md trap 3). Content scripts run without the
 * webextension-polyfill (wxt.config.ts): only sendResponse answers in every browser, so
 * nothing here returns a Promise as the answer.
 */
export function mountSidebar(
  ctx: ContentScriptContext,
  site: string,
  onCommand?: (command: TabCommand, sendResponse: (answer: unknown) => void) => boolean | void,
) {
  // In Chromium, the sidebar's per-session dynamic address (use_dynamic_url): the static
  // chrome-extension://<id>/sidebar.html is refused to web pages, so none can guess it.
  const sidebar = createSidebarFrame(browser.runtime.getURL(SIDEBAR_PAGE), (open) => {
    void browser.storage.local.set({ [sidebarKey(site)]: open });
  });
  ctx.onInvalidated(() => sidebar.destroy());

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!event.isTrusted || !isToggleShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      sidebar.toggle({ focus: true });
    },
    { capture: true },
  );

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our background may command this tab (it sends with no tab of its own).
    if (sender.id !== browser.runtime.id || sender.tab || ctx.isInvalid) return;
    const command = message as TabCommand;
    if (command?.type === 'sidebar.toggle') sidebar.toggle({ focus: true });
    else if (command?.type === 'sidebar.close') sidebar.close();
    else if (command && onCommand) return onCommand(command, sendResponse);
  });

  void browser.storage.local.get(sidebarKey(site)).then((stored) => {
    if (stored[sidebarKey(site)] === true) sidebar.open();
  });
  return sidebar;
}
