import { beforeEach, describe, expect, it } from 'vitest';
import { classifyError } from '@/lib/background';
import { createReplyInserter, PendingReplies } from '@/lib/background/reply-inserter';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case } from '@/lib/db/schema';
import type { ReplyInsertAnswer, TabCommand } from '@/lib/messages/names';
import { sidebarTabOf, type RouterOptions, type Sender } from '@/lib/messages/router';
import { saveSavedReply } from '@/lib/replies/store';
import { DEFAULT_SETTINGS, saveSettings } from '@/lib/settings';
import { quietHub, testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';

// Feedback after resolution (issue 12, point 2), through the background's real router:
// the request goes into the sidebar's tab (never sent), a follow-up looks for the answer,
// the rating is kept and counted, and only a clearly positive answer becomes a testimonial.
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
const sidebar: Sender = { id: EXT_ID, url: `${ORIGIN}sidebar.html`, tab: { id: TAB }, frameId: 3 };
const page: Sender = {
  id: EXT_ID,
  url: `https://x.com/dana_r/status/${POST_ID}`,
  tab: { id: TAB },
  frameId: 0,
};
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const HOUR = 3_600_000;

let db: CasebookDatabase;
let sent: [number, TabCommand][];
let answer: ReplyInsertAnswer;
let route: ReturnType<typeof testRoute>;

beforeEach(() => {
  db = freshDatabase();
  sent = [];
  answer = { ok: true };
  const pending = new PendingReplies(undefined);
  route = testRoute(db, options, {
    hub: quietHub(),
    agent: 'Ana',
    now: () => NOW,
    replies: {
      pending,
      sidebarTabOf: (sender) => sidebarTabOf(sender, options),
      inserter: createReplyInserter({
        send: async (tabId, command) => (sent.push([tabId, command]), answer),
        openTab: async () => 0,
        pending,
        now: () => NOW,
      }),
    },
  });
});

async function resolvedCase(): Promise<Case> {
  await saveSettings(db, { ...DEFAULT_SETTINGS, agents: ['Ana'] });
  const captured = await route({ type: 'capture.post', payload: { post: parsedPost() } }, page);
  expect(captured.ok).toBe(true);
  const { caseId } = (captured as { data: { caseId: string } }).data;
  const resolved = await route(
    { type: 'case.setStatus', payload: { caseId, status: 'resolved', reason: 'done' } },
    sidebar,
  );
  expect(resolved.ok).toBe(true);
  return (await db.cases.get(caseId))!;
}

const ok = <T>(response: Awaited<ReturnType<typeof route>>) => {
  expect(response).toMatchObject({ ok: true });
  return (response as { data: T }).data;
};

/** The agent records a 1-5 rating with the answer's words, from the sidebar. */
const rateFive = async (caseId: string, value: number, comment: string, source: string) =>
  ok<{ record: Case; offerTestimonial: boolean }>(
    await route(
      {
        type: 'feedback.record',
        payload: { caseId, rating: { scale: 'five', value }, comment, source },
      },
      sidebar,
    ),
  );

describe('feedback after resolution', () => {
  it('refuses to ask while the case is open, and changes nothing', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, agents: ['Ana'] });
    const captured = await route({ type: 'capture.post', payload: { post: parsedPost() } }, page);
    const { caseId, ref } = (captured as { data: { caseId: string; ref: string } }).data;
    const refused = await route({ type: 'feedback.request', payload: { caseId } }, sidebar);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `Case ${ref} is new: resolve it before asking how it went.`,
      },
    });
    expect(sent).toEqual([]);
    expect(await db.followUps.count()).toBe(0);
  });

  it('puts the request in the reply box, notes it, and makes a follow-up to look for the answer', async () => {
    const record = await resolvedCase();
    const data = ok<{ record: Case; tabId: number }>(
      await route({ type: 'feedback.request', payload: { caseId: record.id } }, sidebar),
    );
    expect(data.tabId).toBe(TAB);
    expect(sent).toHaveLength(1);
    const [tabId, command] = sent[0]!;
    expect(tabId).toBe(TAB);
    expect(command).toMatchObject({ type: 'reply.insert', caseId: record.id, postId: POST_ID });
    const text = (command as { text: string }).text;
    expect(text).toMatch(/^@dana_r Glad we could sort this out! How did we do\?/);
    expect(text).toContain(`Reference ${record.ref}.`);
    expect(text).not.toMatch(/[{}]/);

    const stored = (await db.cases.get(record.id))!;
    expect(stored.status).toBe('resolved');
    expect(stored.feedback).toMatchObject({ requestedAt: NOW, requestedBy: 'Ana', rating: null });
    expect(stored.history.at(-1)).toMatchObject({ type: 'feedback', to: 'asked for feedback' });
    const followUp = (await db.followUps.get(stored.feedback!.followUpId!))!;
    expect(followUp).toMatchObject({
      caseId: record.id,
      owner: 'Ana',
      source: 'feedback',
      status: 'pending',
      dueAt: NOW + 48 * HOUR,
    });
    const events = await db.events.where('caseId').equals(record.id).toArray();
    expect(events.map((event) => event.type)).toContain('case.feedbackRequested');

    // Asking again (the agent closed the box unsent) keeps the one follow-up.
    await route({ type: 'feedback.request', payload: { caseId: record.id } }, sidebar);
    expect(sent).toHaveLength(2);
    expect(await db.followUps.where('caseId').equals(record.id).count()).toBe(1);
  });

  it("asks in the team's saved reply and on its scale, and notes nothing when the page refuses", async () => {
    const record = await resolvedCase();
    const reply = await saveSavedReply(
      db,
      { name: 'How did we do', body: 'Hi {name}, good, okay or bad? ({case})' },
      { by: 'Ana', now: NOW },
    );
    await saveSettings(db, {
      ...DEFAULT_SETTINGS,
      agents: ['Ana'],
      feedback: { scale: 'three', replyId: reply.id, checkAfterHours: 4 },
    });
    answer = { ok: false, message: 'No reply box on this page.' };
    const refused = await route(
      { type: 'feedback.request', payload: { caseId: record.id } },
      sidebar,
    );
    expect(refused).toMatchObject({ ok: false, error: { message: 'No reply box on this page.' } });
    expect((await db.cases.get(record.id))!.feedback).toBeUndefined();

    answer = { ok: true };
    await route({ type: 'feedback.request', payload: { caseId: record.id } }, sidebar);
    expect((sent.at(-1)![1] as { text: string }).text).toBe(
      `Hi Dana R, good, okay or bad? (${record.ref})`,
    );
    const stored = (await db.cases.get(record.id))!;
    expect((await db.followUps.get(stored.feedback!.followUpId!))!.dueAt).toBe(NOW + 4 * HOUR);
  });

  it('keeps the rating, marks the follow-up done, and offers only a clearly positive answer', async () => {
    const record = await resolvedCase();
    await route({ type: 'feedback.request', payload: { caseId: record.id } }, sidebar);
    const middling = await rateFive(record.id, 3, 'It works now, took a while.', 'reply');
    expect(middling.offerTestimonial).toBe(false);
    const refused = await route(
      { type: 'testimonial.fromFeedback', payload: { caseId: record.id } },
      sidebar,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const happy = await rateFive(record.id, 5, 'Amazing help, thank you so much!', 'reply');
    expect(happy.offerTestimonial).toBe(true);
    expect(happy.record.feedback).toMatchObject({
      rating: { scale: 'five', value: 5 },
      comment: 'Amazing help, thank you so much!',
      source: 'reply',
      recordedBy: 'Ana',
    });
    expect(happy.record.history.at(-1)).toMatchObject({
      type: 'feedback',
      to: 'rated 5 of 5 (from the reply)',
    });
    const followUp = (await db.followUps.get(happy.record.feedback!.followUpId!))!;
    expect(followUp.status).toBe('done');
    const rated = await db.events.where('type').equals('case.feedback').toArray();
    expect(rated.map((event) => event.data.score)).toEqual([3, 5]);

    const saved = ok<{ testimonial: { quote: string; caseId: string }; already: boolean }>(
      await route({ type: 'testimonial.fromFeedback', payload: { caseId: record.id } }, sidebar),
    );
    expect(saved.testimonial).toMatchObject({
      quote: 'Amazing help, thank you so much!',
      caseId: record.id,
    });
    const again = ok<{ already: boolean }>(
      await route({ type: 'testimonial.fromFeedback', payload: { caseId: record.id } }, sidebar),
    );
    expect(again.already).toBe(true);
  });

  it("offers no testimonial of the agent's own note, and records nothing on an open case", async () => {
    const record = await resolvedCase();
    const noted = await rateFive(
      record.id,
      5,
      'Called her: she loved it, great help, thanks!',
      'agent',
    );
    expect(noted.offerTestimonial).toBe(false);
    const refused = await route(
      { type: 'testimonial.fromFeedback', payload: { caseId: record.id } },
      sidebar,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await route(
      { type: 'case.setStatus', payload: { caseId: record.id, status: 'open' } },
      sidebar,
    );
    const open = await route(
      {
        type: 'feedback.record',
        payload: { caseId: record.id, rating: { scale: 'five', value: 1 } },
      },
      sidebar,
    );
    expect(open).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `Case ${record.ref} is open: resolve it before recording how it went.`,
      },
    });
    expect((await db.cases.get(record.id))!.feedback?.rating).toEqual({ scale: 'five', value: 5 });
  });

  it('takes the sent feedback request off the pending list without reopening the case', async () => {
    const record = await resolvedCase();
    await route({ type: 'feedback.request', payload: { caseId: record.id } }, sidebar);
    const sentIt = await route({ type: 'reply.sent', payload: { caseId: record.id } }, page);
    expect(sentIt).toEqual({ ok: true, data: null });
    expect((await db.cases.get(record.id))!.status).toBe('resolved');
    // Reported once: a second report is not a pending insert any more.
    const twice = await route({ type: 'reply.sent', payload: { caseId: record.id } }, page);
    expect(twice).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a page sending feedback, and a rating off the scale', async () => {
    const record = await resolvedCase();
    const fromPage = await route(
      {
        type: 'feedback.record',
        payload: { caseId: record.id, rating: { scale: 'five', value: 5 } },
      },
      page,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const offScale = await route(
      {
        type: 'feedback.record',
        payload: { caseId: record.id, rating: { scale: 'five', value: 7 } },
      },
      sidebar,
    );
    expect(offScale).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const hostile = await route(
      {
        type: 'feedback.record',
        payload: {
          caseId: record.id,
          rating: { scale: 'three', value: 'good' },
          comment: 'x'.repeat(2_001),
        },
      },
      sidebar,
    );
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((await db.cases.get(record.id))!.feedback).toBeUndefined();
  });
});
