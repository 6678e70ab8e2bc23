import { beforeEach, describe, expect, it } from 'vitest';
import type { CasebookDatabase } from '@/lib/db/database';
import {
  ownPagePath,
  senderAccess,
  sidebarTabOf,
  type createRouter,
  type RouterOptions,
  type Sender,
} from '@/lib/messages/router';
import { quietHub, testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
/** The sidebar's per-session address (use_dynamic_url), as runtime.getURL gives it. */
const DYNAMIC = 'chrome-extension://577073fa-68f3-48f5-95bb-a77ae4a77f96/';
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  dynamicOrigin: DYNAMIC,
  isSupportedPage: (url) => url.hostname === 'x.com',
};

const contentScript: Sender = { id: EXT_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html` };
const sidebar: Sender = { id: EXT_ID, url: `${ORIGIN}sidebar.html`, tab: { id: 7 }, frameId: 3 };

let db: CasebookDatabase;
let route: ReturnType<typeof createRouter>;
let hub: ReturnType<typeof quietHub>;

beforeEach(() => {
  db = freshDatabase();
  hub = quietHub();
  route = testRoute(db, options, { hub, now: () => Date.UTC(2026, 10, 22) });
});

/** Captures a post as our content script would and returns its case id. */
async function captureCase(): Promise<string> {
  const captured = await route(
    { type: 'capture.post', payload: { post: parsedPost() } },
    contentScript,
  );
  if (!captured.ok) throw new Error(captured.error.message);
  return (captured.data as { caseId: string }).caseId;
}

const nothingStored = async () => {
  expect(await db.posts.count()).toBe(0);
  expect(await db.cases.count()).toBe(0);
};

describe('message protocol', () => {
  it('a content script on a supported site captures a post', async () => {
    const response = await route(
      { type: 'capture.post', payload: { post: parsedPost() } },
      contentScript,
    );
    expect(response).toMatchObject({ ok: true, data: { created: true } });
    expect(await db.cases.count()).toBe(1);
    expect(hub.pushes).toBe(1);
  });

  it.each([
    ['not an object', 'capture'],
    ['null', null],
    ['no type', { payload: {} }],
    ['a numeric type', { type: 5, payload: {} }],
  ])('refuses a malformed envelope (%s)', async (_label, message) => {
    const response = await route(message, contentScript);
    expect(response).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Not a Casebook request.' },
    });
    await nothingStored();
  });

  it('refuses an unknown request type, including prototype names', async () => {
    for (const type of ['case.delete', '__proto__', 'constructor', 'toString']) {
      const response = await route({ type, payload: {} }, dashboard);
      expect(response).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('refuses messages from another extension or a web page', async () => {
    const forged: Sender[] = [
      { ...contentScript, id: 'someotherextensionidxxxxxxxxxxxx' },
      { ...contentScript, id: undefined },
      { ...contentScript, url: 'https://evil.example/x.com' }, // not a supported site
      { ...contentScript, url: 'http://x.com/home' }, // not https
      { ...contentScript, url: 'not a url' },
      { id: EXT_ID, url: 'https://x.com/home' }, // claims a page but has no tab
    ];
    for (const sender of forged) {
      const response = await route(
        { type: 'capture.post', payload: { post: parsedPost() } },
        sender,
      );
      expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await nothingStored();
  });

  it('keeps privileged requests to extension pages', async () => {
    const caseId = await captureCase();
    const fromPage = await route(
      { type: 'case.setStatus', payload: { caseId, status: 'closed' } },
      contentScript,
    );
    expect(fromPage).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: `"case.setStatus" may only be sent by Casebook's own pages.`,
      },
    });
    expect((await db.cases.get(caseId))?.status).toBe('new');

    for (const sender of [dashboard, sidebar]) {
      const ok = await route(
        { type: 'case.addNote', payload: { caseId, text: 'Called them' } },
        sender,
      );
      expect(ok.ok).toBe(true);
    }
    expect((await db.cases.get(caseId))?.notes).toHaveLength(2);
  });

  it('refuses an invalid payload with a message naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ post: { ...parsedPost(), platform: 'myspace' } }, 'post.platform'],
      [{ post: { ...parsedPost(), text: 'a'.repeat(1_000_001) } }, 'post.text'],
      [{ post: { ...parsedPost(), permalink: 'javascript:alert(1)' } }, 'post.permalink'],
      [{ post: { ...parsedPost(), author: { handle: '' } } }, 'post.author'],
      [{}, 'post'],
    ];
    for (const [payload, field] of cases) {
      const response = await route({ type: 'capture.post', payload }, contentScript);
      expect(response.ok).toBe(false);
      if (response.ok) continue;
      expect(response.error.code).toBe('invalid-payload');
      expect(response.error.message).toContain(field);
    }
    await nothingStored();
  });

  it('assigning to someone who is not an agent is refused, and changes nothing', async () => {
    const caseId = await captureCase();
    const response = await route(
      { type: 'case.setAssignee', payload: { caseId, assignee: 'Mallory' } },
      dashboard,
    );
    expect(response).toMatchObject({
      ok: false,
      error: { message: '"Mallory" is not an agent of this team (see Settings).' },
    });
    expect((await db.cases.get(caseId))?.assignee).toBe('me');
  });

  it('an empty note is refused with a clear message', async () => {
    const response = await route(
      { type: 'case.addNote', payload: { caseId: 'x', text: '   ' } },
      dashboard,
    );
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    if (!response.ok) expect(response.error.message).toContain('A note needs some text');
  });

  it('a missing case is "not found" only when classified, "failed" otherwise', async () => {
    const response = await route(
      { type: 'case.setStatus', payload: { caseId: 'missing', status: 'open' } },
      dashboard,
    );
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'No case with id missing' },
    });
  });

  it("answers which of a page's posts are captured, with their case refs", async () => {
    await route(
      { type: 'capture.post', payload: { post: parsedPost({ postId: '11' }) } },
      contentScript,
    );
    const response = await route(
      { type: 'posts.captured', payload: { platform: 'x', postIds: ['11', '12'] } },
      contentScript,
    );
    if (!response.ok) throw new Error(response.error.message);
    const data = response.data as Record<string, { ref: string }>;
    expect(Object.keys(data)).toEqual(['11']);
    expect(data['11']?.ref).toMatch(/^C-/);
  });

  it('classifies senders', () => {
    expect(senderAccess(contentScript, options)).toBe('content');
    expect(senderAccess(dashboard, options)).toBe('extension');
    expect(senderAccess(sidebar, options)).toBe('extension');
    expect(senderAccess({ id: EXT_ID }, options)).toBeNull();
  });
});

describe('our own pages, under the static and the dynamic address (use_dynamic_url)', () => {
  // What Chromium 156 reports for the sidebar framed at its dynamic address: our id, the
  // static address, the frame's id and the host page's tab (seen in the built extension).
  const framedSidebar = sidebar;
  const atDynamic: Sender = { ...sidebar, url: `${DYNAMIC}sidebar.html` };

  it('knows the sidebar by our id and the page path, under either origin', () => {
    expect(ownPagePath(framedSidebar, options)).toBe('/sidebar.html');
    expect(ownPagePath(atDynamic, options)).toBe('/sidebar.html');
    expect(ownPagePath({ ...sidebar, url: `${ORIGIN}sidebar.html?x=1#y` }, options)).toBe(
      '/sidebar.html',
    );
    expect(senderAccess(atDynamic, options)).toBe('extension');
    expect(sidebarTabOf(framedSidebar, options)).toBe(7);
    expect(sidebarTabOf(atDynamic, options)).toBe(7);
  });

  it('never takes a content script for one of our pages, whatever its page address', () => {
    // A content script's sender has our id and a tab too: its URL is the host page's.
    const lookalikes = [
      'https://x.com/home',
      `https://x.com/${ORIGIN}sidebar.html`,
      `https://x.com/sidebar.html`,
      `https://x.com/home?u=${encodeURIComponent(`${DYNAMIC}sidebar.html`)}`,
    ];
    for (const url of lookalikes) {
      const script: Sender = { ...contentScript, url };
      expect(ownPagePath(script, options)).toBeNull();
      expect(sidebarTabOf(script, options)).toBeNull();
      expect(senderAccess(script, options)).toBe('content');
    }
  });

  it("refuses another extension's pages, and our address under another id", () => {
    const others: Sender[] = [
      { ...sidebar, id: 'someotherextensionidxxxxxxxxxxxx' },
      { ...atDynamic, id: 'someotherextensionidxxxxxxxxxxxx' },
      { ...sidebar, id: undefined },
      { ...sidebar, url: 'chrome-extension://someotherextensionidxxxxxxxxxxxx/sidebar.html' },
      { ...sidebar, url: `chrome-extension://${EXT_ID}.evil.example/sidebar.html` },
      { ...sidebar, url: `https://${EXT_ID}/sidebar.html` },
    ];
    for (const sender of others) {
      expect(ownPagePath(sender, options)).toBeNull();
      expect(sidebarTabOf(sender, options)).toBeNull();
      expect(senderAccess(sender, options)).toBeNull();
    }
  });

  it('a dynamic address is ours only when the background was told it', () => {
    const staticOnly: RouterOptions = { ...options, dynamicOrigin: undefined };
    expect(senderAccess(atDynamic, staticOnly)).toBeNull();
    expect(senderAccess(framedSidebar, staticOnly)).toBe('extension');
  });

  it('a framed sidebar names its tab; our other pages and a sidebar opened as a tab do not', () => {
    expect(sidebarTabOf(dashboard, options)).toBeNull();
    expect(sidebarTabOf({ ...dashboard, tab: { id: 7 }, frameId: 3 }, options)).toBeNull();
    expect(sidebarTabOf({ ...sidebar, frameId: 0 }, options)).toBeNull(); // a tab of its own
    expect(sidebarTabOf({ ...sidebar, frameId: undefined }, options)).toBeNull();
    expect(sidebarTabOf({ ...sidebar, tab: undefined }, options)).toBeNull();
  });
});
