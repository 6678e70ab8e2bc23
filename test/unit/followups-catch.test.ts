import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifyError } from '@/lib/background';
import { FocusStore } from '@/lib/background/focus-store';
import { SAME_REPLY_MS } from '@/lib/background/reply-handlers';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case } from '@/lib/db/schema';
import { reportedToDirect } from '@/lib/followups/note-text';
import type { ReplyDeps } from '@/lib/background/reply-handlers';
import type { RouterOptions, Sender } from '@/lib/messages/router';
import { readSettings, saveSettings } from '@/lib/settings';
import { quietHub, testReplyDeps, testRoute } from '../support/fake-background';
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
const POST_ID = '1850000000000000001';
const POST_URL = `https://x.com/dana_r/status/${POST_ID}`;
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html`, tab: { id: 99 } };
const siteTab = (url = POST_URL, frameId = 0): Sender => ({
  id: EXT_ID,
  url,
  tab: { id: TAB },
  frameId,
});

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 9, 0); // a Monday, 9:00 UTC
const PROMISE = "Sorry Dana! We'll get back to you within 2 hours with the courier's answer.";

let db: CasebookDatabase;
let clock: number;
let hub: ReturnType<typeof quietHub>;
let replies: ReplyDeps;
let focus: FocusStore;
let route: ReturnType<typeof testRoute>;
let caseId: string;

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDatabase();
  clock = NOW;
  hub = quietHub();
  replies = testReplyDeps(() => clock);
  focus = new FocusStore();
  route = testRoute(db, options, { hub, now: () => clock, replies, focus });
  caseId = (await capturePost(db, parsedPost(), { by: 'me', now: NOW - HOUR })).caseId;
});

const send = (type: string, payload: unknown, sender: Sender) => route({ type, payload }, sender);
const sentText = (text: string, sender: Sender = siteTab(), postId: string | null = POST_ID) =>
  send('reply.sentText', { text, postId }, sender);
const theCase = async () => (await db.cases.get(caseId)) as Case;
const replyEntries = async () => (await theCase()).history.filter((e) => e.type === 'reply');
const followUps = () => db.followUps.where('caseId').equals(caseId).toArray();

describe('reported promises in notes', () => {
  it.each([
    ["told her we'd call back Friday", 'we will call back Friday'],
    [
      'I told the customer that we would send the label tomorrow.',
      'we will send the label tomorrow.',
    ],
    ["Promised Dana I'd DM the tracking link by 5pm", 'I will DM the tracking link by 5pm'],
    [
      "We've just let him know our team will check within 2 days",
      'our team will check within 2 days',
    ],
    ["Told her on the phone we'll refund by Monday", 'we will refund by Monday'],
    ['told her we\u2019d call back Friday', 'we will call back Friday'], // a phone's apostrophe
  ])('"%s" reads as "%s"', (note, direct) => {
    expect(reportedToDirect(note)).toBe(direct);
  });

  it.each([
    "Customer told us we'd promised a refund", // the customer's words
    "told her we'd promised a refund last week", // "we'd promised": had, a past report
    'Told him nothing yet, waiting on billing.',
    'Checked the order: it left the warehouse.',
  ])('leaves "%s" as written', (note) => {
    expect(reportedToDirect(note)).toBe(note);
  });
});

describe('case.addNote', () => {
  it('proposes a follow-up for a promise in the note, with its history line', async () => {
    const answer = await send(
      'case.addNote',
      { caseId, text: "Called her: told her we'd call back Friday." },
      dashboard,
    );
    expect(answer).toMatchObject({ ok: true });
    const [followUp, ...more] = await followUps();
    expect(more).toEqual([]);
    expect(followUp).toMatchObject({
      source: 'note',
      phrase: 'we will call back Friday',
      text: "Called her: told her we'd call back Friday.",
      customerKey: 'x:dana_r',
      owner: 'me',
      where: POST_URL,
      confirmedAt: null, // waits for keep / change / dismiss
      status: 'pending',
    });
    expect(new Date(followUp!.dueAt).getUTCDay()).toBe(5);
    const history = (await theCase()).history.map((e) => e.type);
    expect(history.slice(-2)).toEqual(['note', 'followup']);
    expect(await fakeBrowser.alarms.getAll()).not.toEqual([]);
  });

  it('a note without a promise leaves no follow-up; automatic follow-ups keep one at once', async () => {
    await send('case.addNote', { caseId, text: 'Order left the warehouse on Monday.' }, dashboard);
    expect(await followUps()).toEqual([]);
    const settings = await readSettings(db);
    await saveSettings(db, {
      ...settings,
      followUps: { ...settings.followUps, autoConfirm: true },
    });
    await send(
      'case.addNote',
      { caseId, text: 'Promised her we will refund by Monday' },
      dashboard,
    );
    expect(await followUps()).toMatchObject([{ source: 'note', confirmedAt: NOW }]);
  });
});

describe('a reply Casebook inserted, reported sent', () => {
  it('records the reply; on X the watcher, not the insert, files the promises', async () => {
    await replies.pending.add(TAB, caseId, NOW, PROMISE);
    clock = NOW + 60_000;
    expect(await send('reply.sent', { caseId }, siteTab())).toMatchObject({ ok: true });
    expect(await replyEntries()).toHaveLength(1);
    expect((await theCase()).firstResponseAt).toBe(clock);
    // X has a send watcher: what was really sent counts, not what was inserted.
    expect(await followUps()).toEqual([]);
  });

  it('seen sent by the watcher too, in either order: one reply, one follow-up, source saved-reply', async () => {
    await replies.pending.add(TAB, caseId, NOW, PROMISE);
    clock = NOW + 1_000;
    // The watcher's report lands first: the insert is still pending, so a saved reply...
    expect(await sentText(PROMISE)).toMatchObject({
      ok: true,
      data: { promises: 1, replied: true },
    });
    expect(await followUps()).toMatchObject([{ source: 'saved-reply' }]);
    clock += 300;
    // ...then the insert's: the same reply, nothing more.
    expect(await send('reply.sent', { caseId }, siteTab())).toMatchObject({ ok: true });
    expect(await replyEntries()).toHaveLength(1);
    expect(await followUps()).toHaveLength(1);

    // The other order, for a second reply later on.
    clock += 20 * 60_000;
    await replies.pending.add(TAB, caseId, clock, 'We will DM you the label by end of day.');
    clock += 1_000;
    expect(await send('reply.sent', { caseId }, siteTab())).toMatchObject({ ok: true });
    expect(await sentText('We will DM you the label by end of day.')).toMatchObject({
      ok: true,
      data: { promises: 1, replied: false },
    });
    expect(await replyEntries()).toHaveLength(2);
    const sources = (await followUps()).map((f) => f.source);
    expect(sources).toEqual(['saved-reply', 'saved-reply']);
  });

  it('files what the agent sent after editing the inserted words, once', async () => {
    await replies.pending.add(TAB, caseId, NOW, "We'll get back to you within 24 hours.");
    clock = NOW + 1_000;
    await send('reply.sent', { caseId }, siteTab());
    await sentText("We'll get back to you within 2 hours.");
    const filed = await followUps();
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ source: 'saved-reply', dueAt: clock + 2 * HOUR });
  });
});

describe('a reply sent through the site (reply.sentText)', () => {
  it('stops the response clock of the case in work, once', async () => {
    expect(await sentText('Thanks Dana, checking with the courier now.')).toMatchObject({
      ok: true,
      data: { promises: 0, replied: true },
    });
    const record = await theCase();
    expect(record).toMatchObject({ status: 'open', firstResponseAt: NOW, awaitingSince: null });
    expect(record.history.at(-2)).toMatchObject({
      type: 'reply',
      to: 'replied on X',
      from: 'first',
    });
    // A second report of the same reply moments later is not a second reply...
    clock += 2_000;
    expect(await sentText('Thanks Dana, checking with the courier now.')).toMatchObject({
      data: { replied: false },
    });
    expect(await replyEntries()).toHaveLength(1);
    // ...a reply sent later is.
    clock += SAME_REPLY_MS;
    expect(await sentText('Any news on your side?')).toMatchObject({ data: { replied: true } });
    expect(await replyEntries()).toHaveLength(2);
  });

  it('on a post the tab does not show nor the agent is on, it records no reply', async () => {
    const answer = await sentText('Checking now.', siteTab('https://x.com/home'));
    expect(answer).toMatchObject({ ok: true, data: { replied: false } });
    expect(await replyEntries()).toEqual([]);
    // The post the agent is on (a reply dialog from the timeline) is.
    await focus.set(TAB, {
      platform: 'x',
      pageUrl: 'https://x.com/home',
      postId: POST_ID,
      author: {
        handle: 'dana_r',
        name: 'Dana R',
        profileUrl: 'https://x.com/dana_r',
        avatarUrl: null,
      },
    });
    expect(await sentText('Checking now.', siteTab('https://x.com/home'))).toMatchObject({
      data: { replied: true },
    });
  });

  it('a finished case records no reply, but its promise is still proposed', async () => {
    await setCaseStatus(db, caseId, 'resolved', { by: 'me', now: NOW - 1_000 }, 'test');
    expect(await sentText(PROMISE)).toMatchObject({
      ok: true,
      data: { promises: 1, replied: false },
    });
    expect(await replyEntries()).toEqual([]);
  });

  it('is refused from a subframe, an extension page or an unsupported site', async () => {
    for (const sender of [
      siteTab(POST_URL, 3),
      dashboard,
      { id: EXT_ID, url: 'https://evil.example/x', tab: { id: TAB }, frameId: 0 },
    ]) {
      expect(await sentText(PROMISE, sender)).toMatchObject({ ok: false });
    }
    expect(await replyEntries()).toEqual([]);
    expect(await followUps()).toEqual([]);
  });
});
