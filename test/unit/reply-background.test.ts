import { beforeEach, describe, expect, it } from 'vitest';
import { classifyError } from '@/lib/background';
import { FocusStore } from '@/lib/background/focus-store';
import {
  createReplyInserter,
  PENDING_TTL_MS,
  PendingReplies,
  type SessionArea,
} from '@/lib/background/reply-inserter';
import type { CasebookDatabase } from '@/lib/db/database';
import type { TabCommand } from '@/lib/messages/names';
import {
  sidebarTabOf,
  type createRouter,
  type RouterOptions,
  type Sender,
} from '@/lib/messages/router';
import { testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => url.hostname === 'x.com',
  classify: classifyError,
};
const TAB = 7;
const contentIn = (tab: number): Sender => ({
  id: EXT_ID,
  url: 'https://x.com/dana_r/status/1850000000000000001',
  tab: { id: tab },
  frameId: 0,
});
const sidebarIn = (tab: number): Sender => ({
  id: EXT_ID,
  url: `${ORIGIN}sidebar.html`,
  tab: { id: tab },
  frameId: 3,
});
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html`, tab: { id: 99 } };

/** storage.session as a Map, shared by "service worker lives" to show what survives. */
function memorySession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    remove: async (key) => void data.delete(key),
  };
}

describe('pending inserts (what may be reported as sent)', () => {
  const recorded: string[] = [];
  const record = (what: string) => async () => void recorded.push(what);

  beforeEach(() => {
    recorded.length = 0;
  });

  it('accepts a case once, in the tab it was inserted in, while it is recent', async () => {
    const pending = new PendingReplies(undefined);
    await pending.add(TAB, 'case-1', 1000);
    expect(await pending.report(8, 'case-1', 1001, record('other tab'))).toBe(false);
    expect(await pending.report(TAB, 'case-2', 1001, record('other case'))).toBe(false);
    expect(await pending.has(TAB, 'case-1', 1002)).toBe(true);
    expect(await pending.report(TAB, 'case-1', 1002, record('sent'))).toBe(true);
    expect(await pending.report(TAB, 'case-1', 1003, record('again'))).toBe(false); // used up
    await pending.add(TAB, 'case-1', 2000);
    expect(await pending.report(TAB, 'case-1', 2000 + PENDING_TTL_MS, record('stale'))).toBe(false);
    expect(recorded).toEqual(['sent']);
  });

  it('survives the service worker being stopped (storage.session), and forgets closed tabs', async () => {
    const session = memorySession();
    await new PendingReplies(session).add(TAB, 'case-1', 1000);
    const restarted = new PendingReplies(session);
    expect(await restarted.report(TAB, 'case-1', 5000, record('sent'))).toBe(true);
    expect(session.data.size).toBe(0);
    await restarted.add(TAB, 'case-2', 6000);
    await new PendingReplies(session).forget(TAB);
    expect(await new PendingReplies(session).has(TAB, 'case-2', 6001)).toBe(false);
  });

  it('forgets the insert only after the reply is recorded: a worker stopped between loses nothing', async () => {
    const session = memorySession();
    await new PendingReplies(session).add(TAB, 'case-1', 1000);
    // The worker is stopped while recording: the report never finishes.
    const dying = new PendingReplies(session);
    void dying.report(TAB, 'case-1', 2000, () => new Promise<void>(() => undefined));
    await Promise.resolve();
    // A new worker still knows the insert, so the reply can be recorded.
    const next = new PendingReplies(session);
    expect(await next.report(TAB, 'case-1', 3000, record('sent'))).toBe(true);
    expect(recorded).toEqual(['sent']);
    expect(session.data.size).toBe(0);
  });

  it('keeps the insert when recording fails, and takes one report at a time', async () => {
    const pending = new PendingReplies(undefined);
    await pending.add(TAB, 'case-1', 1000);
    await expect(
      pending.report(TAB, 'case-1', 1001, async () => {
        throw new Error('database closed');
      }),
    ).rejects.toThrow('database closed');
    let finish = () => undefined as void;
    const slow = pending.report(
      TAB,
      'case-1',
      1002,
      () => new Promise<void>((resolve) => (finish = () => (recorded.push('first'), resolve()))),
    );
    await Promise.resolve();
    // A second report while the first is being recorded is refused, recording nothing.
    expect(await pending.report(TAB, 'case-1', 1003, record('second'))).toBe(false);
    finish();
    expect(await slow).toBe(true);
    expect(recorded).toEqual(['first']);
  });
});

describe('the reply inserter', () => {
  const target = { caseId: 'case-1', text: 'Hi Dana', postId: '42' };

  it('sends the tab command and remembers the insert only when the page took it', async () => {
    const sent: [number, TabCommand][] = [];
    const pending = new PendingReplies(undefined);
    let answer: unknown = { ok: false, message: 'No reply box on this page: open the post first.' };
    const inserter = createReplyInserter({
      send: async (tabId, command) => (sent.push([tabId, command]), answer),
      openTab: async () => 1,
      pending,
      now: () => 100,
    });
    await expect(inserter.insertInTab(TAB, target)).rejects.toThrow('No reply box on this page');
    expect(await pending.has(TAB, 'case-1', 100)).toBe(false);
    answer = { ok: true };
    await inserter.insertInTab(TAB, target);
    expect(sent.at(-1)).toEqual([
      TAB,
      { type: 'reply.insert', text: 'Hi Dana', postId: '42', caseId: 'case-1' },
    ]);
    expect(await pending.has(TAB, 'case-1', 100)).toBe(true);
  });

  it('says so when no content script answers in the tab', async () => {
    const inserter = createReplyInserter({
      send: () => Promise.reject(new Error('Could not establish connection')),
      openTab: async () => 1,
      pending: new PendingReplies(undefined),
      now: () => 0,
    });
    await expect(inserter.insertInTab(TAB, target)).rejects.toThrow(
      'Casebook is not running in this tab',
    );
  });

  it('opens the post in a new tab and inserts once its content script is ready', async () => {
    let clock = 0;
    let tries = 0;
    const opened: string[] = [];
    const pending = new PendingReplies(undefined);
    const inserter = createReplyInserter({
      send: async () => {
        if (++tries < 4) throw new Error('Receiving end does not exist');
        return { ok: true };
      },
      openTab: async (url) => (opened.push(url), 55),
      pending,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    });
    expect(await inserter.insertInNewTab('https://x.com/dana/status/42', target)).toBe(55);
    expect(opened).toEqual(['https://x.com/dana/status/42']);
    expect(tries).toBe(4);
    expect(await pending.has(55, 'case-1', clock)).toBe(true);

    tries = -1000; // never ready
    await expect(inserter.insertInNewTab('https://x.com/dana/status/42', target)).rejects.toThrow(
      'The post did not open in time',
    );
  });
});

describe('reply requests', () => {
  let db: CasebookDatabase;
  let route: ReturnType<typeof createRouter>;
  let sent: [number, TabCommand][];
  let opened: string[];
  let now: number;
  let focus: FocusStore;

  beforeEach(() => {
    db = freshDatabase();
    focus = new FocusStore();
    sent = [];
    opened = [];
    now = Date.UTC(2026, 10, 22, 10);
    const pending = new PendingReplies(undefined);
    route = testRoute(db, options, {
      now: () => now,
      focus,
      replies: {
        pending,
        sidebarTabOf: (sender) => sidebarTabOf(sender, options),
        inserter: createReplyInserter({
          send: async (tabId, command) => (sent.push([tabId, command]), { ok: true }),
          openTab: async (url) => (opened.push(url), 31),
          pending,
          now: () => now,
        }),
      },
    });
  });

  const ok = async (type: string, payload: unknown, sender: Sender) => {
    const response = await route({ type, payload }, sender);
    if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
    return response.data;
  };
  const capture = async () =>
    ((await ok('capture.post', { post: parsedPost() }, contentIn(TAB))) as { caseId: string })
      .caseId;
  const historyOf = async (caseId: string) =>
    (await db.cases.get(caseId))!.history.filter((e) => e.type === 'reply');

  it('inserts into the sidebar’s own tab, under the post in focus, and records the reply when sent', async () => {
    const caseId = await capture();
    await focus.set(TAB, {
      platform: 'x',
      pageUrl: 'https://x.com/dana_r/status/1850000000000000001',
      postId: '1850000000000000001',
      author: null,
    });
    expect(await ok('reply.insert', { caseId, text: 'Hi Dana R' }, sidebarIn(TAB))).toEqual({
      tabId: TAB,
    });
    expect(sent).toEqual([
      [TAB, { type: 'reply.insert', text: 'Hi Dana R', postId: '1850000000000000001', caseId }],
    ]);
    expect((await db.cases.get(caseId))!.awaitingSince).not.toBeNull();

    now += 60_000;
    expect(await ok('reply.sent', { caseId }, contentIn(TAB))).toBeNull();
    const record = (await db.cases.get(caseId))!;
    expect(record).toMatchObject({ firstResponseAt: now, awaitingSince: null, status: 'open' });
    expect(await historyOf(caseId)).toEqual([
      { at: now, by: 'me', type: 'reply', from: 'first', to: 'replied on X' },
    ]);
    expect(await db.events.where('type').equals('case.reply').count()).toBe(1);
  });

  it('refuses a forged, repeated, stale or other-tab "reply sent", and records nothing', async () => {
    const caseId = await capture();
    const other = await ok(
      'capture.post',
      {
        post: parsedPost({
          postId: '1850000000000000009',
          author: { ...parsedPost().author, handle: 'sam' },
        }),
      },
      contentIn(TAB),
    );
    const otherId = (other as { caseId: string }).caseId;
    const refused = async (id: string, sender: Sender) => {
      const response = await route({ type: 'reply.sent', payload: { caseId: id } }, sender);
      expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    };
    // Forged: a case Casebook never inserted a reply for.
    await refused(caseId, contentIn(TAB));
    await ok('reply.insert', { caseId, text: 'Hi' }, sidebarIn(TAB));
    await refused(otherId, contentIn(TAB)); // another case of the same tab
    await refused(caseId, contentIn(8)); // the same case from another tab
    await ok('reply.sent', { caseId }, contentIn(TAB));
    await refused(caseId, contentIn(TAB)); // once per insert
    await ok('reply.insert', { caseId, text: 'Hi' }, sidebarIn(TAB));
    now += PENDING_TTL_MS;
    await refused(caseId, contentIn(TAB)); // stale
    expect(await historyOf(caseId)).toHaveLength(1);
    expect(await historyOf(otherId)).toHaveLength(0);
  });

  it('from the dashboard, opens the case’s post in a new tab and inserts there', async () => {
    const caseId = await capture();
    expect(await ok('reply.insert', { caseId, text: 'Hi' }, dashboard)).toEqual({ tabId: 31 });
    expect(opened).toEqual(['https://x.com/dana_r/status/1850000000000000001']);
    expect(sent[0]?.[0]).toBe(31);
  });

  it('only Casebook’s pages may insert, save or mark; a content script may not', async () => {
    const caseId = await capture();
    for (const [type, payload] of [
      ['reply.insert', { caseId, text: 'Hi' }],
      ['replies.save', { reply: { name: 'A', body: 'B' } }],
      ['replies.delete', { id: 'default-acknowledge' }],
      ['case.markReplied', { caseId }],
    ] as const) {
      const response = await route({ type, payload }, contentIn(TAB));
      expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(sent).toEqual([]);
  });

  it('marks a reply made elsewhere; next replies count as next responses', async () => {
    const caseId = await capture();
    await ok('case.markReplied', { caseId }, dashboard);
    now += 1000;
    await ok('case.markReplied', { caseId }, sidebarIn(TAB));
    expect((await historyOf(caseId)).map((e) => [e.from, e.to])).toEqual([
      ['first', 'marked as replied'],
      ['next', 'marked as replied'],
    ]);
  });

  it('records no reply for a resolved or closed case, and inserts none, saying why', async () => {
    const caseId = await capture();
    await ok('case.setStatus', { caseId, status: 'closed', reason: 'spam' }, dashboard);
    for (const [type, payload, sender] of [
      ['case.markReplied', { caseId }, dashboard],
      ['reply.insert', { caseId, text: 'Hi' }, sidebarIn(TAB)],
      ['reply.insert', { caseId, text: 'Hi' }, dashboard],
    ] as const) {
      const response = await route({ type, payload }, sender);
      expect(response).toMatchObject({ ok: false });
      expect(!response.ok && response.error.message).toMatch(
        /This case is closed: reopen it before recording a reply\./,
      );
    }
    expect(sent).toEqual([]);
    expect(opened).toEqual([]);
    expect(await historyOf(caseId)).toEqual([]);
    // Reopened, it takes the reply.
    await ok('case.setStatus', { caseId, status: 'open' }, dashboard);
    await ok('case.markReplied', { caseId }, dashboard);
    expect(await historyOf(caseId)).toHaveLength(1);
  });

  it('lists the saved replies for a channel with the agent, creating the defaults first', async () => {
    const listed = (await ok('replies.list', { channel: 'facebook' }, sidebarIn(TAB))) as {
      replies: { name: string }[];
      agent: string | null;
    };
    // This browser's agent has no name of their own ("me"): {agent} is left for them.
    expect(listed.agent).toBeNull();
    // "Move to DM" is for X only.
    expect(listed.replies.map((r) => r.name)).toEqual([
      'Acknowledge',
      'Ask for details',
      'Resolved – check',
    ]);
    const saved = (await ok(
      'replies.save',
      { reply: { name: 'Hi', body: 'Hi {name}' } },
      dashboard,
    )) as {
      id: string;
    };
    await ok('replies.delete', { id: saved.id }, dashboard);
    const bad = await route(
      { type: 'replies.save', payload: { reply: { name: '', body: 'x' } } },
      dashboard,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('gives the agent’s display name for {agent} when they have one', async () => {
    const named = testRoute(db, options, { agent: 'Ana Lopez' });
    const response = await named({ type: 'replies.list', payload: {} }, sidebarIn(TAB));
    expect(response).toMatchObject({ ok: true, data: { agent: 'Ana Lopez' } });
  });
});
