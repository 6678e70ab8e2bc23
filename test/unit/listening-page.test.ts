import { describe, expect, it } from 'vitest';
import { FocusStore } from '@/lib/background/focus-store';
import { adapterFor } from '@/lib/sites';
import {
  badgeText,
  mergeListened,
  MAX_LISTENED_POSTS,
  needingAnswer,
  type ListenedPost,
  type PageListening,
} from '@/lib/listening/page-listening';
import type { TabCommand } from '@/lib/messages/names';
import type { RouterOptions, Sender } from '@/lib/messages/router';
import { readSettings, saveSettings } from '@/lib/settings';
import { quietHub, testRoute } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

const options: RouterOptions = {
  extensionId: 'test',
  extensionOrigin: 'chrome-extension://test/',
  isSupportedPage: (url) => adapterFor(url) !== null,
};
const SEARCH = 'https://x.com/search?q=acme';
const xPage: Sender = { id: 'test', url: SEARCH, tab: { id: 7 }, frameId: 0 };
const sidebar: Sender = {
  id: 'test',
  url: 'chrome-extension://test/sidebar.html',
  tab: { id: 7 },
  frameId: 3,
};

const listened = (postId: string, over: Partial<ListenedPost> = {}): ListenedPost => ({
  postId,
  label: 'question',
  needsAnswer: true,
  priority: 1,
  reasons: [],
  terms: ['Acme'],
  snippet: 'text',
  author: null,
  seenAt: 0,
  ...over,
});

const report = (postId: string, text: string) => ({
  postId,
  text,
  terms: ['@AcmeMobile'],
  author: { handle: 'kim', name: 'Kim' },
});

async function setUp(answer: unknown = { ok: true, ref: 'C-ABC123' }) {
  const db = freshDatabase();
  const settings = await readSettings(db);
  await saveSettings(db, {
    ...settings,
    listening: {
      ...settings.listening,
      watchList: { ...settings.listening.watchList, handles: ['AcmeMobile'] },
    },
  });
  const store = new FocusStore<PageListening>('listening:');
  const commands: { tabId: number; command: TabCommand }[] = [];
  const hub = quietHub();
  const route = testRoute(db, options, {
    hub,
    listening: store,
    askTab: async (tabId, command) => {
      commands.push({ tabId, command });
      return answer;
    },
    siteTabs: async () => [7, 9],
  });
  return { db, route, store, commands, hub };
}

describe("a page's listening list (pure)", () => {
  it('starts again on another page, keeps a post once, and keeps the latest posts only', () => {
    const page = { platform: 'x' as const, url: SEARCH };
    const first = mergeListened(null, page, [listened('1', { seenAt: 5 })]);
    const again = mergeListened(first, page, [
      listened('1', { seenAt: 9, priority: 4 }),
      listened('2'),
    ]);
    expect(again.posts.map((p) => [p.postId, p.seenAt, p.priority])).toEqual([
      ['1', 5, 4],
      ['2', 0, 1],
    ]);
    const elsewhere = mergeListened(again, { ...page, url: 'https://x.com/home' }, [listened('3')]);
    expect(elsewhere.posts.map((p) => p.postId)).toEqual(['3']);
    const many = Array.from({ length: MAX_LISTENED_POSTS + 5 }, (_, i) => listened(String(i)));
    const capped = mergeListened(null, page, many);
    expect(capped.posts).toHaveLength(MAX_LISTENED_POSTS);
    expect(capped.posts[0]!.postId).toBe('5');
  });

  it('lists those that need an answer, most urgent first, then the first seen', () => {
    const list: PageListening = {
      platform: 'x',
      url: SEARCH,
      posts: [
        listened('a', { priority: 2, seenAt: 3 }),
        listened('b', { needsAnswer: false, label: 'praise', priority: 0 }),
        listened('c', { priority: 5, seenAt: 4 }),
        listened('d', { priority: 2, seenAt: 1 }),
      ],
    };
    expect(needingAnswer(list).map((p) => p.postId)).toEqual(['c', 'd', 'a']);
    expect(needingAnswer(null)).toEqual([]);
    expect(badgeText({ label: 'complaint', needsAnswer: true })).toBe('Needs answer');
    expect(badgeText({ label: 'praise', needsAnswer: false })).toBe('Praise');
    expect(badgeText({ label: 'other', needsAnswer: false })).toBe('Mention');
  });
});

describe('listening requests in the background', () => {
  it('gives a page the watch list, and none when the team watches nothing', async () => {
    const { db, route } = await setUp();
    const asked = await route({ type: 'listening.watchList', payload: { platform: 'x' } }, xPage);
    expect(asked).toMatchObject({ ok: true, data: { watchList: { handles: ['AcmeMobile'] } } });
    const settings = await readSettings(db);
    await saveSettings(db, {
      ...settings,
      listening: {
        ...settings.listening,
        watchList: { ...settings.listening.watchList, handles: [] },
      },
    });
    const none = await route({ type: 'listening.watchList', payload: { platform: 'x' } }, xPage);
    expect(none).toEqual({ ok: true, data: { watchList: null } });
  });

  it("labels the posts a page reports and keeps them for its tab's sidebar", async () => {
    const { route, store, hub } = await setUp();
    const posts = [
      report('1', 'Charged twice for my March bill. I want a refund, not a chatbot. @AcmeMobile'),
      report('2', 'The new case arrived a day early and it is perfect, thank you @AcmeMobile!'),
    ];
    const answer = await route(
      { type: 'listening.seen', payload: { platform: 'x', pageUrl: SEARCH, posts } },
      xPage,
    );
    expect(answer).toEqual({
      ok: true,
      data: {
        '1': { label: 'complaint', needsAnswer: true },
        '2': { label: 'praise', needsAnswer: false },
      },
    });
    const kept = await store.get(7);
    expect(kept?.url).toBe(SEARCH);
    expect(kept?.posts.map((p) => [p.postId, p.label, p.author?.handle])).toEqual([
      ['1', 'complaint', 'kim'],
      ['2', 'praise', 'kim'],
    ]);
    expect(kept?.posts[0]!.reasons.length).toBeGreaterThan(0);
    expect(hub.pushes).toBeGreaterThan(0);
  });

  it('refuses a page that reports for another site, a sidebar report, and bad payloads', async () => {
    const { route, store } = await setUp();
    const posts = [report('1', 'Is @AcmeMobile down?')];
    const forged = await route(
      { type: 'listening.seen', payload: { platform: 'facebook', pageUrl: SEARCH, posts } },
      xPage,
    );
    expect(forged.ok).toBe(false);
    const tooLong = await route(
      {
        type: 'listening.seen',
        payload: { platform: 'x', pageUrl: SEARCH, posts: [report('1', 'x'.repeat(2_001))] },
      },
      xPage,
    );
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const empty = await route(
      { type: 'listening.seen', payload: { platform: 'x', pageUrl: SEARCH, posts: [] } },
      xPage,
    );
    expect(empty.ok).toBe(false);
    // Capture from the list is the sidebar's: a content script cannot ask for it.
    const fromPage = await route({ type: 'listening.capture', payload: { postId: '1' } }, xPage);
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await store.get(7)).toBeNull();
  });

  it('has the page capture a listed post, and only a listed one', async () => {
    const { route, commands } = await setUp();
    const notListed = await route({ type: 'listening.capture', payload: { postId: '1' } }, sidebar);
    expect(notListed).toEqual({
      ok: true,
      data: { ok: false, message: 'That post is no longer in the list.' },
    });
    expect(commands).toEqual([]);
    await route(
      {
        type: 'listening.seen',
        payload: { platform: 'x', pageUrl: SEARCH, posts: [report('1', 'Is @AcmeMobile down?')] },
      },
      xPage,
    );
    const done = await route({ type: 'listening.capture', payload: { postId: '1' } }, sidebar);
    expect(done).toEqual({ ok: true, data: { ok: true, ref: 'C-ABC123' } });
    expect(commands).toEqual([
      { tabId: 7, command: { type: 'post.capture', postId: '1', as: 'case' } },
    ]);
    await route(
      { type: 'listening.capture', payload: { postId: '1', as: 'testimonial' } },
      sidebar,
    );
    expect(commands[1]?.command).toEqual({ type: 'post.capture', postId: '1', as: 'testimonial' });
  });

  it('says so when the page gives no answer it can read', async () => {
    const { route } = await setUp({ surprise: true });
    await route(
      {
        type: 'listening.seen',
        payload: { platform: 'x', pageUrl: SEARCH, posts: [report('1', 'Is @AcmeMobile down?')] },
      },
      xPage,
    );
    const answer = await route({ type: 'listening.capture', payload: { postId: '1' } }, sidebar);
    expect(answer).toEqual({
      ok: true,
      data: { ok: false, message: 'The page did not answer: reload it and try again.' },
    });
  });

  it('tells every open site page when the watch list changes, and forgets what they listed', async () => {
    const { db, route, store, commands } = await setUp();
    await route(
      {
        type: 'listening.seen',
        payload: { platform: 'x', pageUrl: SEARCH, posts: [report('1', 'Is @AcmeMobile down?')] },
      },
      xPage,
    );
    expect((await store.get(7))?.posts).toHaveLength(1);
    const settings = await readSettings(db);
    // Saving other settings leaves the pages alone.
    const other = await route(
      { type: 'settings.save', payload: { settings: { ...settings, agents: ['me', 'Sam'] } } },
      sidebar,
    );
    expect(other.ok).toBe(true);
    expect(commands).toEqual([]);
    const watched = { ...settings.listening.watchList, handles: ['AcmeSupport'] };
    const saved = await route(
      {
        type: 'settings.save',
        payload: {
          settings: { ...settings, listening: { ...settings.listening, watchList: watched } },
        },
      },
      { id: 'test', url: 'chrome-extension://test/options.html' },
    );
    expect(saved.ok).toBe(true);
    expect(commands).toEqual([
      { tabId: 7, command: { type: 'listening.changed' } },
      { tabId: 9, command: { type: 'listening.changed' } },
    ]);
    expect(await store.get(7)).toBeNull();
  });
});
