import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyError } from '@/lib/background';
import { FocusStore } from '@/lib/background/focus-store';
import { createReplyInserter, PendingReplies } from '@/lib/background/reply-inserter';
import type { CasebookDatabase } from '@/lib/db/database';
import type { CaptureResult } from '@/lib/cases/capture';
import type { ReplyInsertAnswer, TabCommand } from '@/lib/messages/names';
import { sidebarTabOf, type RouterOptions, type Sender } from '@/lib/messages/router';
import type { AcknowledgementNotice } from '@/lib/routing/outcome';
import { deleteSavedReply, saveSavedReply } from '@/lib/replies/store';
import { DEFAULT_SETTINGS, saveSettings } from '@/lib/settings';
import { quietHub, testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';
import { ruleSet } from '../support/routing';

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
const siteTab: Sender = {
  id: EXT_ID,
  url: `https://x.com/dana_r/status/${POST_ID}`,
  tab: { id: TAB },
  frameId: 0,
};
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const ACK =
  "Hi {name}, thanks for reaching out about {case}. We'll get back to you within 2 hours.";

let db: CasebookDatabase;
let clock: number;
let sent: [number, TabCommand][];
let answer: ReplyInsertAnswer;
let pending: PendingReplies;
let notices: FocusStore<AcknowledgementNotice>;
let hub: ReturnType<typeof quietHub> & { pushedTabs: number[] };
let route: ReturnType<typeof testRoute>;

beforeEach(() => {
  db = freshDatabase();
  clock = NOW;
  sent = [];
  answer = { ok: true };
  pending = new PendingReplies(undefined);
  notices = new FocusStore<AcknowledgementNotice>('ack-test:');
  const quiet = quietHub();
  hub = Object.assign(quiet, {
    pushedTabs: [] as number[],
    push: async (tabId: number) => void hub.pushedTabs.push(tabId),
  });
  route = testRoute(db, options, {
    hub,
    agent: 'Ana',
    now: () => clock,
    acknowledgements: notices,
    replies: {
      pending,
      sidebarTabOf: (sender) => sidebarTabOf(sender, options),
      inserter: createReplyInserter({
        send: async (tabId, command) => (sent.push([tabId, command]), answer),
        openTab: async () => 0,
        pending,
        now: () => clock,
      }),
    },
  });
});

/** A rule for every case, naming this saved reply as its acknowledgement. */
async function ackRule(body = ACK) {
  const reply = await saveSavedReply(db, { name: 'Thanks', body }, { by: 'Ana', now: NOW });
  await saveSettings(db, {
    ...DEFAULT_SETTINGS,
    agents: ['Ana', 'Ben'],
    routing: ruleSet({
      rules: [
        {
          id: 'r1',
          name: 'Everything',
          action: { kind: 'agent', agent: 'Ben' },
          acknowledgementReplyId: reply.id,
        },
      ],
      default: { action: { kind: 'unassigned' } },
    }),
  });
  return reply;
}

async function capture(): Promise<CaptureResult> {
  const response = await route({ type: 'capture.post', payload: { post: parsedPost() } }, siteTab);
  if (!response.ok) throw new Error(response.error.message);
  return response.data as CaptureResult;
}

const noticeShown = () => vi.waitFor(async () => (await notices.get(TAB)) ?? Promise.reject());

describe('acknowledgement prefill after capture (issue 11, point 4)', () => {
  it("fills the rule's saved reply and puts it in the post's reply box, never sending it", async () => {
    const reply = await ackRule();
    const result = await capture();
    expect(result.routing).toMatchObject({ assignee: 'Ben', acknowledgementReplyId: reply.id });
    const notice = await noticeShown();
    const { ref } = result;
    const text = `Hi Dana R, thanks for reaching out about ${ref}. We'll get back to you within 2 hours.`;
    expect(sent).toEqual([
      [TAB, { type: 'reply.insert', text, postId: POST_ID, caseId: result.caseId }],
    ]);
    expect(notice).toEqual({
      caseId: result.caseId,
      inserted: true,
      message:
        'Acknowledgement \u201cThanks\u201d is in the reply box: review it and press Reply on X.',
    });
    expect(hub.pushedTabs).toContain(TAB);
    // Nothing is recorded as a reply until the agent sends it.
    expect((await db.cases.get(result.caseId))?.firstResponseAt).toBeNull();

    // Sent with the site's button: an inserted reply like any other, its promise caught.
    clock = NOW + 5_000;
    const watcher = await route(
      { type: 'reply.sentText', payload: { text, postId: POST_ID } },
      siteTab,
    );
    expect(watcher).toMatchObject({ ok: true, data: { promises: 1, replied: true } });
    expect(
      await route({ type: 'reply.sent', payload: { caseId: result.caseId } }, siteTab),
    ).toMatchObject({
      ok: true,
    });
    const record = await db.cases.get(result.caseId);
    expect(record?.history.filter((e) => e.type === 'reply')).toHaveLength(1);
    expect(await db.followUps.where('caseId').equals(result.caseId).toArray()).toMatchObject([
      { source: 'saved-reply', dueAt: clock + 2 * 3_600_000 },
    ]);
  });

  it('the capture stands when the reply box cannot be opened; the sidebar says why', async () => {
    await ackRule();
    answer = { ok: false, message: 'No reply box on this page: open the post first.' };
    const result = await capture();
    expect(result.created).toBe(true);
    expect(await noticeShown()).toEqual({
      caseId: result.caseId,
      inserted: false,
      message:
        'Acknowledgement \u201cThanks\u201d not prefilled: No reply box on this page: open the post first.',
    });
    expect(await pending.has(TAB, result.caseId, clock)).toBe(false);
  });

  it('inserts nothing with a placeholder the case cannot fill, or a reply deleted since', async () => {
    const reply = await ackRule('Thanks {name}! Best, {agent} ({link})');
    // The agent has a name, but the post no link: {link} stays.
    const noLink = await route(
      { type: 'capture.post', payload: { post: parsedPost({ postId: '77', permalink: null }) } },
      siteTab,
    );
    expect(noLink.ok).toBe(true);
    expect((await noticeShown()).message).toMatch(/not prefilled: Nothing to fill \{link\}/);
    expect(sent).toEqual([]);

    await notices.set(TAB, null);
    await deleteSavedReply(db, reply.id, { by: 'Ana', now: NOW });
    await capture();
    expect((await noticeShown()).message).toBe(
      'Acknowledgement not prefilled: the saved reply the rule names is gone.',
    );
    expect(sent).toEqual([]);
  });

  it('a post captured again into its case is not acknowledged again', async () => {
    await ackRule();
    await capture();
    await noticeShown();
    await notices.set(TAB, null);
    const again = await capture();
    expect(again).toMatchObject({ created: false, routing: null });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(1);
    expect(await notices.get(TAB)).toBeNull();
  });
});
