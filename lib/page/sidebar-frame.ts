/**
 * The sidebar: an iframe of the extension's own sidebar page, fixed to the right edge.
 * Customer data stays inside the iframe, which is cross-origin to the host page; the host
 * DOM gets only the frame element and a small toggle. While open, the page is narrowed by
 * the sidebar's width so nothing of the page sits unreachable under it (it scrolls).
 */
export const SIDEBAR_WIDTH = 360;
const FRAME_ATTR = 'data-casebook-sidebar';
const TOGGLE_ATTR = 'data-casebook-toggle';
const Z_TOP = '2147483646';
const RESERVED = ['margin-right', 'min-width'];
const RETIRE_MS = 300;

export interface OpenOptions {
  /** Move keyboard focus into the sidebar (when the agent opened it, not a capture). */
  focus?: boolean;
}

export interface SidebarFrame {
  readonly isOpen: boolean;
  open(options?: OpenOptions): void;
  close(): void;
  toggle(options?: OpenOptions): void;
  destroy(): void;
}

export function createSidebarFrame(
  src: string,
  onChange: (open: boolean) => void,
  doc: Document = document,
): SidebarFrame {
  let frame: HTMLIFrameElement | null = null;
  /** The page's own inline values of the properties we change, restored on close. */
  let previous: [string, string, string][] = [];
  const toggleButton = doc.createElement('button');
  toggleButton.type = 'button';
  toggleButton.setAttribute(TOGGLE_ATTR, '');
  toggleButton.setAttribute(
    'style',
    'all:initial;position:fixed;top:50%;right:0;z-index:' +
      Z_TOP +
      ';width:26px;height:84px;margin-top:-42px;border-radius:8px 0 0 8px;background:#1d4ed8;color:#fff;cursor:pointer;font:700 12px/1 system-ui,sans-serif;writing-mode:vertical-rl;text-align:center;box-shadow:0 1px 4px rgba(0,0,0,.3)',
  );
  toggleButton.textContent = 'Casebook';
  toggleButton.addEventListener('click', (event) => {
    event.stopPropagation();
    // The page's scripts could click it too; only the agent opens the sidebar.
    if (event.isTrusted) api.toggle({ focus: true });
  });
  doc.documentElement.append(toggleButton);

  const reflectState = () => {
    const open = frame !== null;
    toggleButton.setAttribute('aria-expanded', String(open));
    toggleButton.setAttribute(
      'aria-label',
      open ? 'Close Casebook sidebar' : 'Open Casebook sidebar',
    );
    // While open, the sidebar's own close button (and Esc, Alt+Shift+C) close it; the tab
    // hides so that it covers nothing of the page.
    toggleButton.style.display = open ? 'none' : 'block';
  };

  /**
   * Hides a closing frame at once and removes it a moment later: the key or click that
   * closed it may still be on its way to the frame's process, and Chromium can lose that
   * input (and hang its sender) when the frame is destroyed underneath it.
   */
  const retire = (old: HTMLIFrameElement) => {
    old.removeAttribute(FRAME_ATTR);
    old.style.display = 'none';
    setTimeout(() => old.remove(), RETIRE_MS);
  };

  const detach = () => {
    // Focus inside the sidebar would fall to the page's body: hand it to the tab instead.
    const hadFocus = frame !== null && doc.activeElement === frame;
    if (frame) retire(frame);
    frame = null;
    const html = doc.documentElement.style;
    for (const [name, value, priority] of previous) {
      if (value) html.setProperty(name, value, priority);
      else html.removeProperty(name);
    }
    reflectState();
    if (hadFocus) toggleButton.focus();
  };

  const api: SidebarFrame = {
    get isOpen() {
      return frame !== null;
    },
    open(options = {}) {
      if (frame) return;
      frame = doc.createElement('iframe');
      const opened = frame;
      if (options.focus) opened.addEventListener('load', () => opened.focus(), { once: true });
      frame.setAttribute(FRAME_ATTR, '');
      frame.title = 'Casebook sidebar';
      frame.src = src;
      frame.setAttribute(
        'style',
        `all:initial;position:fixed;top:0;right:0;z-index:${Z_TOP};width:${SIDEBAR_WIDTH}px;height:100vh;border:0;border-left:1px solid rgba(127,127,127,.35);background:Canvas;color-scheme:light dark;box-shadow:-2px 0 8px rgba(0,0,0,.12)`,
      );
      doc.documentElement.append(frame);
      const html = doc.documentElement.style;
      previous = RESERVED.map((name) => [
        name,
        html.getPropertyValue(name),
        html.getPropertyPriority(name),
      ]);
      // Narrow the page by the sidebar's width. A page too wide for what is left (fixed
      // columns) keeps its min-content width and scrolls sideways, so every control can
      // still be brought out from under the sidebar.
      html.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
      html.setProperty('min-width', 'min-content', 'important');
      reflectState();
      onChange(true);
    },
    close() {
      if (!frame) return;
      detach();
      onChange(false);
    },
    toggle(options) {
      if (frame) api.close();
      else api.open(options);
    },
    destroy() {
      // The extension went away (update, disable): clean up without recording a choice.
      if (frame) detach();
      toggleButton.remove();
    },
  };
  reflectState();
  return api;
}
