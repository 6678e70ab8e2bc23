import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { FocusStore } from '@/lib/background/focus-store';
import { SidebarHub } from '@/lib/background/sidebar-hub';
import { sidebarTabOf, type ExtensionPages, type Sender } from '@/lib/messages/router';
import { freshDatabase } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGES: ExtensionPages = {
  extensionId: EXT_ID,
  extensionOrigin: `chrome-extension://${EXT_ID}/`,
  dynamicOrigin: 'chrome-extension://577073fa-68f3-48f5-95bb-a77ae4a77f96/',
};
const X_TAB = { id: 7, url: 'https://x.com/home' };

/** A port as runtime.onConnect hands it over, with the sender the browser set. */
function portFrom(sender: Sender & { tab?: { id?: number; url?: string } }) {
  const port = {
    name: 'casebook-sidebar',
    sender,
    disconnect: vi.fn(),
    postMessage: vi.fn(),
    onMessage: { addListener: vi.fn() },
    onDisconnect: { addListener: vi.fn() },
  };
  return port as typeof port & Browser.runtime.Port;
}

const hub = () =>
  new SidebarHub(
    freshDatabase(),
    new FocusStore(),
    (sender) => sidebarTabOf(sender, PAGES),
    (url) => url.hostname === 'x.com',
  );

describe('the sidebar hub lets only our framed sidebar in', () => {
  it('accepts the sidebar framed in a tab of a supported site, under either address', () => {
    for (const origin of [PAGES.extensionOrigin, PAGES.dynamicOrigin]) {
      const port = portFrom({ id: EXT_ID, url: `${origin}sidebar.html`, frameId: 5, tab: X_TAB });
      expect(hub().connect(port)).toBe(true);
      expect(port.disconnect).not.toHaveBeenCalled();
    }
  });

  it.each<[string, Sender & { tab?: { id?: number; url?: string } }]>([
    ['our content script', { id: EXT_ID, url: 'https://x.com/home', frameId: 0, tab: X_TAB }],
    [
      'the sidebar framed on a site Casebook does not run on',
      {
        id: EXT_ID,
        url: `${PAGES.extensionOrigin}sidebar.html`,
        frameId: 5,
        tab: { id: 8, url: 'https://www.x.com/home' },
      },
    ],
    [
      'the sidebar page opened as a tab of its own',
      {
        id: EXT_ID,
        url: `${PAGES.extensionOrigin}sidebar.html`,
        frameId: 0,
        tab: { id: 9, url: `${PAGES.extensionOrigin}sidebar.html` },
      },
    ],
    [
      'another of our pages framed in the tab',
      { id: EXT_ID, url: `${PAGES.extensionOrigin}dashboard.html`, frameId: 5, tab: X_TAB },
    ],
    [
      'another extension',
      {
        id: 'someotherextensionidxxxxxxxxxxxx',
        url: 'chrome-extension://someotherextensionidxxxxxxxxxxxx/sidebar.html',
        frameId: 5,
        tab: X_TAB,
      },
    ],
  ])('refuses %s', (_label, sender) => {
    const port = portFrom(sender);
    expect(hub().connect(port)).toBe(false);
    expect(port.disconnect).toHaveBeenCalled();
    expect(port.postMessage).not.toHaveBeenCalled();
  });
});

describe('pushes to the sidebars', () => {
  const connected = async () => {
    const sidebars = hub();
    const port = portFrom({
      id: EXT_ID,
      url: `${PAGES.extensionOrigin}sidebar.html`,
      frameId: 5,
      tab: X_TAB,
    });
    expect(sidebars.connect(port)).toBe(true);
    await vi.waitFor(() => expect(port.postMessage).toHaveBeenCalledTimes(1)); // the first view
    return { sidebars, port };
  };

  it('pushes once, shortly after a burst of writes', async () => {
    const { sidebars, port } = await connected();
    for (let i = 0; i < 5; i++) sidebars.pushAllSoon(50);
    await new Promise((done) => setTimeout(done, 150));
    await vi.waitFor(() => expect(port.postMessage).toHaveBeenCalledTimes(2));
    await new Promise((done) => setTimeout(done, 100));
    expect(port.postMessage).toHaveBeenCalledTimes(2);
  });

  it('drops a pending "soon" push when a full push comes first: it already holds those writes', async () => {
    const { sidebars, port } = await connected();
    sidebars.pushAllSoon(50);
    await sidebars.pushAll();
    expect(port.postMessage).toHaveBeenCalledTimes(2);
    await new Promise((done) => setTimeout(done, 150));
    expect(port.postMessage).toHaveBeenCalledTimes(2);
  });
});
