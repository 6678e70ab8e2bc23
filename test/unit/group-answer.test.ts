import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { DEFAULT_CHECKLIST } from '@/lib/cases/checklist';
import { recordReply, setCaseStatus, tickChecklistStep } from '@/lib/cases/edit';
import { answerGroup } from '@/lib/cases/group-answer';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Sender } from '@/lib/messages/router';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const AT = Date.UTC(2026, 10, 22, 12, 0);

async function threeCases(db: CasebookDatabase) {
  const ids: string[] = [];
  for (const handle of ['ann', 'bob', 'cy']) {
    const { caseId } = await capturePost(
      db,
      parsedPost({
        postId: `${handle.length}${ids.length}1`,
        author: {
          handle,
          name: handle.toUpperCase(),
          profileUrl: null,
          avatarUrl: null,
          followers: null,
          verified: false,
        },
      }),
      actor(AT - 60_000),
    );
    ids.push(caseId);
  }
  return ids;
}

async function tickRequired(db: CasebookDatabase, caseId: string) {
  for (const step of DEFAULT_CHECKLIST.filter((s) => s.required)) {
    await tickChecklistStep(db, caseId, step.id, true, actor(AT - 30_000));
  }
}

describe('answering a group', () => {
  it('records the reply in each case’s own history, and the chosen status', async () => {
    const db = freshDatabase();
    const ids = await threeCases(db);
    const outcomes = await answerGroup(
      db,
      { caseIds: ids, replyName: 'Outage update', status: 'waiting' },
      actor(AT),
    );
    expect(outcomes.map((o) => [o.replied, o.status, o.error])).toEqual([
      [true, 'waiting', null],
      [true, 'waiting', null],
      [true, 'waiting', null],
    ]);
    for (const id of ids) {
      const record = (await db.cases.get(id))!;
      expect(record.firstResponseAt).toBe(AT);
      expect(record.history.slice(1)).toEqual([
        { at: AT, by: 'me', type: 'reply', from: 'first', to: 'group answer "Outage update"' },
        { at: AT, by: 'me', type: 'status', from: 'new', to: 'open' },
        { at: AT, by: 'me', type: 'status', from: 'open', to: 'waiting' },
      ]);
    }
    // One reply event per case in the log, each with its own case.
    const events = await db.events.where('type').equals('case.reply').toArray();
    expect(events.map((e) => e.caseId).sort()).toEqual([...ids].sort());
  });

  it('keeps cases open without a status, and answers each case once', async () => {
    const db = freshDatabase();
    const ids = await threeCases(db);
    const outcomes = await answerGroup(
      db,
      { caseIds: [ids[0]!, ids[0]!, ids[1]!], replyName: 'Known issue' },
      actor(AT),
    );
    expect(outcomes.map((o) => [o.caseId, o.status])).toEqual([
      [ids[0], 'open'],
      [ids[1], 'open'],
    ]);
    const replies = (await db.cases.get(ids[0]!))!.history.filter((e) => e.type === 'reply');
    expect(replies).toHaveLength(1);
    expect((await db.cases.get(ids[2]!))!.status).toBe('new');
  });

  it('resolves the cases that may be resolved and lists the others with the reason', async () => {
    const db = freshDatabase();
    const ids = await threeCases(db);
    await tickRequired(db, ids[1]!);
    const outcomes = await answerGroup(
      db,
      { caseIds: ids, replyName: 'Fixed now', status: 'resolved' },
      actor(AT),
    );
    expect(outcomes[1]).toMatchObject({ replied: true, status: 'resolved', error: null });
    for (const i of [0, 2]) {
      expect(outcomes[i]).toMatchObject({
        replied: true,
        status: 'open',
        error: { code: 'checklist-incomplete' },
      });
      expect(outcomes[i]!.error!.message).toMatch(
        /^The reply is recorded; the case is not resolved yet\. 4 required steps are not done/,
      );
      const record = (await db.cases.get(ids[i]!))!;
      expect(record.status).toBe('open');
      expect(record.history.at(-2)?.type).toBe('reply');
    }
  });

  it('says which ids are not cases, and answers the rest', async () => {
    const db = freshDatabase();
    const ids = await threeCases(db);
    await db.cases.update(ids[2]!, { deleted: true });
    const outcomes = await answerGroup(
      db,
      { caseIds: ['forged-id', ids[0]!, ids[2]!], replyName: 'Hi' },
      actor(AT),
    );
    expect(outcomes).toEqual([
      {
        caseId: 'forged-id',
        ref: null,
        replied: false,
        already: null,
        status: null,
        error: { code: 'not-found', message: 'No case with id forged-id' },
      },
      expect.objectContaining({ caseId: ids[0], replied: true, error: null }),
      expect.objectContaining({
        caseId: ids[2],
        replied: false,
        error: expect.objectContaining({ code: 'not-found' }),
      }),
    ]);
  });
});

describe('a group answered partly with "Open & insert" first', () => {
  const OPENED = AT - 10_000;

  it('does not record a reply again for a case answered since the group was started', async () => {
    const db = freshDatabase();
    const ids = await threeCases(db);
    // Before the group view opened: a reply long ago does not count as this answer.
    await recordReply(db, ids[2]!, 'marked as replied', actor(OPENED - 1));
    // While it was open: the agent sent ann's reply on X with "Open & insert".
    await recordReply(db, ids[0]!, 'replied on X', actor(OPENED + 5_000));
    const outcomes = await answerGroup(
      db,
      { caseIds: ids, replyName: 'Outage update', status: 'waiting', since: OPENED },
      actor(AT),
    );
    expect(outcomes.map((o) => [o.replied, o.already, o.status, o.error])).toEqual([
      [false, 'replied on X', 'waiting', null],
      [true, null, 'waiting', null],
      [true, null, 'waiting', null],
    ]);
    const replies = async (id: string) =>
      (await db.cases.get(id))!.history
        .filter((e) => e.type === 'reply')
        .map((e) => [e.from, e.to]);
    // One reply each for this answer: ann's is the one sent on X, never a "next response".
    expect(await replies(ids[0]!)).toEqual([['first', 'replied on X']]);
    expect(await replies(ids[1]!)).toEqual([['first', 'group answer "Outage update"']]);
    expect(await replies(ids[2]!)).toEqual([
      ['first', 'marked as replied'],
      ['next', 'group answer "Outage update"'],
    ]);
    const events = await db.events.where('type').equals('case.reply').toArray();
    expect(events.filter((e) => e.caseId === ids[0])).toHaveLength(1);
  });

  it('still says why the status could not be set on a case answered already', async () => {
    const db = freshDatabase();
    const [id] = await threeCases(db);
    await recordReply(db, id!, 'replied on X', actor(OPENED + 1));
    const [outcome] = await answerGroup(
      db,
      { caseIds: [id!], replyName: 'Fixed', status: 'resolved', since: OPENED },
      actor(AT),
    );
    expect(outcome).toMatchObject({
      replied: false,
      already: 'replied on X',
      status: 'open',
      error: { code: 'checklist-incomplete' },
    });
    expect(outcome!.error!.message).toMatch(
      /^The case was answered already; the case is not resolved yet/,
    );
  });

  it('records nothing for a resolved or closed case, and says to reopen it', async () => {
    const db = freshDatabase();
    const ids = await threeCases(db);
    await setCaseStatus(db, ids[0]!, 'closed', actor(AT - 1000), 'duplicate');
    const outcomes = await answerGroup(db, { caseIds: ids, replyName: 'Hi' }, actor(AT));
    expect(outcomes[0]).toMatchObject({
      replied: false,
      status: null,
      error: { code: 'reply-refused' },
    });
    expect(outcomes[0]!.error!.message).toMatch(/: This case is closed: reopen it/);
    expect((await db.cases.get(ids[0]!))!.history.some((e) => e.type === 'reply')).toBe(false);
    expect(outcomes.slice(1).map((o) => o.replied)).toEqual([true, true]);
  });
});

describe('the cases.groupAnswer request', () => {
  const EXT = 'abcdefghijklmnopabcdefghijklmnop';
  const options = {
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    isSupportedPage: (url: URL) => url.hostname === 'x.com',
  };
  const dashboard: Sender = { id: EXT, url: `chrome-extension://${EXT}/dashboard.html` };
  const contentScript: Sender = { id: EXT, url: 'https://x.com/home', tab: { id: 3 } };

  it('answers from the extension’s pages, refreshes the sidebars, and lists each case', async () => {
    const db = freshDatabase();
    const hub = quietHub();
    const route = testRoute(db, options, { hub, now: () => AT });
    const ids = await threeCases(db);
    const response = await route(
      { type: 'cases.groupAnswer', payload: { caseIds: [...ids, 'nope'], replyName: 'Sorry' } },
      dashboard,
    );
    expect(response.ok).toBe(true);
    const { outcomes } = (response as { data: { outcomes: { error: unknown }[] } }).data;
    expect(outcomes.map((o) => o.error === null)).toEqual([true, true, true, false]);
    expect(hub.pushes).toBe(1);
  });

  it('is refused from a content script, and with a bad payload, changing nothing', async () => {
    const db = freshDatabase();
    const route = testRoute(db, options, { now: () => AT });
    const ids = await threeCases(db);
    const send = (payload: unknown, sender = dashboard) =>
      route({ type: 'cases.groupAnswer', payload }, sender);
    expect(await send({ caseIds: ids, replyName: 'x' }, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    for (const payload of [
      { caseIds: [], replyName: 'x' },
      { caseIds: ids, replyName: ' ' },
      { caseIds: ids, replyName: 'x'.repeat(101) },
      { caseIds: ids, replyName: 'x', status: 'closed' },
      { caseIds: ['x'.repeat(65)], replyName: 'x' },
      { caseIds: Array.from({ length: 201 }, (_, i) => `id${i}`), replyName: 'x' },
    ]) {
      expect(await send(payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    for (const id of ids) expect((await db.cases.get(id))!.status).toBe('new');
  });
});
