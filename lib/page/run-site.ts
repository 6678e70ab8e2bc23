import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '../messages/client';
import type { TabCommand } from '../messages/names';
import type { SiteAdapter } from '../sites/types';
import { BUTTON_ATTR, createCaptureButton, setButtonState } from './capture-button';
import { trackFocus } from './focus-tracker';
import { watchPosts } from './post-watcher';
import { createSidebarFrame } from './sidebar-frame';

const sidebarKey = (site: string) => `sidebar.open.${site}`;

/** Alt+Shift+C also works in the page, for when the browser has not bound the command. */
const isToggleShortcut = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC';

/**
 * Everything a content script does on a supported site: capture buttons on every post,
 * the sidebar iframe (open or closed as the agent left it on this site), and telling the
 * background which post or person the agent is looking at.
 */
export async function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const captured = new Map<string, { caseId: string; ref: string }>();

  const sidebar = createSidebarFrame(browser.runtime.getURL('/sidebar.html'), (open) => {
    void browser.storage.local.set({ [sidebarKey(adapter.id)]: open });
  });
  ctx.onInvalidated(() => sidebar.destroy());

  const focus = trackFocus(adapter, (next) => {
    void request('page.focus', { focus: next }).catch(() => undefined);
  });
  ctx.onInvalidated(() => focus.stop());

  const buttonsFor = (postId: string) =>
    document.querySelectorAll<HTMLButtonElement>(
      `[${BUTTON_ATTR}][data-post-id="${CSS.escape(postId)}"]`,
    );

  const capture = async (button: HTMLButtonElement) => {
    const post = adapter.closestPost(button);
    const parsed = post ? adapter.parsePost(post, new URL(location.href)) : null;
    if (!post || !parsed) {
      setButtonState(button, { kind: 'error', message: 'Casebook could not read this post' });
      return;
    }
    setButtonState(button, { kind: 'busy' });
    try {
      const result = await request('capture.post', { post: parsed });
      captured.set(parsed.postId, { caseId: result.caseId, ref: result.ref });
      for (const each of buttonsFor(parsed.postId)) {
        setButtonState(each, { kind: 'captured', ref: result.ref });
      }
      focus.fromPost(post);
      sidebar.open();
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Capture failed';
      setButtonState(button, { kind: 'error', message });
    }
  };

  const decorate = (el: Element, postId: string) => {
    el.querySelectorAll(`[${BUTTON_ATTR}]`).forEach((old) => old.remove());
    const button = createCaptureButton((b) => void capture(b));
    button.dataset.postId = postId;
    const known = captured.get(postId);
    if (known) setButtonState(button, { kind: 'captured', ref: known.ref });
    (adapter.buttonSlot(el) ?? el).append(button);
  };

  const lookUpCaptured = async (postIds: string[]) => {
    const unknown = postIds.filter((id) => !captured.has(id));
    if (!unknown.length) return;
    try {
      const found = await request('posts.captured', { platform: adapter.id, postIds: unknown });
      for (const [postId, info] of Object.entries(found)) {
        captured.set(postId, info);
        for (const each of buttonsFor(postId))
          setButtonState(each, { kind: 'captured', ref: info.ref });
      }
    } catch {
      // Buttons stay "Capture as case"; capturing again is harmless (never a duplicate).
    }
  };

  const watcher = watchPosts({
    adapter,
    root: document.documentElement,
    onPost: decorate,
    onBatch: (ids) => void lookUpCaptured(ids),
    schedule: (flush) => ctx.requestAnimationFrame(flush),
  });
  ctx.onInvalidated(() => watcher.stop());

  focus.fromPage();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    focus.fromPage();
    watcher.rescan();
  });
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!isToggleShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      sidebar.toggle();
    },
    { capture: true },
  );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our background may command this tab (it sends with no tab of its own).
    if (sender.id !== browser.runtime.id || sender.tab || ctx.isInvalid) return;
    const command = message as TabCommand;
    if (command?.type === 'sidebar.toggle') sidebar.toggle();
    else if (command?.type === 'sidebar.close') sidebar.close();
  });

  const stored = await browser.storage.local.get(sidebarKey(adapter.id));
  if (stored[sidebarKey(adapter.id)] === true) sidebar.open();
}
